import { useRef, useState, type FormEvent } from 'react';
import { announce, profiles, session } from '../../data/account/current-session.ts';
import { IDLE_LOCK_CHOICES } from '../../data/profiles/device-registry.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useDeviceProfile } from './device-profiles.ts';
import { PIN_PATTERN, PinField } from './pin-field.tsx';
import './profiles.css';

/** Settings → PIN and lock: change the PIN (the current one is needed), idle-lock minutes. */
export function SecuritySection({ userId }: { userId: string }) {
  const { t } = useI18n();
  const profile = useDeviceProfile(userId);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ current?: string; next?: string; confirm?: string }>({});
  const [done, setDone] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [idleSaved, setIdleSaved] = useState(false);
  const refs = { current: useRef<HTMLInputElement>(null), next: useRef<HTMLInputElement>(null), confirm: useRef<HTMLInputElement>(null) };

  const fail = (field: 'current' | 'next' | 'confirm', message: string) => {
    setErrors({ [field]: message });
    refs[field].current?.focus();
  };

  async function changePin(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    setDone(null);
    if (!PIN_PATTERN.test(current)) return fail('current', t.profiles.pinFormat);
    if (!PIN_PATTERN.test(next)) return fail('next', t.profiles.pinFormat);
    if (confirm !== next) return fail('confirm', t.profiles.pinMismatch);
    setErrors({});
    setPending(true);
    const result = await session.changePin(current, next).catch(() => null);
    setPending(false);
    setCurrent('');
    if (result?.ok) {
      setNext('');
      setConfirm('');
      setDone(t.profiles.pinSaved);
      announce({ kind: 'changed' });
      return;
    }
    if (!result) fail('current', t.errors.generic);
    else if (result.reason === 'wrong-pin') fail('current', t.profiles.wrongPin(result.triesLeft));
    else if (result.reason === 'wait') fail('current', t.profiles.wait(Math.max(1, Math.ceil((result.retryAfter - Date.now()) / 1000))));
    // password-needed: the session has ended and this screen is going away.
  }

  const setIdle = async (minutes: number) => {
    setIdleSaved(false);
    await profiles.setIdleLockMinutes(userId, minutes);
    announce({ kind: 'changed' });
    setIdleSaved(true);
  };

  return (
    <section className="card stack" aria-labelledby="settings-security">
      <h2 id="settings-security">{t.profiles.securityHeading}</h2>
      <div className="field">
        <label htmlFor="idle-lock">{t.profiles.idleLabel}</label>
        <select id="idle-lock" className="settings-select" value={profile?.idleLockMinutes ?? ''} disabled={!profile} aria-describedby="idle-lock-hint" onChange={(e) => void setIdle(Number(e.target.value))}>
          {IDLE_LOCK_CHOICES.map((n) => (
            <option key={n} value={n}>
              {t.profiles.idleMinutes(n)}
            </option>
          ))}
        </select>
        <p className="field__hint" id="idle-lock-hint">
          {t.profiles.idleHint}
        </p>
        {idleSaved ? (
          <p className="muted" role="status">
            {t.profiles.idleSaved}
          </p>
        ) : null}
      </div>
      <form className="settings-form" onSubmit={(event) => void changePin(event)} noValidate aria-busy={pending} aria-labelledby="settings-change-pin">
        <h3 id="settings-change-pin">{t.profiles.changePinHeading}</h3>
        <PinField label={t.profiles.currentPin} value={current} onChange={setCurrent} error={errors.current} inputRef={refs.current} />
        <PinField label={t.profiles.newPin} hint={t.profiles.pinHint} value={next} onChange={setNext} error={errors.next} inputRef={refs.next} />
        <PinField label={t.profiles.confirmNewPin} value={confirm} onChange={setConfirm} error={errors.confirm} inputRef={refs.confirm} />
        {done ? (
          <p className="notice" role="status">
            {done}
          </p>
        ) : null}
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? t.profiles.savingPin : t.profiles.changePin}
        </button>
      </form>
    </section>
  );
}

/** Settings → Remove from this device. */
export function RemoveSection({ onRemove }: { onRemove: () => void }) {
  const { t } = useI18n();
  return (
    <section className="card stack" aria-labelledby="settings-remove">
      <h2 id="settings-remove">{t.profiles.removeHeading}</h2>
      <p className="muted">{t.profiles.removeLead}</p>
      <button type="button" className="button button--danger" onClick={onRemove}>
        {t.profiles.removeButton}
      </button>
    </section>
  );
}
