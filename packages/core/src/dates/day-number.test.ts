import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { OverdueError } from '../errors/overdue-error';
import { civilDateToDayNumber, dayNumberToCivilDate, tryDayNumber } from './day-number';

const DAY = 86_400_000;
const FIRST = -719_162; // 0001-01-01: 1969 years of 365 days plus 477 leap days before 1970
const LAST = 2_932_896; // 9999-12-31

/** Day number from the host's Date in UTC; setUTCFullYear keeps years 1-99 (Date.UTC maps them to 19xx). */
function utcDayNumber(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime() / DAY;
}

/** The civil date of a day number, from the host's Date in UTC. */
function utcCivilDate(dayNumber: number): string {
  return new Date(dayNumber * DAY).toISOString().slice(0, 10);
}

describe('civilDateToDayNumber', () => {
  it.each([
    // Day numbers are days since 1970-01-01, checked against Date.UTC in the property test below.
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
    ['2025-12-31', 20453], // the documented example
    // Around the 1900-2199 month table behind the fast path; values from Date.UTC(y, m - 1, d) / 86400000.
    ['1899-12-31', -25568],
    ['1900-01-01', -25567],
    ['2199-12-31', 84005],
    ['2200-01-01', 84006],
    ['0001-01-01', FIRST],
    ['9999-12-31', LAST],
  ])('gives %s day number %i', (date, dayNumber) => {
    expect(civilDateToDayNumber(date)).toBe(dayNumber);
  });

  it('agrees with Date.UTC arithmetic for every date in years 1 to 9999', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const reference = utcDayNumber(year, month, day);
          // Date rolls 31 April over to 1 May; a civil date must not.
          if (utcCivilDate(reference) === text) expect(civilDateToDayNumber(text)).toBe(reference);
          else expect(tryDayNumber(text)).toBeNaN();
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('throws InvalidArgumentError with the path and the value', () => {
    const run = () => civilDateToDayNumber('31/12/2025', 'invoices[3].dueDate');
    expect(run).toThrow(InvalidArgumentError);
    expect(run).toThrow('invoices[3].dueDate: expected YYYY-MM-DD, got "31/12/2025"');
    expect(() => civilDateToDayNumber('2025-02-29')).toThrow(
      'date: expected a real calendar date YYYY-MM-DD, got "2025-02-29" (no such day)',
    );
  });
});

describe('tryDayNumber', () => {
  it('reads a valid date and returns NaN for an invalid one', () => {
    expect(tryDayNumber('1970-01-02')).toBe(1); // the documented example
    expect(tryDayNumber('2025-02-30')).toBeNaN(); // the documented example
  });

  it.each([
    ['2024-02-29', true], // divisible by 4
    ['2025-02-29', false],
    ['2000-02-29', true], // divisible by 400
    ['1900-02-29', false], // divisible by 100 but not 400
    ['2100-02-29', false],
    ['0004-02-29', true],
    ['2025-04-31', false],
    ['2025-06-30', true],
    ['2025-01-31', true],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-01-00', false],
    ['0000-01-01', false], // year 0 is outside 1-9999
    // Around the edges of the 1900-2199 month table behind the fast path.
    ['1899-12-31', true],
    ['1900-01-01', true],
    ['1900-02-29', false],
    ['2199-12-31', true],
    ['2200-01-01', true],
    ['2200-02-29', false],
    ['2196-02-29', true],
  ])('treats %s as a real day: %s', (date, real) => {
    expect(Number.isNaN(tryDayNumber(date))).toBe(!real);
  });

  it.each([
    '2025-1-01',
    '2025-01-1',
    '25-01-01',
    '2025/01/01',
    '2025-01-01T00:00:00Z',
    '2025-01-01 ',
    ' 2025-01-01',
    '+002025-01-01',
    '-0001-01-01',
    '2025-0a-01',
    '2025-01-0a',
    '20a5-01-01',
    '2025_01_01',
    '２０２５-01-01',
    '',
  ])('returns NaN for the malformed text "%s"', (text) => {
    expect(tryDayNumber(text)).toBeNaN();
  });

  it.each([
    [null],
    [undefined],
    [20453],
    [new Date(Date.UTC(2025, 11, 31))],
    [{}],
    [['2025-12-31']],
    [new String('2025-12-31')],
  ])('returns NaN for the non-string %o', (value) => {
    expect(tryDayNumber(value)).toBeNaN();
  });
});

describe('dayNumberToCivilDate', () => {
  it.each([
    [0, '1970-01-01'],
    [-1, '1969-12-31'],
    [20453, '2025-12-31'], // the documented example
    [11016, '2000-02-29'],
    [FIRST, '0001-01-01'],
    [LAST, '9999-12-31'],
  ])('writes day number %i as %s', (dayNumber, date) => {
    expect(dayNumberToCivilDate(dayNumber)).toBe(date);
  });

  it('agrees with Date in UTC over years 1 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST, max: LAST }), (dayNumber) => {
        expect(dayNumberToCivilDate(dayNumber)).toBe(utcCivilDate(dayNumber));
      }),
      { numRuns: 5000 },
    );
  });

  it('round-trips with civilDateToDayNumber', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST, max: LAST }), (dayNumber) => {
        expect(civilDateToDayNumber(dayNumberToCivilDate(dayNumber))).toBe(dayNumber);
      }),
      { numRuns: 5000 },
    );
  });

  it('walks every day of years 1 to 9999 in order, both ways', () => {
    // An independent calendar counter: month lengths and the Gregorian leap rule written out here.
    const lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let year = 1;
    let month = 1;
    let day = 1;
    let mismatches = 0;
    for (let dayNumber = FIRST; dayNumber <= LAST; dayNumber++) {
      const text = `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
      if (dayNumberToCivilDate(dayNumber) !== text || tryDayNumber(text) !== dayNumber) mismatches++;
      const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
      const length = month === 2 && leap ? 29 : (lengths[month - 1] ?? 0);
      if (++day > length) {
        day = 1;
        if (++month > 12) {
          month = 1;
          year++;
        }
      }
    }
    expect(mismatches).toBe(0);
    expect([year, month, day]).toEqual([10000, 1, 1]);
  });

  it.each([FIRST - 1, LAST + 1, 0.5, Number.NaN, Number.POSITIVE_INFINITY, -Number.MAX_VALUE])(
    'rejects day number %s',
    (dayNumber) => {
      const run = () => dayNumberToCivilDate(dayNumber);
      expect(run).toThrow(InvalidArgumentError);
      expect(run).toThrow(/^dayNumber: expected an integer day number for a year 1-9999/);
    },
  );

  it('throws nothing but an OverdueError for arbitrary values', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true, withBoxedValues: true }), (value) => {
        try {
          dayNumberToCivilDate(value as number);
        } catch (error) {
          expect(OverdueError.isInstance(error), String(error)).toBe(true);
        }
      }),
    );
  });
});
