import { describe, expect, it } from 'vitest';
import { ApiError } from '../account/api.ts';
import { isRetryable } from './upload-policy.ts';

const failure = (status: number, code = 'X') => new ApiError(status, code as 'NETWORK', 'm', null);

describe('upload failure policy (docs/sync-upload.md)', () => {
  it('retries when nothing was applied or the session must refresh', () => {
    for (const status of [0, 401, 408, 429, 500, 502, 503]) expect(isRetryable(failure(status))).toBe(true);
    expect(isRetryable(new TypeError('fetch failed'))).toBe(true);
  });

  it('completes a transaction the server refuses as a whole, so the queue never jams', () => {
    for (const status of [400, 403, 404, 409, 413, 422]) expect(isRetryable(failure(status))).toBe(false);
  });
});
