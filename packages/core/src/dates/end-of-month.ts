import type { CivilDate } from './civil-date';
import { civilDateToDayNumber, daysInMonth } from './day-number';

/**
 * The last day of the month a civil date falls in.
 *
 * @param date - Any date in the month.
 * @returns The month end.
 * @throws {@link InvalidArgumentError} when `date` is not a real `YYYY-MM-DD` date.
 * @category Dates
 * @example
 * ```ts
 * endOfMonth('2024-02-10');
 * //=> '2024-02-29'
 * ```
 */
export function endOfMonth(date: CivilDate): CivilDate {
  civilDateToDayNumber(date);
  const last = daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
  return `${date.slice(0, 8)}${String(last)}`;
}

/**
 * Tells whether a civil date is the last day of its month.
 *
 * @param date - The date.
 * @returns `true` for month ends.
 * @throws {@link InvalidArgumentError} when `date` is not a real `YYYY-MM-DD` date.
 * @category Dates
 * @example
 * ```ts
 * isEndOfMonth('2025-02-28');
 * //=> true
 * ```
 */
export function isEndOfMonth(date: CivilDate): boolean {
  return endOfMonth(date) === date;
}
