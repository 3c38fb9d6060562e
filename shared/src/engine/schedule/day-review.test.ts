import fc from 'fast-check';
import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import type { AttemptEvent } from '../events.ts';
import { formatHlc } from '../hlc.ts';
import { createEngineContext } from '../state/context.ts';
import { demonstratedMastery, foldStudent } from '../state/student-state.ts';
import { addToTally, emptyTally, gradeDay, studyDay, type DayAnswer } from './day-review.ts';
import { revealedConcepts } from './reveal.ts';
import { DAY_MS } from './review.ts';

const ans = (correct: boolean, extra: Partial<DayAnswer> = {}): DayAnswer => ({ correct, rapid: false, slow: false, fast: false, ...extra });
const grade = (xs: DayAnswer[]) => gradeDay(xs.reduce((t, a) => addToTally(t, a), emptyTally()));

describe('day grade', () => {
  it.each([
    ['one right answer', [ans(true)], Rating.Good],
    ['one wrong answer', [ans(false)], Rating.Again],
    ['three right, one slip', [ans(true), ans(false), ans(true), ans(true)], Rating.Hard],
    ['two right, one slip', [ans(true), ans(false), ans(true)], Rating.Hard],
    ['one right, two wrong', [ans(false), ans(true), ans(false)], Rating.Again],
    ['three fluent right answers', [ans(true, { fast: true }), ans(true, { fast: true }), ans(true, { fast: true })], Rating.Easy],
    ['right only by rapid guesses', [ans(true, { rapid: true }), ans(true, { rapid: true })], Rating.Hard],
    ['right but every answer a struggle', [ans(true, { slow: true }), ans(true, { slow: true })], Rating.Hard],
  ])('%s', (_name, answers, expected) => {
    expect(grade(answers)).toBe(expected);
  });

  it('property: the grade does not depend on the order of the day’s answers', () => {
    const answer = fc.record({ correct: fc.boolean(), rapid: fc.boolean(), slow: fc.boolean(), fast: fc.boolean() });
    fc.assert(
      fc.property(fc.array(answer, { minLength: 1, maxLength: 12 }), fc.nat(), (xs, k) => {
        const rotated = [...xs.slice(k % xs.length), ...xs.slice(0, k % xs.length)].reverse();
        expect(grade(rotated)).toBe(grade(xs));
      }),
    );
  });

  it('a study day runs from 04:00 to 04:00 student-local time', () => {
    const midnightIst = Date.UTC(2027, 0, 10, 18, 30); // 00:00 IST on 11 Jan
    expect(studyDay(midnightIst + 3.9 * 3_600_000, 330, 4)).toBe(studyDay(midnightIst - 3_600_000, 330, 4));
    expect(studyDay(midnightIst + 4 * 3_600_000, 330, 4)).toBe(studyDay(midnightIst - 3_600_000, 330, 4) + 1);
  });
});

const concept = (id: string, layer: number) => ({ id, subject: 'MATH' as const, layer, exam_weight: 0.25 });
const ctx = createEngineContext({
  concepts: [concept('M.A', 1), concept('M.B', 2), concept('M.C', 1), concept('M.D', 2)],
  prerequisites: [
    { concept_id: 'M.B', prerequisite_id: 'M.A', weight: 0.8, criticality: 'HARD', transfer: 0.35 },
    { concept_id: 'M.D', prerequisite_id: 'M.C', weight: 0.4, criticality: 'SOFT', transfer: 0.15 },
    { concept_id: 'M.D', prerequisite_id: 'M.A', weight: 0.8, criticality: 'HARD', transfer: 0.35 },
  ],
  questions: ['M.A', 'M.B', 'M.C', 'M.D'].flatMap((c) =>
    [1, 2, 3].map((k) => ({ id: `${c}.Q${k}`, subject: 'MATH' as const, primary_concept_id: c, secondary_concept_ids: [], difficulty: 2, typicalTimeMs: 90_000 })),
  ),
});
/** 06:30 IST on a Monday. */
const T0 = Date.UTC(2027, 0, 4, 1, 0);
let n = 0;
function attempt(conceptId: string, correct: boolean, atMs: number): AttemptEvent {
  n += 1;
  return {
    id: `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`,
    hlc: formatHlc({ wallMs: atMs, counter: 0, node: 'dev' }),
    student_id: 's',
    question_id: `${conceptId}.Q${1 + (n % 3)}`,
    concept_id: conceptId,
    correct,
    response_time_ms: 70_000,
    device_time_ms: atMs,
  };
}
const session = (conceptId: string, outcomes: boolean[], startMs: number) => outcomes.map((c, i) => attempt(conceptId, c, startMs + i * 120_000));

describe('one review per concept per study day', () => {
  it('a day of answers with one slip is one review: no lapse, and the interval grows', () => {
    const first = session('M.A', [true, true, true], T0);
    const before = foldStudent(ctx, 's', first).cards.get('M.A')!;
    const reviewAt = before.dueMs;
    const after = foldStudent(ctx, 's', [...first, ...session('M.A', [true, false, true, true], reviewAt)]).cards.get('M.A')!;
    expect(before.reps).toBe(1);
    expect(after.reps).toBe(2);
    expect(after.lapses).toBe(0);
    expect(after.dueMs - after.lastReviewMs).toBeGreaterThan(before.dueMs - before.lastReviewMs);
  });

  it('same-day repeats never reset the interval; a mostly wrong day does', () => {
    const day1 = session('M.A', [true, true], T0);
    const base = foldStudent(ctx, 's', day1).cards.get('M.A')!;
    const day2 = session('M.A', [true, true], base.dueMs);
    const good = foldStudent(ctx, 's', [...day1, ...day2]).cards.get('M.A')!;
    // Hours later the same study day: more answers, one wrong, still one review.
    const repeat = foldStudent(ctx, 's', [...day1, ...day2, attempt('M.A', false, base.dueMs + 5 * 3_600_000), attempt('M.A', true, base.dueMs + 5 * 3_600_000 + 60_000)]).cards.get('M.A')!;
    expect(repeat.reps).toBe(good.reps);
    expect(repeat.dueMs - repeat.lastReviewMs).toBeGreaterThan(DAY_MS);
    const bad = foldStudent(ctx, 's', [...day1, ...session('M.A', [false, false, true], base.dueMs)]).cards.get('M.A')!;
    expect(bad.lapses).toBe(1);
    expect(bad.dueMs - bad.lastReviewMs).toBe(DAY_MS);
  });

  it('property: which of a day’s answers were the wrong ones does not change the card', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 2, maxLength: 8 }), fc.nat(), (outcomes, k) => {
        const day1 = session('M.A', [true, true], T0);
        const shuffled = [...outcomes.slice(k % outcomes.length), ...outcomes.slice(0, k % outcomes.length)];
        const a = foldStudent(ctx, 's', [...day1, ...session('M.A', outcomes, T0 + 3 * DAY_MS)]).cards.get('M.A')!;
        const b = foldStudent(ctx, 's', [...day1, ...session('M.A', shuffled, T0 + 3 * DAY_MS)]).cards.get('M.A')!;
        expect([b.stability, b.difficulty, b.dueMs, b.reps, b.lapses]).toEqual([a.stability, a.difficulty, a.dueMs, a.reps, a.lapses]);
      }),
      { numRuns: 40 },
    );
  });
});

describe('reveal on evidence', () => {
  it('the prior alone unlocks nothing; an answered prerequisite does', () => {
    // A threshold any modelled mastery passes: only evidence can be missing, and it is for M.B and M.D.
    const none = revealedConcepts(ctx.graph, demonstratedMastery(ctx, foldStudent(ctx, 's', [])), 0.01);
    expect(none).toEqual(['M.A', 'M.C']);
    const studied = foldStudent(ctx, 's', session('M.A', [true, true, true], T0));
    expect(revealedConcepts(ctx.graph, demonstratedMastery(ctx, studied), 0.01)).toEqual(['M.A', 'M.B', 'M.C', 'M.D']);
  });

  it('a prerequisite is evidenced through a HARD dependent answered right, never through a SOFT one', () => {
    const s = foldStudent(ctx, 's', session('M.D', [true, true], T0));
    expect(s.evidence.has('M.A')).toBe(true);
    expect(s.evidence.has('M.C')).toBe(false);
    const wrong = foldStudent(ctx, 's', session('M.B', [false], T0));
    expect(wrong.evidence.has('M.A')).toBe(false);
  });
});
