import { InvalidArgumentError } from '@overdue/core';

/**
 * Metrics for evaluating models. Means over no rows are NaN (0 / 0); arrays of different lengths throw.
 * Labels are 0 or 1.
 */

function assertSameLength(a: ArrayLike<number>, b: ArrayLike<number>, path: string): void {
  if (a.length !== b.length) {
    throw new InvalidArgumentError(`expected ${a.length} values to match, got ${b.length}`, path);
  }
}

/**
 * The area under the ROC curve: the probability that a random positive scores above a random negative,
 * ties counting one half (the Mann-Whitney U statistic over `positives × negatives`). Sorts the scores
 * of each class separately (native numeric sorts, no comparator) and merges, so it is O(n log n).
 *
 * @returns The AUC, or `null` when only one class is present.
 * @throws {@link InvalidArgumentError} on a NaN score or a label other than 0 or 1.
 */
export function auc(scores: ArrayLike<number>, labels: ArrayLike<number>): number | null {
  assertSameLength(scores, labels, 'labels');
  const n = scores.length;
  let positives = 0;
  for (let index = 0; index < n; index++) {
    const label = labels[index] as number;
    if (label === 1) positives++;
    else if (label !== 0)
      throw new InvalidArgumentError(`expected a label of 0 or 1, got ${label}`, `labels[${index}]`);
    if (Number.isNaN(scores[index])) throw new InvalidArgumentError('expected a number, got NaN', `scores[${index}]`);
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return null;
  const positive = new Float64Array(positives);
  const negative = new Float64Array(negatives);
  for (let index = 0, p = 0, q = 0; index < n; index++) {
    if (labels[index] === 1) positive[p++] = scores[index] as number;
    else negative[q++] = scores[index] as number;
  }
  positive.sort();
  negative.sort();
  // For each run of equal positive scores: negatives strictly below count 1, equal ones 1/2.
  // Sums of half-integers below 2^52 are exact in doubles.
  let below = 0;
  let pairs = 0;
  for (let p = 0; p < positives; ) {
    const value = positive[p] as number;
    let runEnd = p + 1;
    while (runEnd < positives && positive[runEnd] === value) runEnd++;
    while (below < negatives && (negative[below] as number) < value) below++;
    let equalEnd = below;
    while (equalEnd < negatives && negative[equalEnd] === value) equalEnd++;
    pairs += (runEnd - p) * (below + (equalEnd - below) / 2);
    p = runEnd;
  }
  return pairs / (positives * negatives);
}

/** The Brier score: the mean squared difference between probabilities and labels (lower is better). */
export function brierScore(probabilities: ArrayLike<number>, labels: ArrayLike<number>): number {
  assertSameLength(probabilities, labels, 'labels');
  let sum = 0;
  for (let index = 0; index < probabilities.length; index++) {
    const difference = (probabilities[index] as number) - (labels[index] as number);
    sum += difference * difference;
  }
  return sum / probabilities.length;
}

/** The share of rows whose predicted class (1 when the probability is at least `threshold`) is the label. */
export function accuracy(probabilities: ArrayLike<number>, labels: ArrayLike<number>, threshold = 0.5): number {
  assertSameLength(probabilities, labels, 'labels');
  let correct = 0;
  for (let index = 0; index < probabilities.length; index++) {
    const predicted = (probabilities[index] as number) >= threshold ? 1 : 0;
    if (predicted === labels[index]) correct++;
  }
  return correct / probabilities.length;
}

/** The smallest probability distance from 0 or 1 used by {@link logLoss}, so a confident miss is finite. */
export const LOG_LOSS_EPSILON = 1e-15;

/** The mean negative log-likelihood of the labels, with probabilities clipped to [1e-15, 1 - 1e-15]. */
export function logLoss(probabilities: ArrayLike<number>, labels: ArrayLike<number>): number {
  assertSameLength(probabilities, labels, 'labels');
  let sum = 0;
  for (let index = 0; index < probabilities.length; index++) {
    const p = Math.min(1 - LOG_LOSS_EPSILON, Math.max(LOG_LOSS_EPSILON, probabilities[index] as number));
    const label = labels[index] as number;
    sum -= label * Math.log(p) + (1 - label) * Math.log(1 - p);
  }
  return sum / probabilities.length;
}

/** The mean absolute difference between predictions and targets. */
export function meanAbsoluteError(predictions: ArrayLike<number>, targets: ArrayLike<number>): number {
  assertSameLength(predictions, targets, 'targets');
  let sum = 0;
  for (let index = 0; index < predictions.length; index++) {
    sum += Math.abs((predictions[index] as number) - (targets[index] as number));
  }
  return sum / predictions.length;
}

/**
 * The `q`-quantile of ascending values, interpolating linearly between the two nearest order statistics
 * (position `q × (n - 1)`, "type 7" as in R and NumPy). NaN when there are no values.
 *
 * @throws {@link InvalidArgumentError} when `q` is not in [0, 1].
 */
export function quantileOf(sortedValues: Float64Array, q: number): number {
  if (!(q >= 0 && q <= 1)) throw new InvalidArgumentError(`expected a quantile in [0, 1], got ${q}`, 'q');
  const n = sortedValues.length;
  if (n === 0) return Number.NaN;
  const position = q * (n - 1);
  const lower = Math.floor(position);
  const low = sortedValues[lower] as number;
  const fraction = position - lower;
  if (fraction === 0) return low;
  return low + fraction * ((sortedValues[lower + 1] as number) - low);
}
