import { describe, expect, it } from 'vitest';
import { instantAtLocalHour, localHourOf } from './local-hour';

describe('localHourOf and instantAtLocalHour', () => {
  it.each([
    ['Europe/London', '2026-01-15T09:30:00Z', 9],
    ['Europe/London', '2026-07-15T09:30:00Z', 10],
    ['America/Los_Angeles', '2026-07-15T16:00:00Z', 9],
    ['Europe/Berlin', '2026-12-31T23:30:00Z', 0],
  ])('reads the local hour in %s at %s', (zone, instant, hour) => {
    expect(localHourOf(zone, new Date(instant))).toBe(hour);
  });

  it('finds the instant of a local hour, summer and winter', () => {
    // 2026-07-15 is day 20649; 09:00 in London (BST) is 08:00 UTC; in New York (EDT) 13:00 UTC.
    expect(instantAtLocalHour('Europe/London', 20649, 9).toISOString()).toBe('2026-07-15T08:00:00.000Z');
    expect(instantAtLocalHour('America/New_York', 20649, 9).toISOString()).toBe('2026-07-15T13:00:00.000Z');
    expect(instantAtLocalHour('Europe/London', 20468, 9).toISOString()).toBe('2026-01-15T09:00:00.000Z');
  });
});
