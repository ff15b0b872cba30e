/** Milliseconds in a civil day. */
export const DAY_MS = 86_400_000;

/** Milliseconds in a minute. */
export const MINUTE_MS = 60_000;

/**
 * The year, month (1-12) and day of a day number (days since 1970-01-01), proleptic Gregorian.
 * Howard Hinnant's `civil_from_days` (http://howardhinnant.github.io/date_algorithms.html).
 */
export function civilFromDayNumber(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  return { year: era * 400 + yearOfEra + (month <= 2 ? 1 : 0), month, day };
}

/** The year of a day number. */
export function yearOfDayNumber(dayNumber: number): number {
  return civilFromDayNumber(dayNumber).year;
}

const pad2 = (value: number) => (value < 10 ? `0${value}` : String(value));

/** `YYYY-MM-DD` of a day number (years 0-9999). */
export function formatDayNumber(dayNumber: number): string {
  const { year, month, day } = civilFromDayNumber(dayNumber);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** `HH:MM` of a minute of the day (0-1440). */
export function formatMinuteOfDay(minute: number): string {
  return `${pad2(Math.floor(minute / 60))}:${pad2(minute % 60)}`;
}

/** Day of the week of a day number, 0 = Sunday to 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** English name of a weekday number, 0 = Sunday. */
export function weekdayName(weekday: number): string {
  return weekdayNames[weekday] ?? String(weekday);
}
