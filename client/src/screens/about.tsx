import { useI18n } from '../i18n/i18n.tsx';
import { en } from '../i18n/en.ts';
import { Link } from '../router.tsx';

export function About() {
  const { t, lang } = useI18n();
  return (
    <div className="page page--narrow">
      <article className="card prose" aria-labelledby="about-title">
        <h1 id="about-title" className="page__title" data-focus-target tabIndex={-1}>
          {t.about.title}
        </h1>
        <p>{t.about.body}</p>
        <h2>{t.about.attributionHeading}</h2>
        <p className="attribution">{t.about.attribution}</p>
        {/* The licence notice is also given in its original words, whatever the language. */}
        {lang !== 'en' ? (
          <p className="attribution attribution--original" lang="en">
            {en.about.attribution}
          </p>
        ) : null}
        <h2>{t.about.privacyHeading}</h2>
        <p>{t.about.privacy}</p>
        <p>
          <Link to="/privacy">{t.privacy.noticeLink}</Link>
        </p>
        <p className="muted small">{t.about.version(__APP_VERSION__)}</p>
      </article>
    </div>
  );
}
