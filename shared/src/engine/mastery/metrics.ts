/** Prediction-quality figures for binary outcomes: AUC, log loss, RMSE. */

/** Clamp a probability away from 0 and 1 so log loss stays finite. */
function clampP(p: number): number {
  return Math.min(1 - 1e-9, Math.max(1e-9, p));
}

/**
 * Area under the ROC curve (probability a random positive outranks a random negative; ties
 * count ½). O(n log n). Returns NaN when only one class is present.
 */
export function auc(predictions: ArrayLike<number>, outcomes: ArrayLike<number>): number {
  const n = predictions.length;
  const idx = Array.from({ length: n }, (_, i) => i).sort((a, b) => (predictions[a] as number) - (predictions[b] as number));
  let pos = 0;
  let rankSumPos = 0;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && predictions[idx[j + 1] as number] === predictions[idx[i] as number]) j++;
    const midRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if ((outcomes[idx[k] as number] as number) > 0.5) {
        pos++;
        rankSumPos += midRank;
      }
    }
    i = j + 1;
  }
  const neg = n - pos;
  if (pos === 0 || neg === 0) return Number.NaN;
  return (rankSumPos - (pos * (pos + 1)) / 2) / (pos * neg);
}

/** Mean binary cross-entropy in nats. */
export function logLoss(predictions: ArrayLike<number>, outcomes: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < predictions.length; i++) {
    const p = clampP(predictions[i] as number);
    s += (outcomes[i] as number) > 0.5 ? -Math.log(p) : -Math.log(1 - p);
  }
  return s / predictions.length;
}

/** Root mean squared error between probabilities and 0/1 outcomes. */
export function rmse(predictions: ArrayLike<number>, outcomes: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < predictions.length; i++) {
    const d = (predictions[i] as number) - (outcomes[i] as number);
    s += d * d;
  }
  return Math.sqrt(s / predictions.length);
}
