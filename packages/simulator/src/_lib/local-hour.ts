import { dayNumberToCivilDate } from '@overdue/core';
import type { TimeZoneClock } from '@overdue/outreach';
import { createTimeZoneClock } from '@overdue/outreach';

// One clock per zone for the whole process: a clock caches the offsets it reads, and its answers do not
// depend on who asks.
const clocks = new Map<string, TimeZoneClock>();

function clockOf(timeZone: string): TimeZoneClock {
  let clock = clocks.get(timeZone);
  if (clock === undefined) {
    clock = createTimeZoneClock(timeZone);
    clocks.set(timeZone, clock);
  }
  return clock;
}

/**
 * The hour (0-23) of an instant in an IANA time zone, exact across daylight-saving changes and in zones
 * whose offset is not a whole number of hours (outreach's `createTimeZoneClock`).
 */
export function localHourOf(timeZone: string, at: Date): number {
  const minutes = Math.floor(at.getTime() / 60_000) + clockOf(timeZone).offsetMinutes(at);
  return ((Math.floor(minutes / 60) % 24) + 24) % 24;
}

const instants = new Map<string, Map<number, number>>();

/**
 * The instant of a local hour on a civil day (a day number) in an IANA time zone, cached; an hour the
 * clocks skip gives the instant they change.
 */
export function instantAtLocalHour(timeZone: string, dayNumber: number, hour: number): Date {
  let zone = instants.get(timeZone);
  if (zone === undefined) {
    zone = new Map();
    instants.set(timeZone, zone);
  }
  const key = dayNumber * 24 + hour;
  const cached = zone.get(key);
  if (cached !== undefined) return new Date(cached);
  const instant = clockOf(timeZone).instantAt(dayNumberToCivilDate(dayNumber), hour);
  if (zone.size > 100_000) zone.clear();
  zone.set(key, instant.getTime());
  return instant;
}
