import { useEffect, useRef, useState } from 'react';
import type { LocalDb } from '../../data/sync/database.ts';
import { pendingWork, removeFromDevice, uploadPending, type PendingWork } from '../../data/profiles/profiles-remove.ts';
import { useI18n } from '../../i18n/i18n.tsx';

type Phase = { step: 'uploading' } | { step: 'confirm'; pending: PendingWork } | { step: 'removing' };

/**
 * Sign out / remove from this device. Uploads pending work first; if some cannot be uploaded it
 * lists exactly what would be lost and removes nothing unless the student says so.
 */
export function RemoveDialog({ db, userId, title, onCancel }: { db: LocalDb | null; userId: string; title: string; onCancel: () => void }) {
  const { t } = useI18n();
  const [phase, setPhase] = useState<Phase>({ step: 'uploading' });
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const abort = new AbortController();
    (async () => {
      const pending = db ? await uploadPending(db, abort.signal).catch(() => pendingWork(db)) : null;
      if (abort.signal.aborted) return;
      if (pending && pending.total > 0) {
        setPhase({ step: 'confirm', pending });
        return;
      }
      setPhase({ step: 'removing' });
      await removeFromDevice(db, userId);
    })().catch((error: unknown) => console.error('could not remove the profile', error));
    return () => abort.abort();
  }, [db, userId]);

  useEffect(() => headingRef.current?.focus(), [phase.step]);

  const removeAnyway = () => {
    setPhase({ step: 'removing' });
    removeFromDevice(db, userId).catch((error: unknown) => console.error('could not remove the profile', error));
  };

  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="remove-title" aria-busy={phase.step !== 'confirm'}>
      <section className="card overlay__card stack">
        <h2 id="remove-title" ref={headingRef} tabIndex={-1}>
          {phase.step === 'confirm' ? t.profiles.lossTitle : title}
        </h2>
        {phase.step === 'uploading' ? (
          <>
            <p role="status" className="loading">
              <span className="spinner" aria-hidden="true" />
              <span>{t.profiles.syncingFirst}</span>
            </p>
            <div className="overlay__actions">
              <button type="button" className="button button--secondary" onClick={onCancel}>
                {t.profiles.keepWork}
              </button>
            </div>
          </>
        ) : null}
        {phase.step === 'removing' ? (
          <p role="status" className="loading">
            <span className="spinner" aria-hidden="true" />
            <span>{t.profiles.removing}</span>
          </p>
        ) : null}
        {phase.step === 'confirm' ? (
          <>
            <p>{t.profiles.lossLead}</p>
            <ul className="loss" data-testid="pending-loss">
              {phase.pending.answers > 0 ? <li>{t.profiles.lossAnswers(phase.pending.answers)}</li> : null}
              {phase.pending.sittings > 0 ? <li>{t.profiles.lossSittings(phase.pending.sittings)}</li> : null}
              {phase.pending.profileEdits > 0 ? <li>{t.profiles.lossProfileEdits(phase.pending.profileEdits)}</li> : null}
              {phase.pending.other > 0 ? <li>{t.profiles.lossOther(phase.pending.other)}</li> : null}
            </ul>
            <p className="muted">{t.profiles.lossAdvice}</p>
            <div className="overlay__actions">
              <button type="button" className="button button--primary" onClick={onCancel}>
                {t.profiles.keepWork}
              </button>
              <button type="button" className="button button--danger" onClick={removeAnyway}>
                {t.profiles.removeAnyway}
              </button>
            </div>
          </>
        ) : null}
      </section>
    </div>
  );
}
