import { useEffect, useState } from 'react';
import type { GuardianLink } from '@cr/shared';
import { guardian } from '../../data/account/privacy.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { errorText } from '../../lib/error-text.ts';
import { PrivacyNotice } from './privacy-notice.tsx';

/** The page a guardian's e-mailed link opens (/guardian?token=…): consent, withdraw, or delete. */
export function GuardianConsent() {
  const { t } = useI18n();
  const [token] = useState(() => new URLSearchParams(window.location.search).get('token') ?? '');
  const [link, setLink] = useState<GuardianLink | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    guardian.describe(token).then(setLink, () => setError(t.privacy.guardianBadLink));
  }, [token, t]);

  const act = async (fn: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="stack">
      <section className="card stack page page--narrow" aria-labelledby="guardian-title">
        <h1 id="guardian-title" data-focus-target tabIndex={-1}>
          {t.privacy.guardianTitle}
        </h1>
        {link ? <p>{t.privacy.guardianLead(link.student_name)}</p> : null}
        {link ? <p role="status" data-testid="guardian-status">{deleted ?? t.privacy.guardianStatus[link.consent_status]}</p> : null}
        {link && !deleted ? (
          <div className="stack">
            {link.consent_status !== 'granted' ? (
              <button type="button" className="button button--primary" disabled={busy} onClick={() => void act(async () => setLink(await guardian.confirm(token)))}>
                {t.privacy.guardianConfirm}
              </button>
            ) : null}
            {link.consent_status !== 'withdrawn' ? (
              <button type="button" className="button button--secondary" disabled={busy} onClick={() => void act(async () => setLink(await guardian.withdraw(token)))}>
                {t.privacy.guardianWithdraw}
              </button>
            ) : null}
            {link.consent_status !== 'granted' ? (
              <button
                type="button"
                className="button button--secondary"
                disabled={busy}
                onClick={() => void act(async () => setDeleted(t.privacy.guardianDeleted((await guardian.deleteAccount(token)).deletion_due_at.slice(0, 10))))}
              >
                {t.privacy.guardianDelete}
              </button>
            ) : null}
          </div>
        ) : null}
        {error ? <p className="notice notice--error" role="alert">{error}</p> : null}
      </section>
      <PrivacyNotice />
    </div>
  );
}
