import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { OverdueError } from '../errors/overdue-error';
import { addBusinessDays, dayOfWeek, isBusinessDay } from './business-days';

const DAY = 86_400_000;
const toDate = (dayNumber: number) => new Date(dayNumber * DAY).toISOString().slice(0, 10);
const utcDay = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

// Week of 23-29 November 2026: Monday 23 ... Friday 27, Saturday 28, Sunday 29.
const christmas2025 = ['2025-12-25', '2025-12-26']; // England and Wales bank holidays, Thursday and Friday

describe('dayOfWeek', () => {
  it.each([
    ['1970-01-01', 4], // a Thursday
    ['2026-11-23', 1], // the documented example, a Monday
    ['2026-11-28', 6],
    ['2026-11-29', 0],
    ['2000-01-01', 6], // a Saturday
    ['0001-01-01', 1], // a Monday in the proleptic Gregorian calendar
    ['1969-12-31', 3], // before day 0: the modulo must stay positive
  ])('gives %s as day %i', (date, expected) => {
    expect(dayOfWeek(date)).toBe(expected);
  });

  it('agrees with Date#getUTCDay', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_162, max: 2_932_896 }), (dayNumber) => {
        const date = toDate(dayNumber);
        expect(dayOfWeek(date)).toBe(utcDay(date));
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects a date that does not exist', () => {
    expect(() => dayOfWeek('2026-02-29')).toThrow(InvalidArgumentError);
  });
});

describe('isBusinessDay', () => {
  it.each([
    ['2026-11-27', {}, true], // Friday
    ['2026-11-28', {}, false], // Saturday
    ['2026-11-29', {}, false], // Sunday
    ['2025-12-25', { holidays: christmas2025 }, false], // the documented example
    ['2025-12-24', { holidays: christmas2025 }, true],
    ['2025-12-25', {}, true],
    // A Friday-Saturday weekend, as in several Gulf states.
    ['2026-11-27', { weekend: [5, 6] }, false],
    ['2026-11-29', { weekend: [5, 6] }, true],
    ['2026-11-28', { weekend: [] }, true],
  ])('says %s with %o is a business day: %s', (date, options, expected) => {
    expect(isBusinessDay(date, options)).toBe(expected);
  });

  it('accepts holidays as any iterable, such as a Set', () => {
    expect(isBusinessDay('2025-12-26', { holidays: new Set(christmas2025) })).toBe(false);
  });

  it('rejects a date that does not exist', () => {
    expect(() => isBusinessDay('2025-02-29')).toThrow(InvalidArgumentError);
  });
});

describe('addBusinessDays', () => {
  it.each([
    // [date, days, options, expected] — counted on the November/December 2026 and 2025 calendars.
    ['2026-11-27', 1, {}, '2026-11-30'], // the documented example: Friday + 1 is Monday
    ['2026-11-23', 4, {}, '2026-11-27'], // Monday + 4 is Friday
    ['2026-11-23', 5, {}, '2026-11-30'],
    ['2026-11-23', 10, {}, '2026-12-07'],
    ['2026-11-28', 1, {}, '2026-11-30'], // Saturday + 1 is Monday
    ['2026-11-29', 1, {}, '2026-11-30'], // Sunday + 1 is Monday
    ['2026-11-30', -1, {}, '2026-11-27'], // Monday - 1 is Friday
    ['2026-11-28', -1, {}, '2026-11-27'], // Saturday - 1 is Friday
    ['2026-11-27', -5, {}, '2026-11-20'],
    ['2025-12-24', 1, { holidays: christmas2025 }, '2025-12-29'], // Wednesday, skipping Thu-Fri holidays and the weekend
    ['2025-12-29', -1, { holidays: christmas2025 }, '2025-12-24'],
    ['2026-11-26', 1, { weekend: [5, 6] }, '2026-11-29'], // Thursday + 1 is Sunday with a Friday-Saturday weekend
  ])('moves %s by %i business days with %o to %s', (date, days, options, expected) => {
    expect(addBusinessDays(date, days, options)).toBe(expected);
  });

  describe('with 0 days', () => {
    it('returns a business day itself', () => {
      expect(addBusinessDays('2026-11-25', 0)).toBe('2026-11-25');
    });

    it('moves a weekend day forward to the next business day', () => {
      expect(addBusinessDays('2026-11-28', 0)).toBe('2026-11-30');
      expect(addBusinessDays('2026-11-29', 0)).toBe('2026-11-30');
    });

    it('moves a holiday forward past the following weekend', () => {
      expect(addBusinessDays('2025-12-25', 0, { holidays: christmas2025 })).toBe('2025-12-29');
    });

    it('treats -0 like 0', () => {
      expect(addBusinessDays('2026-11-28', -0)).toBe('2026-11-30');
    });
  });

  it('agrees with a day-by-day count using Date#getUTCDay', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1) / DAY, max: Date.UTC(2100, 0, 1) / DAY }),
        fc.integer({ min: -60, max: 60 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 5 }),
        fc.array(fc.integer({ min: -90, max: 90 }), { maxLength: 10 }),
        (start, days, weekend, holidayOffsets) => {
          const holidays = holidayOffsets.map((offset) => toDate(start + offset));
          const open = (dayNumber: number) =>
            !weekend.includes(new Date(dayNumber * DAY).getUTCDay()) && !holidays.includes(toDate(dayNumber));
          let current = start;
          if (days === 0) {
            while (!open(current)) current++;
          } else {
            for (let left = Math.abs(days); left > 0; ) {
              current += Math.sign(days);
              if (open(current)) left--;
            }
          }
          expect(addBusinessDays(toDate(start), days, { weekend, holidays })).toBe(toDate(current));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('always lands on a business day and comes back with the opposite count from a business day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1) / DAY, max: Date.UTC(2050, 0, 1) / DAY }),
        fc.integer({ min: -300, max: 300 }),
        (start, days) => {
          const options = { holidays: christmas2025 };
          const result = addBusinessDays(toDate(start), days, options);
          expect(isBusinessDay(result, options)).toBe(true);
          const from = addBusinessDays(toDate(start), 0, options);
          expect(addBusinessDays(addBusinessDays(from, days, options), -days, options)).toBe(from);
        },
      ),
    );
  });

  it.each<[string, number, object, string]>([
    ['2026-11-27', 1.5, {}, 'days: expected an integer, got number 1.5'],
    ['2026-11-27', Number.NaN, {}, 'days: expected an integer, got number NaN'],
    ['2026-11-31', 1, {}, 'date: expected a real calendar date YYYY-MM-DD, got "2026-11-31" (no such day)'],
    ['2026-11-27', 1, { weekend: [0, 1, 2, 3, 4, 5, 6] }, 'options.weekend: the weekend covers every day of the week'],
    [
      '2026-11-27',
      0,
      { weekend: [6, 5, 4, 3, 2, 1, 0, 0] },
      'options.weekend: the weekend covers every day of the week',
    ],
  ])('rejects %s plus %s with %o', (date, days, options, message) => {
    expect(() => addBusinessDays(date, days, options)).toThrow(InvalidArgumentError);
    expect(() => addBusinessDays(date, days, options)).toThrow(message);
  });

  it('does not mistake seven weekend entries outside 0-6 for a closed week', () => {
    // Only Sunday (0) is closed; the other entries name no day of the week.
    expect(addBusinessDays('2026-11-28', 1, { weekend: [0, 7, 8, 9, 10, 11, 12] })).toBe('2026-11-30');
  });

  it('throws nothing but an OverdueError for arbitrary day counts', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true, withBoxedValues: true }), (days) => {
        try {
          addBusinessDays('2026-11-27', days as number);
        } catch (error) {
          expect(OverdueError.isInstance(error), String(error)).toBe(true);
        }
      }),
    );
  });
});

describe('business-day options', () => {
  it('rejects a misspelt option instead of using the default weekend', () => {
    const options = { weekends: [5, 6] } as never;
    expect(() => isBusinessDay('2026-11-27', options)).toThrow(
      expect.objectContaining({
        path: 'options.weekends',
        message: 'options.weekends: unknown field; did you mean "weekend"?',
      }),
    );
    expect(() => addBusinessDays('2026-11-26', 1, options)).toThrow(
      expect.objectContaining({ path: 'options.weekends' }),
    );
    expect(isBusinessDay('2026-11-27', { weekend: [5, 6] })).toBe(false);
  });
});
