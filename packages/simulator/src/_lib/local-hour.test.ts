import { describe, expect, it } from 'vitest';
import { instantAtLocalHour, localHourOf } from './local-hour';

describe('localHourOf and instantAtLocalHour', () => {
  it.each([
    ['Europe/London', '2026-01-15T09:30:00Z', 9],
    ['Europe/London', '2026-07-15T09:30:00Z', 10],
    ['America/Los_Angeles', '2026-07-15T16:00:00Z', 9],
    ['Europe/Berlin', '2026-12-31T23:30:00Z', 0],
    // Half-hour and 45-minute zones: 03:40 UTC is 09:10 in India, 09:25 in Nepal.
    ['Asia/Kolkata', '2026-06-01T03:40:00Z', 9],
    ['Asia/Kathmandu', '2026-06-01T03:20:00Z', 9],
    ['Asia/Kathmandu', '2026-06-01T03:10:00Z', 8],
    // The night London's clocks go forward: 00:59 UTC is 00:59 GMT, 01:00 UTC is 02:00 BST.
    ['Europe/London', '2026-03-29T00:59:00Z', 0],
    ['Europe/London', '2026-03-29T01:00:00Z', 2],
  ])('reads the local hour in %s at %s', (zone, instant, hour) => {
    expect(localHourOf(zone, new Date(instant))).toBe(hour);
  });

  it('finds the instant of a local hour, summer and winter', () => {
    // 2026-07-15 is day 20649; 09:00 in London (BST) is 08:00 UTC; in New York (EDT) 13:00 UTC.
    expect(instantAtLocalHour('Europe/London', 20649, 9).toISOString()).toBe('2026-07-15T08:00:00.000Z');
    expect(instantAtLocalHour('America/New_York', 20649, 9).toISOString()).toBe('2026-07-15T13:00:00.000Z');
    expect(instantAtLocalHour('Europe/London', 20468, 9).toISOString()).toBe('2026-01-15T09:00:00.000Z');
    // 09:00 in India is 03:30 UTC; 01:00 in London on 2026-03-29 (day 20541) does not exist: 01:00 UTC.
    expect(instantAtLocalHour('Asia/Kolkata', 20649, 9).toISOString()).toBe('2026-07-15T03:30:00.000Z');
    expect(instantAtLocalHour('Europe/London', 20541, 1).toISOString()).toBe('2026-03-29T01:00:00.000Z');
  });
});
