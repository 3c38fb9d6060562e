import fc from 'fast-check';
import { foldResponses } from '@cr/shared/engine/scoring/responses';
import { describe, expect, it } from 'vitest';
import { explainDifferences, finalAnswers, provisionalScore, type SittingAttempt } from './tests-scoring.ts';
import { formatHlc } from '@cr/shared/engine/hlc';

const hlc = (ms: number, c = 0, node = 'web-a') => formatHlc({ wallMs: ms, counter: c, node });
const questions = [
  { id: 'm1', subject: 'MATH' as const, type: 'SINGLE' as const, answer: 'B', tolerance: null },
  { id: 'p1', subject: 'PHYSICS' as const, type: 'INTEGER' as const, answer: '9', tolerance: null },
  { id: 'c1', subject: 'CHEMISTRY' as const, type: 'NUMERIC' as const, answer: '4.47', tolerance: 0.01 },
  { id: 'c2', subject: 'CHEMISTRY' as const, type: 'MULTI' as const, answer: 'ABD', tolerance: null },
];
const at = (question_id: string, answer: string | null, ms: number): SittingAttempt => ({ question_id, answer, hlc: hlc(ms), response_time_ms: 1000 });

describe('provisional scoring', () => {
  it('takes the latest answer per question by HLC, a clear counts as unanswered', () => {
    const attempts = [at('m1', 'A', 3), at('m1', 'B', 5), at('p1', '9', 4), at('p1', null, 6), at('c1', '4.4', 7), at('c2', 'AB', 8)];
    const s = provisionalScore('JEE_MAIN', questions, attempts, null);
    // m1 B correct +4, p1 cleared 0, c1 4.4 rounds to 4 = 4.47 rounded → correct +4, c2 AB ≠ ABD −1.
    expect(s.paper.total).toEqual({ marks: 7, right: 2, wrong: 1, unanswered: 1 });
    expect(s.maxMarks).toBe(16);
    expect(s.accuracy).toBeCloseTo(2 / 3);
    expect(s.paper.bySubject.CHEMISTRY.marks).toBe(3);
  });

  it('ignores answers stamped after the submission, as the server does', () => {
    const attempts = [at('m1', 'B', 5), at('m1', 'A', 20)];
    expect(provisionalScore('JEE_MAIN', questions, attempts, hlc(10)).paper.total.marks).toBe(4);
    expect(provisionalScore('JEE_MAIN', questions, attempts, hlc(20)).paper.total.marks).toBe(-1);
  });

  it('property: the final answers are the engine fold of the attempts stamped up to the cutoff, in any order', () => {
    const arb = fc.array(
      fc.record({ q: fc.constantFrom('m1', 'p1', 'c1'), answer: fc.option(fc.constantFrom('A', 'B', '9', '4.47'), { nil: null }), ms: fc.integer({ min: 1, max: 50 }), c: fc.nat(3) }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(arb, fc.option(fc.integer({ min: 1, max: 50 }), { nil: null }), (raw, cut) => {
        // Distinct stamps, like one device's HLC; ids mirror the stamps.
        const seen = new Set<string>();
        const attempts = raw
          .map((r) => ({ question_id: r.q, answer: r.answer, hlc: hlc(r.ms, r.c), response_time_ms: 0 }))
          .filter((a) => (seen.has(a.hlc) ? false : (seen.add(a.hlc), true)));
        const cutoff = cut === null ? null : hlc(cut, 9);
        const mine = finalAnswers([...attempts].reverse(), cutoff);
        const engine = foldResponses(attempts.filter((a) => cutoff === null || a.hlc <= cutoff).map((a) => ({ id: a.hlc, hlc: a.hlc, question_id: a.question_id, response: a.answer })));
        expect(new Map([...mine].map(([q, a]) => [q, a.answer]))).toEqual(engine);
      }),
    );
  });

  it('explains a difference: another final answer, or a corrected key', () => {
    const s = provisionalScore('JEE_MAIN', questions, [at('m1', 'B', 5), at('p1', '9', 6)], null);
    const keys = new Map(questions.map((q) => [q.id, q.answer]));
    const diffs = explainDifferences(s, keys, [
      { question_id: 'm1', student_answer: 'A', correct_answer: 'B', marks_awarded: -1 },
      { question_id: 'p1', student_answer: '9', correct_answer: '8', marks_awarded: -1 },
      { question_id: 'c1', student_answer: null, correct_answer: '4.47', marks_awarded: 0 },
      { question_id: 'c2', student_answer: null, correct_answer: 'ABD', marks_awarded: 0 },
    ]);
    expect(diffs).toEqual([
      { questionId: 'm1', reason: 'ANSWER', deviceMarks: 4, serverMarks: -1 },
      { questionId: 'p1', reason: 'KEY', deviceMarks: 4, serverMarks: -1 },
    ]);
  });
});
