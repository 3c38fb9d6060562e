/**
 * Online evaluation of the engine's mastery model on a knowledge-tracing TSV file.
 *
 *   npm run eval:mastery -- <file.tsv> [--train <file.tsv>]
 *
 * Each response is predicted before it is seen; the model learns from all earlier rows, across
 * students. With --train, the training file is replayed first (its predictions are not scored).
 * Prints one line per figure: AUC, log loss, RMSE.
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
  return 0;
}

process.exitCode = main(process.argv.slice(2));
