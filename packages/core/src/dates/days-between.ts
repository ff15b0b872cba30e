import type { CivilDate } from './civil-date';
import { civilDateToDayNumber } from './day-number';

/**
 * The number of days from one civil date to another (`to - from`), negative when `to` is earlier.
 *
 * @param from - The start date.
 * @param to - The end date.
 * @returns Whole days; `daysBetween('2026-01-30', '2026-03-01')` is 30.
 * @throws {@link InvalidArgumentError} when either argument is not a real `YYYY-MM-DD` date.
 * @category Dates
 * @example
 * ```ts
 * daysBetween('2025-12-31', '2026-01-31');
 * //=> 31
 * ```
 */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  return civilDateToDayNumber(to, 'to') - civilDateToDayNumber(from, 'from');
}
