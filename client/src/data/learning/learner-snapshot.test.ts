import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { loadContentGraph } from '@cr/shared/content/content-graph';
import { loadJeebenchQuestions } from '@cr/shared/content/jeebench/load';
import { createEngineContext, createPrng, randomInt, stateDigest, type AttemptEvent } from '@cr/shared/engine/index';
import { conceptViews, dashboardView, foldLearner } from './learning-views.ts';
import { deleteSnapshot, prefetchSnapshot, readSnapshot, readSnapshotContext, writeSnapshot } from './learner-snapshot.ts';
import type { DashboardRows } from './learn-queries.ts';
import { formatHlc } from '@cr/shared/engine/hlc';

const graph = loadContentGraph();
const questions = loadJeebenchQuestions();
const ctx = createEngineContext({ concepts: graph.concepts, prerequisites: graph.prerequisites, questions });
const T0 = Date.UTC(2026, 5, 1);
const rows: DashboardRows = {
  activeDays: [{ day: '2026-06-03' }, { day: '2026-06-02' }],
  diagnostic: [{ submitted: 1, in_progress: 0 }],
  results: [{ id: 'r1', sitting_id: 'st1', test_type: 'DIAGNOSTIC', total_score: 41, total_marks: 120, test_date: null, submitted_at: '2026-06-02T10:00:00Z' }],
  conceptMeta: [{ id: 'c1', name: 'Limits', subject: 'MATH', unit: 'u1', layer: 1, description: null, questions: 12 }],
  settings: { studyMinutes: 45, desiredRetention: 0.85 },
};

/** `n` answers to random questions, ten minutes apart from `fromMs`, about two in three right. */
function attempts(n: number, fromMs: number, seed: number): AttemptEvent[] {
  const rng = createPrng(seed);
  return Array.from({ length: n }, (_, i) => {
    const q = questions[randomInt(rng, questions.length)];
    if (!q) throw new Error('no questions');
    const at = fromMs + i * 600_000;
    return {
      id: `e-${seed}-${i}`,
      hlc: formatHlc({ wallMs: at, counter: 0, node: 'dev-1' }),
      student_id: 's1',
      question_id: q.id,
      concept_id: q.primary_concept_id,
      correct: randomInt(rng, 3) > 0,
      response_time_ms: 20_000 + randomInt(rng, 120_000),
      device_time_ms: at,
    };
  });
}

describe('learner snapshot', () => {
  it('stores and restores a learner that folds on exactly like the one never stored', async () => {
    const before = attempts(300, T0, 1);
    const later = attempts(40, T0 + 300 * 600_000, 2);
    // An answer that arrives late, stamped inside the stored history: the restored state must refold it in place too.
    const late = { ...attempts(1, T0 + 150 * 600_000 + 1, 3)[0]!, id: 'late' };
    const original = foldLearner(ctx, 's1', before, T0 + 301 * 600_000);
    await writeSnapshot({ studentId: 's1', signature: 'sig-1', ctx: original.ctx, state: original.state, nowMs: original.nowMs, rows }, 'build-a');

    prefetchSnapshot('s1');
    const restored = await readSnapshot('s1', 'build-a');
    expect(restored).not.toBeNull();
    if (!restored) return;
    expect(restored.nowMs).toBe(original.nowMs);
    // The paint record leaves out the per-question parts of the context (the bulk of it).
    expect(restored.ctx.questions.size).toBe(0);
    expect(restored.ctx.concepts.size).toBe(ctx.concepts.size);
    // The dashboard's other rows come back with it, so the paint needs no local query.
    expect(restored.rows).toEqual(rows);
    expect(stateDigest(restored.ctx, restored.state)).toBe(stateDigest(ctx, original.state));
    // What the screen paints from the snapshot is what the device computed before storing it.
    const restoredLearner = { ctx: restored.ctx, state: restored.state, nowMs: restored.nowMs };
    expect(dashboardView(restoredLearner, '2027-04-01')).toEqual(dashboardView(original, '2027-04-01'));
    expect(conceptViews(restoredLearner)).toEqual(conceptViews(original));

    // Catching up from the snapshot (its whole context, its state) equals a fold from scratch over every attempt.
    const seed = await readSnapshotContext('s1', 'build-a', restored.nowMs);
    expect(seed?.signature).toBe('sig-1');
    if (!seed) return;
    expect(seed.ctx.questions.size).toBe(ctx.questions.size);
    expect(await readSnapshotContext('s1', 'build-a', restored.nowMs + 1)).toBeNull();
    const all = [...before, late, ...later].sort((a, b) => (a.hlc === b.hlc ? (a.id < b.id ? -1 : 1) : a.hlc < b.hlc ? -1 : 1));
    const nowMs = T0 + 400 * 600_000;
    const caughtUp = foldLearner(seed.ctx, 's1', all, nowMs, { ctx: seed.ctx, state: restored.state, nowMs: restored.nowMs });
    const scratch = foldLearner(ctx, 's1', all, nowMs);
    expect(caughtUp.state.events.length).toBe(all.length);
    expect(stateDigest(caughtUp.ctx, caughtUp.state)).toBe(stateDigest(ctx, scratch.state));
    expect(dashboardView(caughtUp, '2027-04-01')).toEqual(dashboardView(scratch, '2027-04-01'));
  });

  it('reads nothing for another engine build, another student or after the profile is deleted', async () => {
    const learner = foldLearner(ctx, 's2', attempts(20, T0, 4).map((e) => ({ ...e, student_id: 's2' })), T0 + 21 * 600_000);
    await writeSnapshot({ studentId: 's2', signature: 'sig', ctx: learner.ctx, state: learner.state, nowMs: learner.nowMs, rows }, 'build-a');
    expect(await readSnapshot('s2', 'build-b')).toBeNull();
    expect(await readSnapshotContext('s2', 'build-b', learner.nowMs)).toBeNull();
    expect(await readSnapshot('s3', 'build-a')).toBeNull();
    expect((await readSnapshot('s2', 'build-a'))?.state.events.length).toBe(20);
    expect(await deleteSnapshot('s2')).toBe(true);
    expect(await readSnapshot('s2', 'build-a')).toBeNull();
  });
});
