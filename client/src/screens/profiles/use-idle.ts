import { useEffect } from 'react';

/** Input that counts as activity; `scroll` is captured so scrolling inside any panel counts. */
const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll', 'input'] as const;
/** How often idleness is checked (ms); timers are coarse in background tabs anyway. */
const CHECK_MS = 5_000;

/**
 * Calls `onIdle` once no input has arrived for `minutes` (null: never). Checked on a coarse
 * interval and whenever the page becomes visible again, since a hidden tab's timers are throttled.
 */
export function useIdle(minutes: number | null, onIdle: () => void): void {
  useEffect(() => {
    if (minutes === null) return;
    const limitMs = minutes * 60_000;
    let last = Date.now();
    const bump = () => {
      last = Date.now();
    };
    const check = () => {
      if (Date.now() - last >= limitMs) onIdle();
    };
    const timer = window.setInterval(check, Math.min(CHECK_MS, limitMs));
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, bump, { capture: true, passive: true });
    document.addEventListener('visibilitychange', check);
    return () => {
      window.clearInterval(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, bump, { capture: true });
      document.removeEventListener('visibilitychange', check);
    };
  }, [minutes, onIdle]);
}
