import { InvalidArgumentError } from '@overdue/core';
import { choleskyFactor, choleskySolve } from './cholesky';
import type { FeatureMatrix } from './matrix';
import { assertMatrix } from './matrix';

/**
 * An L2-regularised logistic regression on standardised features, as plain JSON:
 * `logit = intercept + Σ weights[j] × (x[j] − means[j]) / scales[j]`. Constant training columns have
 * scale 1 and weight 0.
 */
export interface LogisticModel {
  kind: 'logistic';
  means: number[];
  scales: number[];
  weights: number[];
  intercept: number;
}

/** Options of {@link fitLogistic}. */
export interface LogisticOptions {
  /**
   * The L2 penalty `l2 / 2 × Σ weights²` on the standardised weights (not the intercept), added to the
   * summed (not averaged) log loss: the precision of a Gaussian prior, so `l2 = 1` weighs like about one
   * row and its effect fades as rows grow. Must be > 0 for perfectly separable data to stay finite.
   */
  l2: number;
  /** Newton iterations at most (default 50). */
  maxIterations?: number;
  /** Non-negative weight of each row (default 1); a row of weight 0 is as if absent. */
  sampleWeights?: Float64Array;
}

/** Converged when every gradient component, divided by the total row weight, is below this. */
const GRADIENT_TOLERANCE = 1e-8;
/** Recompute the Hessian when a step with an older one shrank the gradient by less than this factor. */
const STALE_HESSIAN_RATIO = 0.1;
/**
 * Far from the optimum (mean gradient above this), the Hessian is estimated from about
 * {@link HESSIAN_SAMPLE_ROWS} evenly spaced rows: the Newton direction needs only a rough curvature there,
 * and the full Hessian costs as much as ten passes over the rows.
 */
const ROUGH_GRADIENT = 1e-4;
const HESSIAN_SAMPLE_ROWS = 25_000;

/**
 * Fits a logistic regression by Newton's method (iteratively reweighted least squares): features are
 * standardised, so the L2 penalty treats them alike and the Newton system is well conditioned, and the
 * `(cols + 1)²` system is solved by Cholesky. The objective is convex, so Newton converges in a handful of
 * iterations; a backtracking line search keeps every step a descent, and once steps shrink the gradient
 * quickly the last Hessian is reused (a chord step costs one pass over the rows, a new Hessian about
 * `cols / 2` passes). Deterministic: no randomness at all.
 *
 * @param x - Features (finite).
 * @param y - Labels: 0 or 1 (values in between are accepted as soft labels).
 */
export function fitLogistic(x: FeatureMatrix, y: Float64Array, options: LogisticOptions): LogisticModel {
  assertMatrix(x, 'x');
  const { rows, cols, values } = x;
  const { l2, maxIterations = 50, sampleWeights } = options;
  if (!(Number.isFinite(l2) && l2 >= 0)) throw new InvalidArgumentError(`expected l2 >= 0, got ${l2}`, 'l2');
  if (!(Number.isInteger(maxIterations) && maxIterations >= 1)) {
    throw new InvalidArgumentError(`expected a positive integer, got ${maxIterations}`, 'maxIterations');
  }
  if (y.length !== rows) throw new InvalidArgumentError(`expected ${rows} labels, got ${y.length}`, 'y');
  for (let row = 0; row < rows; row++) {
    const label = y[row] as number;
    if (!(label >= 0 && label <= 1))
      throw new InvalidArgumentError(`expected a label in [0, 1], got ${label}`, `y[${row}]`);
  }
  let weightOf: Float64Array;
  if (sampleWeights === undefined) {
    weightOf = new Float64Array(rows).fill(1);
  } else {
    if (sampleWeights.length !== rows) {
      throw new InvalidArgumentError(`expected ${rows} weights, got ${sampleWeights.length}`, 'sampleWeights');
    }
    weightOf = sampleWeights;
  }
  let total = 0;
  let labelSum = 0;
  for (let row = 0; row < rows; row++) {
    const weight = weightOf[row] as number;
    if (!(weight >= 0 && weight < Number.POSITIVE_INFINITY)) {
      throw new InvalidArgumentError(`expected a finite weight >= 0, got ${weight}`, `sampleWeights[${row}]`);
    }
    total += weight;
    labelSum += weight * (y[row] as number);
  }
  if (!(total > 0)) throw new InvalidArgumentError('expected rows with a positive total weight', 'x');

  // Weighted means and standard deviations; a column constant over the weighted rows stays out of the fit.
  const means = new Float64Array(cols);
  const scales = new Float64Array(cols).fill(1);
  const minimum = new Float64Array(cols).fill(Number.POSITIVE_INFINITY);
  const maximum = new Float64Array(cols).fill(Number.NEGATIVE_INFINITY);
  for (let row = 0, at = 0; row < rows; row++) {
    const weight = weightOf[row] as number;
    if (weight === 0) {
      at += cols;
      continue;
    }
    for (let col = 0; col < cols; col++, at++) {
      const value = values[at] as number;
      means[col] = (means[col] as number) + weight * value;
      if (value < (minimum[col] as number)) minimum[col] = value;
      if (value > (maximum[col] as number)) maximum[col] = value;
    }
  }
  for (let col = 0; col < cols; col++) means[col] = (means[col] as number) / total;
  const variance = new Float64Array(cols);
  for (let row = 0, at = 0; row < rows; row++) {
    const weight = weightOf[row] as number;
    for (let col = 0; col < cols; col++, at++) {
      const deviation = (values[at] as number) - (means[col] as number);
      variance[col] = (variance[col] as number) + weight * deviation * deviation;
    }
  }
  const active: number[] = [];
  for (let col = 0; col < cols; col++) {
    const scale = Math.sqrt((variance[col] as number) / total);
    if ((minimum[col] as number) < (maximum[col] as number) && scale > 0 && Number.isFinite(scale)) {
      scales[col] = scale;
      active.push(col);
    } else if (minimum[col] === maximum[col]) {
      means[col] = minimum[col] as number;
    }
  }

  // The design matrix: standardised active columns, then a column of ones for the intercept.
  const k = active.length;
  const width = k + 1;
  const z = new Float64Array(rows * width);
  for (let row = 0; row < rows; row++) {
    const from = row * cols;
    const to = row * width;
    for (let a = 0; a < k; a++) {
      const col = active[a] as number;
      z[to + a] = ((values[from + col] as number) - (means[col] as number)) / (scales[col] as number);
    }
    z[to + k] = 1;
  }

  const beta = new Float64Array(width);
  const mean = Math.min(1 - 1e-12, Math.max(1e-12, labelSum / total));
  beta[k] = Math.log(mean / (1 - mean));
  const candidate = new Float64Array(width);
  const gradient = new Float64Array(width);
  const candidateGradient = new Float64Array(width);
  const step = new Float64Array(width);
  const hessian = new Float64Array(width * width);
  const factor = new Float64Array(width * width);
  const curvature = new Float64Array(rows);
  const tolerance = GRADIENT_TOLERANCE * total;

  let objective = evaluate(z, rows, width, y, weightOf, beta, l2, gradient, curvature);
  let needHessian = true;
  let hessianStride = 1;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const gradientSize = maxAbs(gradient, width);
    if (!(gradientSize > tolerance)) break;
    const stride = gradientSize > ROUGH_GRADIENT * total ? Math.max(1, Math.floor(rows / HESSIAN_SAMPLE_ROWS)) : 1;
    if (needHessian || (stride === 1 && hessianStride > 1)) {
      buildHessian(z, rows, width, curvature, l2, hessian, stride);
      factorWithJitter(hessian, width, factor);
      hessianStride = stride;
    }
    choleskySolve(factor, width, gradient, step);
    let slope = 0;
    for (let j = 0; j < width; j++) {
      step[j] = -(step[j] as number);
      slope += (step[j] as number) * (gradient[j] as number);
    }
    // Backtracking (Armijo) line search; the small relative slack absorbs rounding near the optimum.
    let size = 1;
    let accepted = false;
    let candidateObjective = objective;
    for (let halvings = 0; halvings < 40; halvings++) {
      for (let j = 0; j < width; j++) candidate[j] = (beta[j] as number) + size * (step[j] as number);
      candidateObjective = evaluate(z, rows, width, y, weightOf, candidate, l2, candidateGradient, curvature);
      if (candidateObjective <= objective + 1e-4 * size * slope + 1e-13 * Math.abs(objective)) {
        accepted = true;
        break;
      }
      size /= 2;
    }
    if (!accepted) break;
    let moved = 0;
    for (let j = 0; j < width; j++) {
      moved = Math.max(moved, Math.abs((candidate[j] as number) - (beta[j] as number)));
      beta[j] = candidate[j] as number;
      gradient[j] = candidateGradient[j] as number;
    }
    const ratio = maxAbs(gradient, width) / gradientSize;
    objective = candidateObjective;
    // A full step that shrank the gradient fast means the current Hessian is still a good model.
    needHessian = size < 1 || !(ratio <= STALE_HESSIAN_RATIO);
    if (moved === 0) break;
  }

  const weights = new Array<number>(cols).fill(0);
  for (let a = 0; a < k; a++) weights[active[a] as number] = beta[a] as number;
  return {
    kind: 'logistic',
    means: Array.from(means),
    scales: Array.from(scales),
    weights,
    intercept: beta[k] as number,
  };
}

function maxAbs(vector: Float64Array, length: number): number {
  let size = 0;
  for (let j = 0; j < length; j++) size = Math.max(size, Math.abs(vector[j] as number));
  return size;
}

/**
 * One pass over the rows at `beta`: returns the penalised objective (weighted log loss + l2 / 2 × Σ w²),
 * writes its gradient, and writes each row's Newton weight `s × p × (1 − p)` to `curvature`.
 */
function evaluate(
  z: Float64Array,
  rows: number,
  width: number,
  y: Float64Array,
  weightOf: Float64Array,
  beta: Float64Array,
  l2: number,
  gradient: Float64Array,
  curvature: Float64Array,
): number {
  gradient.fill(0);
  const width4 = width & ~3;
  let loss = 0;
  for (let row = 0; row < rows; row++) {
    const at = row * width;
    let eta = 0;
    let j = 0;
    for (; j < width4; j += 4) {
      eta +=
        (z[at + j] as number) * (beta[j] as number) +
        (z[at + j + 1] as number) * (beta[j + 1] as number) +
        (z[at + j + 2] as number) * (beta[j + 2] as number) +
        (z[at + j + 3] as number) * (beta[j + 3] as number);
    }
    for (; j < width; j++) eta += (z[at + j] as number) * (beta[j] as number);
    // Stable sigmoid and softplus from e = exp(−|η|), which never overflows.
    const e = Math.exp(-Math.abs(eta));
    const inverse = 1 / (1 + e);
    const p = eta >= 0 ? inverse : e * inverse;
    const weight = weightOf[row] as number;
    const label = y[row] as number;
    loss += weight * (Math.max(eta, 0) + Math.log1p(e) - label * eta);
    curvature[row] = weight * e * inverse * inverse;
    const residual = weight * (p - label);
    j = 0;
    for (; j < width4; j += 4) {
      gradient[j] = (gradient[j] as number) + residual * (z[at + j] as number);
      gradient[j + 1] = (gradient[j + 1] as number) + residual * (z[at + j + 1] as number);
      gradient[j + 2] = (gradient[j + 2] as number) + residual * (z[at + j + 2] as number);
      gradient[j + 3] = (gradient[j + 3] as number) + residual * (z[at + j + 3] as number);
    }
    for (; j < width; j++) gradient[j] = (gradient[j] as number) + residual * (z[at + j] as number);
  }
  // The intercept (last) is not penalised.
  for (let j = 0; j < width - 1; j++) {
    const w = beta[j] as number;
    loss += 0.5 * l2 * w * w;
    gradient[j] = (gradient[j] as number) + l2 * w;
  }
  return loss;
}

/**
 * The upper triangle of `Zᵀ diag(curvature) Z + l2 I` (no penalty on the intercept), from every
 * `stride`-th row scaled by `stride`. Four rows at a time, so each Hessian entry is loaded and stored once
 * per four rows: the loop is bound by memory operations.
 */
function buildHessian(
  z: Float64Array,
  rows: number,
  width: number,
  curvature: Float64Array,
  l2: number,
  hessian: Float64Array,
  stride: number,
): void {
  hessian.fill(0);
  const step = stride * width;
  let row = 0;
  for (; row + 3 * stride < rows; row += 4 * stride) {
    const o0 = row * width;
    const o1 = o0 + step;
    const o2 = o1 + step;
    const o3 = o2 + step;
    const c0 = curvature[row] as number;
    const c1 = curvature[row + stride] as number;
    const c2 = curvature[row + 2 * stride] as number;
    const c3 = curvature[row + 3 * stride] as number;
    for (let a = 0; a < width; a++) {
      const t0 = c0 * (z[o0 + a] as number);
      const t1 = c1 * (z[o1 + a] as number);
      const t2 = c2 * (z[o2 + a] as number);
      const t3 = c3 * (z[o3 + a] as number);
      const line = a * width;
      for (let b = a; b < width; b++) {
        hessian[line + b] =
          (hessian[line + b] as number) +
          (t0 * (z[o0 + b] as number) +
            t1 * (z[o1 + b] as number) +
            t2 * (z[o2 + b] as number) +
            t3 * (z[o3 + b] as number));
      }
    }
  }
  for (; row < rows; row += stride) {
    const at = row * width;
    const c = curvature[row] as number;
    for (let a = 0; a < width; a++) {
      const t = c * (z[at + a] as number);
      const line = a * width;
      for (let b = a; b < width; b++) hessian[line + b] = (hessian[line + b] as number) + t * (z[at + b] as number);
    }
  }
  if (stride > 1) for (let k = 0; k < hessian.length; k++) hessian[k] = (hessian[k] as number) * stride;
  for (let j = 0; j < width - 1; j++) hessian[j * width + j] = (hessian[j * width + j] as number) + l2;
}

/**
 * Cholesky of the Hessian; when it is not numerically positive definite (l2 = 0 with collinear or
 * saturated columns), adds a growing ridge to the diagonal until it is.
 */
function factorWithJitter(hessian: Float64Array, width: number, factor: Float64Array): void {
  if (choleskyFactor(hessian, width, factor)) return;
  let largest = 0;
  for (let j = 0; j < width; j++) largest = Math.max(largest, Math.abs(hessian[j * width + j] as number));
  const copy = new Float64Array(hessian);
  for (let jitter = Math.max(largest, 1) * 1e-12; ; jitter *= 100) {
    for (let j = 0; j < width; j++) copy[j * width + j] = (hessian[j * width + j] as number) + jitter;
    if (choleskyFactor(copy, width, factor)) return;
  }
}

/** The logit of one row of raw features (any array-like of at least `model.weights.length` numbers). */
export function logisticLogit(model: LogisticModel, row: ArrayLike<number>): number {
  const { means, scales, weights } = model;
  let logit = model.intercept;
  for (let j = 0; j < weights.length; j++) {
    logit += (weights[j] as number) * (((row[j] as number) - (means[j] as number)) / (scales[j] as number));
  }
  return logit;
}

/**
 * Writes the probability of each row of `x` to `out` (bit-identical to `sigmoid(logisticLogit(row))`).
 */
export function predictLogistic(model: LogisticModel, x: FeatureMatrix, out: Float64Array): void {
  const cols = model.weights.length;
  if (x.cols < cols) throw new InvalidArgumentError(`expected at least ${cols} columns, got ${x.cols}`, 'x');
  if (out.length < x.rows) throw new InvalidArgumentError(`expected room for ${x.rows} values`, 'out');
  const means = Float64Array.from(model.means);
  const scales = Float64Array.from(model.scales);
  const weights = Float64Array.from(model.weights);
  const intercept = model.intercept;
  const { rows, values } = x;
  const stride = x.cols;
  for (let row = 0; row < rows; row++) {
    const at = row * stride;
    let logit = intercept;
    for (let j = 0; j < cols; j++) {
      logit += (weights[j] as number) * (((values[at + j] as number) - (means[j] as number)) / (scales[j] as number));
    }
    out[row] = 1 / (1 + Math.exp(-logit));
  }
}

/**
 * Writes each feature's contribution to the logit (`weight × standardised value`) to `out` and returns
 * the logit, `intercept + Σ out`, bit-identical to {@link logisticLogit}.
 */
export function logisticContributions(model: LogisticModel, row: ArrayLike<number>, out: Float64Array): number {
  const { means, scales, weights } = model;
  let logit = model.intercept;
  for (let j = 0; j < weights.length; j++) {
    const contribution = (weights[j] as number) * (((row[j] as number) - (means[j] as number)) / (scales[j] as number));
    out[j] = contribution;
    logit += contribution;
  }
  return logit;
}
