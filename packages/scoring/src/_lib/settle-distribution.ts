/** Residual quantiles are stored at 0, 0.05, ..., 1. */
export const QUANTILE_LEVELS = 21;
const STEP = 1 / (QUANTILE_LEVELS - 1);
const LAST = QUANTILE_LEVELS - 1;
/** Below this chance of still being open, the knots give way to the exponential tail. */
const TAIL_MASS = 0.05;

/**
 * One probability band's out-of-sample errors (days from issue to settlement, actual minus estimate) as 21
 * non-decreasing knots with 5% of the probability between neighbours, uniform in between, plus what makes
 * the expected lateness a lookup: `tail[j]` is the mean of the knots' segments from `j` up, times their mass.
 */
export interface SettleShape {
  readonly knots: Float64Array;
  readonly tail: Float64Array;
}

/** The shape of one band from its residual quantiles (made non-decreasing). */
export function settleShape(residualQuantiles: readonly number[]): SettleShape {
  const knots = new Float64Array(QUANTILE_LEVELS);
  for (let k = 0; k < QUANTILE_LEVELS; k++) {
    const value = residualQuantiles[k] as number;
    knots[k] = k > 0 && value < (knots[k - 1] as number) ? (knots[k - 1] as number) : value;
  }
  const tail = new Float64Array(QUANTILE_LEVELS);
  for (let j = LAST - 1; j >= 0; j--) {
    tail[j] = (tail[j + 1] as number) + (STEP * ((knots[j] as number) + (knots[j + 1] as number))) / 2;
  }
  return { knots, tail };
}

/** The shapes of every band of a model's residuals. */
export function settleShapes(quantiles: readonly (readonly number[])[]): SettleShape[] {
  return quantiles.map(settleShape);
}

/**
 * The distribution of days from issue to settlement of one invoice: the model's estimate plus the
 * out-of-sample errors of its band ({@link SettleShape}), conditioned on the invoice still being open after
 * `age` days. Once an invoice is open beyond the 95th percentile, the knots say little: the time still to
 * wait is then taken as exponential (memoryless) with a mean of the days it is already overdue beyond the
 * estimate, at least 30, so the longer an invoice has outlived its expected date, the slower it is expected
 * to come in.
 */
export class SettleDistribution {
  private knots: Float64Array = new Float64Array(QUANTILE_LEVELS);
  private tail: Float64Array = new Float64Array(QUANTILE_LEVELS);
  private estimate = 0;
  /** Probability of settling by `age` before conditioning. */
  private massBefore = 0;
  private age = 0;
  private fallback = false;
  /** Mean remaining days of the exponential tail. */
  private tailMean = 30;

  /** Sets the distribution for an estimate, its band's shape, and the days already elapsed unpaid. */
  set(estimate: number, shape: SettleShape, age: number): void {
    this.knots = shape.knots;
    this.tail = shape.tail;
    this.estimate = estimate;
    this.age = age;
    this.massBefore = this.errorCdf(age - estimate);
    this.fallback = 1 - this.massBefore < TAIL_MASS;
    this.tailMean = Math.max(30, age - estimate);
  }

  /** Probability that the error is at most `x` days. */
  private errorCdf(x: number): number {
    const knots = this.knots;
    if (x <= (knots[0] as number)) return 0;
    if (x >= (knots[LAST] as number)) return 1;
    let k = 1;
    while ((knots[k] as number) < x) k++;
    const low = knots[k - 1] as number;
    const high = knots[k] as number;
    const within = high > low ? (x - low) / (high - low) : 1;
    return (k - 1 + within) * STEP;
  }

  /** `E[max(0, error − t)]`, the stop-loss of the errors at `t` (unconditioned). */
  private stopLoss(t: number): number {
    const { knots, tail } = this;
    if (t >= (knots[LAST] as number)) return 0;
    if (t <= (knots[0] as number)) return (tail[0] as number) - t;
    let j = 0;
    while ((knots[j + 1] as number) <= t) j++;
    // Segments above j whole, plus the part of segment j above t (uniform: mass × (high − t)² / 2 / width).
    const low = knots[j] as number;
    const high = knots[j + 1] as number;
    return (tail[j + 1] as number) - (LAST - j - 1) * STEP * t + (STEP * (high - t) ** 2) / (2 * (high - low));
  }

  /** Probability of being settled within `days` of issue, given it was open after `age` days. */
  cdf(days: number): number {
    if (days <= this.age) return 0;
    if (this.fallback) return 1 - Math.exp(-(days - this.age) / this.tailMean);
    return (this.errorCdf(days - this.estimate) - this.massBefore) / (1 - this.massBefore);
  }

  /** Days from issue by which the invoice is settled with probability `q` (given open after `age`). */
  quantile(q: number): number {
    if (this.fallback) return q >= 1 ? Number.POSITIVE_INFINITY : this.age - this.tailMean * Math.log(1 - q);
    const target = this.massBefore + q * (1 - this.massBefore);
    const position = target / STEP;
    const k = Math.min(LAST - 1, Math.floor(position));
    const low = this.knots[k] as number;
    const high = this.knots[k + 1] as number;
    return Math.max(this.age, this.estimate + low + (high - low) * (position - k));
  }

  /**
   * Writes the median, the `low` and `high` quantiles and the expected days late past `terms` to
   * `out[0..3]`: what a prediction needs, in one call that returns nothing (a double returned from a call
   * that is not inlined is boxed, which over a million invoices is a lot of garbage).
   */
  summarize(low: number, high: number, terms: number, out: Float64Array): void {
    out[0] = this.quantile(0.5);
    out[1] = this.quantile(low);
    out[2] = this.quantile(high);
    out[3] = this.expectedDaysLate(terms);
  }

  /** Expected days late, `E[max(0, D - terms)]`, given open after `age` days. */
  expectedDaysLate(terms: number): number {
    const { age } = this;
    if (this.fallback) {
      // D = age + an exponential wait: memoryless, so past the due date the mean lateness grows by tailMean.
      if (age >= terms) return age - terms + this.tailMean;
      return this.tailMean * Math.exp(-(terms - age) / this.tailMean);
    }
    // E[max(0, D − terms); D > age] / P(D > age); when terms < age every such D is late by
    // (D − age) + (age − terms).
    const open = 1 - this.massBefore;
    const late =
      terms >= age ? this.stopLoss(terms - this.estimate) : this.stopLoss(age - this.estimate) + (age - terms) * open;
    return Math.max(0, late / open);
  }
}

/** Which band of predicted late probability `p` falls in, given the edges between bands. */
export function bandOf(edges: readonly number[], p: number): number {
  let band = 0;
  while (band < edges.length && p > (edges[band] as number)) band++;
  return band;
}
