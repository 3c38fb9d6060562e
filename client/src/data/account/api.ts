import type { ApiError as ApiErrorItem, ErrorCode } from '@cr/shared';

/**
 * The one place the client talks HTTP to our API. Every response is the envelope
 * `{status, data, metadata, errors}`; `apiRequest` returns `data` or throws `ApiError`.
 */

/** Codes the client itself produces: no answer at all, or an answer that is not our envelope. */
export type ClientErrorCode = 'NETWORK' | 'BAD_RESPONSE' | 'ABORTED';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    /** HTTP status; 0 when there was no response. */
    readonly status: number,
    readonly code: ErrorCode | ClientErrorCode,
    message: string,
    /** The input field the first error names, if any. */
    readonly field: string | null,
    /** Every error of the envelope (a validation failure can name several fields). */
    readonly errors: readonly ApiErrorItem[] = [],
  ) {
    super(message);
  }

  /** First error per field, for inline form messages. */
  fieldErrors(): Record<string, ApiErrorItem> {
    const out: Record<string, ApiErrorItem> = {};
    for (const e of this.errors) if (e.field && !out[e.field]) out[e.field] = e;
    return out;
  }

  /** True when the request never got an answer: retrying later may work, the session is not at fault. */
  get isNetwork(): boolean {
    return this.code === 'NETWORK';
  }
}

interface Envelope<T> {
  status: 'success' | 'error' | 'processing';
  data: T | null;
  metadata?: { request_id?: string };
  errors?: ApiErrorItem[];
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  /** Access token; sent as `Authorization: Bearer`. */
  token?: string;
  signal?: AbortSignal;
  query?: Record<string, string | number | undefined>;
  /** Origin of the API; default: the page's own (same origin in production and behind Vite's dev proxy). */
  origin?: string;
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, token, signal, query, origin = '' } = options;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;

  let url = origin + path;
  if (query) {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, String(v));
    const qs = params.toString();
    if (qs) url += `?${qs}`;
  }

  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch (error) {
    if (signal?.aborted) throw new ApiError(0, 'ABORTED', 'request aborted', null);
    throw new ApiError(0, 'NETWORK', error instanceof Error ? error.message : 'network error', null);
  }

  let envelope: Envelope<T>;
  try {
    envelope = (await response.json()) as Envelope<T>;
  } catch {
    throw new ApiError(response.status, 'BAD_RESPONSE', `unexpected ${response.status} response without an envelope`, null);
  }

  const errors = Array.isArray(envelope.errors) ? envelope.errors : [];
  if (!response.ok || envelope.status === 'error') {
    const first = errors[0];
    throw new ApiError(
      response.status,
      (first?.code as ErrorCode | undefined) ?? 'BAD_RESPONSE',
      first?.message ?? `request failed with ${response.status}`,
      first?.field ?? null,
      errors,
    );
  }
  if (envelope.data === null || envelope.data === undefined) {
    throw new ApiError(response.status, 'BAD_RESPONSE', 'response has no data', null);
  }
  return envelope.data;
}
