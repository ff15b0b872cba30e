import { describe, expect, it } from 'vitest';
import { catchOverdueError } from '../_test/catch-overdue-error';
import { intlWallClock } from '../_test/intl-wall-clock';
import { createTimeZoneClock } from './create-time-zone-clock';

// Zones with daylight saving north and south, offsets that are not whole hours, a 30-minute change
// (Lord Howe) and a zone with no daylight saving.
const ZONES = [
  'Europe/London',
  'America/New_York',
  'Australia/Sydney',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'America/St_Johns',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'America/Sao_Paulo',
  'Asia/Tokyo',
];

const NO_CHANGES = new Set(['Asia/Kolkata', 'Asia/Kathmandu', 'Asia/Tokyo', 'America/Sao_Paulo']);

describe('createTimeZoneClock', () => {
  it('reads the same local time as Intl, every 97 minutes through 2026 and every minute around its changes, in every zone', () => {
    const wallOf = (zone: string, ms: number) => {
      const local = intlWallClock(zone, ms);
      return Date.parse(`${local.date}T00:00:00Z`) + (local.hour * 60 + local.minute) * 60_000;
    };
    for (const zone of ZONES) {
      const clock = createTimeZoneClock(zone);
      const instants: number[] = [];
      for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 97 * 60_000) instants.push(ms);
      // Around every change of offset (found hour by hour from Intl), every minute for 90 minutes each side.
      for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 3_600_000) {
        if (wallOf(zone, ms) - ms === wallOf(zone, ms + 3_600_000) - ms - 3_600_000) continue;
        for (let minute = -90; minute <= 150; minute++) instants.push(ms + minute * 60_000);
      }
      for (const ms of instants) {
        const local = clock.localTime(new Date(ms));
        const wall = intlWallClock(zone, ms);
        const expected = { date: wall.date, hour: wall.hour, minute: wall.minute, weekday: wall.weekday };
        if (
          local.date !== expected.date ||
          local.hour !== expected.hour ||
          local.minute !== expected.minute ||
          local.weekday !== expected.weekday
        ) {
          expect({ zone, at: new Date(ms).toISOString(), ...local }).toEqual({
            zone,
            at: new Date(ms).toISOString(),
            ...expected,
          });
        }
      }
      // Two changes a year where there is daylight saving (São Paulo has had none since 2019).
      if (!NO_CHANGES.has(zone)) expect(instants.length).toBe(5419 + 2 * 241);
    }
  });

  it('gives offsets in minutes, not whole hours', () => {
    expect(createTimeZoneClock('Asia/Kolkata').offsetMinutes(new Date('2026-06-01T00:00:00Z'))).toBe(330);
    expect(createTimeZoneClock('Asia/Kathmandu').offsetMinutes(new Date('2026-06-01T00:00:00Z'))).toBe(345);
    const london = createTimeZoneClock('Europe/London');
    expect(london.offsetMinutes(new Date('2026-03-29T00:59:00Z'))).toBe(0);
    expect(london.offsetMinutes(new Date('2026-03-29T01:00:00Z'))).toBe(60);
  });

  it('turns every local time of the year back into an instant that shows it', () => {
    for (const zone of ZONES) {
      const clock = createTimeZoneClock(zone);
      for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 173 * 60_000) {
        const local = clock.localTime(new Date(ms));
        const instant = clock.instantAt(local.date, local.hour, local.minute);
        // The same wall minute; when it happens twice, the first of the two.
        expect(clock.localTime(instant)).toEqual(clock.localTime(new Date(Math.floor(ms / 60_000) * 60_000)));
        expect(instant.getTime()).toBeLessThanOrEqual(Math.floor(ms / 60_000) * 60_000);
      }
    }
  });

  it('maps a time that does not exist to the change, and a repeated one to its first instant', () => {
    const newYork = createTimeZoneClock('America/New_York');
    expect(newYork.instantAt('2026-03-08', 2, 30).toISOString()).toBe('2026-03-08T07:00:00.000Z');
    expect(newYork.instantAt('2026-11-01', 1, 30).toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(newYork.localTime(new Date('2026-11-01T06:30:00Z'))).toEqual({
      date: '2026-11-01',
      hour: 1,
      minute: 30,
      weekday: 0,
    });
    const lordHowe = createTimeZoneClock('Australia/Lord_Howe');
    // Clocks go from 02:00 to 02:30 on 2026-10-04: 02:10 does not exist.
    expect(lordHowe.instantAt('2026-10-04', 2, 10).toISOString()).toBe('2026-10-03T15:30:00.000Z');
    expect(lordHowe.localTime(lordHowe.instantAt('2026-10-04', 2, 10))).toMatchObject({ hour: 2, minute: 30 });
  });

  it('names the field of a bad input', () => {
    expect(catchOverdueError(() => createTimeZoneClock('Mars/Base')).message).toBe(
      'timeZone: expected an IANA time zone such as "Europe/Paris", got "Mars/Base"',
    );
    expect(catchOverdueError(() => createTimeZoneClock('+02:00')).path).toBe('timeZone');
    expect(catchOverdueError(() => createTimeZoneClock(undefined as unknown as string)).path).toBe('timeZone');
    const clock = createTimeZoneClock('Europe/Paris');
    expect(catchOverdueError(() => clock.localTime(new Date(Number.NaN))).path).toBe('at');
    expect(catchOverdueError(() => clock.offsetMinutes('2026-01-01' as unknown as Date)).path).toBe('at');
    expect(catchOverdueError(() => clock.instantAt('2026-02-30', 9)).path).toBe('date');
    expect(catchOverdueError(() => clock.instantAt('2026-02-03', 24)).message).toBe(
      'hour: expected an integer from 0 to 23, got 24',
    );
    expect(catchOverdueError(() => clock.instantAt('2026-02-03', 9, 7.5)).path).toBe('minute');
  });
});
