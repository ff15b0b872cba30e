import type { CivilDate } from '@overdue/core';
import { civilDateToDayNumber, dayNumberToCivilDate, InvalidArgumentError } from '@overdue/core';
import { DAY_MS, MINUTE_MS, weekdayOfDayNumber } from '../_lib/civil-day';
import { received } from '../_lib/received';
import { zoneClockOrNull } from '../_lib/zone-clock';

/**
 * A wall-clock time in a time zone, as {@link TimeZoneClock.localTime} reads it.
 *
 * @category Local time
 * @example
 * ```ts
 * const time: LocalTime = { date: '2026-03-29', hour: 2, minute: 30, weekday: 0 };
 * ```
 */
export interface LocalTime {
  /** The local civil date. */
  date: CivilDate;
  /** The local hour, 0 to 23. */
  hour: number;
  /** The local minute, 0 to 59. */
  minute: number;
  /** The local day of the week, 0 = Sunday to 6 = Saturday. */
  weekday: number;
}

/**
 * Local time in one IANA time zone, exact to the minute across daylight-saving changes and in zones
 * whose offset is not a whole number of hours (India, Nepal, Newfoundland, Lord Howe). Made by
 * {@link createTimeZoneClock}; the offsets it reads from `Intl` are cached per UTC day, so keep one
 * clock per zone and ask it many times.
 *
 * @category Local time
 * @example
 * ```ts
 * const clock: TimeZoneClock = createTimeZoneClock('Asia/Kolkata');
 * clock.localTime(new Date('2026-06-01T03:40:00Z')).hour;
 * //=> 9
 * ```
 */
export interface TimeZoneClock {
  /** The zone, as given. */
  readonly timeZone: string;
  /**
   * The zone's offset from UTC at an instant, in minutes (local = UTC + offset).
   *
   * @param at - The instant.
   * @returns The offset in minutes, for example 60 for London in summer, 330 for India.
   * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} at `at` when it is not a valid Date.
   */
  offsetMinutes(at: Date): number;
  /**
   * The local date, hour, minute and weekday at an instant.
   *
   * @param at - The instant.
   * @returns The wall-clock time there.
   * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} at `at` when it is not a valid Date.
   */
  localTime(at: Date): LocalTime;
  /**
   * The instant of a local date and time. A time that does not exist (the clocks jump forward over it)
   * gives the instant the clocks change; a time that happens twice (the clocks go back) gives the first.
   *
   * @param date - The local civil date.
   * @param hour - The local hour, an integer from 0 to 23.
   * @param minute - The local minute, an integer from 0 to 59. Default 0.
   * @returns The instant.
   * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} at `date`, `hour` or `minute`.
   */
  instantAt(date: CivilDate, hour: number, minute?: number): Date;
}

function instantMs(at: Date): number {
  const ms = at instanceof Date ? at.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new InvalidArgumentError(`expected a valid Date, got ${received(at)}`, 'at');
  return ms;
}

function checkPart(value: number, max: number, path: string): void {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new InvalidArgumentError(`expected an integer from 0 to ${max}, got ${received(value)}`, path);
  }
}

/**
 * Makes the clock of an IANA time zone: local time at an instant and the instant of a local time, both
 * exact across daylight-saving changes. The contact rules use the same clock; hosts and the simulator use
 * this one for send hours and for reading when payers act, instead of approximating with whole-hour
 * offsets. It reads the zone database of the runtime (`Intl`), and no clock of its own.
 *
 * @param timeZone - An IANA zone name such as `Europe/Paris` (not a fixed offset such as `+02:00`).
 * @returns The clock.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} at `timeZone` when the runtime
 * does not know the zone.
 * @category Local time
 * @example
 * ```ts
 * const newYork = createTimeZoneClock('America/New_York');
 * newYork.instantAt('2026-03-08', 2, 30).toISOString();
 * //=> '2026-03-08T07:00:00.000Z' (02:30 does not exist that night: the instant the clocks change)
 * newYork.localTime(new Date('2026-11-01T06:30:00Z'));
 * //=> { date: '2026-11-01', hour: 1, minute: 30, weekday: 0 }
 * ```
 */
export function createTimeZoneClock(timeZone: string): TimeZoneClock {
  const clock = zoneClockOrNull(timeZone);
  if (clock === null) {
    throw new InvalidArgumentError(
      `expected an IANA time zone such as "Europe/Paris", got ${received(timeZone)}`,
      'timeZone',
    );
  }
  return {
    timeZone,
    offsetMinutes(at) {
      return clock.offsetAt(instantMs(at)) / MINUTE_MS;
    },
    localTime(at) {
      const ms = instantMs(at);
      const wall = ms + clock.offsetAt(ms);
      const dayNumber = Math.floor(wall / DAY_MS);
      const minuteOfDay = Math.floor((wall - dayNumber * DAY_MS) / MINUTE_MS);
      return {
        date: dayNumberToCivilDate(dayNumber),
        hour: Math.floor(minuteOfDay / 60),
        minute: minuteOfDay % 60,
        weekday: weekdayOfDayNumber(dayNumber),
      };
    },
    instantAt(date, hour, minute = 0) {
      const dayNumber = civilDateToDayNumber(date, 'date');
      checkPart(hour, 23, 'hour');
      checkPart(minute, 59, 'minute');
      return new Date(clock.instantOf(dayNumber * DAY_MS + hour * 3_600_000 + minute * MINUTE_MS));
    },
  };
}
