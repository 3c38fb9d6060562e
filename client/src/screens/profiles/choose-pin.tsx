import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { User } from '@cr/shared';
import { announce, session } from '../../data/account/current-session.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { errorText } from '../../lib/error-text.ts';
import { PublicLayout } from '../public-layout.tsx';
import { PIN_PATTERN, PinField } from './pin-field.tsx';
import './profiles.css';

/**
 * After a password sign-in (or sign-up) on this device: the student or coach chooses the PIN that
 * will open their profile here, online or not, before the app opens.
 */
export function ChoosePin({ user, onDone }: { user: User; onDone: () => void }) {
  const { t } = useI18n();
  const [pin, setPin] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ pin?: string; confirm?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const pinRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);

  useEffect(() => pinRef.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    setFormError(null);
    if (!PIN_PATTERN.test(pin)) {
      setErrors({ pin: t.profiles.pinFormat });
      pinRef.current?.focus();
      return;
    }
    if (confirm !== pin) {
      setErrors({ confirm: t.profiles.pinMismatch });
      confirmRef.current?.focus();
      return;
    }
    setErrors({});
    setPending(true);
    try {
      await session.choosePin(pin);
      announce({ kind: 'changed' });
      onDone();
    } catch (error) {
      setPending(false);
      setFormError(errorText(t, error));
    }
  }

  return (
    <PublicLayout>
      <section className="card auth-card" aria-labelledby="choose-pin-title">
        <h1 id="choose-pin-title" tabIndex={-1} data-focus-target>
          {t.profiles.chooseTitle}
        </h1>
        <p className="lead">{t.profiles.chooseLead(user.full_name ?? user.email)}</p>
        {formError ? (
          <div className="notice notice--error" role="alert">
            {formError}
          </div>
        ) : null}
        <form onSubmit={(event) => void submit(event)} noValidate aria-busy={pending}>
          <PinField label={t.profiles.pin} hint={t.profiles.pinHint} value={pin} onChange={setPin} error={errors.pin} inputRef={pinRef} />
          <PinField label={t.profiles.confirmPin} value={confirm} onChange={setConfirm} error={errors.confirm} inputRef={confirmRef} />
          <button type="submit" className="button button--primary button--block" disabled={pending}>
            {pending ? t.profiles.savingPin : t.profiles.savePin}
          </button>
        </form>
        <p className="auth-card__switch">
          <button type="button" className="linklike" disabled={pending} onClick={() => void session.signOut()}>
            {t.profiles.cancelPin}
          </button>
        </p>
      </section>
    </PublicLayout>
  );
}
