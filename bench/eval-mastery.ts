/**
 * Online evaluation of the engine's mastery model on a knowledge-tracing TSV file.
 *
 *   npm run eval:mastery -- <file.tsv> [--train <file.tsv>]
 *
 * Each response is predicted before it is seen; the model learns from all earlier rows, across
 * students. With --train, the training file is replayed first (its predictions are not scored).
 * Prints one line per figure: AUC, log loss, RMSE, then calibration: expected calibration error
 * (ECE, |mean predicted − observed| weighted over ten equal-count deciles of the prediction) with
 * one line per decile, and the same for cold start (each student's first 10 answers: the prior's
 * accuracy, which decides what a new student is shown).
 */
import { readFileSync } from 'node:fs';
import { auc, calibrateModel, ktRowToAnswer, logLoss, parseKtTsv, replayOnline, rmse } from '../shared/src/engine/index.ts';

function main(argv: readonly string[]): number {
  const args = [...argv];
  let trainPath: string | undefined;
  const t = args.indexOf('--train');
  if (t >= 0) {
    trainPath = args[t + 1];
    if (trainPath === undefined) {
      console.error('usage: eval-mastery <file.tsv> [--train <file.tsv>]');
      return 2;
    }
    args.splice(t, 2);
  }
  const testPath = args[0];
  if (testPath === undefined) {
    console.error('usage: eval-mastery <file.tsv> [--train <file.tsv>]');
    return 2;
  }
  const history = trainPath === undefined ? [] : parseKtTsv(readFileSync(trainPath, 'utf8'));
  // The training file is replayed first and then the model is refit on it, as the server's
  // calibration job would; its predictions are not scored.
  const traces = new Map();
  if (history.length > 0) replayOnline(history, { traces, recalibrate: false });
  const model = history.length > 0 ? calibrateModel(history.map(ktRowToAnswer)) : undefined;
  const rows = parseKtTsv(readFileSync(testPath, 'utf8'));
  const { predictions, outcomes } = replayOnline(rows, { model, traces, history });
  console.log(`rows ${rows.length}`);
  console.log(`AUC ${auc(predictions, outcomes).toFixed(5)}`);
  console.log(`logloss ${logLoss(predictions, outcomes).toFixed(4)}`);
  console.log(`RMSE ${rmse(predictions, outcomes).toFixed(4)}`);
  const all = calibration(predictions, outcomes);
  console.log(`calibration ECE ${all.ece.toFixed(4)} (mean predicted ${all.meanPredicted.toFixed(3)}, observed ${all.meanObserved.toFixed(3)})`);
  for (const d of all.deciles) console.log(`  decile ${d.index}: predicted ${d.predicted.toFixed(3)}, observed ${d.observed.toFixed(3)}, n ${d.n}`);
  // Cold start: each student's first COLD_START answers in this file.
  const seen = new Map<string, number>();
  const coldP: number[] = [];
  const coldY: number[] = [];
  rows.forEach((r, i) => {
    const k = seen.get(r.userId) ?? 0;
    seen.set(r.userId, k + 1);
    if (k < COLD_START) {
      coldP.push(predictions[i] as number);
      coldY.push(outcomes[i] as number);
    }
  });
  const cold = calibration(Float64Array.from(coldP), Float64Array.from(coldY));
  console.log(`cold start (first ${COLD_START} answers per student, n ${coldP.length}): AUC ${auc(Float64Array.from(coldP), Float64Array.from(coldY)).toFixed(4)}`);
  console.log(`cold start ECE ${cold.ece.toFixed(4)} (mean predicted ${cold.meanPredicted.toFixed(3)}, observed ${cold.meanObserved.toFixed(3)})`);
  for (const d of cold.deciles) console.log(`  cold decile ${d.index}: predicted ${d.predicted.toFixed(3)}, observed ${d.observed.toFixed(3)}, n ${d.n}`);
  return 0;
}

/** Answers per student counted as cold start. */
const COLD_START = 10;

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

process.exitCode = main(process.argv.slice(2));
