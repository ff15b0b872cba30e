import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { describeReceived } from '../validation/parse-input';
import type { CivilDate } from './civil-date';
import { civilDateToDayNumber, dayNumberFromParts, dayNumberToCivilDate, daysInMonth } from './day-number';

/**
 * Adds calendar months to a civil date, clamping to the last day of a shorter month (as accounting terms
 * do: one month after 31 January is 28 or 29 February).
 *
 * @param date - The start date.
 * @param months - Months to add; negative to go back.
 * @returns The new civil date.
 * @throws {@link InvalidArgumentError} when `date` is not a real date or `months` is not an integer.
 * @category Dates
 * @example
 * ```ts
 * addMonths('2025-01-31', 1);
 * //=> '2025-02-28'
 * ```
 */
export function addMonths(date: CivilDate, months: number): CivilDate {
  if (!Number.isInteger(months))
    throw new InvalidArgumentError(`expected an integer, got ${describeReceived(months)}`, 'months');
  civilDateToDayNumber(date);
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return dayNumberToCivilDate(dayNumberFromParts(year, month, day));
}
