import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { OverdueError } from '../errors/overdue-error';
import { addMonths } from './add-months';

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** The last day of a month, from the host's Date in UTC: day 0 of the following month. */
function lastDay(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

describe('addMonths', () => {
  it.each([
    // [date, months, expected] — accounting terms clamp to the end of a shorter month.
    ['2025-01-31', 1, '2025-02-28'], // the documented example
    ['2024-01-31', 1, '2024-02-29'], // leap year
    ['2025-03-31', 1, '2025-04-30'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-01-15', 1, '2025-02-15'],
    ['2025-11-30', 2, '2026-01-30'],
    ['2025-01-31', 12, '2026-01-31'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2025-01-31', -13, '2023-12-31'],
    ['2025-05-31', -3, '2025-02-28'],
    ['2025-06-15', 0, '2025-06-15'],
    ['0001-01-31', 1, '0001-02-28'],
    ['9999-11-30', 1, '9999-12-30'],
    ['2025-08-31', 1200, '2125-08-31'],
  ])('moves %s by %i months to %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('does not accumulate clamping: 31 January plus 2 months is 31 March, not 28 March', () => {
    expect(addMonths('2025-01-31', 2)).toBe('2025-03-31');
    expect(addMonths(addMonths('2025-01-31', 1), 1)).toBe('2025-03-28');
  });

  it('keeps the day of month, clamped to the target month length, and lands in the right month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: -2400, max: 2400 }),
        (year, month, rawDay, months) => {
          const day = Math.min(rawDay, lastDay(year, month));
          // The target month from Date: setUTCFullYear normalises month overflow into the year.
          const target = new Date(0);
          target.setUTCFullYear(year, month - 1 + months, 1);
          const targetYear = target.getUTCFullYear();
          const targetMonth = target.getUTCMonth() + 1;
          const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          if (targetYear < 1 || targetYear > 9999) {
            expect(() => addMonths(date, months)).toThrow(InvalidArgumentError);
            return;
          }
          const expectedDay = Math.min(day, lastDay(targetYear, targetMonth));
          expect(addMonths(date, months)).toBe(`${pad(targetYear, 4)}-${pad(targetMonth, 2)}-${pad(expectedDay, 2)}`);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('round-trips for days up to the 28th', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 8000 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: -1200, max: 1200 }),
        (year, month, day, months) => {
          const date = `${year}-${pad(month, 2)}-${pad(day, 2)}`;
          expect(addMonths(addMonths(date, months), -months)).toBe(date);
        },
      ),
    );
  });

  it.each([
    ['2025-01-01', 1.5, 'months: expected an integer, got number 1.5'],
    ['2025-01-01', Number.NaN, 'months: expected an integer, got number NaN'],
    ['2025-02-30', 1, 'date: expected a real calendar date YYYY-MM-DD, got "2025-02-30" (no such day)'],
  ])('rejects %s plus %s months', (date, months, message) => {
    expect(() => addMonths(date, months)).toThrow(InvalidArgumentError);
    expect(() => addMonths(date, months)).toThrow(message);
  });

  it('rejects results outside years 1-9999', () => {
    expect(() => addMonths('9999-12-31', 1)).toThrow(InvalidArgumentError);
    expect(() => addMonths('0001-01-31', -1)).toThrow(InvalidArgumentError);
    expect(() => addMonths('2025-01-01', Number.MAX_SAFE_INTEGER)).toThrow(InvalidArgumentError);
  });

  it('throws nothing but an OverdueError for arbitrary month counts', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true, withBoxedValues: true }), (months) => {
        try {
          addMonths('2025-01-31', months as number);
        } catch (error) {
          expect(OverdueError.isInstance(error), String(error)).toBe(true);
        }
      }),
    );
  });
});
