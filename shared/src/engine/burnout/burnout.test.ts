import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessBurnout, BURNOUT_ALERT_THRESHOLD } from './burnout.ts';
import { computeSignals, localHour, sessionsOf, type BehaviourAttempt, type SignalInput } from './signals.ts';
import { precisionRecall, simulateStudents } from './simulate.ts';

const DAY = 86_400_000;
const MIN = 60_000;
const NOW = 1_767_225_600_000 + 20 * DAY; // midnight UTC
const IST = 330;

/** Attempts every `stepMin` minutes from `startMs` for `minutes`. */
function block(startMs: number, minutes: number, opts: { correct?: (i: number) => boolean; rtMs?: number; stepMin?: number } = {}): BehaviourAttempt[] {
  const step = opts.stepMin ?? 2;
  return Array.from({ length: Math.floor(minutes / step) }, (_, i) => ({
    id: `${startMs}-${i}`,
    question_id: 'q',
    correct: opts.correct?.(i) ?? true,
    response_time_ms: opts.rtMs ?? 60_000,
    device_time_ms: startMs + (i + 1) * step * MIN,
  }));
}
/** One 60-minute session at 18:00 IST on each of the last `days` days. */
const steady = (days: number, extra: Partial<Parameters<typeof block>[2]> = {}) =>
  Array.from({ length: days }, (_, d) => block(NOW - (d + 1) * DAY + (18 * 60 - IST) * MIN, 60, extra)).flat();
const input = (attempts: BehaviourAttempt[], backlog: number[] = [10, 10]): SignalInput => ({ attempts, backlog, nowMs: NOW, utcOffsetMinutes: IST });

describe('signals', () => {
  it('a steady student raises nothing', () => {
    const s = computeSignals(input(steady(14)));
    for (const v of Object.values(s)) expect(v.level).toBe(0);
    expect(assessBurnout(input(steady(14))).burnoutRisk).toEqual({ score: 0, reasons: [] });
  });

  it.each([
    ['rapidGuessing', steady(14, { rtMs: 1_000 })],
    ['lateNight', Array.from({ length: 14 }, (_, d) => block(NOW - (d + 1) * DAY + (23.5 * 60 - IST) * MIN, 40)).flat()],
    ['longSessions', Array.from({ length: 14 }, (_, d) => block(NOW - (d + 1) * DAY + (14 * 60 - IST) * MIN, 200)).flat()],
    ['fallingAccuracy', [...steady(14).filter((a) => a.device_time_ms < NOW - 7 * DAY), ...steady(7, { correct: (i) => i % 2 === 0 })]],
    ['brokenStreak', steady(14).filter((a) => a.device_time_ms < NOW - 3 * DAY)],
    ['sessionGaps', steady(14).filter((a) => a.device_time_ms < NOW - 10 * DAY || a.device_time_ms > NOW - 4 * DAY)],
  ] as const)('%s is detected', (name, attempts) => {
    expect(computeSignals(input([...attempts]))[name].level).toBeGreaterThan(0.5);
  });

  it('a growing backlog is detected', () => {
    expect(computeSignals(input(steady(14), [10, 12, 15, 20, 30])).growingBacklog.level).toBe(1);
    expect(computeSignals(input(steady(14), [30, 20, 10])).growingBacklog.level).toBe(0);
  });

  it('late night is judged in the student local time', () => {
    const at2330ist = NOW - DAY + (23.5 * 60 - IST) * MIN;
    expect(localHour(at2330ist, IST)).toBe(23);
    expect(localHour(at2330ist, 0)).toBe(18);
    const attempts = block(at2330ist, 30);
    expect(computeSignals(input(attempts)).lateNight.figure).toBe(1);
    expect(computeSignals({ ...input(attempts), utcOffsetMinutes: 0 }).lateNight.figure).toBe(0);
  });

  it('splits sessions at gaps over 30 minutes', () => {
    const a = [...block(NOW - DAY, 20), ...block(NOW - DAY + 60 * MIN, 20)];
    expect(sessionsOf(a)).toHaveLength(2);
    expect(sessionsOf([...block(NOW - DAY, 20), ...block(NOW - DAY + 25 * MIN, 20)])).toHaveLength(1);
  });
});

describe('assessBurnout', () => {
  const students = [...simulateStudents(3, 40), ...simulateStudents(4, 10, 0.3, undefined, undefined, 0.5)];

  it('property: scores in [0, 1], reasons sorted and explaining the score, order of attempts irrelevant', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: students.length - 1 }), fc.integer(), (i, salt) => {
        const s = students[i]!;
        const a = assessBurnout(s.input);
        for (const c of [a.fatigue, a.stress, a.burnoutRisk]) {
          expect(c.score).toBeGreaterThanOrEqual(0);
          expect(c.score).toBeLessThanOrEqual(1);
          for (let k = 1; k < c.reasons.length; k++) expect(c.reasons[k]!.contribution).toBeLessThanOrEqual(c.reasons[k - 1]!.contribution);
          // Reasons are the contributions of at least 0.02; the 8 signals' omitted ones add < 0.16.
          const explained = c.reasons.reduce((x, r) => x + r.contribution, 0);
          expect(explained).toBeLessThanOrEqual(c.score + 1e-9);
          expect(c.score - explained).toBeLessThan(8 * 0.02);
        }
        const shuffled = [...s.input.attempts].sort((x, y) => ((x.device_time_ms ^ salt) % 97) - ((y.device_time_ms ^ salt) % 97));
        expect(assessBurnout({ ...s.input, attempts: shuffled })).toEqual(a);
      }),
      { numRuns: 30 },
    );
  });

  it('detects simulated burnout with precision and recall above 0.8', () => {
    const sim = simulateStudents(11, 300);
    const { precision, recall } = precisionRecall(
      sim.map((s) => s.burningOut),
      sim.map((s) => assessBurnout(s.input).burnoutRisk.score >= BURNOUT_ALERT_THRESHOLD),
    );
    expect(precision).toBeGreaterThan(0.8);
    expect(recall).toBeGreaterThan(0.8);
  });

  it('flags every simulated rushed guesser, with rushed guessing as the leading reason, and stays precise', () => {
    const sim = simulateStudents(21, 300, 0.25, undefined, undefined, 0.15);
    const rushed = sim.filter((s) => s.input.attempts.length > 0 && s.burningOut && computeSignals(s.input).rushedGuessing.figure > 0.5);
    expect(rushed.length).toBeGreaterThan(20);
    for (const s of rushed) {
      const risk = assessBurnout(s.input).burnoutRisk;
      expect(risk.score).toBeGreaterThanOrEqual(BURNOUT_ALERT_THRESHOLD);
      expect(risk.reasons[0]?.signal).toBe('rushedGuessing');
    }
    const { precision, recall } = precisionRecall(
      sim.map((s) => s.burningOut),
      sim.map((s) => assessBurnout(s.input).burnoutRisk.score >= BURNOUT_ALERT_THRESHOLD),
    );
    expect(precision).toBeGreaterThan(0.8);
    expect(recall).toBeGreaterThan(0.8);
  });

  it('the rushed-guessing pattern of the reported student: 132 answers, ~8 % right, 120 wrong in seconds', () => {
    const attempts = Array.from({ length: 132 }, (_, i) => ({
      id: `r${String(i).padStart(4, '0')}`,
      question_id: `q${i}`,
      correct: i % 12 === 0,
      response_time_ms: i % 12 === 0 ? 40_000 : 2_500,
      device_time_ms: NOW - 2 * DAY + i * 20_000,
    }));
    const a = assessBurnout(input(attempts));
    expect(a.signals.rushedGuessing.level).toBe(1);
    expect(a.burnoutRisk.score).toBeGreaterThanOrEqual(BURNOUT_ALERT_THRESHOLD);
    expect(a.burnoutRisk.reasons.map((r) => r.signal)).toContain('rushedGuessing');
    // A fast but accurate student is not a rushed guesser.
    const quick = attempts.map((x) => ({ ...x, correct: true }));
    expect(computeSignals(input(quick)).rushedGuessing.level).toBe(0);
  });

  it('the simulator is deterministic for a seed', () => {
    expect(simulateStudents(5, 3)).toEqual(simulateStudents(5, 3));
  });

  it.each([
    [[true, true, false, false], [true, false, true, false], 0.5, 0.5],
    [[true, false], [false, false], 1, 0],
  ])('precisionRecall(%j, %j)', (t, p, precision, recall) => {
    expect(precisionRecall(t, p)).toEqual({ precision, recall });
  });
});
