import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { delayAfter, throttleKey, type ThrottlePolicy } from './login-throttle.ts';

const policyArb = fc.record({
  freeFailures: fc.integer({ min: 1, max: 100 }),
  baseDelayS: fc.integer({ min: 1, max: 3600 }),
  maxDelayS: fc.integer({ min: 1, max: 3600 }),
});

describe('delayAfter', () => {
  it('is free for the free failures, then grows (never shrinks) and never passes the ceiling', () => {
    fc.assert(
      fc.property(policyArb, fc.integer({ min: 0, max: 10_000 }), (policy: ThrottlePolicy, failures) => {
        const d = delayAfter(failures, policy);
        const next = delayAfter(failures + 1, policy);
        expect(Number.isFinite(d)).toBe(true);
        expect(d).toBeLessThanOrEqual(policy.maxDelayS);
        expect(next).toBeGreaterThanOrEqual(d);
        if (failures <= policy.freeFailures) expect(d).toBe(0);
        else expect(d).toBe(Math.min(policy.baseDelayS * 2 ** (failures - policy.freeFailures - 1), policy.maxDelayS));
      }),
    );
  });

  it('doubles from the base with the defaults: 2, 4, 8 … 256, then 300 s', () => {
    const policy = { freeFailures: 5, baseDelayS: 2, maxDelayS: 300 };
    expect(Array.from({ length: 15 }, (_, i) => delayAfter(i + 1, policy))).toEqual([0, 0, 0, 0, 0, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300]);
  });
});

describe('throttleKey', () => {
  it('is one sha256 hex per address however it is cased or padded; different addresses differ', () => {
    fc.assert(
      fc.property(fc.emailAddress(), fc.emailAddress(), (email, other) => {
        const key = throttleKey(email);
        expect(key).toMatch(/^[0-9a-f]{64}$/);
        expect(throttleKey(` ${email.toUpperCase()} `)).toBe(key);
        if (email.toLowerCase() !== other.toLowerCase()) expect(throttleKey(other)).not.toBe(key);
      }),
    );
  });
});
