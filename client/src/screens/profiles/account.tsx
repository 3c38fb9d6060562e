import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { User } from '@cr/shared';
import { session } from '../../data/account/current-session.ts';
import { useOptionalLocalDb } from '../../data/sync/local-data.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { Link, navigate } from '../../router.tsx';
import { useDeviceProfile } from './device-profiles.ts';
import { LockOverlay } from './lock-overlay.tsx';
import { initials } from './profile-picker.tsx';
import { RemoveDialog } from './remove-dialog.tsx';
import { useIdle } from './use-idle.ts';

/**
 * The open profile's account actions around the signed-in app: idle lock (a PIN overlay over the
 * app, which stays mounted but `inert`), lock now, switch profile, and sign out / remove from
 * this device. Admins are never remembered on a device, so they have no lock and no PIN.
 */

interface Account {
  user: User;
  /** False for admins (no PIN, no local data). */
  onDevice: boolean;
  lock: () => void;
  switchProfile: () => void;
  /** Opens the sign-out flow (syncs first, or lists what would be lost and asks). */
  remove: (title: string) => void;
}

const AccountContext = createContext<Account | null>(null);

export function useAccount(): Account {
  const value = useContext(AccountContext);
  if (!value) throw new Error('useAccount outside AccountProvider');
  return value;
}

export function AccountProvider({ user, children }: { user: User; children: ReactNode }) {
  const onDevice = user.role !== 'admin';
  const db = useOptionalLocalDb();
  const profile = useDeviceProfile(user.id);
  const [locked, setLocked] = useState(false);
  const [removing, setRemoving] = useState<string | null>(null);

  const lock = useCallback(() => {
    if (onDevice) setLocked(true);
  }, [onDevice]);
  // The next person starts at the top, not on the page the last one had open.
  const switchProfile = useCallback(() => {
    session.leave();
    navigate('/', { replace: true });
  }, []);
  const remove = useCallback((title: string) => setRemoving(title), []);

  useIdle(onDevice && !locked && profile ? profile.idleLockMinutes : null, lock);

  return (
    <AccountContext.Provider value={{ user, onDevice, lock, switchProfile, remove }}>
      <div className="account-root" inert={locked || removing !== null}>
        {children}
      </div>
      {locked ? <LockOverlay user={user} onUnlocked={() => setLocked(false)} onSwitch={switchProfile} /> : null}
      {removing !== null && !locked ? <RemoveDialog db={onDevice ? db : null} userId={user.id} title={removing} onCancel={() => setRemoving(null)} /> : null}
    </AccountContext.Provider>
  );
}

/** The header's account area: who is signed in, and a menu with Lock, Switch profile, Sign out. */
export function AccountMenu() {
  const { t } = useI18n();
  const { user, onDevice, lock, switchProfile, remove } = useAccount();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const name = user.full_name ?? user.email;

  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent) {
        if (event.key !== 'Escape') return;
        setOpen(false);
        buttonRef.current?.focus();
        return;
      }
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', close);
    document.addEventListener('pointerdown', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('pointerdown', close);
    };
  }, [open]);

  const act = (fn: () => void) => () => {
    setOpen(false);
    fn();
  };

  return (
    <div className="account" ref={rootRef}>
      <button
        type="button"
        ref={buttonRef}
        className="account__button"
        aria-expanded={open}
        aria-controls="account-menu"
        aria-label={`${t.profiles.accountMenu}: ${name}`}
        title={t.nav.signedInAs(name)}
        data-testid="account-menu"
        onClick={() => setOpen((o) => !o)}
      >
        <span className="avatar" aria-hidden="true">
          {initials(name)}
        </span>
        <span className="topbar__name">{name}</span>
      </button>
      <div id="account-menu" className="account__panel" hidden={!open}>
        <p className="account__who">
          <strong>{name}</strong>
          <span className="muted small">{user.email}</span>
        </p>
        {user.role === 'coach' ? (
          // Students have Settings in the main navigation; a coach reaches PIN and lock here.
          <Link to="/settings" className="account__item" onClick={() => setOpen(false)}>
            {t.settings.title}
          </Link>
        ) : null}
        {onDevice ? (
          <>
            <button type="button" className="account__item" onClick={act(lock)}>
              {t.profiles.lock}
            </button>
            <button type="button" className="account__item" onClick={act(switchProfile)}>
              {t.profiles.switchProfile}
            </button>
          </>
        ) : null}
        <button type="button" className="account__item" onClick={act(() => remove(t.nav.signOut))}>
          {t.nav.signOut}
        </button>
      </div>
    </div>
  );
}
