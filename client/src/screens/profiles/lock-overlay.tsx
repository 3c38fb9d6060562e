import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { User } from '@cr/shared';
import { session } from '../../data/account/current-session.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { PIN_PATTERN, PinUnlockForm } from './pin-field.tsx';
import { setSignInHint } from './device-profiles.ts';

/**
 * The idle lock: an opaque PIN prompt over the app. The app stays mounted underneath (made
 * `inert` by the caller), so a test in progress, its timer and its unsaved input stay as they were.
 */
export function LockOverlay({ user, onUnlocked, onSwitch }: { user: User; onUnlocked: () => void; onSwitch: () => void }) {
  const { t } = useI18n();
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => inputRef.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    if (!PIN_PATTERN.test(pin)) {
      setError(t.profiles.pinFormat);
      return;
    }
    setPending(true);
    setError(null);
    const result = await session.verifyPin(pin).catch(() => null);
    if (result?.ok) {
      onUnlocked();
      return;
    }
    setPending(false);
    setPin('');
    inputRef.current?.focus();
    if (!result) setError(t.errors.generic);
    else if (result.reason === 'wrong-pin') setError(t.profiles.wrongPin(result.triesLeft));
    else if (result.reason === 'wait') setError(t.profiles.wait(Math.max(1, Math.ceil((result.retryAfter - Date.now()) / 1000))));
    // Too many tries: the session has ended and this overlay is about to unmount.
    else setSignInHint({ email: user.email, message: 'pinWiped' });
  }

  return (
    <div className="overlay overlay--lock" role="dialog" aria-modal="true" aria-labelledby="lock-title">
      <section className="card auth-card overlay__card">
        <h2 id="lock-title">{t.profiles.lockedTitle}</h2>
        <p className="lead">{t.profiles.lockedLead(user.full_name ?? user.email)}</p>
        <PinUnlockForm pin={pin} onPinChange={setPin} error={error} pending={pending} inputRef={inputRef} onSubmit={submit} />
        <p className="auth-card__switch">
          <button type="button" className="linklike" onClick={onSwitch}>
            {t.profiles.switchProfile}
          </button>
        </p>
      </section>
    </div>
  );
}
