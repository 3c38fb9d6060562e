import { apiRequest } from './api.ts';
import { openRegistry } from '../profiles/device-registry.ts';
import { createProfiles } from '../profiles/profiles.ts';
import { createSession, type SessionStore } from './session.ts';

/** The device registry and the browser's session, shared by the whole app. */
export const profiles = createProfiles({ registry: openRegistry(), now: () => Date.now() });

export const session: SessionStore = createSession({
  request: apiRequest,
  profiles,
  legacy: window.localStorage,
  now: () => Date.now(),
  setTimer: (fn, ms) => window.setTimeout(fn, ms),
  clearTimer: (handle) => window.clearTimeout(handle as number),
  // The callback's promise is what `request` resolves with; its typing nests the Promise.
  withLock: <T>(name: string, fn: () => Promise<T>) => (navigator.locks ? (navigator.locks.request(name, fn) as Promise<T>) : fn()),
  // Loaded on demand: the erasure needs the database module, which needs this one.
  onAccountGone: (userId) => {
    void import('./account-gone.ts').then((m) => m.eraseDeletedProfile(userId)).catch((error: unknown) => console.warn('could not erase the deleted profile', error));
  },
});

/**
 * Tabs of this device tell each other when the registry changes (a profile added, removed, its
 * PIN changed), so pickers stay current and a profile removed in one tab closes in the others.
 */
export type DeviceMessage = { kind: 'changed' } | { kind: 'removed'; userId: string };

const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('cr.device') : null;
const deviceListeners = new Set<(message: DeviceMessage) => void>();

export function announce(message: DeviceMessage): void {
  channel?.postMessage(message);
  for (const l of deviceListeners) l(message);
}

export function onDeviceMessage(listener: (message: DeviceMessage) => void): () => void {
  deviceListeners.add(listener);
  return () => deviceListeners.delete(listener);
}

channel?.addEventListener('message', (event: MessageEvent<DeviceMessage>) => {
  if (event.data.kind === 'removed') session.onProfileRemoved(event.data.userId);
  for (const l of deviceListeners) l(event.data);
});

// Back online: refresh an offline-opened session (or finish migrating an old token) at once rather
// than at the next scheduled retry.
window.addEventListener('online', () => session.onOnline());
