import { DAY_MS, MINUTE_MS } from './civil-day';

/** Offsets of one UTC day: `before` until `transition` (exclusive), `after` from it. */
interface DayOffsets {
  readonly before: number;
  readonly after: number;
  readonly transition: number;
}

/**
 * UTC offsets of one IANA time zone, computed with one `Intl.DateTimeFormat` and cached per UTC day
 * (with the exact minute of a change on days when the offset changes). Assumes at most one offset
 * change per UTC day, which holds for every zone in the tz database since 1970.
 */
export class ZoneClock {
  readonly timeZone: string;
  readonly #format: Intl.DateTimeFormat;
  readonly #days = new Map<number, DayOffsets>();
  readonly #starts = new Map<number, number>();

  /** Throws a `RangeError` when the runtime does not know the zone. */
  constructor(timeZone: string) {
    this.timeZone = timeZone;
    this.#format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }

  /** Offset in milliseconds (local = UTC + offset) at an instant, straight from Intl (slow path). */
  #rawOffset(ms: number): number {
    let year = 0;
    let month = 0;
    let day = 0;
    let hour = 0;
    let minute = 0;
    let second = 0;
    for (const part of this.#format.formatToParts(ms)) {
      if (part.type === 'year') year = Number(part.value);
      else if (part.type === 'month') month = Number(part.value);
      else if (part.type === 'day') day = Number(part.value);
      else if (part.type === 'hour') hour = Number(part.value);
      else if (part.type === 'minute') minute = Number(part.value);
      else if (part.type === 'second') second = Number(part.value);
    }
    const wall = Date.UTC(year, month - 1, day, hour, minute, second);
    return wall - (ms - (((ms % 1000) + 1000) % 1000));
  }

  #startOffset(utcDay: number): number {
    let offset = this.#starts.get(utcDay);
    if (offset === undefined) {
      offset = this.#rawOffset(utcDay * DAY_MS);
      this.#starts.set(utcDay, offset);
    }
    return offset;
  }

  #day(utcDay: number): DayOffsets {
    let entry = this.#days.get(utcDay);
    if (entry !== undefined) return entry;
    const start = utcDay * DAY_MS;
    const before = this.#startOffset(utcDay);
    const after = this.#startOffset(utcDay + 1);
    if (before === after) entry = { before, after, transition: start + DAY_MS };
    else {
      // First minute of the day whose offset is `after`: binary search over (0, 1440].
      let low = 0;
      let high = 1440;
      while (high - low > 1) {
        const middle = (low + high) >> 1;
        if (this.#rawOffset(start + middle * MINUTE_MS) === after) high = middle;
        else low = middle;
      }
      entry = { before, after, transition: start + high * MINUTE_MS };
    }
    this.#days.set(utcDay, entry);
    return entry;
  }

  /** Offset in milliseconds at an instant (local wall time = instant + offset). */
  offsetAt(ms: number): number {
    const entry = this.#day(Math.floor(ms / DAY_MS));
    return ms < entry.transition ? entry.before : entry.after;
  }

  /**
   * The instant of a local wall time given as milliseconds of a UTC-labelled clock (`Date.UTC(...)` of
   * the wall time). A wall time that does not exist (clocks jump forward over it) gives the first
   * instant after the gap; an ambiguous one (clocks go back) gives the earlier instant.
   */
  instantOf(wallMs: number): number {
    return this.#instantOf(wallMs, false);
  }

  /** Like {@link ZoneClock.instantOf} but an ambiguous wall time gives the later instant. */
  laterInstantOf(wallMs: number): number {
    return this.#instantOf(wallMs, true);
  }

  #instantOf(wallMs: number, later: boolean): number {
    const early = this.offsetAt(wallMs - DAY_MS);
    const late = this.offsetAt(wallMs + DAY_MS);
    const first = wallMs - early;
    const second = wallMs - late;
    const firstValid = this.offsetAt(first) === early;
    const secondValid = this.offsetAt(second) === late;
    if (firstValid && secondValid) return later ? Math.max(first, second) : Math.min(first, second);
    if (firstValid) return first;
    if (secondValid) return second;
    // In a gap: the change happened between the two candidates; return the instant of the change.
    const low = Math.min(first, second);
    const entry = this.#day(Math.floor(low / DAY_MS));
    if (entry.before !== entry.after && entry.transition > low) return entry.transition;
    return this.#day(Math.floor(low / DAY_MS) + 1).transition;
  }
}

/**
 * The clock of an IANA zone, or `null` when the runtime does not know it or it is not an IANA name (an
 * empty string, or a fixed offset such as `+02:00`, which Intl accepts but has no daylight saving rules).
 */
export function zoneClockOrNull(timeZone: string): ZoneClock | null {
  if (typeof timeZone !== 'string' || timeZone === '' || /^[+-]/.test(timeZone)) return null;
  try {
    return new ZoneClock(timeZone);
  } catch {
    return null;
  }
}
