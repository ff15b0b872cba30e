import type { CivilDate } from './civil-date';
import { civilDateToDayNumber, dayNumberToCivilDate } from './day-number';

/**
 * Adds a whole number of calendar days to a civil date.
 *
 * @param date - The start date.
 * @param days - Days to add; negative to go back.
 * @returns The new civil date.
 * @throws {@link InvalidArgumentError} when `date` is not a real date or `days` is not an integer.
 * @category Dates
 * @example
 * ```ts
 * addDays('2024-02-28', 1);
 * //=> '2024-02-29'
 * ```
 */
export function addDays(date: CivilDate, days: number): CivilDate {
  return dayNumberToCivilDate(civilDateToDayNumber(date) + days);
}
