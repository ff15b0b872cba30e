/** Residual quantiles are stored at 0, 0.05, ..., 1. */
export const QUANTILE_LEVELS = 21;
const STEP = 1 / (QUANTILE_LEVELS - 1);
/** Below this chance of still being open, the knots give way to the exponential tail. */
const TAIL_MASS = 0.05;

/**
 * The distribution of days from issue to settlement of one invoice: the model's estimate plus the
 * out-of-sample errors, as 21 knots with 5% of the probability between neighbours (uniform in between),
 * conditioned on the invoice still being open after `age` days. Once an invoice is open beyond the 95th
 * percentile, the knots say little: the time still to wait is then taken as exponential (memoryless) with
 * a mean of the days it is already overdue beyond the estimate, at least 30, so the longer an invoice has
 * outlived its expected date, the slower it is expected to come in.
 */
export class SettleDistribution {
  /** Knots in days from issue, ascending. */
  readonly knots = new Float64Array(QUANTILE_LEVELS);
  /** Probability of settling by `age` before conditioning. */
  private massBefore = 0;
  private age = 0;
  private fallback = false;
  /** Mean remaining days of the exponential tail. */
  private tailMean = 30;

  /** Sets the distribution for an estimate, its residual quantiles, and the days already elapsed unpaid. */
  set(estimate: number, residualQuantiles: readonly number[], age: number): void {
    for (let k = 0; k < QUANTILE_LEVELS; k++) this.knots[k] = estimate + (residualQuantiles[k] as number);
    for (let k = 1; k < QUANTILE_LEVELS; k++) {
      if ((this.knots[k] as number) < (this.knots[k - 1] as number)) this.knots[k] = this.knots[k - 1] as number;
    }
    this.age = age;
    this.massBefore = this.rawCdf(age);
    this.fallback = 1 - this.massBefore < TAIL_MASS;
    this.tailMean = Math.max(30, age - estimate);
  }

  private rawCdf(days: number): number {
    const knots = this.knots;
    if (days <= (knots[0] as number)) return 0;
    if (days >= (knots[QUANTILE_LEVELS - 1] as number)) return 1;
    let k = 1;
    while ((knots[k] as number) < days) k++;
    const low = knots[k - 1] as number;
    const high = knots[k] as number;
    const within = high > low ? (days - low) / (high - low) : 1;
    return (k - 1 + within) * STEP;
  }

  /** Probability of being settled within `days` of issue, given it was open after `age` days. */
  cdf(days: number): number {
    if (days <= this.age) return 0;
    if (this.fallback) return 1 - Math.exp(-(days - this.age) / this.tailMean);
    return (this.rawCdf(days) - this.massBefore) / (1 - this.massBefore);
  }

  /** Days from issue by which the invoice is settled with probability `q` (given open after `age`). */
  quantile(q: number): number {
    if (this.fallback) return q >= 1 ? Number.POSITIVE_INFINITY : this.age - this.tailMean * Math.log(1 - q);
    const target = this.massBefore + q * (1 - this.massBefore);
    const position = target / STEP;
    const k = Math.min(QUANTILE_LEVELS - 2, Math.floor(position));
    const low = this.knots[k] as number;
    const high = this.knots[k + 1] as number;
    return Math.max(this.age, low + (high - low) * (position - k));
  }

  /** Expected days late, `E[max(0, D - terms)]`, given open after `age` days. */
  expectedDaysLate(terms: number): number {
    if (this.fallback) {
      // D = age + an exponential wait: memoryless, so past the due date the mean lateness grows by tailMean.
      if (this.age >= terms) return this.age - terms + this.tailMean;
      return this.tailMean * Math.exp(-(terms - this.age) / this.tailMean);
    }
    let total = 0;
    const scale = 1 / (1 - this.massBefore);
    for (let k = 0; k < QUANTILE_LEVELS - 1; k++) {
      let low = this.knots[k] as number;
      const high = this.knots[k + 1] as number;
      if (high <= this.age) continue;
      let mass = STEP;
      if (low < this.age) {
        mass = high > low ? (STEP * (high - this.age)) / (high - low) : 0;
        low = this.age;
      }
      if (high <= terms) continue;
      // Mean of max(0, x - terms) for x uniform on [low, high], times the mass of the segment.
      const mean = low >= terms ? (low + high) / 2 - terms : high > low ? (high - terms) ** 2 / (2 * (high - low)) : 0;
      total += mass * mean;
    }
    return total * scale;
  }
}

/** Which band of predicted late probability `p` falls in, given the edges between bands. */
export function bandOf(edges: readonly number[], p: number): number {
  let band = 0;
  while (band < edges.length && p > (edges[band] as number)) band++;
  return band;
}
