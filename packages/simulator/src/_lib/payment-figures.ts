import type { DaysLateQuantiles } from '../portfolio/calibration-targets';

/** Invoices as day numbers, in parallel arrays: the customer (any integer key), issue, due and paid day (-1: open). */
export interface PaymentDays {
  readonly customer: ArrayLike<number>;
  readonly issueDay: ArrayLike<number>;
  readonly dueDay: ArrayLike<number>;
  readonly paidDay: ArrayLike<number>;
}

/** The figures of {@link paymentFigures}, before rounding; `customerAverages` sorted. */
export interface PaymentFigures {
  invoices: number;
  stillOpen: number;
  /** Each measured customer's mean days from issue to payment, ascending. */
  customerAverages: number[];
  late: number;
  /** Days late of the late invoices, ascending. */
  daysLate: number[];
  /** Days before the due date of the invoices paid on time (0 on the due date), ascending. */
  daysEarly: number[];
}

/**
 * How the invoices due at least `settleDays` before `lastDay` were paid; one still open is counted as paid
 * on `lastDay` (a lower bound on its delay). Shared by the simulation's and the ledger's measures, so both
 * read the same way.
 */
export function paymentFigures(days: PaymentDays, lastDay: number, settleDays: number): PaymentFigures {
  const sums = new Map<number, { days: number; count: number }>();
  const daysLate: number[] = [];
  const daysEarly: number[] = [];
  let invoices = 0;
  let stillOpen = 0;
  let late = 0;
  for (let index = 0; index < days.issueDay.length; index++) {
    const due = days.dueDay[index] as number;
    if (due > lastDay - settleDays) continue;
    invoices++;
    let paid = days.paidDay[index] as number;
    if (paid < 0) {
      stillOpen++;
      paid = lastDay;
    }
    const customer = days.customer[index] as number;
    const entry = sums.get(customer);
    if (entry === undefined) sums.set(customer, { days: paid - (days.issueDay[index] as number), count: 1 });
    else {
      entry.days += paid - (days.issueDay[index] as number);
      entry.count++;
    }
    if (paid > due) {
      late++;
      daysLate.push(paid - due);
    } else daysEarly.push(due - paid);
  }
  const customerAverages = [...sums.values()].map((entry) => entry.days / entry.count).sort((a, b) => a - b);
  daysLate.sort((a, b) => a - b);
  daysEarly.sort((a, b) => a - b);
  return { invoices, stillOpen, customerAverages, late, daysLate, daysEarly };
}

/** The median of ascending numbers (the mean of the middle two for an even count); 0 when empty. */
export function medianOfSorted(sorted: readonly number[]): number {
  if (sorted.length === 0) return 0;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The nearest-rank quantile of ascending numbers; 0 when empty. */
export function nearestRank(sorted: readonly number[], quantile: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(quantile * sorted.length) - 1))] as number;
}

/** Quartiles and 90th percentile (nearest rank) of ascending days (late or early). */
export function quantilesOf(daysLate: readonly number[]): DaysLateQuantiles {
  return {
    q1: nearestRank(daysLate, 0.25),
    median: nearestRank(daysLate, 0.5),
    q3: nearestRank(daysLate, 0.75),
    p90: nearestRank(daysLate, 0.9),
  };
}
