/**
 * Browser side of `bench/sim/plan-chromium.ts`: a student with about 180 studied concepts (60
 * study days of answers over the shipped graph, folded by the engine), then `planDay` timed
 * cold (the first calls, as on opening the dashboard) and warm (median and largest of 15).
 */
import { RAW_CONTENT } from '../../shared/src/content/data-files.ts';
import { applyAttempt, createEngineContext, createPrng, createStudentState, formatHlc, planDay } from '../../shared/src/engine/index.ts';
import type { Concept, Prerequisite } from '../../shared/src/schemas/content.ts';
import { DAY_MS } from '../../shared/src/time.ts';

const DAY = DAY_MS;

function runPlanBench(): { cards: number; attempts: number; coldMs: number[]; warmMedianMs: number; warmMaxMs: number } {
  const concepts = RAW_CONTENT.concepts as unknown as Concept[];
  const prerequisites = RAW_CONTENT.prerequisites as unknown as Prerequisite[];
  const questions = concepts.flatMap((c) =>
    [0, 1, 2].map((k) => ({ id: `${c.id}#${k}`, subject: c.subject, primary_concept_id: c.id, secondary_concept_ids: [], difficulty: c.difficulty, typicalTimeMs: 120_000 })),
  );
  const ctx = createEngineContext({ concepts, prerequisites, questions });
  let state = createStudentState(ctx, 'bench');
  const rng = createPrng(7);
  const t0 = Date.UTC(2027, 0, 4, 1);
  let n = 0;
  for (let d = 0; d < 60; d++) {
    for (let k = 0; k < 6; k++) {
      const c = concepts[(d * 3 + k) % Math.min(190, concepts.length)]!;
      for (let q = 0; q < 3; q++) {
        const t = t0 + d * DAY + (k * 3 + q) * 90_000;
        n += 1;
        state = applyAttempt(ctx, state, {
          id: `bench-${n}`,
          hlc: formatHlc({ wallMs: t, counter: 0, node: 'bench' }),
          student_id: 'bench',
          question_id: `${c.id}#${q}`,
          concept_id: c.id,
          correct: rng() < 0.75,
          response_time_ms: 60_000 + Math.floor(rng() * 90_000),
          device_time_ms: t,
        });
      }
    }
  }
  const now = t0 + 61 * DAY;
  // Cold: the first call of each phase's path (expansion, revision, final sprint).
  const coldMs = [200, 29, 10].map((daysToExam) => {
    const s = performance.now();
    planDay(ctx, state, { nowMs: now, daysToExam, budgetMinutes: 120 });
    return performance.now() - s;
  });
  const warm: number[] = [];
  for (let i = 0; i < 15; i++) {
    const s = performance.now();
    planDay(ctx, state, { nowMs: now + i * 3_600_000, daysToExam: 29, budgetMinutes: 120 });
    warm.push(performance.now() - s);
  }
  warm.sort((a, b) => a - b);
  return { cards: state.cards.size, attempts: state.events.length, coldMs, warmMedianMs: warm[7]!, warmMaxMs: warm[14]! };
}

(globalThis as { runPlanBench?: typeof runPlanBench }).runPlanBench = runPlanBench;
