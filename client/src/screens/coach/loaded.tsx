import type { ReactNode } from 'react';
import { ApiError } from '../../data/account/api.ts';
import type { Messages } from '../../i18n/en.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { errorText } from '../../lib/error-text.ts';
import { LoadError, Loading } from '../../ui/states.tsx';

/** The states a coach or admin screen loads through: an API call (`loading`) or the replica (`syncing`). */
export type LoadState<T> = { status: 'loading' } | { status: 'syncing' } | { status: 'ready'; data: T } | { status: 'error'; error: unknown };

/**
 * The load / error / ready block every coach and admin panel repeats: a spinner while loading,
 * the reason and a retry when it failed, `children(data)` when ready.
 */
export function Loaded<T>({ state, errorTitle, onRetry, loadingLabel, children }: { state: LoadState<T>; errorTitle: string; onRetry?: () => void; loadingLabel?: string; children: (data: T) => ReactNode }) {
  const { t } = useI18n();
  if (state.status === 'loading' || state.status === 'syncing') return <Loading label={loadingLabel} />;
  if (state.status === 'error') {
    if (onRetry) return <LoadError title={errorTitle} error={state.error} onRetry={onRetry} />;
    return (
      <div className="notice notice--error" role="alert">
        <p className="notice__title">{errorTitle}</p>
        <p>{errorText(t, state.error)}</p>
      </div>
    );
  }
  return <>{children(state.data)}</>;
}

/** A table with a header row (the pattern every admin and drill-down table repeats). */
export function DataTable({ head, caption, children }: { head: readonly ReactNode[]; caption?: string; children: ReactNode }) {
  return (
    <div className="admin-table__scroll">
      <table className="admin-table">
        {caption ? <caption className="visually-hidden">{caption}</caption> : null}
        <thead>
          <tr>
            {head.map((h, i) => (
              <th scope="col" key={i}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** For admins: the translated reason, then the server's own words (which name the exact problem). */
export function adminErrorText(t: Messages, error: unknown): string {
  // No response at all: the server is unreachable, which admins are told plainly.
  if (error instanceof ApiError && error.status === 0) return t.admin.needsConnection;
  const base = errorText(t, error);
  if (error instanceof ApiError && error.message && error.message !== base) {
    const details = error.errors.length > 1 ? error.errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join('; ') : error.message;
    return `${base} (${details})`;
  }
  return base;
}

