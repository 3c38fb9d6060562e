import type { ItemContext, SkillShare } from './features.ts';
import { createModel, DEFAULT_MODEL_CONFIG, exportParams, learnAttempt, type MasteryModel, type MasteryModelConfig, type ModelParams } from './logistic-model.ts';
import { createTrace, evidenceFor, RECENT_PRIOR, type StudentTrace } from './trace.ts';

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
  if (config.calibratedPrior) model.recentPrior = newStudentAccuracy(answers);
  let traces = new Map<string, StudentTrace>();
  for (let e = 0; e < epochs; e++) {
    const previous = traces;
    traces = new Map<string, StudentTrace>();
    for (const a of answers) {
      let trace = traces.get(a.studentId);
      if (trace === undefined) {
        trace = withPersonalWeights(createTrace(a.studentId, model.recentPrior), previous.get(a.studentId));
        traces.set(a.studentId, trace);
      }
      learnAttempt(model, trace, a.item, a.correct, { weight: a.weight ?? 1, related: a.related ?? [] });
    }
  }
  return { model, traces };
}

/** Answers per student that count as a new student's (the window of the calibrated recent prior). */
export const NEW_STUDENT_ANSWERS = 10;

/**
 * The population's weighted accuracy on each student's first `NEW_STUDENT_ANSWERS` answers,
 * shrunk towards `RECENT_PRIOR` by a pseudo-count of `NEW_STUDENT_ANSWERS` answers so a handful
 * of students cannot swing it. It starts a new student's recent-accuracy averages, which the
 * constant prior set too high wherever new students start weaker than the average answer.
 */
export function newStudentAccuracy(answers: readonly PopulationAnswer[]): number {
  const seen = new Map<string, number>();
  let w = NEW_STUDENT_ANSWERS;
  let right = NEW_STUDENT_ANSWERS * RECENT_PRIOR;
  for (const a of answers) {
    const k = seen.get(a.studentId) ?? 0;
    if (k >= NEW_STUDENT_ANSWERS) continue;
    seen.set(a.studentId, k + 1);
    const weight = a.weight ?? 1;
    w += weight;
    right += a.correct ? weight : 0;
  }
  return right / w;
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
