import type { ItemContext, SkillShare } from './features.ts';
import { createModel, DEFAULT_MODEL_CONFIG, exportParams, learnAttempt, type MasteryModel, type MasteryModelConfig, type ModelParams } from './logistic-model.ts';
import { createTrace, evidenceFor, type StudentTrace } from './trace.ts';

/**
 * Server-side calibration: fit the population weights (question and concept easiness, count and
 * recency coefficients) on every student's answers, and ship them to devices as `ModelParams`.
 * Pure: the job reads rows, calls this, and stores the result.
 */

/** One answer in the population log. Give them in (hlc, id) order per student. */
export interface PopulationAnswer {
  readonly studentId: string;
  readonly item: ItemContext;
  readonly correct: boolean;
  /** Evidence weight 0–1 (rapid guesses count less); default 1. */
  readonly weight?: number;
  /** Indirect evidence along prerequisite edges. */
  readonly related?: readonly SkillShare[];
}

/** Default number of passes over the population log. */
export const DEFAULT_CALIBRATION_EPOCHS = 2;

/**
 * Fit a model on `answers` with `epochs` passes (each pass replays every student from an empty
 * trace, so counters mean what they mean online, while weights — population and personal —
 * keep learning across passes). Returns the fitted model and the students' traces after the
 * last pass; use `exportParams(model)` for the shippable parameters.
 */
export function calibrate(
  answers: readonly PopulationAnswer[],
  epochs: number = DEFAULT_CALIBRATION_EPOCHS,
  config: MasteryModelConfig = DEFAULT_MODEL_CONFIG,
): { model: MasteryModel; traces: Map<string, StudentTrace> } {
  const model = createModel(undefined, config);
  let traces = new Map<string, StudentTrace>();
  for (let e = 0; e < epochs; e++) {
    const previous = traces;
    traces = new Map<string, StudentTrace>();
    for (const a of answers) {
      let trace = traces.get(a.studentId);
      if (trace === undefined) {
        trace = withPersonalWeights(createTrace(a.studentId), previous.get(a.studentId));
        traces.set(a.studentId, trace);
      }
      learnAttempt(model, trace, a.item, a.correct, { weight: a.weight ?? 1, related: a.related ?? [] });
    }
  }
  return { model, traces };
}

/** A fresh trace carrying over the personal weights learned in an earlier pass. */
function withPersonalWeights(fresh: StudentTrace, earlier: StudentTrace | undefined): StudentTrace {
  if (earlier === undefined) return fresh;
  Object.assign(fresh.ability, earlier.ability);
  for (const [kind, map] of [['skills', earlier.skills], ['items', earlier.items]] as const) {
    for (const [id, ev] of map) Object.assign(evidenceFor(fresh[kind], id).personal, ev.personal);
  }
  return fresh;
}

/** `calibrate`, model only. */
export function calibrateModel(
  answers: readonly PopulationAnswer[],
  epochs: number = DEFAULT_CALIBRATION_EPOCHS,
  config: MasteryModelConfig = DEFAULT_MODEL_CONFIG,
): MasteryModel {
  return calibrate(answers, epochs, config).model;
}

/** `calibrateModel` then `exportParams`: the population parameters to ship to devices. */
export function calibrateParams(answers: readonly PopulationAnswer[], epochs: number = DEFAULT_CALIBRATION_EPOCHS): ModelParams {
  return exportParams(calibrateModel(answers, epochs));
}
