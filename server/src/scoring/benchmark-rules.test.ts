import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CLOCK_TOLERANCE_MS, judgeSubmission, type BenchmarkWindow, type SubmissionFacts } from './benchmark-rules.ts';

const H = 3600_000;
const window: BenchmarkWindow = { standard: 12, status: 'scheduled', opensAtMs: 10 * H, closesAtMs: 13 * H, graceS: 3600, durationS: 10_800, questionIds: ['q1', 'q2'] };
const base: SubmissionFacts = {
  studentStandard: 12,
  receivedAtMs: 12 * H,
  startedAtMs: 10.5 * H,
  submittedAtMs: 12 * H - 60_000,
  sittingQuestionIds: ['q1', 'q2'],
  postSubmissionAttempts: 0,
  hasEarlierSubmission: false,
};

describe('judgeSubmission', () => {
  it('counts a submission inside the window, with no flags', () => {
    expect(judgeSubmission(window, base)).toEqual({ counted: true, reason: null, flags: [] });
  });

  it('counts a sitting started inside the window and received within grace, flagged late', () => {
    const v = judgeSubmission(window, { ...base, receivedAtMs: 13.5 * H, submittedAtMs: 12.9 * H });
    expect(v).toEqual({ counted: true, reason: null, flags: ['LATE_WITHIN_GRACE'] });
  });

  it('refuses by server receipt after grace, whatever the device claims', () => {
    const v = judgeSubmission(window, { ...base, receivedAtMs: 14 * H + 1, submittedAtMs: 11 * H });
    expect(v.reason).toBe('RECEIVED_AFTER_GRACE');
  });

  it('refuses a sitting started after close, or before open, or in another class, or a second sitting', () => {
    expect(judgeSubmission(window, { ...base, startedAtMs: 13 * H + 1, receivedAtMs: 13.2 * H, submittedAtMs: 13.1 * H }).reason).toBe('STARTED_AFTER_CLOSE');
    expect(judgeSubmission(window, { ...base, startedAtMs: 10 * H - CLOCK_TOLERANCE_MS - 1 }).reason).toBe('STARTED_BEFORE_OPEN');
    expect(judgeSubmission(window, { ...base, receivedAtMs: 10 * H - 1 }).reason).toBe('STARTED_BEFORE_OPEN');
    expect(judgeSubmission(window, { ...base, studentStandard: 11 }).reason).toBe('WRONG_CLASS');
    expect(judgeSubmission(window, { ...base, hasEarlierSubmission: true }).reason).toBe('DUPLICATE_SITTING');
    expect(judgeSubmission({ ...window, status: 'cancelled' }, base).reason).toBe('CANCELLED');
  });

  it('flags implausible device clocks and post-submission answers without refusing', () => {
    const v = judgeSubmission(window, { ...base, submittedAtMs: base.receivedAtMs + CLOCK_TOLERANCE_MS + 1, postSubmissionAttempts: 2, sittingQuestionIds: ['q2', 'q1'] });
    expect(v.counted).toBe(true);
    expect(v.flags).toEqual(['CLOCK_AHEAD', 'POST_SUBMISSION_ANSWERS', 'PAPER_MISMATCH']);
    expect(judgeSubmission(window, { ...base, submittedAtMs: base.startedAtMs - 1 }).flags).toContain('SUBMITTED_BEFORE_START');
    expect(judgeSubmission(window, { ...base, startedAtMs: 10 * H, submittedAtMs: 13.2 * H, receivedAtMs: 13.3 * H }).flags).toContain('OVERTIME');
  });

  it('never counts a submission the server received after close + grace (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 48 * H }), fc.integer({ min: 0, max: 48 * H }), fc.option(fc.integer({ min: 0, max: 48 * H }), { nil: null }), (received, started, submitted) => {
        const v = judgeSubmission(window, { ...base, receivedAtMs: received, startedAtMs: started, submittedAtMs: submitted });
        if (received > window.closesAtMs + window.graceS * 1000 || received < window.opensAtMs) expect(v.counted).toBe(false);
        if (v.counted) expect(started).toBeLessThanOrEqual(window.closesAtMs);
      }),
    );
  });
});
