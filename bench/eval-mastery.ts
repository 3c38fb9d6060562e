/**
 * Online evaluation of the engine's mastery model on a knowledge-tracing file.
 *
 *   npm run eval:mastery -- [--file] <path> [--train <path>] [--columns field=name,...]
 *                           [--timestamp-unit s|ms] [--cold N] [--cold-skill N]
 *
 * The file is tab- or comma-separated, rows in answer order per student: either headerless
 * `user_id item_id timestamp correct skill_id`, or with a header naming its columns (standard
 * names, or mapped with `--columns`, e.g. `--columns item_id=problem_id,timestamp=order_id`, or
 * `item_id=Problem Name+Step Name` to join columns; a missing column is an error naming it). A
 * warning counts rows timed before the same student's previous row. Each response is predicted
 * before it is seen; the model learns from all earlier rows, across students, and is refit
 * periodically like the server's calibration job. With --train, the training file is replayed
 * first (not scored).
 *
 * Printed, one line per figure: for the engine's model, for its previous settings (`engine
 * (before)`) and for two reference models replayed the same way (online Best-LR and Elo, see
 * shared/src/engine/mastery/baselines.ts): AUC, log loss, RMSE and expected calibration error
 * (ECE: |mean predicted − observed| weighted over ten equal-count deciles of the prediction).
 * Then calibration by decile, engine now vs before: overall, cold start per student (each
 * student's first N answers: what a new student is shown) and cold start per concept (each
 * student's first K answers on each skill). Last line:
 *   eval:mastery: AUC x (before w, Best-LR y, Elo z), cold-start ECE before a after b, per-skill cold ECE before c after d
 */
import { readFileSync } from 'node:fs';
import {
  auc,
  calibrateModel,
  DEFAULT_MODEL_CONFIG,
  EngineError,
  ktRowToAnswer,
  KT_COLUMNS,
  logLoss,
  parseKtFile,
  PREVIOUS_MODEL_CONFIG,
  replayOnline,
  rmse,
  type KtColumn,
  type KtRow,
  type KtTableOptions,
  type MasteryModelConfig,
} from '../shared/src/engine/index.ts';
import { replayBestLr, replayElo } from '../shared/src/engine/mastery/baselines.ts';

const USAGE =
  'usage: eval-mastery [--file] <path> [--train <path>] [--columns field=name,...] [--timestamp-unit s|ms] [--cold N] [--cold-skill N]\n' +
  `  fields: ${KT_COLUMNS.join(', ')}`;

interface Args {
  file: string;
  train: string | undefined;
  table: KtTableOptions;
  cold: number;
  coldSkill: number;
}

function parseArgs(argv: readonly string[]): Args {
  const args = [...argv];
  const take = (flag: string): string | undefined => {
    const i = args.indexOf(flag);
    if (i < 0) return undefined;
    const v = args[i + 1];
    if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a value`);
    args.splice(i, 2);
    return v;
  };
  const train = take('--train');
  const columnsArg = take('--columns');
  const unit = take('--timestamp-unit');
  const cold = Number(take('--cold') ?? 10);
  const coldSkill = Number(take('--cold-skill') ?? 3);
  const file = take('--file') ?? args.shift();
  if (args.length > 0) throw new Error(`unknown argument ${args[0]}`);
  if (file === undefined) throw new Error('no file given');
  if (unit !== undefined && unit !== 's' && unit !== 'ms') throw new Error(`--timestamp-unit must be s or ms, got ${unit}`);
  if (!Number.isInteger(cold) || cold < 1 || !Number.isInteger(coldSkill) || coldSkill < 1) throw new Error('--cold and --cold-skill must be positive integers');
  let columns: Partial<Record<KtColumn, string>> | undefined;
  if (columnsArg !== undefined) {
    columns = {};
    for (const pair of columnsArg.split(',')) {
      const [field, name] = pair.split('=').map((x) => x.trim());
      if (field === undefined || name === undefined || name === '' || !(KT_COLUMNS as readonly string[]).includes(field)) {
        throw new Error(`--columns: '${pair}' is not field=name with field one of ${KT_COLUMNS.join(', ')}`);
      }
      columns[field as KtColumn] = name;
    }
  }
  return { file, train, table: { columns, timestampUnit: unit }, cold, coldSkill };
}

function readRows(path: string, table: KtTableOptions): KtRow[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(`cannot read ${path}: ${(e as Error).message}`, { cause: e });
  }
  try {
    return parseKtFile(text, table);
  } catch (e) {
    if (e instanceof EngineError) throw new Error(`${path}: ${e.message}`, { cause: e });
    throw e;
  }
}

/** Engine predictions with `config`, replayed like the app (train file first, periodic refits). */
function replayEngine(rows: readonly KtRow[], history: readonly KtRow[], config: MasteryModelConfig): Float64Array {
  const traces = new Map();
  if (history.length > 0) replayOnline(history, { traces, recalibrate: false, config });
  const model = history.length > 0 ? calibrateModel(history.map(ktRowToAnswer), undefined, config) : undefined;
  return replayOnline(rows, { model, traces, history, config }).predictions;
}

interface Calibration {
  readonly ece: number;
  readonly meanPredicted: number;
  readonly meanObserved: number;
  readonly deciles: { index: number; predicted: number; observed: number; n: number }[];
}

/** Ten equal-count bins by predicted probability; ECE = Σ (n_bin / n) · |mean predicted − observed|. */
function calibration(p: ArrayLike<number>, y: ArrayLike<number>): Calibration {
  const order = Array.from({ length: p.length }, (_, i) => i).sort((a, b) => (p[a] as number) - (p[b] as number));
  const deciles: Calibration['deciles'] = [];
  let ece = 0;
  let sp = 0;
  let sy = 0;
  for (let d = 0; d < 10; d++) {
    const from = Math.floor((d * order.length) / 10);
    const to = Math.floor(((d + 1) * order.length) / 10);
    if (to <= from) continue;
    let bp = 0;
    let by = 0;
    for (let k = from; k < to; k++) {
      bp += p[order[k] as number] as number;
      by += y[order[k] as number] as number;
    }
    const n = to - from;
    deciles.push({ index: d + 1, predicted: bp / n, observed: by / n, n });
    ece += (n / order.length) * Math.abs(bp / n - by / n);
    sp += bp;
    sy += by;
  }
  return { ece, meanPredicted: order.length === 0 ? 0 : sp / order.length, meanObserved: order.length === 0 ? 0 : sy / order.length, deciles };
}

function pick(xs: ArrayLike<number>, idx: readonly number[]): Float64Array {
  return Float64Array.from(idx, (i) => xs[i] as number);
}

function summary(name: string, p: ArrayLike<number>, y: ArrayLike<number>): string {
  return `${name}: AUC ${auc(p, y).toFixed(4)}, logloss ${logLoss(p, y).toFixed(4)}, RMSE ${rmse(p, y).toFixed(4)}, ECE ${calibration(p, y).ece.toFixed(4)}`;
}

/** Calibration of now vs before on the rows `idx`, one line per decile. */
function printCalibration(label: string, idx: readonly number[], now: ArrayLike<number>, before: ArrayLike<number>, y: ArrayLike<number>): { now: number; before: number } {
  const yy = pick(y, idx);
  const a = calibration(pick(now, idx), yy);
  const b = calibration(pick(before, idx), yy);
  console.log(
    `${label} (n ${idx.length}): ECE ${a.ece.toFixed(4)} (before ${b.ece.toFixed(4)}); mean predicted ${a.meanPredicted.toFixed(3)} (before ${b.meanPredicted.toFixed(3)}), observed ${a.meanObserved.toFixed(3)}; AUC ${auc(pick(now, idx), yy).toFixed(4)} (before ${auc(pick(before, idx), yy).toFixed(4)})`,
  );
  a.deciles.forEach((d, k) => {
    const o = b.deciles[k];
    console.log(`  decile ${d.index}: predicted ${d.predicted.toFixed(3)}, observed ${d.observed.toFixed(3)} | before: predicted ${o?.predicted.toFixed(3)}, observed ${o?.observed.toFixed(3)} | n ${d.n}`);
  });
  return { now: a.ece, before: b.ece };
}

/** Rows timed before the same student's previous timed row (the file should be in answer order). */
function outOfOrder(rows: readonly KtRow[]): number {
  const last = new Map<string, number>();
  let n = 0;
  for (const r of rows) {
    if (r.timestampMs <= 0) continue;
    if (r.timestampMs < (last.get(r.userId) ?? 0)) n++;
    last.set(r.userId, r.timestampMs);
  }
  return n;
}

function main(argv: readonly string[]): number {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    console.error(`eval-mastery: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  let rows: KtRow[];
  let history: KtRow[];
  try {
    history = args.train === undefined ? [] : readRows(args.train, args.table);
    rows = readRows(args.file, args.table);
  } catch (e) {
    console.error(`eval-mastery: ${(e as Error).message}`);
    return 1;
  }
  if (rows.length === 0) {
    console.error(`eval-mastery: ${args.file} has no rows`);
    return 1;
  }
  const y = Uint8Array.from(rows, (r) => (r.correct ? 1 : 0));
  const skills = new Set(rows.flatMap((r) => r.skillIds));
  console.log(`rows ${rows.length}, students ${new Set(rows.map((r) => r.userId)).size}, items ${new Set(rows.map((r) => r.itemId)).size}, skills ${skills.size}, correct ${((100 * y.reduce((a, b) => a + b, 0)) / rows.length).toFixed(1)} %`);
  const late = outOfOrder(rows);
  if (late > 0) console.log(`warning: ${late} rows are timed before the same student's previous row; the replay keeps file order`);

  const now = replayEngine(rows, history, DEFAULT_MODEL_CONFIG);
  const before = replayEngine(rows, history, PREVIOUS_MODEL_CONFIG);
  const bestLr = replayBestLr([...history, ...rows]).subarray(history.length);
  const elo = replayElo([...history, ...rows]).subarray(history.length);
  console.log(summary('engine', now, y));
  console.log(summary('engine (before)', before, y));
  console.log(summary('Best-LR (online)', bestLr, y));
  console.log(summary('Elo (online)', elo, y));

  // Cold start: a student's first answers, and a student's first answers on each skill.
  const perStudent = new Map<string, number>();
  const perSkill = new Map<string, number>();
  const coldIdx: number[] = [];
  const coldSkillIdx: number[] = [];
  rows.forEach((r, i) => {
    const k = perStudent.get(r.userId) ?? 0;
    perStudent.set(r.userId, k + 1);
    if (k < args.cold) coldIdx.push(i);
    let first = false;
    for (const s of r.skillIds) {
      const key = `${r.userId}\u0000${s}`;
      const n = perSkill.get(key) ?? 0;
      perSkill.set(key, n + 1);
      if (n < args.coldSkill) first = true;
    }
    if (first) coldSkillIdx.push(i);
  });
  const all = rows.map((_, i) => i);
  printCalibration('calibration, all answers', all, now, before, y);
  const cold = printCalibration(`cold start, first ${args.cold} answers per student`, coldIdx, now, before, y);
  const coldSkill = printCalibration(`cold start, first ${args.coldSkill} answers per student and skill`, coldSkillIdx, now, before, y);
  console.log(
    `eval:mastery: AUC ${auc(now, y).toFixed(5)} (before ${auc(before, y).toFixed(5)}, Best-LR ${auc(bestLr, y).toFixed(5)}, Elo ${auc(elo, y).toFixed(5)}), cold-start ECE before ${cold.before.toFixed(4)} after ${cold.now.toFixed(4)}, per-skill cold ECE before ${coldSkill.before.toFixed(4)} after ${coldSkill.now.toFixed(4)}`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
