import { useEffect, useRef, useState, type FormEvent } from 'react';
import { session } from '../../data/account/current-session.ts';
import type { DeviceProfile } from '../../data/profiles/device-registry.ts';
import { PIN_CHANGED } from '../../data/account/session.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { codeText } from '../../lib/error-text.ts';
import { navigate } from '../../router.tsx';
import { PublicLayout } from '../public-layout.tsx';
import { PIN_PATTERN, PinUnlockForm } from './pin-field.tsx';
import { reloadDeviceProfiles, setSignInHint } from './device-profiles.ts';
import './profiles.css';

/**
 * "Who's studying?": the profiles remembered on this device, most recent first, and "Add
 * someone". Picking one asks for its PIN; the app then opens at the URL this screen was shown on.
 */
export function ProfilePicker({ profiles, reason, onUnlocked }: { profiles: DeviceProfile[]; reason: string | null; onUnlocked: (profile: DeviceProfile) => void }) {
  const { t, formatDate } = useI18n();
  const [chosen, setChosen] = useState<string | null>(null);
  const profile = profiles.find((p) => p.userId === chosen);

  const pick = (p: DeviceProfile) => {
    if (!p.refresh || !p.pin) {
      setSignInHint({ email: p.email, message: 'passwordNeeded' });
      navigate('/signin');
      return;
    }
    setChosen(p.userId);
  };

  if (profile) return <PinEntry profile={profile} reason={reason} onBack={() => setChosen(null)} onUnlocked={onUnlocked} />;

  return (
    <PublicLayout>
      <section className="card auth-card stack" aria-labelledby="who-title">
        <h1 id="who-title" tabIndex={-1} data-focus-target>
          {t.profiles.whoTitle}
        </h1>
        <p className="lead">{t.profiles.whoLead}</p>
        {reason ? (
          <div className="notice notice--error" role="alert">
            {reason === PIN_CHANGED ? t.profiles.pinChanged : codeText(t, reason)}
          </div>
        ) : null}
        <ul className="who" aria-label={t.profiles.listLabel}>
          {profiles.map((p) => (
            <li key={p.userId}>
              <button type="button" className="who__profile" onClick={() => pick(p)}>
                <span className="avatar" aria-hidden="true">
                  {initials(p.displayName)}
                </span>
                <span className="who__text">
                  <span className="who__name">{p.displayName}</span>
                  <span className="who__meta">
                    {p.role === 'coach' ? t.profiles.roleCoach : t.profiles.roleStudent}
                    {' · '}
                    {p.refresh && p.pin ? t.profiles.lastUsed(formatDate(new Date(p.lastUsedAt).toISOString())) : t.profiles.needsPassword}
                  </span>
                </span>
              </button>
            </li>
          ))}
        </ul>
        <p className="muted">{t.profiles.addSomeoneLead}</p>
        <button type="button" className="button button--secondary button--block" onClick={() => navigate('/signin')}>
          {t.profiles.addSomeone}
        </button>
      </section>
    </PublicLayout>
  );
}

function PinEntry({ profile, reason, onBack, onUnlocked }: { profile: DeviceProfile; reason: string | null; onBack: () => void; onUnlocked: (profile: DeviceProfile) => void }) {
  const { t } = useI18n();
  const [pin, setPin] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(reason === PIN_CHANGED ? t.profiles.pinChanged : reason ? codeText(t, reason) : null);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => inputRef.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    if (!PIN_PATTERN.test(pin)) {
      setError(t.profiles.pinFormat);
      inputRef.current?.focus();
      return;
    }
    setPending(true);
    setError(null);
    const result = await session.unlock(profile.userId, pin).catch(() => null);
    if (result?.ok) {
      onUnlocked(profile);
      return;
    }
    setPending(false);
    setPin('');
    inputRef.current?.focus();
    if (!result) setError(t.errors.generic);
    else if (result.reason === 'wrong-pin') setError(t.profiles.wrongPin(result.triesLeft));
    else if (result.reason === 'wait') setError(t.profiles.wait(Math.max(1, Math.ceil((result.retryAfter - Date.now()) / 1000))));
    else {
      setSignInHint({ email: profile.email, message: result.reason === 'password-needed' ? 'pinWiped' : 'passwordNeeded' });
      void reloadDeviceProfiles();
      navigate('/signin');
    }
  }

  const forgot = () => {
    setSignInHint({ email: profile.email, message: 'passwordNeeded' });
    navigate('/signin');
  };

  return (
    <PublicLayout>
      <section className="card auth-card" aria-labelledby="pin-title">
        <h1 id="pin-title">{t.profiles.enterPinTitle}</h1>
        <p className="lead">{t.profiles.enterPinLead(profile.displayName)}</p>
        <PinUnlockForm pin={pin} onPinChange={setPin} error={error} pending={pending} inputRef={inputRef} onSubmit={submit} />
        <p className="auth-card__switch">
          <button type="button" className="linklike" onClick={onBack}>
            {t.profiles.otherProfile}
          </button>
        </p>
        <p className="auth-card__switch">
          <button type="button" className="linklike" onClick={forgot}>
            {t.profiles.forgotPin}
          </button>
        </p>
      </section>
    </PublicLayout>
  );
}

export function initials(name: string): string {
  const parts = name.replace(/\(.*?\)/g, '').trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0]![0], parts[parts.length - 1]![0]] : [name[0]];
  return letters.join('').toUpperCase();
}
