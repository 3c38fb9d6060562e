import { useEffect, useSyncExternalStore } from 'react';
import { onDeviceMessage, profiles } from '../../data/account/current-session.ts';
import type { DeviceProfile } from '../../data/profiles/device-registry.ts';

/**
 * The profiles on this device, as the picker and the app frame read them: loaded from the
 * registry on first use and again whenever a tab changes it.
 */

let snapshot: DeviceProfile[] | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function emit() {
  for (const l of listeners) l();
}

/** Reads the registry again (after a sign-in, a removal, a PIN wiped). */
export function reloadDeviceProfiles(): Promise<void> {
  loading = profiles.list().then(
    (list) => {
      snapshot = list;
      emit();
    },
    (error: unknown) => {
      // No IndexedDB (private mode in some browsers): nothing can be remembered on this device.
      console.warn('could not read the device registry', error);
      snapshot = [];
      emit();
    },
  );
  return loading;
}

onDeviceMessage(() => void reloadDeviceProfiles());

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!loading) void reloadDeviceProfiles();
  return () => listeners.delete(listener);
}

/** Null until the registry has been read. */
export function useDeviceProfiles(): DeviceProfile[] | null {
  return useSyncExternalStore(subscribe, () => snapshot);
}

/** One profile's registry row, kept current (idle-lock minutes, language). */
export function useDeviceProfile(userId: string): DeviceProfile | null {
  const list = useDeviceProfiles();
  useEffect(() => {
    void reloadDeviceProfiles();
  }, [userId]);
  return list?.find((p) => p.userId === userId) ?? null;
}

/**
 * What the sign-in form should start with when a profile needs its password again (too many
 * wrong PINs, a revoked session): the email, and why. Read once.
 */
let hint: { email: string; message: 'pinWiped' | 'passwordNeeded' } | null = null;

export function setSignInHint(next: typeof hint): void {
  hint = next;
}

export function takeSignInHint(): typeof hint {
  const taken = hint;
  hint = null;
  return taken;
}
