import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { OverdueError } from '../errors/overdue-error';
import { isCivilDate, parseCivilDate } from './civil-date';

describe('isCivilDate', () => {
  it.each([
    ['2024-02-29', true], // the documented example: 2024 is a leap year
    ['2025-02-29', false], // the documented example
    ['2025-12-31', true],
    ['31/12/2025', false],
    ['2025-2-3', false],
    ['2025-02-30', false],
  ])('says %s is a civil date: %s', (value, expected) => {
    expect(isCivilDate(value)).toBe(expected);
  });

  it.each([[new Date(Date.UTC(2025, 11, 31))], [20453], [null], [undefined], [{}], [['2025-12-31']]])(
    'rejects the non-string %o',
    (value) => {
      expect(isCivilDate(value)).toBe(false);
    },
  );
});

describe('parseCivilDate', () => {
  it('returns a real date unchanged', () => {
    expect(parseCivilDate('2025-12-31')).toBe('2025-12-31');
  });

  it.each<[unknown, string]>([
    // The message format from DESIGN.md principle 4.
    ['31/12/2025', 'invoices[3].dueDate: expected YYYY-MM-DD, got "31/12/2025"'],
    ['2025-2-3', 'invoices[3].dueDate: expected YYYY-MM-DD, got "2025-2-3"'],
    ['2025-02-30', 'invoices[3].dueDate: expected a real calendar date YYYY-MM-DD, got "2025-02-30" (no such day)'],
    ['0000-01-01', 'invoices[3].dueDate: expected a real calendar date YYYY-MM-DD, got "0000-01-01" (no such day)'],
    [
      new Date(Date.UTC(2025, 11, 31)),
      'invoices[3].dueDate: expected YYYY-MM-DD, got a Date (2025-12-31T00:00:00.000Z); pass the civil date as "YYYY-MM-DD"',
    ],
    [
      new Date(Number.NaN),
      'invoices[3].dueDate: expected YYYY-MM-DD, got a Date (invalid); pass the civil date as "YYYY-MM-DD"',
    ],
    [null, 'invoices[3].dueDate: expected YYYY-MM-DD, got null'],
    [undefined, 'invoices[3].dueDate: expected YYYY-MM-DD, got nothing (the field is missing)'],
    [20453, 'invoices[3].dueDate: expected YYYY-MM-DD, got number 20453'],
    [{ year: 2025 }, 'invoices[3].dueDate: expected YYYY-MM-DD, got an object'],
  ])('rejects %o naming the path and the value', (value, message) => {
    let caught: unknown;
    try {
      parseCivilDate(value, 'invoices[3].dueDate');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidArgumentError);
    expect(caught).toMatchObject({ code: 'invalid-argument', path: 'invoices[3].dueDate', message });
  });

  it('uses the path "date" by default', () => {
    expect(() => parseCivilDate('tomorrow')).toThrow('date: expected YYYY-MM-DD, got "tomorrow"');
  });

  it('throws nothing but an OverdueError for arbitrary values, and accepts only YYYY-MM-DD strings', () => {
    const values = fc.oneof(
      fc.anything({
        withNullPrototype: true,
        withBigInt: true,
        withBoxedValues: true,
        withDate: true,
        withObjectString: true,
      }),
      fc.constantFrom(Object.create(null), { toString: 1 }, Symbol('2025-01-01'), new Date(Number.NaN)),
      fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    );
    fc.assert(
      fc.property(values, (value) => {
        try {
          expect(parseCivilDate(value)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        } catch (error) {
          expect(OverdueError.isInstance(error), String(error)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
