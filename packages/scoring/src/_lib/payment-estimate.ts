import { bandOf, SettleDistribution, type SettleShape, settleShapes } from './settle-distribution';

/** The figures of one invoice's prediction, in days; `*Day` fields are day numbers. */
export interface PaymentEstimate {
  probabilityLate: number;
  daysToSettle: number;
  daysLate: number;
  expectedDay: number;
  fromDay: number;
  toDay: number;
}

/**
 * Turns the two model outputs of an invoice (late probability, days to settle) into its prediction as of a
 * day: the settle distribution of its probability band, conditioned on the invoice being open at the end of
 * `asOf`, gives the median, the interval and the expected days late.
 */
export class PaymentEstimator {
  private readonly distribution = new SettleDistribution();
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
    const median = distribution.quantile(0.5);
    out.probabilityLate = age > terms ? 1 : p;
    out.daysToSettle = median;
    out.daysLate = distribution.expectedDaysLate(terms);
    out.expectedDay = Math.max(earliest, issueDay + Math.round(median));
    out.fromDay = Math.max(earliest, issueDay + Math.floor(distribution.quantile(this.low)));
    out.toDay = Math.max(earliest, issueDay + Math.ceil(distribution.quantile(this.high)));
  }
}

/** A zeroed {@link PaymentEstimate} to fill. */
export function emptyEstimate(): PaymentEstimate {
  return { probabilityLate: 0, daysToSettle: 0, daysLate: 0, expectedDay: 0, fromDay: 0, toDay: 0 };
}
