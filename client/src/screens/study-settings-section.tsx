import { useEffect, useState, type FormEvent } from 'react';
import { DESIRED_RETENTION_RANGE, STUDY_MINUTES_RANGE } from '@cr/shared/engine/schedule/study-settings';
import { checkStudySettings, saveStudySettings, useStudySettings } from '../data/account/study-settings.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Field } from '../ui/field.tsx';
import { useLocalDb } from '../data/sync/local-data.tsx';

/** Retention choices offered (recall at review time); the default is the scheduler's 90 %. */
const RETENTION_CHOICES = [0.8, 0.85, 0.9, 0.95] as const;

/** The student's daily study minutes and desired retention (saved on the device, synced). */
export function StudySettingsSection({ userId }: { userId: string }) {
  const { t } = useI18n();
  const p = t.plan.settings;
  const db = useLocalDb();
  const current = useStudySettings(userId);
  const [minutes, setMinutes] = useState('');
  const [retention, setRetention] = useState('');
  const [status, setStatus] = useState<'idle' | 'saved' | 'failed'>('idle');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setMinutes(current.studyMinutes == null ? '' : String(current.studyMinutes));
    setRetention(current.desiredRetention == null ? '' : String(current.desiredRetention));
  }, [current.studyMinutes, current.desiredRetention]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = minutes.trim();
    const value = { studyMinutes: trimmed === '' ? null : Number(trimmed), desiredRetention: retention === '' ? null : Number(retention) };
    if (checkStudySettings(value) === 'study_minutes' || (trimmed !== '' && !/^\d+$/.test(trimmed))) {
      setError(p.invalidMinutes(STUDY_MINUTES_RANGE.min, STUDY_MINUTES_RANGE.max));
      setStatus('idle');
      return;
    }
    setError(null);
    try {
      await saveStudySettings(db, userId, value);
      setStatus('saved');
    } catch {
      setStatus('failed');
    }
  };

  return (
    <section className="card stack" aria-labelledby="settings-study">
      <h2 id="settings-study">{p.heading}</h2>
      <p className="muted">{p.lead}</p>
      <form className="stack" onSubmit={(e) => void submit(e)} noValidate>
        <Field
          label={p.minutesLabel}
          type="number"
          inputMode="numeric"
          min={STUDY_MINUTES_RANGE.min}
          max={STUDY_MINUTES_RANGE.max}
          optional
          hint={p.minutesHint(STUDY_MINUTES_RANGE.min, STUDY_MINUTES_RANGE.max)}
          value={minutes}
          onChange={(v) => {
            setMinutes(v);
            setStatus('idle');
          }}
          {...(error ? { error } : {})}
        />
        <div className="field">
          <label htmlFor="settings-retention">{p.retentionLabel}</label>
          <select
            id="settings-retention"
            value={retention}
            aria-describedby="settings-retention-hint"
            onChange={(e) => {
              setRetention(e.target.value);
              setStatus('idle');
            }}
          >
            <option value="">{p.retentionDefault}</option>
            {RETENTION_CHOICES.filter((r) => r !== 0.9 && r >= DESIRED_RETENTION_RANGE.min && r <= DESIRED_RETENTION_RANGE.max).map((r) => (
              <option key={r} value={String(r)}>
                {p.retentionOption(Math.round(r * 100))}
              </option>
            ))}
          </select>
          <p className="field__hint" id="settings-retention-hint">
            {p.retentionHint}
          </p>
        </div>
        <button type="submit" className="button button--primary">
          {p.save}
        </button>
        <p role="status" className="muted">
          {status === 'saved' ? p.saved : status === 'failed' ? p.saveFailed : ''}
        </p>
      </form>
    </section>
  );
}
