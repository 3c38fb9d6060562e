import { apiRequest } from './api.ts';
import { createSession, REFRESH_KEY, type SessionStore } from './session.ts';

/** The browser's session, shared by the whole app. */
export const session: SessionStore = createSession({
  storage: window.localStorage,
  request: apiRequest,
  now: () => Date.now(),
  setTimer: (fn, ms) => window.setTimeout(fn, ms),
  clearTimer: (handle) => window.clearTimeout(handle as number),
  // The callback's promise is what `request` resolves with; its typing nests the Promise.
  withLock: <T>(fn: () => Promise<T>) => (navigator.locks ? (navigator.locks.request('cr.session-refresh', fn) as Promise<T>) : fn()),
});

window.addEventListener('storage', (event) => {
  if (event.key === REFRESH_KEY && event.newValue === null) session.onStorageCleared();
});

// Back online with a session that could not be opened: try again at once rather than at the next
// scheduled retry.
window.addEventListener('online', () => {
  if (session.getState().status === 'offline') void session.restore();
});
