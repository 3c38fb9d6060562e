import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AttemptEvent } from '../events.ts';
import { scorePaper } from '../scoring/paper.ts';
import { foldResponses, type AnswerEvent } from '../scoring/responses.ts';
import { syntheticAttempts, syntheticContent } from '../testing/synthetic.ts';
import { createEngineContext } from './context.ts';
import { applyAttempt, createStudentState, foldStudent, stateDigest, type StudentState } from './student-state.ts';
import { formatHlc } from '../hlc.ts';

const content = syntheticContent(7, 24, 3);
const ctx = createEngineContext(content);
const events = syntheticAttempts(content, 'stu', 40, 11);
// Same wall ms on several events, so ties are broken by counter and id.
const tied = events.map((e, i) => (i % 5 === 1 ? { ...e, hlc: (events[i - 1] as AttemptEvent).hlc.replace(':0000:', ':0001:') } : e));
const foreign = syntheticAttempts(content, 'other', 5, 12);

/** A permutation of `xs` with some elements repeated, driven by fast-check. */
const shuffledWithDuplicates = <T>(xs: readonly T[]) =>
  fc
    .tuple(fc.array(fc.nat(), { minLength: xs.length, maxLength: xs.length }), fc.array(fc.nat({ max: xs.length - 1 }), { maxLength: 15 }))
    .map(([keys, dups]) => {
      const withDups = [...xs, ...dups.map((d) => xs[d] as T)];
      return withDups.map((x, i) => ({ x, k: keys[i % keys.length]! * 1000 + i })).sort((a, b) => a.k - b.k).map((p) => p.x);
    });

describe('convergence of the student fold', () => {
  const reference = stateDigest(ctx, foldStudent(ctx, 'stu', tied));

  it('the reference state is non-trivial', () => {
    const s = foldStudent(ctx, 'stu', tied);
    expect(s.events).toHaveLength(tied.length);
    expect(s.cards.size).toBeGreaterThan(5);
  });

  it('property: any permutation and duplication gives identical mastery and schedule', () => {
    fc.assert(
      fc.property(shuffledWithDuplicates(tied), (arrival) => {
        expect(stateDigest(ctx, foldStudent(ctx, 'stu', arrival))).toBe(reference);
      }),
      { numRuns: 40 },
    );
  });

  it('property: incremental updates in any arrival order equal the full fold', () => {
    fc.assert(
      fc.property(shuffledWithDuplicates([...tied, ...foreign]), (arrival) => {
        let s: StudentState = createStudentState(ctx, 'stu');
        for (const e of arrival) s = applyAttempt(ctx, s, e);
        expect(stateDigest(ctx, s)).toBe(reference);
      }),
      { numRuns: 40 },
    );
  });

  it('in-order incremental updates mutate in place and match the fold at every step', () => {
    let s = createStudentState(ctx, 'stu');
    const sorted = foldStudent(ctx, 'stu', tied).events;
    sorted.forEach((e, i) => {
      const next = applyAttempt(ctx, s, e);
      expect(next).toBe(s);
      s = next;
      if (i % 10 === 9) expect(stateDigest(ctx, s)).toBe(stateDigest(ctx, foldStudent(ctx, 'stu', sorted.slice(0, i + 1))));
    });
  });

  it('a replayed id is a no-op; a conflicting copy resolves the same way on every replica', () => {
    const e = tied[3] as AttemptEvent;
    const evil = { ...e, correct: !e.correct };
    const a = foldStudent(ctx, 'stu', [...tied, evil]);
    const b = foldStudent(ctx, 'stu', [evil, ...tied]);
    expect(stateDigest(ctx, a)).toBe(stateDigest(ctx, b));
    let inc = foldStudent(ctx, 'stu', tied);
    inc = applyAttempt(ctx, inc, evil);
    expect(stateDigest(ctx, inc)).toBe(stateDigest(ctx, a));
  });

  it('ignores other students', () => {
    expect(stateDigest(ctx, foldStudent(ctx, 'stu', [...tied, ...foreign]))).toBe(reference);
  });
});

describe('convergence of the study-day review fold', () => {
  // Few concepts, many answers packed into a handful of study days: every card is graded from
  // several same-day answers, with day boundaries (04:00 IST) crossed in between.
  const dense = syntheticContent(9, 6, 3);
  const dctx = createEngineContext(dense);
  const dayEvents = syntheticAttempts(dense, 'stu', 60, 21).map((e, i) => {
    const at = 1_767_225_600_000 + Math.floor(i / 12) * 86_400_000 + (i % 12) * 1_500_000;
    return { ...e, hlc: formatHlc({ wallMs: at, counter: 0, node: `dev${i % 2}` }) };
  });
  const ref = stateDigest(dctx, foldStudent(dctx, 'stu', dayEvents));

  it('the days hold several answers per concept', () => {
    const s = foldStudent(dctx, 'stu', dayEvents);
    expect(Math.max(...[...s.cards.values()].map((c) => c.reps))).toBeLessThan(dayEvents.length / dense.concepts.length);
    expect([...s.days.values()].some((d) => d.tally.answers >= 2)).toBe(true);
  });

  it('property: any arrival order, duplicates and incremental application give the same cards and mastery', () => {
    fc.assert(
      fc.property(shuffledWithDuplicates(dayEvents), (arrival) => {
        expect(stateDigest(dctx, foldStudent(dctx, 'stu', arrival))).toBe(ref);
        let s: StudentState = createStudentState(dctx, 'stu');
        for (const e of arrival) s = applyAttempt(dctx, s, e);
        expect(stateDigest(dctx, s)).toBe(ref);
      }),
      { numRuns: 40 },
    );
  });
});

describe('convergence of scores', () => {
  const questions = content.questions.slice(0, 12);
  const answers: AnswerEvent[] = questions.flatMap((q, i) => [
    { id: `a${i}-1`, hlc: `17672256${String(10000 + i).padStart(5, '0')}:0000:dev1`, question_id: q.id, response: 'A' },
    { id: `a${i}-2`, hlc: `17672256${String(20000 + i).padStart(5, '0')}:0000:dev2`, question_id: q.id, response: i % 3 === 0 ? null : q.answer },
  ]);
  const reference = scorePaper('JEE_MAIN', questions, foldResponses(answers));

  it('last answer by HLC wins', () => {
    expect(foldResponses(answers).get(questions[1]!.id)).toBe(questions[1]!.answer);
    expect(foldResponses(answers).get(questions[0]!.id)).toBeNull();
  });

  it('property: any permutation and duplication of answer events gives the same score', () => {
    fc.assert(
      fc.property(shuffledWithDuplicates(answers), (arrival) => {
        expect(scorePaper('JEE_MAIN', questions, foldResponses(arrival))).toEqual(reference);
      }),
    );
  });
});
