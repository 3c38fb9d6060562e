import { describe, expect, it } from 'vitest';
import type { AttemptEvent } from '../events.ts';
import { formatHlc } from '../hlc.ts';
import { revealedConcepts } from '../schedule/reveal.ts';
import { calibrateFromAttempts, medianResponseTimes } from './calibration.ts';
import { createEngineContext } from './context.ts';
import { canonicalEvents } from '../events.ts';
import { demonstratedMastery, foldStudent, isRapidGuess, masteryMap, predictAnswer, stateDigest } from './student-state.ts';

const DAY = 86_400_000;
const T0 = 1_767_225_600_000;
const concept = (id: string, layer: number) => ({ id, subject: 'MATH' as const, layer, exam_weight: 0.25 });
const ctxInput = {
  concepts: [concept('M.ALG', 1), concept('M.FUN', 2), concept('M.CAL', 3), concept('M.GEO', 1)],
  prerequisites: [
    { concept_id: 'M.FUN', prerequisite_id: 'M.ALG', weight: 1, criticality: 'HARD' as const, transfer: 0.8 },
    { concept_id: 'M.CAL', prerequisite_id: 'M.FUN', weight: 1, criticality: 'HARD' as const, transfer: 0.8 },
  ],
  questions: ['M.ALG', 'M.FUN', 'M.CAL', 'M.GEO'].flatMap((c) =>
    [1, 2, 3].map((k) => ({ id: `${c}.Q${k}`, subject: 'MATH' as const, primary_concept_id: c, secondary_concept_ids: [], difficulty: k + 1, typicalTimeMs: 90_000 })),
  ),
};
const ctx = createEngineContext(ctxInput);

let n = 0;
function attempt(conceptId: string, correct: boolean, atMs: number, responseMs = 60_000): AttemptEvent {
  n++;
  return {
    id: `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`,
    hlc: formatHlc({ wallMs: atMs, counter: 0, node: 'dev' }),
    student_id: 's',
    question_id: `${conceptId}.Q${1 + (n % 3)}`,
    concept_id: conceptId,
    correct,
    response_time_ms: responseMs,
    device_time_ms: atMs,
  };
}

describe('student state', () => {
  it('an ordered log with a repeated id (a corrupt replay stamped later) folds like its canonical form', () => {
    const log = [attempt('M.ALG', true, T0), attempt('M.ALG', false, T0 + 60_000), attempt('M.FUN', true, T0 + DAY)];
    // In (hlc, id) order, but the last event reuses the first one's id with another outcome.
    const replay = { ...(log[0] as AttemptEvent), hlc: formatHlc({ wallMs: T0 + 2 * DAY, counter: 0, node: 'dev' }), correct: false };
    const withReplay = [...log, replay];
    const s = foldStudent(ctx, 's', withReplay);
    expect(s.events).toEqual(canonicalEvents(withReplay));
    expect(s.events).toHaveLength(3);
    expect([...s.seen].sort()).toEqual(log.map((e) => e.id).sort());
    expect(stateDigest(ctx, s)).toBe(stateDigest(ctx, foldStudent(ctx, 's', [...withReplay].reverse())));
    expect(stateDigest(ctx, s)).toBe(stateDigest(ctx, foldStudent(ctx, 's', log)));
  });

  it('an attempt naming another concept than the primary of its question, or an unknown question, folds field by field', () => {
    const other = { ...attempt('M.GEO', true, T0), question_id: 'M.ALG.Q1' };
    const unknown = { ...attempt('M.GEO', true, T0 + 60_000), question_id: 'NOPE' };
    const s = foldStudent(ctx, 's', [other, unknown]);
    expect(s.trace.skills.get('M.GEO')?.attempts).toBe(2);
    expect(s.trace.skills.get('M.ALG')).toBeUndefined();
    expect(s.trace.items.get('M.ALG.Q1')?.attempts).toBe(1);
    expect(s.trace.items.get('NOPE')?.attempts).toBe(1);
    expect(s.cards.has('M.GEO')).toBe(true);
  });

  it('a new student has only foundation concepts revealed', () => {
    const s = foldStudent(ctx, 's', []);
    expect(revealedConcepts(ctx.graph, demonstratedMastery(ctx, s))).toEqual(['M.ALG', 'M.GEO']);
  });

  it('mastering a prerequisite reveals the next concept', () => {
    const events = Array.from({ length: 12 }, (_, i) => attempt('M.ALG', true, T0 + i * 60_000));
    const s = foldStudent(ctx, 's', events);
    expect(revealedConcepts(ctx.graph, demonstratedMastery(ctx, s))).toContain('M.FUN');
    expect(revealedConcepts(ctx.graph, demonstratedMastery(ctx, s))).not.toContain('M.CAL');
  });

  it('right answers raise mastery and P(correct); wrong ones lower them', () => {
    const good = foldStudent(ctx, 's', Array.from({ length: 8 }, (_, i) => attempt('M.GEO', true, T0 + i * 60_000)));
    const bad = foldStudent(ctx, 's', Array.from({ length: 8 }, (_, i) => attempt('M.GEO', false, T0 + i * 60_000)));
    expect(masteryMap(ctx, good).get('M.GEO')!).toBeGreaterThan(masteryMap(ctx, bad).get('M.GEO')!);
    expect(predictAnswer(ctx, good, 'M.GEO.Q2', T0 + DAY)).toBeGreaterThan(predictAnswer(ctx, bad, 'M.GEO.Q2', T0 + DAY));
  });

  it('implicit repetition: a right answer on an advanced concept pushes its prerequisites out', () => {
    const learn = [attempt('M.ALG', true, T0), attempt('M.FUN', true, T0 + 1000), attempt('M.CAL', true, T0 + 2000)];
    const later = T0 + 5 * DAY;
    const without = foldStudent(ctx, 's', learn);
    const withReview = foldStudent(ctx, 's', [...learn, attempt('M.CAL', true, later)]);
    expect(withReview.cards.get('M.ALG')!.dueMs).toBeGreaterThan(without.cards.get('M.ALG')!.dueMs);
    expect(withReview.cards.get('M.FUN')!.dueMs).toBeGreaterThan(without.cards.get('M.FUN')!.dueMs);
    expect(withReview.cards.get('M.ALG')!.reps).toBe(1);
    // A wrong answer gives no credit.
    const wrong = foldStudent(ctx, 's', [...learn, attempt('M.CAL', false, later)]);
    expect(wrong.cards.get('M.ALG')!.dueMs).toBe(without.cards.get('M.ALG')!.dueMs);
  });

  it.each([
    [5_000, true],
    [9_000, false],
    [60_000, false],
  ])('response of %d ms on a 90 s question is a rapid guess: %s', (ms, rapid) => {
    expect(isRapidGuess(ctx, { question_id: 'M.ALG.Q1', response_time_ms: ms })).toBe(rapid);
  });

  it('an unknown question falls back to the 4 s rule', () => {
    expect(isRapidGuess(ctx, { question_id: 'nope', response_time_ms: 3_000 })).toBe(true);
    expect(isRapidGuess(ctx, { question_id: 'nope', response_time_ms: 5_000 })).toBe(false);
  });
});

describe('server calibration', () => {
  it('fits params on the population that shift a newcomer’s predictions toward observed difficulty', () => {
    const population: AttemptEvent[] = [];
    for (let s = 0; s < 20; s++) {
      for (let k = 0; k < 6; k++) {
        const e = attempt('M.GEO', k % 2 === 0, T0 + s * DAY + k * 60_000);
        // Q2 is always answered right and Q1 always wrong, by every student.
        population.push({ ...e, student_id: `p${s}`, question_id: k % 2 === 0 ? 'M.GEO.Q2' : 'M.GEO.Q1' });
      }
    }
    const params = calibrateFromAttempts(ctx, population);
    expect(Object.keys(params.weights).some((k) => k.startsWith('u:'))).toBe(false);
    const shipped = createEngineContext({ ...ctxInput, params });
    const newcomer = foldStudent(shipped, 'new', []);
    expect(predictAnswer(shipped, newcomer, 'M.GEO.Q2', T0)).toBeGreaterThan(predictAnswer(shipped, newcomer, 'M.GEO.Q1', T0));
    expect(calibrateFromAttempts(ctx, [...population].reverse())).toEqual(params);
    expect(medianResponseTimes([
      { question_id: 'a', response_time_ms: 10 },
      { question_id: 'a', response_time_ms: 3_000 },
      { question_id: 'a', response_time_ms: 5_000 },
      { question_id: 'b', response_time_ms: 7_000 },
    ])).toEqual(new Map([['a', 4_000], ['b', 7_000]]));
  });
});
