import { useEffect, useState, type FormEvent } from 'react';
import type { ConsentInfo, DeletionPreview } from '@cr/shared';
import { ApiError } from '../../data/account/api.ts';
import { session } from '../../data/account/current-session.ts';
import { useExportLocalData } from '../../data/account/export.ts';
import { consentInfo, deletionPreview, downloadJson, requestDeletion, resendGuardianLink, serverExport } from '../../data/account/privacy.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { errorText } from '../../lib/error-text.ts';
import { Field } from '../../ui/field.tsx';

const day = (iso: string) => iso.slice(0, 10);

/** Downloads: everything on the server (needs a connection), everything on this device (offline). */
export function ExportSection() {
  const { t } = useI18n();
  const exportLocal = useExportLocalData();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (which: 'server' | 'device') => {
    setBusy(true);
    setError(null);
    try {
      const data = which === 'server' ? await serverExport() : await exportLocal();
      downloadJson(data, `cognitive-resonance-${which}-${day(new Date().toISOString())}.json`);
    } catch {
      setError(t.privacy.exportFailed);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="stack">
      <p className="muted">{t.privacy.exportServerLead}</p>
      <button type="button" className="button button--secondary" disabled={busy} onClick={() => void run('server')}>
        {t.privacy.exportServer}
      </button>
      <p className="muted">{t.privacy.exportDeviceLead}</p>
      <button type="button" className="button button--secondary" disabled={busy} onClick={() => void run('device')}>
        {t.privacy.exportDevice}
      </button>
      {error ? <p className="notice notice--error" role="alert">{error}</p> : null}
    </div>
  );
}

/** Delete my account: password, what will go, then the grace period starts and the session ends. */
export function DeleteAccountSection() {
  const { t } = useI18n();
  const [preview, setPreview] = useState<DeletionPreview | null>(null);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const show = async () => {
    setError(null);
    try {
      setPreview(await deletionPreview());
    } catch (e) {
      setError(e instanceof ApiError && e.status === 0 ? t.privacy.deleteOffline : errorText(t, e));
    }
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !password) return;
    setBusy(true);
    setError(null);
    try {
      const status = await requestDeletion(password);
      setDone(t.privacy.deleteScheduled(day(status.deletion_due_at), status.receipt_id));
      // The server revoked every sign-in; this device keeps the profile locked until the grace ends.
      setTimeout(() => session.leave(), 8_000);
    } catch (e) {
      setError(e instanceof ApiError && e.status === 0 ? t.privacy.deleteOffline : errorText(t, e));
    } finally {
      setBusy(false);
    }
  };
  const rows = preview ? Object.entries(preview.will_delete) : [];
  return (
    <section className="card stack" aria-labelledby="settings-delete">
      <h2 id="settings-delete">{t.privacy.deleteHeading}</h2>
      <p className="muted">{t.privacy.deleteLead(preview?.grace_days ?? 30)}</p>
      {done ? (
        <p className="notice" role="status" data-testid="deletion-scheduled">
          {done}
        </p>
      ) : preview === null ? (
        <button type="button" className="button button--secondary" onClick={() => void show()}>
          {t.privacy.deleteShow}
        </button>
      ) : (
        <form className="stack" onSubmit={(e) => void submit(e)} noValidate aria-busy={busy}>
          <p>{t.privacy.deleteWhat}</p>
          {rows.length === 0 ? (
            <p className="muted">{t.privacy.deleteNothing}</p>
          ) : (
            <ul data-testid="deletion-preview">
              {rows.map(([table, n]) => (
                <li key={table}>
                  {t.privacy.tableNames[table] ?? table}: {t.privacy.deleteRows(n)}
                </li>
              ))}
            </ul>
          )}
          <Field label={t.privacy.deletePassword} type="password" value={password} onChange={setPassword} autoComplete="current-password" required />
          <button type="submit" className="button button--secondary" disabled={busy || !password}>
            {busy ? t.privacy.deleting : t.privacy.deleteConfirm}
          </button>
        </form>
      )}
      {error ? <p className="notice notice--error" role="alert">{error}</p> : null}
    </section>
  );
}

/** A minor's consent state, with a way to send the guardian's link again (shown only when it matters). */
export function ConsentSection() {
  const { t } = useI18n();
  const [info, setInfo] = useState<ConsentInfo | null>(null);
  const [email, setEmail] = useState('');
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => {
    consentInfo().then(setInfo).catch(() => undefined);
  }, []);
  if (!info || info.consent_status === 'not_required') return null;
  const resend = async (event: FormEvent) => {
    event.preventDefault();
    try {
      setInfo(await resendGuardianLink(email));
      setNote(t.privacy.consentSent);
    } catch (e) {
      setNote(errorText(t, e));
    }
  };
  const text = info.consent_status === 'granted' ? t.privacy.consentGranted : info.consent_status === 'withdrawn' ? t.privacy.consentWithdrawn : t.privacy.consentPending(info.guardian_email);
  return (
    <section className="card stack" aria-labelledby="settings-consent">
      <h2 id="settings-consent">{t.privacy.consentHeading}</h2>
      <p>{text}</p>
      {info.consent_status === 'granted' ? null : (
        <form className="stack" onSubmit={(e) => void resend(e)} noValidate>
          <Field label={t.privacy.guardianEmail} type="email" value={email} onChange={setEmail} autoComplete="off" required />
          <button type="submit" className="button button--secondary" disabled={!email}>
            {t.privacy.consentResend}
          </button>
        </form>
      )}
      {note ? <p role="status">{note}</p> : null}
    </section>
  );
}
