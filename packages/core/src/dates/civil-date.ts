import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { describeBadDate, tryDayNumber } from './day-number';

/**
 * A civil (calendar) date `YYYY-MM-DD` with no time zone: the form of every accounting date (issue, due,
 * paid). Two civil dates compare correctly as strings.
 *
 * @category Dates
 * @example
 * ```ts
 * const due: CivilDate = '2026-01-31';
 * ```
 */
export type CivilDate = string;

/**
 * Tells whether a value is a real calendar date written `YYYY-MM-DD`.
 *
 * @param value - Any value.
 * @returns `true` for strings such as `2024-02-29`, `false` for `2025-02-29`, `31/12/2025` or non-strings.
 * @category Dates
 * @example
 * ```ts
 * isCivilDate('2024-02-29');
 * //=> true
 * isCivilDate('2025-02-29');
 * //=> false
 * ```
 */
export function isCivilDate(value: unknown): value is CivilDate {
  return !Number.isNaN(tryDayNumber(value));
}

/**
 * Checks that a value is a civil date `YYYY-MM-DD` and returns it. Nothing is guessed: `31/12/2025`,
 * `2025-2-3`, `2025-02-30` and `Date` objects are all rejected with a message naming the path.
 *
 * @param value - The value to check.
 * @param path - Where the value came from, used in the error. Default: `date`.
 * @returns The same string, typed as {@link CivilDate}.
 * @throws {@link InvalidArgumentError} for anything but a real `YYYY-MM-DD` date.
 * @category Dates
 * @example
 * ```ts
 * parseCivilDate('2025-12-31');
 * //=> '2025-12-31'
 * parseCivilDate('31/12/2025', 'invoices[3].dueDate');
 * // throws: invoices[3].dueDate: expected YYYY-MM-DD, got "31/12/2025"
 * ```
 */
export function parseCivilDate(value: unknown, path = 'date'): CivilDate {
  if (!isCivilDate(value)) throw new InvalidArgumentError(describeBadDate(value), path);
  return value;
}
