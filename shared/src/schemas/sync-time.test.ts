import { describe, expect, it } from 'vitest';
import { attemptSchema, sittingPatchSchema } from './sync.ts';

describe('upload timestamps accept the form synced rows carry', () => {
  it("normalises Postgres' text form (space, microseconds, Z) to ISO and still refuses non-times", () => {
    expect(sittingPatchSchema.parse({ submitted_at: '2026-12-06 00:17:42.891041Z' }).submitted_at).toBe('2026-12-06T00:17:42.891041Z');
    expect(sittingPatchSchema.parse({ submitted_at: '2026-12-06T00:17:42.891Z' }).submitted_at).toBe('2026-12-06T00:17:42.891Z');
    expect(sittingPatchSchema.safeParse({ submitted_at: 'yesterday' }).success).toBe(false);
    expect(sittingPatchSchema.safeParse({ submitted_at: '2026-12-06 00:17:42' }).success).toBe(false); // no offset: ambiguous
    expect(attemptSchema.shape.device_time.safeParse('2026-13-06 00:17:42Z').success).toBe(false);
  });
});
