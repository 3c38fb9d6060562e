import { PRIVACY_NOTICE_VERSION } from '@cr/shared/schemas/privacy-basics';
import { useI18n } from '../../i18n/i18n.tsx';

/** The privacy notice: what is kept, where, for how long, how to export or delete. Public. */
export function PrivacyNotice() {
  const { t } = useI18n();
  return (
    <div className="page page--narrow">
      <article className="card prose" aria-labelledby="privacy-title">
        <h1 id="privacy-title" className="page__title" data-focus-target tabIndex={-1}>
          {t.privacy.noticeTitle}
        </h1>
        {t.privacy.noticeSections.map((section) => (
          <section key={section.heading}>
            <h2>{section.heading}</h2>
            <p>{section.body}</p>
          </section>
        ))}
        <p className="muted small">{t.privacy.noticeVersion(PRIVACY_NOTICE_VERSION)}</p>
      </article>
    </div>
  );
}
