import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { assertKnownFields } from '../validation/known-fields';
import { describeReceived } from '../validation/parse-input';
import type { CivilDate } from './civil-date';
import { civilDateToDayNumber, dayNumberToCivilDate } from './day-number';

/**
 * Options of {@link isBusinessDay} and {@link addBusinessDays}.
 *
 * @category Dates
 * @example
 * ```ts
 * const options: BusinessDayOptions = { weekend: [5, 6], holidays: ['2026-11-29'] };
 * addBusinessDays('2026-11-26', 1, options); // a Thursday; Friday and Saturday are the weekend
 * //=> '2026-11-30'
 * ```
 */
export interface BusinessDayOptions {
  /** Days of the week that are not worked, 0 = Sunday to 6 = Saturday. Default: `[0, 6]`. */
  weekend?: readonly number[];
  /** Public holidays and other closed days. Default: none. */
  holidays?: Iterable<CivilDate>;
}

// `satisfies` keeps the list of fields in step with the interface.
const BUSINESS_DAY_FIELDS = Object.keys({ weekend: true, holidays: true } satisfies Record<
  keyof BusinessDayOptions,
  true
>);

/**
 * The day of the week of a civil date, 0 = Sunday to 6 = Saturday.
 *
 * @param date - The date.
 * @returns 0-6.
 * @throws {@link InvalidArgumentError} when `date` is not a real `YYYY-MM-DD` date.
 * @category Dates
 * @example
 * ```ts
 * dayOfWeek('2026-11-23');
 * //=> 1
 * ```
 */
export function dayOfWeek(date: CivilDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((civilDateToDayNumber(date) + 4) % 7) + 7) % 7;
}

/**
 * Tells whether a civil date is a business day: not a weekend day and not a listed holiday.
 *
 * @param date - The date.
 * @param options - Weekend days and holidays.
 * @returns `true` on business days.
 * @throws {@link InvalidArgumentError} when `date` is not a real `YYYY-MM-DD` date.
 * @category Dates
 * @example
 * ```ts
 * isBusinessDay('2025-12-25', { holidays: ['2025-12-25'] });
 * //=> false
 * ```
 */
export function isBusinessDay(date: CivilDate, options: BusinessDayOptions = {}): boolean {
  assertKnownFields(options, BUSINESS_DAY_FIELDS, 'options');
  const weekend = options.weekend ?? [0, 6];
  if (weekend.includes(dayOfWeek(date))) return false;
  for (const holiday of options.holidays ?? []) if (holiday === date) return false;
  return true;
}

/**
 * Moves a civil date by a number of business days, skipping weekends and holidays. With `days` = 0 it
 * returns the date itself when it is a business day, else the next business day.
 *
 * @param date - The start date.
 * @param days - Business days to add; negative to go back.
 * @param options - Weekend days and holidays.
 * @returns The resulting business day.
 * @throws {@link InvalidArgumentError} when `date` is not a real date, `days` is not an integer or the
 * weekend covers the whole week.
 * @category Dates
 * @example
 * ```ts
 * addBusinessDays('2026-11-27', 1); // a Friday
 * //=> '2026-11-30'
 * ```
 */
export function addBusinessDays(date: CivilDate, days: number, options: BusinessDayOptions = {}): CivilDate {
  if (!Number.isInteger(days))
    throw new InvalidArgumentError(`expected an integer, got ${describeReceived(days)}`, 'days');
  assertKnownFields(options, BUSINESS_DAY_FIELDS, 'options');
  const weekend = new Set(options.weekend ?? [0, 6]);
  if ([0, 1, 2, 3, 4, 5, 6].every((day) => weekend.has(day)))
    throw new InvalidArgumentError('the weekend covers every day of the week', 'options.weekend');
  const holidays = new Set(options.holidays ?? []);
  const isOpen = (dayNumber: number) =>
    !weekend.has((((dayNumber + 4) % 7) + 7) % 7) && !holidays.has(dayNumberToCivilDate(dayNumber));
  let current = civilDateToDayNumber(date);
  const step = days < 0 ? -1 : 1;
  let remaining = Math.abs(days);
  if (remaining === 0) {
    while (!isOpen(current)) current += 1;
    return dayNumberToCivilDate(current);
  }
  while (remaining > 0) {
    current += step;
    if (isOpen(current)) remaining -= 1;
  }
  return dayNumberToCivilDate(current);
}
