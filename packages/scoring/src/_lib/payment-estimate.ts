import { bandOf, SettleDistribution, type SettleShape, settleShapes } from './settle-distribution';

/**
 * The figures of one invoice's prediction, in days, at the indexes below; `*_DAY` ones are day numbers. A
 * typed array rather than an object, so that filling it a million times allocates nothing.
 */
export type PaymentEstimate = Float64Array;
export const PROBABILITY_LATE = 0;
export const DAYS_TO_SETTLE = 1;
export const DAYS_LATE = 2;
export const EXPECTED_DAY = 3;
export const FROM_DAY = 4;
export const TO_DAY = 5;

/**
 * Turns the two model outputs of an invoice (late probability, days to settle) into its prediction as of a
 * day: the settle distribution of its probability band, conditioned on the invoice being open at the end of
 * `asOf`, gives the median, the interval and the expected days late.
 */
export class PaymentEstimator {
  private readonly distribution = new SettleDistribution();
  private readonly summary = new Float64Array(4);
  private readonly bandEdges: readonly number[];
  private readonly shapes: readonly SettleShape[];
  private readonly asOf: number;
  private readonly low: number;
  private readonly high: number;

  constructor(
    residuals: { bandEdges: readonly number[]; quantiles: readonly (readonly number[])[] },
    asOf: number,
    level: number,
  ) {
    this.bandEdges = residuals.bandEdges;
    this.shapes = settleShapes(residuals.quantiles);
    this.asOf = asOf;
    this.low = (1 - level) / 2;
    this.high = (1 + level) / 2;
  }

  /** Fills `out` for an invoice issued on `issueDay`, due on `dueDay`, with model outputs `p` and `days`. */
  estimate(p: number, days: number, issueDay: number, dueDay: number, out: PaymentEstimate): void {
    const { distribution, asOf } = this;
    const age = asOf - issueDay;
    distribution.set(days, this.shapes[bandOf(this.bandEdges, p)] as SettleShape, age);
    const terms = dueDay - issueDay;
    // Open at the end of asOf: it can be paid the day after at the earliest (and not before its issue).
    const earliest = Math.max(issueDay, asOf + 1);
    const summary = this.summary;
    distribution.summarize(this.low, this.high, terms, summary);
    const median = summary[0] as number;
    out[PROBABILITY_LATE] = age > terms ? 1 : p;
    out[DAYS_TO_SETTLE] = median;
    out[DAYS_LATE] = summary[3] as number;
    out[EXPECTED_DAY] = Math.max(earliest, issueDay + Math.round(median));
    out[FROM_DAY] = Math.max(earliest, issueDay + Math.floor(summary[1] as number));
    out[TO_DAY] = Math.max(earliest, issueDay + Math.ceil(summary[2] as number));
  }
}

/** A zeroed {@link PaymentEstimate} to fill. */
export function emptyEstimate(): PaymentEstimate {
  return new Float64Array(6);
}
