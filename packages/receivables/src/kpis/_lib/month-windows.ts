import type { CivilDate } from '@overdue/core';
import { addMonths, endOfMonth, isEndOfMonth, tryDayNumber } from '@overdue/core';
import type { KpiNumber } from './kpi-decimal';
import { KpiDecimal } from './kpi-decimal';

/**
 * Month boundaries stepping back from `to`: entry 0 is `to`'s day number and entry `k` the day number of
 * `to` minus `k` calendar months, so month window `k` (1-based) is the days after entry `k` up to entry
 * `k - 1`. When `to` is a month end every boundary is a month end (the windows are calendar months);
 * otherwise the day of the month is kept, clamped to shorter months. Stops early rather than step before
 * year 1, so the array may be shorter than `count + 1`.
 */
export function monthBoundaries(to: CivilDate, count: number): number[] {
  const boundaries = [tryDayNumber(to)];
  const monthEnd = isEndOfMonth(to);
  const monthIndex = Number(to.slice(0, 4)) * 12 + Number(to.slice(5, 7)) - 1;
  for (let back = 1; back <= count && monthIndex - back >= 12; back++) {
    const date = addMonths(to, -back);
    boundaries.push(tryDayNumber(monthEnd ? endOfMonth(date) : date));
  }
  return boundaries;
}

/**
 * The length of `[from, to]` in months, counted back from `to` with {@link monthBoundaries}: whole month
 * windows count 1 and the earliest, partial one the share of its days inside the period. January to March
 * is 3; 15 January to 14 February is 1; 10 January to 14 February is 1 + 5/31.
 */
export function monthsInPeriod(from: CivilDate, to: CivilDate): KpiNumber {
  const fromDay = tryDayNumber(from);
  let previous = tryDayNumber(to);
  const monthEnd = isEndOfMonth(to);
  const monthIndex = Number(to.slice(0, 4)) * 12 + Number(to.slice(5, 7)) - 1;
  for (let back = 1; ; back++) {
    const date = monthIndex - back >= 12 ? addMonths(to, -back) : undefined;
    // Before year 1 the window simply ends the day before `from`.
    const boundary = date === undefined ? fromDay - 1 : tryDayNumber(monthEnd ? endOfMonth(date) : date);
    if (boundary < fromDay) {
      return new KpiDecimal(back - 1).plus(new KpiDecimal(previous - fromDay + 1).dividedBy(previous - boundary));
    }
    previous = boundary;
  }
}
