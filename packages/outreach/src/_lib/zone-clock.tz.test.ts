import { describe, expect, it } from 'vitest';
import { ZoneClock } from './zone-clock';

const hour = 3_600_000;

describe('ZoneClock', () => {
  it('finds offsets on both sides of a change, to the minute', () => {
    // Europe/London: BST from 2026-03-29 01:00 UTC.
    const london = new ZoneClock('Europe/London');
    expect(london.offsetAt(Date.UTC(2026, 2, 29, 0, 59))).toBe(0);
    expect(london.offsetAt(Date.UTC(2026, 2, 29, 1, 0))).toBe(hour);
    // Australia/Lord_Howe: +11 to +10:30 on 2026-04-05 at 02:00 local = 2026-04-04 15:00 UTC.
    const lordHowe = new ZoneClock('Australia/Lord_Howe');
    expect(lordHowe.offsetAt(Date.UTC(2026, 3, 4, 14, 59))).toBe(11 * hour);
    expect(lordHowe.offsetAt(Date.UTC(2026, 3, 4, 15, 0))).toBe(10.5 * hour);
  });

  it('maps wall times to instants: gaps to the change, overlaps to the earlier or later instant', () => {
    const newYork = new ZoneClock('America/New_York');
    // 2026-03-08 02:30 does not exist; the change is at 07:00 UTC.
    expect(newYork.instantOf(Date.UTC(2026, 2, 8, 2, 30))).toBe(Date.UTC(2026, 2, 8, 7));
    // 2026-11-01 01:30 is 05:30 UTC (EDT) and 06:30 UTC (EST).
    expect(newYork.instantOf(Date.UTC(2026, 10, 1, 1, 30))).toBe(Date.UTC(2026, 10, 1, 5, 30));
    expect(newYork.laterInstantOf(Date.UTC(2026, 10, 1, 1, 30))).toBe(Date.UTC(2026, 10, 1, 6, 30));
    // An ordinary time: 12:00 EST = 17:00 UTC.
    expect(newYork.instantOf(Date.UTC(2026, 0, 15, 12))).toBe(Date.UTC(2026, 0, 15, 17));
  });

  it('throws a RangeError on an unknown zone', () => {
    expect(() => new ZoneClock('Mars/Base')).toThrow(RangeError);
  });
});
