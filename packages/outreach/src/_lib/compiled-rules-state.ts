import type { Channel } from '@overdue/core';
import { InvalidArgumentError, tryDayNumber } from '@overdue/core';
import type { LocalWindow, ResolvedContactRules } from '../contact-rules/compile-contact-rules';
import { HolidayCalendar, HolidayDirectory } from './holiday-calendar';
import type { ZoneClock } from './zone-clock';
import { zoneClockOrNull } from './zone-clock';

/** Minutes of the day of `HH:MM`. */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** A window as minutes of the day, start inclusive, end exclusive. */
export interface MinuteWindow {
  readonly start: number;
  readonly end: number;
}

/** Intersects two minute windows; `undefined` when they do not overlap. */
export function intersect(a: MinuteWindow, b: MinuteWindow | undefined): MinuteWindow | undefined {
  if (b === undefined) return a;
  const start = Math.max(a.start, b.start);
  const end = Math.min(a.end, b.end);
  return start < end ? { start, end } : undefined;
}

/** Converts a local window to minutes. */
export function toMinuteWindow(window: LocalWindow): MinuteWindow {
  return { start: minutesOf(window.start), end: minutesOf(window.end) };
}

/** Caches of one compiled rule set: zone clocks, holiday calendars, channel hours in minutes. */
export class CompiledRulesState {
  /** Hours per channel in minutes, already intersected with the rules' window and slot. */
  readonly hours: Readonly<Record<Channel, MinuteWindow | undefined>>;
  /** `true` per weekday (0 = Sunday) that is a weekend day, when only business days count. */
  readonly weekendMask: readonly boolean[];
  /** Day numbers of the sender's own closed days. */
  readonly closedDays: ReadonlySet<number>;
  readonly #zones = new Map<string, ZoneClock | null>();
  readonly #calendars = new Map<string, HolidayCalendar>();
  readonly #directory = new HolidayDirectory();
  readonly #checkedPlaces = new Set<string>();

  constructor(rules: ResolvedContactRules, slotWindow: LocalWindow | undefined) {
    const extra = rules.window === undefined ? undefined : toMinuteWindow(rules.window);
    const slot = slotWindow === undefined ? undefined : toMinuteWindow(slotWindow);
    const hours = {} as Record<Channel, MinuteWindow | undefined>;
    for (const channel of ['email', 'sms', 'voice', 'whatsapp'] as const) {
      const own = rules.hours[channel];
      hours[channel] = own === null ? undefined : intersect(toMinuteWindow(own), extra);
      const current = hours[channel];
      if (current !== undefined) hours[channel] = intersect(current, slot);
    }
    this.hours = hours;
    this.closedDays = new Set(rules.closedDates.map((date) => tryDayNumber(date)));
    this.weekendMask = [0, 1, 2, 3, 4, 5, 6].map((day) => rules.days === 'business' && rules.weekend.includes(day));
  }

  /** The clock of a zone; throws `InvalidArgumentError` at `path` when the zone is unknown or not IANA. */
  zone(timeZone: string, path: string): ZoneClock {
    let clock = this.#zones.get(timeZone);
    if (clock === undefined) {
      clock = zoneClockOrNull(timeZone);
      this.#zones.set(timeZone, clock);
    }
    if (clock === null) {
      throw new InvalidArgumentError(
        `expected an IANA time zone such as "Europe/Paris", got ${JSON.stringify(timeZone)}`,
        path,
      );
    }
    return clock;
  }

  /** The holiday calendar of a country and region; throws when date-holidays does not know them. */
  calendar(country: string, region: string | undefined, path: string): HolidayCalendar {
    const key = region === undefined ? country : `${country}-${region}`;
    let calendar = this.#calendars.get(key);
    if (calendar !== undefined) return calendar;
    if (!this.#checkedPlaces.has(key)) {
      if (!this.#directory.hasCountry(country))
        throw new InvalidArgumentError(
          `expected an ISO 3166-1 country code known to date-holidays such as "GB", got ${JSON.stringify(country)}`,
          `${path}.country`,
        );
      if (region !== undefined && !this.#directory.hasRegion(country, region))
        throw new InvalidArgumentError(
          `expected a region of ${country} known to date-holidays (such as "BY" in DE or "ENG" in GB), got ${JSON.stringify(region)}`,
          `${path}.region`,
        );
      this.#checkedPlaces.add(key);
    }
    calendar = new HolidayCalendar(country, region);
    this.#calendars.set(key, calendar);
    return calendar;
  }
}
