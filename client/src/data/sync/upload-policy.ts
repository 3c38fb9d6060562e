import { ApiError } from '../account/api.ts';

/**
 * Whether a failed upload may succeed later. Retryable: no answer at all, 401 (the session
 * refreshes), 408, 429 and 5xx — nothing was applied, so the SDK sends the same transaction again.
 * Fatal: any other 4xx — the request as a whole is malformed and would block the queue forever, so
 * the transaction is completed and the refusal logged. CONSENT_REQUIRED (403) is retryable: the
 * account is fine, the server may not process it yet (per-op refusals come back in a 200 and are
 * synced to the student through `sync_upload_errors`).
 */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  // A minor's work waits on the device until a guardian consents; it is never dropped.
  if (error.code === 'CONSENT_REQUIRED') return true;
  const { status } = error;
  return status === 0 || status === 401 || status === 408 || status === 429 || status >= 500;
}
