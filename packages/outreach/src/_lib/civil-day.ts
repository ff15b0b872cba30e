/** Milliseconds in a civil day. */
export const DAY_MS = 86_400_000;

/** Milliseconds in a minute. */
export const MINUTE_MS = 60_000;

const pad2 = (value: number) => (value < 10 ? `0${value}` : String(value));

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
