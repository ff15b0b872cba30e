import type { KpiNumber } from './kpi-decimal';
import { KpiDecimal } from './kpi-decimal';
import type { KpiLedger } from './kpi-ledger';
import { salesBetween } from './kpi-ledger';

/** One month window of a countback: days `(fromDay - 1, toDay]` and the credit sales issued in them. */
export interface CountbackWindowSums {
  fromDay: number;
  toDay: number;
  days: number;
  salesMinor: number;
}

/** What a countback consumed. */
export interface CountbackOutcome {
  /** The countback DSO, unrounded. */
  days: KpiNumber;
  /** The windows used, latest first, with the days each contributed (all of them, or a share of the last). */
  windows: (CountbackWindowSums & { counted: KpiNumber })[];
  /** Whether the look-back ran out of windows before the receivables were exhausted. */
  exhausted: boolean;
  /** Receivables left unexplained when the look-back ran out (0 otherwise). */
  remainingMinor: number;
}

/**
 * The countback (exhaustion) method: start from an amount of receivables; while it exceeds the sales of
 * the latest remaining month window, subtract those sales and count the window's days in full; then count
 * `remaining / sales × days` of the window that exhausts it. When the windows run out first, the days
 * counted so far are a lower bound and the outcome says it was exhausted.
 *
 * @param amountMinor - The receivables to explain (zero or more).
 * @param windowAt - The `k`-th month window back (1-based), or `undefined` past the look-back.
 */
export function countbackDays(
  amountMinor: number,
  windowAt: (back: number) => CountbackWindowSums | undefined,
): CountbackOutcome {
  let remaining = amountMinor;
  let days = new KpiDecimal(0);
  const windows: CountbackOutcome['windows'] = [];
  for (let back = 1; remaining > 0; back++) {
    const window = windowAt(back);
    if (window === undefined) return { days, windows, exhausted: true, remainingMinor: remaining };
    if (remaining <= window.salesMinor) {
      const counted = new KpiDecimal(remaining).dividedBy(window.salesMinor).times(window.days);
      windows.push({ ...window, counted });
      return { days: days.plus(counted), windows, exhausted: false, remainingMinor: 0 };
    }
    remaining -= window.salesMinor;
    days = days.plus(window.days);
    windows.push({ ...window, counted: new KpiDecimal(window.days) });
  }
  return { days, windows, exhausted: false, remainingMinor: 0 };
}

/** The countback of `amountMinor` over the month windows ending at `boundaries` (see `monthBoundaries`). */
export function countbackOver(kpi: KpiLedger, amountMinor: number, boundaries: readonly number[]): CountbackOutcome {
  return countbackDays(amountMinor, (back) => {
    const end = boundaries[back - 1];
    const start = boundaries[back];
    if (end === undefined || start === undefined) return undefined;
    return { fromDay: start + 1, toDay: end, days: end - start, salesMinor: salesBetween(kpi, start + 1, end) };
  });
}
