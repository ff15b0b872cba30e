import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { describeReceived } from '../validation/parse-input';
import type { CivilDate } from './civil-date';

const DASH = 45;
const ZERO = 48;

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day number (days since 1970-01-01) of a valid year, month and day; H. Hinnant's days_from_civil. */
export function dayNumberFromParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * Reads a `YYYY-MM-DD` string into its day number, or returns `NaN` when the text is not a real date.
 * This is the allocation-free fast path used on hot loops; {@link civilDateToDayNumber} throws instead.
 *
 * @param text - Any value; only strings of the exact form `YYYY-MM-DD` are accepted.
 * @returns The day number, or `NaN`.
 * @category Dates
 * @example
 * ```ts
 * tryDayNumber('1970-01-02');
 * //=> 1
 * tryDayNumber('2025-02-30');
 * //=> NaN
 * ```
 */
export function tryDayNumber(text: unknown): number {
  if (typeof text !== 'string' || text.length !== 10) return Number.NaN;
  if (text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return Number.NaN;
  const y0 = text.charCodeAt(0) - ZERO;
  const y1 = text.charCodeAt(1) - ZERO;
  const y2 = text.charCodeAt(2) - ZERO;
  const y3 = text.charCodeAt(3) - ZERO;
  const m0 = text.charCodeAt(5) - ZERO;
  const m1 = text.charCodeAt(6) - ZERO;
  const d0 = text.charCodeAt(8) - ZERO;
  const d1 = text.charCodeAt(9) - ZERO;
  // Unsigned comparison: a character below '0' wraps to a huge number, so one test per digit.
  if (
    y0 >>> 0 > 9 ||
    y1 >>> 0 > 9 ||
    y2 >>> 0 > 9 ||
    y3 >>> 0 > 9 ||
    m0 >>> 0 > 9 ||
    m1 >>> 0 > 9 ||
    d0 >>> 0 > 9 ||
    d1 >>> 0 > 9
  ) {
    return Number.NaN;
  }
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1) return Number.NaN;
  const offset = (year - TABLE_FIRST_YEAR) * 12 + month - 1;
  if (offset >= 0 && offset < MONTH_TABLE_SIZE) {
    return day <= (monthLengths[offset] as number) ? (monthStarts[offset] as number) + day - 1 : Number.NaN;
  }
  if (year < 1 || day > daysInMonth(year, month)) return Number.NaN;
  return dayNumberFromParts(year, month, day);
}

/** Years covered by the month table behind {@link tryDayNumber}; dates outside use the formula. */
const TABLE_FIRST_YEAR = 1900;
const MONTH_TABLE_SIZE = 300 * 12;
const monthStarts = new Int32Array(MONTH_TABLE_SIZE);
const monthLengths = new Uint8Array(MONTH_TABLE_SIZE);
for (let offset = 0; offset < MONTH_TABLE_SIZE; offset++) {
  const year = TABLE_FIRST_YEAR + Math.floor(offset / 12);
  const month = (offset % 12) + 1;
  monthStarts[offset] = dayNumberFromParts(year, month, 1);
  monthLengths[offset] = daysInMonth(year, month);
}

/**
 * Converts a civil date to its day number: the count of days since 1970-01-01 (negative before it).
 * Day numbers make date arithmetic exact and fast, with no time zone involved.
 *
 * @param date - A civil date `YYYY-MM-DD`.
 * @param path - Where the value came from, used in the error message. Default: `date`.
 * @returns The day number.
 * @throws {@link InvalidArgumentError} when `date` is not a real `YYYY-MM-DD` date.
 * @category Dates
 * @example
 * ```ts
 * civilDateToDayNumber('2025-12-31');
 * //=> 20453
 * ```
 */
export function civilDateToDayNumber(date: CivilDate, path = 'date'): number {
  const dayNumber = tryDayNumber(date);
  if (Number.isNaN(dayNumber)) throw new InvalidArgumentError(describeBadDate(date), path);
  return dayNumber;
}

/**
 * Converts a day number (days since 1970-01-01) back to a civil date `YYYY-MM-DD`.
 *
 * @param dayNumber - An integer day number.
 * @returns The civil date.
 * @throws {@link InvalidArgumentError} when the day number is not an integer or falls outside years 1-9999.
 * @category Dates
 * @example
 * ```ts
 * dayNumberToCivilDate(20453);
 * //=> '2025-12-31'
 * ```
 */
export function dayNumberToCivilDate(dayNumber: number): CivilDate {
  if (!Number.isInteger(dayNumber) || dayNumber < -719162 || dayNumber > 2932896) {
    throw new InvalidArgumentError(
      `expected an integer day number for a year 1-9999, got ${describeReceived(dayNumber)}`,
      'dayNumber',
    );
  }
  const cached = dayNumber - TABLE_FIRST_DAY;
  if (cached >= 0 && cached < TABLE_DAYS) {
    // Dates of the table's years are written once and shared: a nightly run labels the same few hundred
    // days over and over.
    const label = labels[cached];
    if (label !== undefined) return label;
    const written = formatDayNumber(dayNumber);
    labels[cached] = written;
    return written;
  }
  return formatDayNumber(dayNumber);
}

const TABLE_FIRST_DAY = monthStarts[0] as number;
const TABLE_DAYS = (monthStarts[MONTH_TABLE_SIZE - 1] as number) + 31 - TABLE_FIRST_DAY;
const labels: (CivilDate | undefined)[] = new Array(TABLE_DAYS);

function formatDayNumber(dayNumber: number): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** The message for a value that is not a civil date. */
export function describeBadDate(value: unknown): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return `expected a real calendar date YYYY-MM-DD, got "${value}" (no such day)`;
  }
  return `expected YYYY-MM-DD, got ${typeof value === 'string' ? `"${value}"` : describeValue(value)}`;
}

function describeValue(value: unknown): string {
  if (value instanceof Date)
    return `a Date (${Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString()}); pass the civil date as "YYYY-MM-DD"`;
  if (value === null) return 'null';
  if (value === undefined) return 'nothing (the field is missing)';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}
