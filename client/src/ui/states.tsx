import { useI18n } from '../i18n/i18n.tsx';
import { errorText } from '../lib/error-text.ts';

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? t.app.loading}</span>
    </div>
  );
}

/** A failed load, with the reason and a retry button. */
export function LoadError({ title, error, onRetry }: { title: string; error: unknown; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">{title}</p>
      <p>{errorText(t, error)}</p>
      <button type="button" className="button button--secondary" onClick={onRetry}>
        {t.app.retry}
      </button>
    </div>
  );
}
