import { createRandom } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { accuracy, auc, brierScore, logLoss, meanAbsoluteError, quantileOf } from './metrics';

/** AUC by comparing every positive with every negative. */
function pairwiseAuc(scores: Float64Array, labels: Float64Array): number {
  let pairs = 0;
  let wins = 0;
  for (let i = 0; i < scores.length; i++) {
    if (labels[i] !== 1) continue;
    for (let j = 0; j < scores.length; j++) {
      if (labels[j] !== 0) continue;
      pairs++;
      const a = scores[i] as number;
      const b = scores[j] as number;
      wins += a > b ? 1 : a === b ? 0.5 : 0;
    }
  }
  return wins / pairs;
}

describe('auc', () => {
  it('matches a brute-force pairwise count on random data with many ties', () => {
    const random = createRandom('auc');
    for (let trial = 0; trial < 20; trial++) {
      const n = 50 + random.integer(400);
      const levels = 1 + random.integer(12);
      const scores = new Float64Array(n);
      const labels = new Float64Array(n);
      for (let k = 0; k < n; k++) {
        labels[k] = random.next() < 0.3 ? 1 : 0;
        // Few distinct scores (ties) correlated with the label.
        scores[k] = Math.floor((random.next() + 0.4 * (labels[k] as number)) * levels) / levels - 0.5;
      }
      labels[0] = 1;
      labels[1] = 0;
      expect(auc(scores, labels)).toBeCloseTo(pairwiseAuc(scores, labels), 12);
    }
  });

  it('is 1 when every positive scores higher, 0 when lower, 1/2 when all tie', () => {
    expect(auc([0.9, 0.8, 0.1, 0.2], [1, 1, 0, 0])).toBe(1);
    expect(auc([0.1, 0.2, 0.9, 0.8], [1, 1, 0, 0])).toBe(0);
    expect(auc([0.5, 0.5, 0.5], [1, 0, 1])).toBe(0.5);
    expect(auc([-Infinity, Infinity], [0, 1])).toBe(1);
  });

  it('is null when only one class is present', () => {
    expect(auc([0.1, 0.2], [1, 1])).toBeNull();
    expect(auc([0.1, 0.2], [0, 0])).toBeNull();
    expect(auc([], [])).toBeNull();
  });

  it('rejects NaN scores, labels other than 0 and 1, and mismatched lengths', () => {
    expect(() => auc([Number.NaN, 0.2], [1, 0])).toThrow(/NaN/);
    expect(() => auc([0.1, 0.2], [1, 0.5])).toThrow(/label/);
    expect(() => auc([0.1, 0.2], [1])).toThrow(/match/);
  });
});

describe('brierScore, accuracy, logLoss, meanAbsoluteError', () => {
  it('computes the Brier score', () => {
    expect(brierScore([1, 0, 0.5], [1, 0, 1])).toBeCloseTo(0.25 / 3, 15);
    expect(brierScore([0], [1])).toBe(1);
  });

  it('counts a probability equal to the threshold as positive', () => {
    expect(accuracy([0.5, 0.49, 0.9, 0.1], [1, 0, 0, 0])).toBe(0.75);
    expect(accuracy([0.3], [1], 0.3)).toBe(1);
    expect(accuracy([0.3], [1], 0.31)).toBe(0);
  });

  it('clips probabilities so a confident miss costs -log(1e-15)', () => {
    expect(logLoss([0], [1])).toBeCloseTo(-Math.log(1e-15), 10);
    // 1 − 1e-15 is not exact in binary: the clipped distance from 1 is the double nearest below it.
    expect(logLoss([1], [0])).toBeCloseTo(-Math.log(1 - (1 - 1e-15)), 10);
    expect(logLoss([1, 0], [1, 0])).toBeLessThan(1e-14);
    expect(logLoss([0.5, 0.8], [1, 0])).toBeCloseTo((Math.log(2) - Math.log(0.2)) / 2, 14);
  });

  it('computes the mean absolute error', () => {
    expect(meanAbsoluteError([1, 2, 3], [2, 2, 0])).toBeCloseTo(4 / 3, 15);
  });

  it('returns NaN over no rows and throws on mismatched lengths', () => {
    expect(brierScore([], [])).toBeNaN();
    expect(accuracy([], [])).toBeNaN();
    expect(logLoss([], [])).toBeNaN();
    expect(meanAbsoluteError([], [])).toBeNaN();
    expect(() => brierScore([0.5], [])).toThrow(/match/);
    expect(() => meanAbsoluteError([1, 2], [1])).toThrow(/match/);
  });
});

describe('quantileOf', () => {
  it('interpolates linearly between order statistics (type 7)', () => {
    const sorted = Float64Array.of(1, 2, 4, 8);
    expect(quantileOf(sorted, 0)).toBe(1);
    expect(quantileOf(sorted, 1)).toBe(8);
    expect(quantileOf(sorted, 0.5)).toBe(3);
    expect(quantileOf(sorted, 0.9)).toBeCloseTo(4 + 0.7 * 4, 14);
    expect(quantileOf(sorted, 1 / 3)).toBeCloseTo(2, 14);
    expect(quantileOf(Float64Array.of(7), 0.3)).toBe(7);
  });

  it('is NaN for no values and rejects quantiles outside [0, 1]', () => {
    expect(quantileOf(new Float64Array(0), 0.5)).toBeNaN();
    expect(() => quantileOf(Float64Array.of(1), 1.5)).toThrow(/quantile/);
    expect(() => quantileOf(Float64Array.of(1), Number.NaN)).toThrow(/quantile/);
  });
});
