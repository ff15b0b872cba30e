import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { daysBetween } from './days-between';

const DAY = 86_400_000;

describe('daysBetween', () => {
  it.each([
    // [from, to, expected] — counted on a calendar.
    ['2025-12-31', '2026-01-31', 31], // the documented example
    ['2026-01-30', '2026-03-01', 30], // January 30 to March 1 in a non-leap year
    ['2024-01-30', '2024-03-01', 31], // ... and in a leap year
    ['2026-01-31', '2025-12-31', -31],
    ['2025-06-15', '2025-06-15', 0],
    ['0001-01-01', '9999-12-31', 3_652_058],
  ])('counts %s to %s as %i days', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });

  it('agrees with Date.UTC arithmetic and is antisymmetric', () => {
    const day = fc.integer({ min: Date.UTC(1800, 0, 1) / DAY, max: Date.UTC(2300, 0, 1) / DAY });
    fc.assert(
      fc.property(day, day, (a, b) => {
        const from = new Date(a * DAY).toISOString().slice(0, 10);
        const to = new Date(b * DAY).toISOString().slice(0, 10);
        expect(daysBetween(from, to)).toBe(b - a);
        expect(daysBetween(to, from)).toBe(a - b + 0);
      }),
    );
  });

  it('names which argument is wrong', () => {
    expect(() => daysBetween('2025-13-01', '2025-01-01')).toThrow(InvalidArgumentError);
    expect(() => daysBetween('2025-13-01', '2025-01-01')).toThrow(/^from: /);
    expect(() => daysBetween('2025-01-01', '01/02/2025')).toThrow('to: expected YYYY-MM-DD, got "01/02/2025"');
  });
});
