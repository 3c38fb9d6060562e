import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

/**
 * A tiny history router: the app has a handful of flat routes, so a dependency is not worth its
 * bytes. The server and the service worker answer every page URL with index.html.
 */

const listeners = new Set<() => void>();
/** How the current location was reached; redirects (`replace`) should not move keyboard focus. */
let lastKind: 'push' | 'replace' | 'pop' = 'replace';

export const lastNavigationKind = () => lastKind;

function emit() {
  for (const l of listeners) l();
}

window.addEventListener('popstate', () => {
  lastKind = 'pop';
  emit();
});

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function navigate(to: string, options: { replace?: boolean } = {}) {
  if (to === window.location.pathname + window.location.search) return;
  lastKind = options.replace ? 'replace' : 'push';
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  emit();
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

/** An ordinary link (so open-in-new-tab works) that navigates in place on a plain click. */
export function Link({ to, onClick, ...rest }: LinkProps) {
  const path = usePath();
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} aria-current={path === to ? 'page' : undefined} onClick={handle} {...rest} />;
}
