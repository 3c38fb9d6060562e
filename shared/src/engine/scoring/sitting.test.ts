import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc } from '../hlc.ts';
import { DEFAULT_MARKS, markResponse, type ExamPattern, type MarkableQuestion } from './marking.ts';
import { finalAnswers, fullMarksTable, maxMarksOf, scoreSitting, selectFinalAnswers, type SittingAttempt } from './sitting.ts';

const QUESTIONS: MarkableQuestion[] = [
  { id: 'm1', subject: 'MATH', type: 'SINGLE', answer: 'B', tolerance: null },
  { id: 'm2', subject: 'MATH', type: 'MULTI', answer: 'ACD', tolerance: null },
  { id: 'p1', subject: 'PHYSICS', type: 'INTEGER', answer: '12', tolerance: null },
  { id: 'p2', subject: 'PHYSICS', type: 'MULTI', answer: 'ABCD', tolerance: null },
  { id: 'c1', subject: 'CHEMISTRY', type: 'NUMERIC', answer: '4.47', tolerance: 0.01 },
  { id: 'c2', subject: 'CHEMISTRY', type: 'SINGLE', answer: 'D', tolerance: null },
];
const RESPONSES: Record<MarkableQuestion['type'], string[]> = {
  SINGLE: ['A', 'B', 'C', 'D', 'E', ' '],
  MULTI: ['ACD', 'AC', 'A', 'ABCD', 'ABC', 'D', 'B', 'dca'],
  INTEGER: ['12', '12.4', '11', '+12', 'x'],
  NUMERIC: ['4.47', '4.5', '4', '4.48', '-3'],
};

const stamp = (ms: number, counter: number, node: string) => formatHlc({ wallMs: 1_760_000_000_000 + ms, counter, node });

/** Random answer events of one sitting: several saves per question, clears, two devices, duplicates of one event. */
const sittingArb = fc
  .record({
    events: fc.array(
      fc.record({ q: fc.nat(QUESTIONS.length - 1), pick: fc.nat(20), clear: fc.boolean(), ms: fc.nat(60), c: fc.nat(3), node: fc.constantFrom('dev-a', 'dev-b') }),
      { maxLength: 40 },
    ),
    cutoff: fc.option(fc.record({ ms: fc.nat(60), c: fc.nat(3) }), { nil: null }),
    pattern: fc.constantFrom<ExamPattern>('JEE_MAIN', 'JEE_ADVANCED'),
    duplicate: fc.boolean(),
  })
  .map(({ events, cutoff, pattern, duplicate }) => {
    const byStamp = new Map<string, SittingAttempt>();
    for (const [i, e] of events.entries()) {
      const q = QUESTIONS[e.q] as MarkableQuestion;
      const options = RESPONSES[q.type];
      const hlc = stamp(e.ms, e.c, e.node);
      // One stamp is one event (one device, one counter): a later draw with the same stamp is that event again.
      if (!byStamp.has(hlc)) byStamp.set(hlc, { question_id: q.id, answer: e.clear && e.pick % 3 === 0 ? null : (options[e.pick % options.length] as string), hlc, response_time_ms: 500 + i });
    }
    const attempts = [...byStamp.values()];
    // An event uploaded twice (a retry) arrives as two identical rows.
    if (duplicate && attempts.length > 0) attempts.push({ ...(attempts[0] as SittingAttempt) });
    return { attempts, cutoff: cutoff === null ? null : stamp(cutoff.ms, cutoff.c, 'dev-a'), pattern };
  });

/** Reference model, written independently: sort by parsed (wall, counter, node), keep the last per question. */
function reference(attempts: readonly SittingAttempt[], cutoff: string | null): Map<string, string | null> {
  const key = (h: string) => {
    const [wall, counter, node] = h.split(':') as [string, string, string];
    return [Number(wall), parseInt(counter, 36), node] as const;
  };
  const cmp = (a: string, b: string) => {
    const [aw, ac, an] = key(a);
    const [bw, bc, bn] = key(b);
    return aw - bw || ac - bc || (an < bn ? -1 : an > bn ? 1 : 0);
  };
  const kept = attempts.filter((a) => cutoff === null || cmp(a.hlc, cutoff) <= 0).sort((a, b) => cmp(a.hlc, b.hlc));
  const out = new Map<string, string | null>();
  for (const a of kept) out.set(a.question_id, a.answer);
  return out;
}

describe('the sitting scorer', () => {
  it('property: the final answer is the latest event by HLC at or before the submission, whatever the arrival order', () => {
    fc.assert(
      fc.property(sittingArb, fc.nat(), ({ attempts, cutoff }, seed) => {
        const shuffled = [...attempts].sort((a, b) => ((a.hlc.length * 31 + a.response_time_ms * seed) % 97) - ((b.hlc.length * 31 + b.response_time_ms * seed) % 97));
        const mine = finalAnswers(shuffled, cutoff);
        expect(new Map([...mine].map(([q, a]) => [q, a.answer]))).toEqual(reference(attempts, cutoff));
        expect(finalAnswers([...attempts].reverse(), cutoff)).toEqual(finalAnswers(attempts, cutoff));
      }),
      { numRuns: 300 },
    );
  });

  it('property: ignored events are exactly those stamped after the submission or received late', () => {
    fc.assert(
      fc.property(sittingArb, fc.array(fc.boolean(), { maxLength: 40 }), ({ attempts, cutoff }, lateFlags) => {
        const withLate = attempts.map((a, i) => ({ ...a, late: lateFlags[i] === true }));
        const { answers, ignored } = selectFinalAnswers(withLate, cutoff);
        const counted = withLate.filter((a) => !a.late && (cutoff === null || a.hlc <= cutoff));
        expect(ignored).toBe(withLate.length - counted.length);
        expect(new Map([...answers].map(([q, a]) => [q, a.answer]))).toEqual(reference(counted, null));
      }),
      { numRuns: 200 },
    );
  });

  it('property: marks, maxima and tallies follow the marking rules question by question', () => {
    fc.assert(
      fc.property(sittingArb, ({ attempts, cutoff, pattern }) => {
        const s = scoreSitting(pattern, QUESTIONS, attempts, cutoff);
        const final = reference(attempts, cutoff);
        let total = 0;
        QUESTIONS.forEach((q, i) => {
          const m = markResponse(pattern, q, final.get(q.id) ?? null);
          expect(s.marks[i]).toBe(m.marks);
          expect(s.finalAnswers[i]).toBe(final.get(q.id) ?? null);
          expect(s.correct[i]).toBe(m.status === 'UNANSWERED' ? null : m.status === 'CORRECT');
          total += m.marks;
        });
        expect(s.paper.total.marks).toBe(total);
        expect(s.paper.total.right + s.paper.total.wrong + s.paper.total.unanswered).toBe(QUESTIONS.length);
        expect(s.maxMarks).toBe(QUESTIONS.reduce((sum, q) => sum + DEFAULT_MARKS[pattern][q.type][0], 0));
        expect(s.paper.total.marks).toBeLessThanOrEqual(s.maxMarks);
        const answered = s.paper.total.right + s.paper.total.wrong;
        expect(s.accuracy).toBe(answered > 0 ? s.paper.total.right / answered : null);
      }),
      { numRuns: 300 },
    );
  });

  it('gives JEE Advanced partial marks for a multi-correct subset and none after the submission', () => {
    const at = (q: string, answer: string | null, ms: number): SittingAttempt => ({ question_id: q, answer, hlc: stamp(ms, 0, 'dev-a'), response_time_ms: 1 });
    const s = scoreSitting('JEE_ADVANCED', QUESTIONS, [at('m2', 'AC', 1), at('p2', 'ABC', 2), at('m1', 'B', 3), at('m1', null, 4), at('c2', 'D', 9)], stamp(5, 0, 'dev-a'));
    expect(s.marks).toEqual([0, 2, 0, 3, 0, 0]);
    expect(s.paper.total).toEqual({ marks: 5, right: 2, wrong: 0, unanswered: 4 });
    expect(s.correct).toEqual([null, false, null, false, null, null]);
    expect(s.ignored).toBe(1);
  });

  it('derives maxima and the SQL full-marks table from DEFAULT_MARKS', () => {
    expect(maxMarksOf('JEE_MAIN', QUESTIONS)).toBe(24);
    expect(maxMarksOf('JEE_ADVANCED', QUESTIONS)).toBe(3 + 4 + 4 + 4 + 3 + 3);
    expect(maxMarksOf('JEE_MAIN', [{ type: 'SINGLE', fullMarks: 3 }])).toBe(3);
    const table = fullMarksTable();
    for (const pattern of ['JEE_MAIN', 'JEE_ADVANCED'] as const) {
      for (const type of ['SINGLE', 'MULTI', 'INTEGER', 'NUMERIC'] as const) expect(table[pattern][type]).toBe(DEFAULT_MARKS[pattern][type][0]);
    }
  });
});
