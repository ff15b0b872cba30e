import type { Random } from '@overdue/core';
import { createRandom } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { isFiniteJson, normal, rowOf, sigmoid } from './_test/synthetic';
import type { GbdtModel, GbdtOptions, GbdtTree } from './gbdt';
import { featureGains, fitGbdt } from './gbdt';
import { fitLogistic, predictLogistic } from './logistic';
import type { FeatureMatrix } from './matrix';
import { createMatrix } from './matrix';
import { auc, logLoss } from './metrics';
import { compileGbdt, gbdtContributions, predictGbdtRaw } from './predict-gbdt';

function predict(model: GbdtModel, x: FeatureMatrix): Float64Array {
  const out = new Float64Array(x.rows);
  predictGbdtRaw(compileGbdt(model), x, out);
  return out;
}

/** Rows of `cols` features, uniform in [−1, 1), and targets from `target(row features, random)`. */
function dataset(
  rows: number,
  cols: number,
  seed: string,
  target: (features: Float64Array, random: Random) => number,
): { x: FeatureMatrix; y: Float64Array } {
  const random = createRandom(seed);
  const x = createMatrix(rows, cols);
  const y = new Float64Array(rows);
  for (let row = 0; row < rows; row++) {
    const features = x.values.subarray(row * cols, (row + 1) * cols);
    for (let col = 0; col < cols; col++) features[col] = random.next() * 2 - 1;
    y[row] = target(features, random);
  }
  return { x, y };
}

const xor = (features: Float64Array, random: Random): number =>
  random.next() < sigmoid((features[0] as number) > 0 === (features[1] as number) > 0 ? 2.5 : -2.5) ? 1 : 0;

function leafOf(tree: GbdtTree, row: ArrayLike<number>): number {
  let node = 0;
  while (tree.feature[node] !== -1) {
    const f = tree.feature[node] as number;
    node =
      (row[f] as number) <= (tree.threshold[node] as number)
        ? (tree.left[node] as number)
        : (tree.right[node] as number);
  }
  return node;
}

function depthOf(tree: GbdtTree, node = 0): number {
  if (tree.feature[node] === -1) return 0;
  return 1 + Math.max(depthOf(tree, tree.left[node] as number), depthOf(tree, tree.right[node] as number));
}

/** Training rows grouped by the leaf of `tree` they reach. */
function groupsOf(tree: GbdtTree, x: FeatureMatrix): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  for (let row = 0; row < x.rows; row++) {
    const leaf = leafOf(tree, rowOf(x, row));
    groups.set(leaf, [...(groups.get(leaf) ?? []), row]);
  }
  return groups;
}

describe('fitGbdt', () => {
  it('beats logistic regression by AUC on an interaction (XOR) problem', () => {
    const train = dataset(4_000, 4, 'xor-train', xor);
    const test = dataset(2_000, 4, 'xor-test', xor);
    const model = fitGbdt(train.x, train.y, { loss: 'logistic', trees: 60, maxDepth: 3, random: createRandom(1) });
    const gbdtAuc = auc(predict(model, test.x), test.y) as number;
    const linear = new Float64Array(test.x.rows);
    predictLogistic(fitLogistic(train.x, train.y, { l2: 1 }), test.x, linear);
    const linearAuc = auc(linear, test.y) as number;
    expect(gbdtAuc).toBeGreaterThan(0.8);
    expect(linearAuc).toBeLessThan(0.6);
  });

  it('fits a step function with the squared loss', () => {
    const step = (v: number): number => (v < -0.4 ? 1 : v < 0.3 ? 5 : 2);
    const { x, y } = dataset(
      3_000,
      2,
      'step',
      (features, random) => step(features[0] as number) + 0.1 * normal(random),
    );
    const model = fitGbdt(x, y, {
      loss: 'squared',
      trees: 80,
      maxDepth: 2,
      learningRate: 0.2,
      random: createRandom(1),
    });
    const grid = createMatrix(9, 2);
    const points = [-0.9, -0.7, -0.5, -0.3, 0, 0.2, 0.4, 0.7, 0.95];
    points.forEach((point, k) => {
      grid.values.set([point, 0.5], 2 * k);
    });
    const out = predict(model, grid);
    points.forEach((point, k) => {
      expect(Math.abs((out[k] as number) - step(point))).toBeLessThan(0.1);
    });
  });

  it('fits the median with the absolute loss, ignoring outliers that drag the mean', () => {
    const { x, y } = dataset(3_000, 2, 'outliers', (features, random) => {
      const level = (features[0] as number) < 0 ? 10 : 20;
      return level + normal(random) + (random.next() < 0.2 ? 500 : 0);
    });
    const options = { trees: 100, maxDepth: 1, learningRate: 0.2, random: createRandom(1) };
    const median = predict(fitGbdt(x, y, { loss: 'absolute', ...options }), x);
    const mean = predict(fitGbdt(x, y, { loss: 'squared', ...options }), x);
    let squaredSum = 0;
    let levelSum = 0;
    for (let row = 0; row < 300; row++) {
      // The bin holding 0 mixes both levels; judge rows clear of it.
      if (Math.abs(x.values[row * 2] as number) < 0.05) continue;
      const level = (x.values[row * 2] as number) < 0 ? 10 : 20;
      // The median of N(level, 1) with 20% shifted far up is level + Φ⁻¹(0.625) ≈ level + 0.32.
      expect(Math.abs((median[row] as number) - (level + 0.32))).toBeLessThan(0.5);
      squaredSum += mean[row] as number;
      levelSum += level;
    }
    // The squared loss follows the mean, about level + 0.2 × 500.
    expect(squaredSum / levelSum).toBeGreaterThan(4);
  });

  it('puts about alpha of the training targets at or below the quantile prediction', () => {
    const { x, y } = dataset(
      4_000,
      2,
      'quantile',
      (features, random) => 3 * (features[0] as number) + (1.5 + (features[0] as number)) * normal(random),
    );
    for (const alpha of [0.9, 0.2]) {
      const model = fitGbdt(x, y, {
        loss: 'quantile',
        alpha,
        trees: 100,
        maxDepth: 2,
        learningRate: 0.2,
        random: createRandom(1),
      });
      expect(model.alpha).toBe(alpha);
      const out = predict(model, x);
      let below = 0;
      for (let row = 0; row < x.rows; row++) if ((y[row] as number) <= (out[row] as number)) below++;
      expect(Math.abs(below / x.rows - alpha)).toBeLessThan(0.03);
    }
  });

  it('finds the root split a brute-force search finds', () => {
    // Few distinct values per feature, so every possible threshold is a bin edge.
    const { x, y } = dataset(
      600,
      3,
      'exact-split',
      (features, random) => 3 * (features[1] as number) ** 2 + (features[2] as number) + normal(random),
    );
    for (let k = 0; k < x.values.length; k++) x.values[k] = Math.round((x.values[k] as number) * 10) / 10;
    const model = fitGbdt(x, y, {
      loss: 'squared',
      trees: 1,
      maxDepth: 1,
      learningRate: 1,
      l2: 0,
      minLeafRows: 5,
      random: createRandom(1),
    });
    let best = { gain: 0, feature: -1, threshold: 0 };
    let total = 0;
    for (const value of y) total += value;
    for (let col = 0; col < 3; col++) {
      const values = [...new Set(Array.from({ length: x.rows }, (_, row) => x.values[row * 3 + col] as number))].sort(
        (a, b) => a - b,
      );
      for (let k = 0; k + 1 < values.length; k++) {
        const threshold = ((values[k] as number) + (values[k + 1] as number)) / 2;
        let left = 0;
        let count = 0;
        for (let row = 0; row < x.rows; row++) {
          if ((x.values[row * 3 + col] as number) <= threshold) {
            left += y[row] as number;
            count++;
          }
        }
        if (count < 5 || x.rows - count < 5) continue;
        // Reduction of the sum of squares: L²/nL + R²/nR − T²/n.
        const gain =
          (left * left) / count + ((total - left) * (total - left)) / (x.rows - count) - (total * total) / x.rows;
        if (gain > best.gain) best = { gain, feature: col, threshold };
      }
    }
    const tree = model.trees[0] as GbdtTree;
    expect(tree.feature[0]).toBe(best.feature);
    expect(tree.threshold[0]).toBeCloseTo(best.threshold, 12);
    expect(tree.gain?.[0]).toBeCloseTo(best.gain / 2, 6);
  });

  it('fits each tree to the residuals left by the previous ones (squared and logistic)', () => {
    const settings = { trees: 2, maxDepth: 2, learningRate: 0.5, l2: 0, minLeafRows: 10, random: createRandom(1) };
    const squared = dataset(1_000, 3, 'residuals', (features, random) => 4 * (features[0] as number) + normal(random));
    const first = predict(fitGbdt(squared.x, squared.y, { loss: 'squared', ...settings, trees: 1 }), squared.x);
    const twoTrees = fitGbdt(squared.x, squared.y, { loss: 'squared', ...settings });
    const second = predict(twoTrees, squared.x);
    for (const rows of groupsOf(twoTrees.trees[1] as GbdtTree, squared.x).values()) {
      const residual =
        rows.reduce((sum, row) => sum + (squared.y[row] as number) - (first[row] as number), 0) / rows.length;
      for (const row of rows) expect((second[row] as number) - (first[row] as number)).toBeCloseTo(0.5 * residual, 9);
    }

    const labels = dataset(1_000, 3, 'residuals', xor);
    const firstLogit = predict(fitGbdt(labels.x, labels.y, { loss: 'logistic', ...settings, trees: 1 }), labels.x);
    const twoLogistic = fitGbdt(labels.x, labels.y, { loss: 'logistic', ...settings });
    const secondLogit = predict(twoLogistic, labels.x);
    for (const rows of groupsOf(twoLogistic.trees[1] as GbdtTree, labels.x).values()) {
      let gradient = 0;
      let hessian = 0;
      for (const row of rows) {
        const p = sigmoid(firstLogit[row] as number);
        gradient += p - (labels.y[row] as number);
        hessian += p * (1 - p);
      }
      for (const row of rows) {
        expect((secondLogit[row] as number) - (firstLogit[row] as number)).toBeCloseTo((-0.5 * gradient) / hessian, 6);
      }
    }
  });

  it('scores the rows left out of a subsample too', () => {
    // Two levels of x0 decide y exactly: one stump fits every row, sampled or not, so the second tree has
    // nothing left to fit — unless the left-out rows were scored wrongly.
    const { x, y } = dataset(1_000, 2, 'out-of-bag', (features) => {
      // 21 distinct values of x0, so the bins separate the two levels exactly.
      features[0] = Math.round((features[0] as number) * 10) / 10;
      return (features[0] as number) < 0.1 ? 3 : 8;
    });
    const options = { loss: 'squared', maxDepth: 1, learningRate: 1, l2: 0, minLeafRows: 1, subsample: 0.5 } as const;
    const one = predict(fitGbdt(x, y, { ...options, trees: 1, random: createRandom(5) }), x);
    const two = predict(fitGbdt(x, y, { ...options, trees: 2, random: createRandom(5) }), x);
    for (let row = 0; row < x.rows; row++) {
      expect(one[row]).toBeCloseTo(y[row] as number, 9);
      expect(two[row]).toBeCloseTo(y[row] as number, 9);
    }
  });

  it('is deterministic for a seed; the seed matters only with subsampling', () => {
    const { x, y } = dataset(2_000, 4, 'determinism', xor);
    const fit = (seed: number, subsample: number): string =>
      JSON.stringify(fitGbdt(x, y, { loss: 'logistic', trees: 20, subsample, random: createRandom(seed) }));
    expect(fit(1, 0.7)).toBe(fit(1, 0.7));
    expect(fit(1, 0.7)).not.toBe(fit(2, 0.7));
    expect(fit(1, 1)).toBe(fit(2, 1));
    // More rounds extend the same sequence of trees.
    const short = fitGbdt(x, y, { loss: 'logistic', trees: 5, random: createRandom(1) });
    const long = fitGbdt(x, y, { loss: 'logistic', trees: 12, random: createRandom(1) });
    expect(long.trees.slice(0, 5)).toEqual(short.trees);
  });

  it('round-trips through JSON with bit-identical predictions and finite numbers only', () => {
    const { x, y } = dataset(2_000, 5, 'json', xor);
    for (const loss of ['logistic', 'squared', 'absolute', 'quantile'] as const) {
      const model = fitGbdt(x, y, { loss, alpha: 0.7, trees: 15, subsample: 0.8, random: createRandom(3) });
      const text = JSON.stringify(model);
      const loaded = JSON.parse(text) as GbdtModel;
      expect(isFiniteJson(loaded)).toBe(true);
      expect(predict(loaded, x)).toEqual(predict(model, x));
    }
  });

  it('gives Saabas contributions that sum to raw score − base', () => {
    const { x, y } = dataset(2_000, 5, 'saabas', xor);
    const model = fitGbdt(x, y, { loss: 'logistic', trees: 30, maxDepth: 3, random: createRandom(1) });
    const compiled = compileGbdt(model);
    const raw = predict(model, x);
    const out = new Float64Array(5);
    for (const tree of model.trees) expect(tree.value[0]).toBe(0);
    for (let row = 0; row < 200; row++) {
      const score = gbdtContributions(compiled, rowOf(x, row), out);
      expect(score).toBe(raw[row]);
      expect(out.reduce((sum, value) => sum + value, 0)).toBeCloseTo(score - model.base, 10);
    }
    // Only x0 and x1 matter, and they carry most of the contributions.
    const gains = featureGains(model, 5);
    expect(Math.min(gains[0] as number, gains[1] as number)).toBeGreaterThan(5 * Math.max(...gains.slice(2)));
  });

  it('stops early on the validation loss and keeps the best number of trees', () => {
    const noisy = (features: Float64Array, random: Random): number =>
      random.next() < sigmoid(features[0] as number) ? 1 : 0;
    const train = dataset(1_500, 6, 'early-train', noisy);
    const validation = dataset(1_500, 6, 'early-validation', noisy);
    const options: GbdtOptions = {
      loss: 'logistic',
      trees: 400,
      maxDepth: 4,
      learningRate: 0.3,
      minLeafRows: 5,
      random: createRandom(1),
    };
    const stopped = fitGbdt(train.x, train.y, { ...options, validation: { ...validation, earlyStoppingRounds: 10 } });
    const kept = stopped.trees.length;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(100);
    expect(stopped).toEqual(fitGbdt(train.x, train.y, { ...options, trees: kept }));
    const lossWith = (trees: number): number => {
      const logits = predict(fitGbdt(train.x, train.y, { ...options, trees }), validation.x);
      return logLoss(logits.map(sigmoid), validation.y);
    };
    const best = lossWith(kept);
    for (const trees of [kept - 1, kept + 1, kept + 10]) expect(best).toBeLessThanOrEqual(lossWith(trees) + 1e-12);
  });

  it('respects maxDepth and minLeafRows', () => {
    const { x, y } = dataset(3_000, 4, 'limits', xor);
    const model = fitGbdt(x, y, {
      loss: 'logistic',
      trees: 10,
      maxDepth: 3,
      minLeafRows: 150,
      random: createRandom(1),
    });
    for (const tree of model.trees) {
      expect(depthOf(tree)).toBeLessThanOrEqual(3);
      for (const rows of groupsOf(tree, x).values()) expect(rows.length).toBeGreaterThanOrEqual(150);
    }
  });

  it('starts from the right constant and handles features that cannot split', () => {
    const x = createMatrix(100, 2);
    x.values.fill(4);
    const y = Float64Array.from({ length: 100 }, (_, row) => row % 4);
    expect(fitGbdt(x, y, { loss: 'squared', trees: 0, random: createRandom(1) }).base).toBeCloseTo(1.5, 12);
    expect(fitGbdt(x, y, { loss: 'absolute', trees: 0, random: createRandom(1) }).base).toBe(1.5);
    expect(fitGbdt(x, y, { loss: 'quantile', alpha: 0.9, trees: 0, random: createRandom(1) }).base).toBe(3);
    const labels = Float64Array.from({ length: 100 }, (_, row) => (row < 25 ? 1 : 0));
    expect(fitGbdt(x, labels, { loss: 'logistic', trees: 0, random: createRandom(1) }).base).toBeCloseTo(
      Math.log(1 / 3),
      12,
    );
    const model = fitGbdt(x, y, { loss: 'squared', trees: 5, random: createRandom(1) });
    expect(model.trees.every((tree) => tree.feature.length === 1)).toBe(true);
    expect(predict(model, x)[0]).toBeCloseTo(1.5, 12);
  });

  it('rejects bad options and targets', () => {
    const { x, y } = dataset(100, 2, 'errors', xor);
    const random = createRandom(1);
    expect(() => fitGbdt(x, y, { loss: 'hinge' as 'squared', random })).toThrow(/loss/);
    expect(() => fitGbdt(x, y, { loss: 'quantile', random })).toThrow(/alpha/);
    expect(() => fitGbdt(x, y, { loss: 'logistic', maxDepth: 11, random })).toThrow(/maxDepth|integer/);
    expect(() => fitGbdt(x, y, { loss: 'logistic', subsample: 0, random })).toThrow(/subsample/);
    expect(() => fitGbdt(x, y, { loss: 'logistic', maxBins: 300, random })).toThrow(/integer/);
    expect(() =>
      fitGbdt(
        x,
        Float64Array.from(y, (v) => v * 2),
        { loss: 'logistic', random },
      ),
    ).toThrow(/label/);
    expect(() => fitGbdt(x, y.subarray(1), { loss: 'squared', random })).toThrow(/targets/);
    expect(() =>
      fitGbdt(x, y, {
        loss: 'squared',
        random,
        validation: { x: createMatrix(3, 1), y: new Float64Array(3), earlyStoppingRounds: 5 },
      }),
    ).toThrow(/columns/);
  });
});
