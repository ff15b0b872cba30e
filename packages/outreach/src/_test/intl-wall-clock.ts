/**
 * Local wall time at an instant as Intl writes it: the independent reference the zone arithmetic of the
 * contact rules and of `createTimeZoneClock` is tested against (never the code under test).
 */
export interface IntlWallClock {
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:MM`, 24-hour. */
  time: string;
  hour: number;
  minute: number;
  /** `Sun` to `Sat`. */
  weekdayName: string;
  /** 0 (Sunday) to 6 (Saturday). */
  weekday: number;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const formats = new Map<string, Intl.DateTimeFormat>();

export function intlWallClock(timeZone: string, at: Date | number): IntlWallClock {
  let format = formats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formats.set(timeZone, format);
  }
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(at)) parts[part.type] = part.value;
  const weekdayName = parts.weekday as string;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    weekdayName,
    weekday: WEEKDAYS.indexOf(weekdayName),
  };
}
