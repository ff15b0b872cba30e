import { createRandom } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { isFiniteJson, matrixOf, normal, rowOf, sigmoid } from './_test/synthetic';
import type { LogisticModel } from './logistic';
import { fitLogistic, logisticContributions, logisticLogit, predictLogistic } from './logistic';
import type { FeatureMatrix } from './matrix';
import { createMatrix } from './matrix';

const TRUE_WEIGHTS = [0.8, -1.5, 1, 0.05, 0];
const TRUE_INTERCEPT = -6.5;

/** Rows with features of different locations and scales, a binary one and a constant one. */
function syntheticData(rows: number, seed: string): { x: FeatureMatrix; y: Float64Array } {
  const random = createRandom(seed);
  const x = createMatrix(rows, 5);
  const y = new Float64Array(rows);
  for (let row = 0; row < rows; row++) {
    const features = [
      5 + 2 * normal(random),
      -1 + 0.5 * normal(random),
      random.next() < 0.5 ? 1 : 0,
      10 * normal(random),
      3,
    ];
    x.values.set(features, row * 5);
    let logit = TRUE_INTERCEPT;
    for (let col = 0; col < 5; col++) logit += (TRUE_WEIGHTS[col] as number) * (features[col] as number);
    y[row] = random.next() < sigmoid(logit) ? 1 : 0;
  }
  return { x, y };
}

/** Raw-feature coefficients and intercept of a model (undoing the standardisation). */
function rawCoefficients(model: LogisticModel): { weights: number[]; intercept: number } {
  let intercept = model.intercept;
  const weights = model.weights.map((weight, col) => {
    const raw = weight / (model.scales[col] as number);
    intercept -= raw * (model.means[col] as number);
    return raw;
  });
  return { weights, intercept };
}

/** The penalised objective, written independently of the implementation, at standardised parameters. */
function objective(
  x: FeatureMatrix,
  y: Float64Array,
  model: LogisticModel,
  weights: number[],
  intercept: number,
  l2: number,
): number {
  let sum = 0;
  for (let row = 0; row < x.rows; row++) {
    let eta = intercept;
    for (let col = 0; col < x.cols; col++) {
      eta +=
        (weights[col] as number) *
        (((x.values[row * x.cols + col] as number) - (model.means[col] as number)) / (model.scales[col] as number));
    }
    sum += Math.log1p(Math.exp(-Math.abs(eta))) + Math.max(eta, 0) - (y[row] as number) * eta;
  }
  return sum + (l2 / 2) * weights.reduce((total, w) => total + w * w, 0);
}

/** Central finite differences of the objective in every parameter (weights, then the intercept). */
function numericGradient(
  x: FeatureMatrix,
  y: Float64Array,
  model: LogisticModel,
  l2: number,
  weights = model.weights,
): number[] {
  const h = 1e-5;
  const gradient: number[] = [];
  for (let col = 0; col <= x.cols; col++) {
    const plus = [...weights];
    const minus = [...weights];
    let interceptPlus = model.intercept;
    let interceptMinus = model.intercept;
    if (col < x.cols) {
      plus[col] = (plus[col] as number) + h;
      minus[col] = (minus[col] as number) - h;
    } else {
      interceptPlus += h;
      interceptMinus -= h;
    }
    gradient.push(
      (objective(x, y, model, plus, interceptPlus, l2) - objective(x, y, model, minus, interceptMinus, l2)) / (2 * h),
    );
  }
  return gradient;
}

describe('fitLogistic', () => {
  const data = syntheticData(20_000, 'logistic-recovery');

  it('recovers the coefficients that generated the data', () => {
    const model = fitLogistic(data.x, data.y, { l2: 1e-3 });
    const { weights, intercept } = rawCoefficients(model);
    // About three standard errors at 20,000 rows.
    const tolerance = [0.03, 0.08, 0.08, 0.004, 0];
    weights.forEach((weight, col) => {
      expect(Math.abs(weight - (TRUE_WEIGHTS[col] as number))).toBeLessThanOrEqual(tolerance[col] as number);
    });
    expect(Math.abs(intercept - TRUE_INTERCEPT)).toBeLessThan(0.2);
  });

  it('leaves a constant column out: weight 0, scale 1, mean the constant', () => {
    const model = fitLogistic(data.x, data.y, { l2: 1 });
    expect(model.weights[4]).toBe(0);
    expect(model.scales[4]).toBe(1);
    expect(model.means[4]).toBe(3);
  });

  it('stops where the gradient of the penalised objective is zero (brute-force check)', () => {
    const l2 = 200;
    const model = fitLogistic(data.x, data.y, { l2 });
    const rows = data.x.rows;
    const gradient = numericGradient(data.x, data.y, model, l2);
    for (const component of gradient) expect(Math.abs(component) / rows).toBeLessThan(1e-7);
    // The penalty matters here: without it the data term's gradient is far from zero...
    const weight = model.weights[1] as number;
    expect(Math.abs(l2 * weight) / rows).toBeGreaterThan(1e-3);
    // ...and the check itself notices a slightly wrong weight.
    const off = [...model.weights];
    off[1] = weight + 0.01;
    expect(Math.abs(numericGradient(data.x, data.y, model, l2, off)[1] as number) / rows).toBeGreaterThan(1e-4);
  });

  it('converges as tightly on many rows, where early Newton steps use a sampled Hessian', () => {
    const many = syntheticData(60_000, 'logistic-many');
    const l2 = 5;
    const model = fitLogistic(many.x, many.y, { l2 });
    // The analytic gradient, written out here: Σ (p − y) z + l2 w, and Σ (p − y) for the intercept.
    const gradient = new Float64Array(6);
    for (let row = 0; row < many.x.rows; row++) {
      const features = rowOf(many.x, row);
      const residual = sigmoid(logisticLogit(model, features)) - (many.y[row] as number);
      for (let col = 0; col < 5; col++) {
        const z = ((features[col] as number) - (model.means[col] as number)) / (model.scales[col] as number);
        gradient[col] = (gradient[col] as number) + residual * z;
      }
      gradient[5] = (gradient[5] as number) + residual;
    }
    for (let col = 0; col < 5; col++) gradient[col] = (gradient[col] as number) + l2 * (model.weights[col] as number);
    for (const component of gradient) expect(Math.abs(component) / many.x.rows).toBeLessThan(1e-8);
  });

  it('stays finite on perfectly separable data, and a larger penalty shrinks the weight', () => {
    const x = matrixOf([[-2], [-1], [1], [2], [-3], [3]]);
    const y = Float64Array.of(0, 0, 1, 1, 0, 1);
    const weak = fitLogistic(x, y, { l2: 0.01 });
    const strong = fitLogistic(x, y, { l2: 1 });
    expect(isFiniteJson(JSON.parse(JSON.stringify(weak)))).toBe(true);
    expect(weak.weights[0]).toBeGreaterThan(strong.weights[0] as number);
    expect(strong.weights[0]).toBeGreaterThan(0);
    expect(sigmoid(logisticLogit(weak, [3]))).toBeGreaterThan(0.99);
  });

  it('treats a row of weight 0 as absent and a weight of 2 as a duplicated row', () => {
    const { x, y } = syntheticData(2_000, 'weights');
    const weights = Float64Array.from({ length: x.rows }, (_, row) => (row % 3 === 0 ? 0 : row % 3 === 1 ? 1 : 2));
    const weighted = fitLogistic(x, y, { l2: 1, sampleWeights: weights });
    const expandedRows: number[][] = [];
    const expandedLabels: number[] = [];
    for (let row = 0; row < x.rows; row++) {
      for (let copy = 0; copy < (weights[row] as number); copy++) {
        expandedRows.push(Array.from(rowOf(x, row)));
        expandedLabels.push(y[row] as number);
      }
    }
    const expanded = fitLogistic(matrixOf(expandedRows), Float64Array.from(expandedLabels), { l2: 1 });
    const a = rawCoefficients(weighted);
    const b = rawCoefficients(expanded);
    a.weights.forEach((weight, col) => {
      expect(weight).toBeCloseTo(b.weights[col] as number, 8);
    });
    expect(a.intercept).toBeCloseTo(b.intercept, 8);
  });

  it('is deterministic and round-trips through JSON with bit-identical predictions', () => {
    const model = fitLogistic(data.x, data.y, { l2: 1 });
    expect(JSON.stringify(fitLogistic(data.x, data.y, { l2: 1 }))).toBe(JSON.stringify(model));
    const loaded = JSON.parse(JSON.stringify(model)) as LogisticModel;
    const before = new Float64Array(data.x.rows);
    const after = new Float64Array(data.x.rows);
    predictLogistic(model, data.x, before);
    predictLogistic(loaded, data.x, after);
    expect(after).toEqual(before);
  });

  it('rejects bad labels, weights and options', () => {
    const x = matrixOf([[1], [2]]);
    expect(() => fitLogistic(x, Float64Array.of(0), { l2: 1 })).toThrow(/labels/);
    expect(() => fitLogistic(x, Float64Array.of(0, 2), { l2: 1 })).toThrow(/label/);
    expect(() => fitLogistic(x, Float64Array.of(0, 1), { l2: -1 })).toThrow(/l2/);
    expect(() => fitLogistic(x, Float64Array.of(0, 1), { l2: 1, maxIterations: 0 })).toThrow(/integer/);
    expect(() => fitLogistic(x, Float64Array.of(0, 1), { l2: 1, sampleWeights: Float64Array.of(1, -1) })).toThrow(
      /weight/,
    );
    expect(() => fitLogistic(x, Float64Array.of(0, 1), { l2: 1, sampleWeights: Float64Array.of(0, 0) })).toThrow(
      /positive/,
    );
  });
});

describe('predictLogistic, logisticLogit and logisticContributions', () => {
  const { x, y } = syntheticData(500, 'contributions');
  const model = fitLogistic(x, y, { l2: 1 });

  it('writes sigmoid(logit) for every row, bit for bit', () => {
    const out = new Float64Array(x.rows);
    predictLogistic(model, x, out);
    for (let row = 0; row < x.rows; row++) expect(out[row]).toBe(sigmoid(logisticLogit(model, rowOf(x, row))));
  });

  it('splits the logit into per-feature contributions that add up to it', () => {
    const out = new Float64Array(x.cols);
    for (let row = 0; row < 50; row++) {
      const features = rowOf(x, row);
      const logit = logisticContributions(model, features, out);
      expect(logit).toBe(logisticLogit(model, features));
      expect(model.intercept + out.reduce((sum, value) => sum + value, 0)).toBeCloseTo(logit, 12);
      expect(out[4]).toBe(0);
    }
  });
});
