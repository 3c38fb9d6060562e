import { ENGINE_ERROR_CODES, EngineError } from '../errors.ts';
import type { ItemContext } from './features.ts';
import { calibrate, type PopulationAnswer } from './calibrate.ts';
import { createModel, DEFAULT_MODEL_CONFIG, learnAttempt, type MasteryModel, type MasteryModelConfig } from './logistic-model.ts';
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

/** The fields of a KT row, by the standard column name. */
export const KT_COLUMNS = ['user_id', 'item_id', 'timestamp', 'correct', 'skill_id'] as const;
export type KtColumn = (typeof KT_COLUMNS)[number];
/** Columns a file must have; a missing timestamp reads as unknown (0), a missing skill as none. */
const REQUIRED_COLUMNS: readonly KtColumn[] = ['user_id', 'item_id', 'correct'];

/** How to read a delimited KT file whose header names its columns. */
export interface KtTableOptions {
  /**
   * File column name for each standard field (default: the standard name itself); `a+b` (when no
   * column is named so) joins columns a and b into one value, e.g. a KDD Cup step's question.
   */
  readonly columns?: Partial<Record<KtColumn, string>>;
  /** Unit of numeric timestamps (default seconds, the format's convention). */
  readonly timestampUnit?: 's' | 'ms';
}

/** Split one delimited line; with `,` fields may be double-quoted ("" is a literal quote). */
function splitLine(line: string, delimiter: string): string[] {
  if (delimiter !== ',' || !line.includes('"')) return line.split(delimiter);
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      out.push(field);
      field = '';
    } else field += c;
  }
  out.push(field);
  return out;
}

/**
 * Parse a delimited KT file (tab- or comma-separated, detected from the header) whose first line
 * names the columns, mapping file columns to the standard fields with `options.columns` (e.g.
 * ASSISTments: `{ user_id: 'user_id', item_id: 'problem_id', skill_id: 'skill_id', correct:
 * 'correct', timestamp: 'order_id' }`; several columns joined by `+` make one field, e.g. KDD
 * Cup: `item_id: 'Problem Name+Step Name'`). Rows must be in answer order per student. Throws
 * `INPUT_INVALID` naming a missing column (and the header's columns) or the first bad line.
 */
export function parseKtTable(text: string, options: KtTableOptions = {}): KtRow[] {
  const lines = text.split(/\r?\n/);
  const headerLine = (lines[0] ?? '').replace(/^\uFEFF/, '');
  const delimiter = headerLine.includes('\t') ? '\t' : ',';
  const header = splitLine(headerLine, delimiter).map((h) => h.trim());
  // Each field reads one column, or several joined by `+` (e.g. a KDD Cup step: problem + step name).
  const index = {} as Record<KtColumn, number[]>;
  const missing: string[] = [];
  for (const col of KT_COLUMNS) {
    const name = options.columns?.[col] ?? col;
    const parts = header.includes(name) ? [name] : name.split('+').map((x) => x.trim());
    index[col] = parts.map((part) => header.indexOf(part));
    const absent = parts.filter((_, k) => (index[col][k] as number) < 0);
    if (absent.length > 0) index[col] = [];
    if (absent.length > 0 && (REQUIRED_COLUMNS.includes(col) || options.columns?.[col] !== undefined)) {
      missing.push(...absent.map((part) => (part === col ? `'${col}'` : `'${part}' (for ${col})`)));
    }
  }
  if (missing.length > 0) {
    throw new EngineError(ENGINE_ERROR_CODES.INPUT_INVALID, `missing column ${missing.join(', ')}; the header has: ${header.join(', ')}`, missing);
  }
  const scale = options.timestampUnit === 'ms' ? 1 : 1000;
  const rows: KtRow[] = [];
  for (let n = 1; n < lines.length; n++) {
    const line = lines[n] as string;
    if (line.trim() === '') continue;
    const f = splitLine(line, delimiter);
    const get = (col: KtColumn): string => index[col].map((k) => (f[k] ?? '').trim()).join('+');
    const correctField = get('correct');
    if (!/^[01](\.0+)?$/.test(correctField)) {
      throw new EngineError(ENGINE_ERROR_CODES.INPUT_INVALID, `line ${n + 1}: column ${options.columns?.correct ?? 'correct'} must be 0 or 1, got '${correctField}'`);
    }
    const userId = get('user_id');
    const itemId = get('item_id');
    if (userId === '' || itemId === '') {
      throw new EngineError(ENGINE_ERROR_CODES.INPUT_INVALID, `line ${n + 1}: empty ${userId === '' ? 'user_id' : 'item_id'}`);
    }
    const tsField = get('timestamp');
    const ts = Number(tsField);
    const tsMs = tsField === '' ? 0 : Number.isFinite(ts) ? ts * scale : Date.parse(tsField);
    const skillField = get('skill_id');
    rows.push({
      userId,
      itemId,
      timestampMs: Number.isFinite(tsMs) && tsMs > 0 ? tsMs : 0,
      correct: correctField.startsWith('1'),
      skillIds: MISSING_SKILL.has(skillField) ? [] : skillField.split(/[,;~]/).filter((x) => !MISSING_SKILL.has(x)),
    });
  }
  return rows;
}

/**
 * Read a KT file: with a header naming the columns (or a `columns` mapping) by `parseKtTable`,
 * else as headerless `user_id item_id timestamp correct skill_id` TSV by `parseKtTsv`.
 */
export function parseKtFile(text: string, options: KtTableOptions = {}): KtRow[] {
  const end = text.indexOf('\n');
  const first = (end < 0 ? text : text.slice(0, end)).replace(/\r$/, '').replace(/^\uFEFF/, '');
  const delimiter = first.includes('\t') ? '\t' : ',';
  const names = splitLine(first, delimiter).map((h) => h.trim());
  const hasHeader = options.columns !== undefined || names.some((h) => (KT_COLUMNS as readonly string[]).includes(h)) || !/^[01](\.0+)?$/.test(names[3] ?? '');
  return hasHeader ? parseKtTable(text, options) : parseKtTsv(text);
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
  /** Model hyper-parameters (default `DEFAULT_MODEL_CONFIG`), for the model and its recalibrations. */
  readonly config?: MasteryModelConfig;
}

/** Rows seen when the first recalibration happens; later ones each time the rows seen grow by half. */
const FIRST_RECALIBRATION = 4096;

/**
 * Replay rows in order: each response is predicted from everything earlier (all students), then
 * learned. Returns the predictions and the final model.
 */
export function replayOnline(rows: readonly KtRow[], options: ReplayOptions = {}): ReplayResult & { model: MasteryModel } {
  const config = options.config ?? DEFAULT_MODEL_CONFIG;
  let model = options.model ?? createModel(undefined, config);
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
      const fit = calibrate([...history, ...rows.slice(0, i)].map(ktRowToAnswer), undefined, config);
      model = fit.model;
      for (const [id, trace] of fit.traces) traces.set(id, trace);
      nextCalibration = Math.ceil(nextCalibration * 1.5);
    }
    let trace = traces.get(row.userId);
    if (trace === undefined) {
      trace = createTrace(row.userId, model.recentPrior);
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
