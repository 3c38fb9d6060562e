import { useI18n } from '../i18n/i18n.tsx';
import { Link } from '../router.tsx';

export function NotFound() {
  const { t } = useI18n();
  return (
    <div className="page page--narrow">
      <section className="card">
        <h1 className="page__title" data-focus-target tabIndex={-1}>
          {t.notFound.title}
        </h1>
        <p>{t.notFound.body}</p>
        <Link to="/" className="button button--primary">
          {t.notFound.back}
        </Link>
      </section>
    </div>
  );
}
