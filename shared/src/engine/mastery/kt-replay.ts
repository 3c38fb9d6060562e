import { ENGINE_ERROR_CODES, EngineError } from '../errors.ts';
import type { ItemContext } from './features.ts';
import { calibrate, type PopulationAnswer } from './calibrate.ts';
import { createModel, learnAttempt, type MasteryModel } from './logistic-model.ts';
import { createTrace, type StudentTrace } from './trace.ts';

/**
 * Adapter from the standard knowledge-tracing format (`user_id item_id timestamp correct
 * skill_id`, tab-separated, rows in answer order) to the engine's mastery model. The eval script
 * is this adapter plus file reading: it measures exactly the model the app uses.
 */

/** One response. `timestampMs` is epoch ms (0 when the file has none). */
export interface KtRow {
  readonly userId: string;
  readonly itemId: string;
  readonly timestampMs: number;
  readonly correct: boolean;
  readonly skillIds: readonly string[];
}

const MISSING_SKILL = new Set(['', 'nan', 'NaN', 'null', 'NULL', 'None', '-1']);

/**
 * Parse the TSV text. A first line whose `correct` field is not 0/1 is taken as a header.
 * Timestamps are read as seconds (the format's convention) and converted to ms. Several skills in
 * one field may be separated by `,`, `;` or `~`. Throws `INPUT_INVALID` naming the bad line.
 */
export function parseKtTsv(text: string): KtRow[] {
  const rows: KtRow[] = [];
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] as string;
    if (line.trim() === '') continue;
    const f = line.split('\t');
    const correctField = (f[3] ?? '').trim();
    if (n === 0 && !/^[01](\.0+)?$/.test(correctField)) continue;
    if (f.length < 4 || !/^[01](\.0+)?$/.test(correctField)) {
      throw new EngineError(ENGINE_ERROR_CODES.INPUT_INVALID, `line ${n + 1}: expected user_id item_id timestamp correct skill_id`);
    }
    const ts = Number(f[2]);
    const skillField = (f[4] ?? '').trim();
    rows.push({
      userId: (f[0] as string).trim(),
      itemId: (f[1] as string).trim(),
      timestampMs: Number.isFinite(ts) && ts > 0 ? ts * 1000 : 0,
      correct: correctField.startsWith('1'),
      skillIds: MISSING_SKILL.has(skillField) ? [] : skillField.split(/[,;~]/).filter((s) => !MISSING_SKILL.has(s)),
    });
  }
  return rows;
}

/** Predictions made before each response was seen, beside the true outcomes (1/0). */
export interface ReplayResult {
  readonly predictions: Float64Array;
  readonly outcomes: Uint8Array;
}

function toItem(row: KtRow): ItemContext {
  return { itemId: row.itemId, skills: row.skillIds.map((id) => ({ id, share: 1 })), atMs: row.timestampMs };
}

/** Options for `replayOnline`. */
export interface ReplayOptions {
  /** Model to start from (and keep learning); default a fresh one. */
  readonly model?: MasteryModel;
  /** Student traces carried over (e.g. from a `--train` replay). */
  readonly traces?: Map<string, StudentTrace>;
  /** Rows seen before this replay (a `--train` file), included in recalibrations. */
  readonly history?: readonly KtRow[];
  /**
   * Simulate the server's calibration job: whenever the rows seen grow by half (from 4,096),
   * refit the population weights on all rows seen so far, as the server does nightly, and
   * continue online from the refit. Only earlier rows are used, so predictions stay strictly online. Default true.
   */
  readonly recalibrate?: boolean;
}

/** Rows seen when the first recalibration happens; later ones each time the rows seen grow by half. */
const FIRST_RECALIBRATION = 4096;

/**
 * Replay rows in order: each response is predicted from everything earlier (all students), then
 * learned. Returns the predictions and the final model.
 */
export function replayOnline(rows: readonly KtRow[], options: ReplayOptions = {}): ReplayResult & { model: MasteryModel } {
  let model = options.model ?? createModel();
  const traces = options.traces ?? new Map<string, StudentTrace>();
  const history = options.history ?? [];
  const recalibrate = options.recalibrate ?? true;
  let nextCalibration = FIRST_RECALIBRATION;
  while (nextCalibration <= history.length) nextCalibration = Math.ceil(nextCalibration * 1.5);
  const predictions = new Float64Array(rows.length);
  const outcomes = new Uint8Array(rows.length);
  rows.forEach((row, i) => {
    if (recalibrate && history.length + i >= nextCalibration) {
      // The refit's traces have the same counters as the online ones (same rows) and personal
      // weights trained over the same passes as the population weights.
      const fit = calibrate([...history, ...rows.slice(0, i)].map(ktRowToAnswer));
      model = fit.model;
      for (const [id, trace] of fit.traces) traces.set(id, trace);
      nextCalibration = Math.ceil(nextCalibration * 1.5);
    }
    let trace = traces.get(row.userId);
    if (trace === undefined) {
      trace = createTrace(row.userId);
      traces.set(row.userId, trace);
    }
    predictions[i] = learnAttempt(model, trace, toItem(row), row.correct);
    outcomes[i] = row.correct ? 1 : 0;
  });
  return { predictions, outcomes, model };
}

/** A KT row as a population answer for `calibrateModel`. */
export function ktRowToAnswer(row: KtRow): PopulationAnswer {
  return { studentId: row.userId, item: toItem(row), correct: row.correct };
}
