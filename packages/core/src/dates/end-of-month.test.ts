import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { endOfMonth, isEndOfMonth } from './end-of-month';

describe('endOfMonth', () => {
  it.each([
    ['2024-02-10', '2024-02-29'], // the documented example
    ['2025-02-01', '2025-02-28'],
    ['1900-02-15', '1900-02-28'], // not a leap year: divisible by 100, not by 400
    ['2000-02-15', '2000-02-29'],
    ['2025-04-30', '2025-04-30'],
    ['2025-12-01', '2025-12-31'],
    ['0001-01-01', '0001-01-31'],
    ['9999-12-31', '9999-12-31'],
  ])('gives the month end of %s as %s', (date, expected) => {
    expect(endOfMonth(date)).toBe(expected);
  });

  it('agrees with Date: the day before the first of the next month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (year, month, day) => {
          const next = new Date(0);
          next.setUTCFullYear(year, month, 0); // day 0 of the next month is the last day of this one
          const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect(endOfMonth(date)).toBe(next.toISOString().slice(0, 10));
        },
      ),
    );
  });

  it('rejects a date that does not exist', () => {
    expect(() => endOfMonth('2025-02-29')).toThrow(InvalidArgumentError);
    expect(() => endOfMonth('2025-02')).toThrow(InvalidArgumentError);
  });
});

describe('isEndOfMonth', () => {
  it.each([
    ['2025-02-28', true], // the documented example
    ['2024-02-28', false],
    ['2024-02-29', true],
    ['2025-04-30', true],
    ['2025-05-30', false],
    ['2025-12-31', true],
    ['2025-01-01', false],
  ])('says %s is a month end: %s', (date, expected) => {
    expect(isEndOfMonth(date)).toBe(expected);
  });

  it('rejects a date that does not exist', () => {
    expect(() => isEndOfMonth('2025-04-31')).toThrow(InvalidArgumentError);
  });
});
