import { canonicalEvents, type AttemptEvent } from '../events.ts';
import { calibrateParams, DEFAULT_CALIBRATION_EPOCHS, type PopulationAnswer } from '../mastery/calibrate.ts';
import type { ModelParams } from '../mastery/logistic-model.ts';
import type { EngineContext } from './context.ts';
import { modelAnswer } from './student-state.ts';

/**
 * The server's calibration job, pure: population attempts in, shippable parameters out. Uses
 * exactly the per-attempt treatment of the student fold (`modelAnswer`), so device and server
 * see the same features.
 */

/**
 * Fit population parameters (question and concept easiness, count/recency coefficients) on all
 * students' attempts, in global (hlc, id) order, duplicates dropped. Ship the result to devices
 * and pass it as `params` to `createEngineContext`.
 */
export function calibrateFromAttempts(
  ctx: EngineContext,
  attempts: readonly AttemptEvent[],
  epochs: number = DEFAULT_CALIBRATION_EPOCHS,
): ModelParams {
  const answers: PopulationAnswer[] = canonicalEvents(attempts).map((e) => {
    const a = modelAnswer(ctx, e);
    return { studentId: e.student_id, item: a.item, correct: e.correct, weight: a.weight, related: a.related };
  });
  return calibrateParams(answers, epochs);
}

/**
 * Median response time per question, ms, over attempts that were not trivially fast (≥ 1 s).
 * Ship as `typicalTimeMs` on questions: it sets each question's rapid-guess threshold.
 */
export function medianResponseTimes(attempts: readonly Pick<AttemptEvent, 'question_id' | 'response_time_ms'>[]): Map<string, number> {
  const by = new Map<string, number[]>();
  for (const a of attempts) {
    if (a.response_time_ms < 1_000) continue;
    const list = by.get(a.question_id);
    if (list === undefined) by.set(a.question_id, [a.response_time_ms]);
    else list.push(a.response_time_ms);
  }
  const out = new Map<string, number>();
  for (const [q, xs] of [...by].sort(([a], [b]) => (a < b ? -1 : 1))) {
    xs.sort((a, b) => a - b);
    const m = xs.length >> 1;
    out.set(q, xs.length % 2 === 1 ? (xs[m] as number) : ((xs[m - 1] as number) + (xs[m] as number)) / 2);
  }
  return out;
}
