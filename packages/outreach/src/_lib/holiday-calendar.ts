import { tryDayNumber } from '@overdue/core';
import Holidays from 'date-holidays';

/**
 * Public holidays (date-holidays type `public` only) of one country or region, loaded one year at a
 * time and kept by day number. One instance lives inside a compiled rule set, never in module state.
 */
export class HolidayCalendar {
  readonly #holidays: Holidays;
  readonly #years = new Set<number>();
  readonly #days = new Map<number, string>();

  constructor(country: string, region: string | undefined) {
    this.#holidays =
      region === undefined
        ? new Holidays(country, { types: ['public'], languages: ['en'] })
        : new Holidays(country, region, { types: ['public'], languages: ['en'] });
  }

  /** The holiday's name on a day number in a year, or `undefined` on ordinary days. */
  holidayOn(dayNumber: number, year: number): string | undefined {
    if (!this.#years.has(year)) {
      this.#years.add(year);
      for (const holiday of this.#holidays.getHolidays(year)) {
        if (holiday.type !== 'public') continue;
        const day = tryDayNumber(holiday.date.slice(0, 10));
        const existing = this.#days.get(day);
        this.#days.set(day, existing === undefined ? holiday.name : `${existing} / ${holiday.name}`);
      }
    }
    return this.#days.get(dayNumber);
  }
}

/** Country codes and their regions known to date-holidays, read once per compiled rule set. */
export class HolidayDirectory {
  #directory: Holidays | undefined;
  #countries: Record<string, string> | undefined;
  readonly #regions = new Map<string, Record<string, string> | undefined>();

  hasCountry(country: string): boolean {
    this.#directory ??= new Holidays();
    this.#countries ??= this.#directory.getCountries();
    return Object.hasOwn(this.#countries, country);
  }

  hasRegion(country: string, region: string): boolean {
    this.#directory ??= new Holidays();
    if (!this.#regions.has(country)) this.#regions.set(country, this.#directory.getStates(country));
    const regions = this.#regions.get(country);
    return regions !== undefined && Object.hasOwn(regions, region);
  }
}
