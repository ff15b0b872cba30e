import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { addDays } from './add-days';

const DAY = 86_400_000;

describe('addDays', () => {
  it.each([
    // [date, days, expected] — checked against a wall calendar.
    ['2024-02-28', 1, '2024-02-29'], // the documented example: leap day
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2025-01-31', 30, '2025-03-02'],
    ['2025-06-15', 0, '2025-06-15'],
    ['2000-01-01', 366, '2001-01-01'], // 2000 is a leap year
    ['1970-01-01', -1, '1969-12-31'],
  ])('moves %s by %i days to %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('agrees with Date.UTC arithmetic', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1) / DAY, max: Date.UTC(2200, 0, 1) / DAY }),
        fc.integer({ min: -20_000, max: 20_000 }),
        (start, days) => {
          const from = new Date(start * DAY).toISOString().slice(0, 10);
          expect(addDays(from, days)).toBe(new Date((start + days) * DAY).toISOString().slice(0, 10));
        },
      ),
    );
  });

  it('rejects a malformed date, a fractional count and a result outside years 1-9999', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(InvalidArgumentError);
    expect(() => addDays('2025-01-01', 0.5)).toThrow(InvalidArgumentError);
    expect(() => addDays('2025-01-01', Number.NaN)).toThrow(InvalidArgumentError);
    expect(() => addDays('9999-12-31', 1)).toThrow(InvalidArgumentError);
    expect(() => addDays('0001-01-01', -1)).toThrow(InvalidArgumentError);
  });
});
