/**
 * Error codes of the API envelope, shared by server and client. The HTTP status for each code
 * lives here so every layer agrees on it.
 */
export const ERROR_CODES = {
  VALIDATION_ERROR: 400,
  MALFORMED_JSON: 400,
  UNKNOWN_FIELD: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  TOKEN_EXPIRED: 401,
  TOKEN_REUSED: 401,
  INVALID_REFRESH_TOKEN: 401,
  FORBIDDEN: 403,
  // 401, not 403: devices treat it like a dead session (keep queued work, refresh, then sign out).
  ACCOUNT_DISABLED: 401,
  /** The account is scheduled for deletion: only "Cancel deletion" (email and password) opens it. */
  ACCOUNT_DELETION_PENDING: 403,
  /** The account was deleted; a device holding its profile erases it. */
  ACCOUNT_DELETED: 410,
  /** A minor's data is processed only after a guardian consents; the device keeps the work. */
  CONSENT_REQUIRED: 403,
  NOT_FOUND: 404,
  IMPORT_INVALID: 422,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  EMAIL_TAKEN: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  LOGIN_DELAYED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** One problem in a request; several may be reported at once (e.g. every bad row of an import). */
export interface ErrorDetail {
  code: ErrorCode;
  message: string;
  field: string | null;
}

/**
 * A failure the caller can act on; `field` names the offending input where there is one, and
 * `details` lists every problem when there are several.
 */
export class DomainError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field: string | null = null,
    readonly details: readonly ErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
    this.status = ERROR_CODES[code];
  }
}
