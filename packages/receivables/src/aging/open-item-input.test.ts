import { InvalidArgumentError, parseInput } from '@overdue/core';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { openItemInputSchema } from './open-item-input';

const base = {
  id: 'i1',
  customerId: 'C1',
  currency: 'EUR',
  issueDate: '2026-01-01',
  dueDate: '2026-01-31',
  amountDue: '99.90',
};

/** The message of the InvalidArgumentError that parseInput throws for `value` at `items[3]`. */
function errorFor(value: unknown): string {
  try {
    parseInput(openItemInputSchema, value, 'items[3]');
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidArgumentError);
    return (error as Error).message;
  }
  throw new Error('expected the item to be rejected');
}

describe('openItemInputSchema', () => {
  it.each([
    // [amountDue, currency, expected minor units] — by hand: major units × 10^(minor digits).
    ['99.90', 'EUR', 9990],
    ['99.9', 'EUR', 9990],
    ['0', 'EUR', 0],
    ['1500', 'JPY', 1500],
    ['1.234', 'KWD', 1234],
    [12.5, 'EUR', 1250],
    [1500, 'JPY', 1500],
    [new Decimal('1234.56'), 'EUR', 123456],
    [new Decimal('0.001'), 'KWD', 1],
    ['90071992547409.91', 'EUR', Number.MAX_SAFE_INTEGER],
  ])('reads amountDue %s %s as %i minor units', (amountDue, currency, minor) => {
    expect(openItemInputSchema.parse({ ...base, amountDue, currency }).amountDue).toEqual({ currency, minor });
  });

  it('keeps the other fields and an optional number, and ignores unknown fields', () => {
    const parsed = openItemInputSchema.parse({ ...base, number: 'INV-1', extra: true });
    expect(parsed).toEqual({
      id: 'i1',
      customerId: 'C1',
      currency: 'EUR',
      issueDate: '2026-01-01',
      dueDate: '2026-01-31',
      amountDue: { currency: 'EUR', minor: 9990 },
      number: 'INV-1',
    });
  });

  it('accepts a due date equal to the issue date', () => {
    expect(openItemInputSchema.parse({ ...base, dueDate: '2026-01-01' }).dueDate).toBe('2026-01-01');
  });

  it.each([
    [{ ...base, dueDate: '31/01/2026' }, 'items[3].dueDate: expected YYYY-MM-DD, got "31/01/2026"'],
    [
      { ...base, issueDate: '2026-02-30' },
      'items[3].issueDate: expected a real calendar date YYYY-MM-DD, got "2026-02-30" (no such day)',
    ],
    [{ ...base, dueDate: '2025-12-31' }, 'items[3].dueDate: due date 2025-12-31 is before issue date 2026-01-01'],
    [
      { ...base, amountDue: '1.234' },
      'items[3].amountDue: EUR has 2 minor digits, so "1.234" cannot be represented exactly',
    ],
    [
      { ...base, currency: 'JPY', amountDue: '1.5' },
      'items[3].amountDue: JPY has 0 minor digits, so "1.5" cannot be represented exactly',
    ],
    [{ ...base, amountDue: '-5.00' }, 'items[3].amountDue: expected zero or more, got "-5.00"'],
    [{ ...base, amountDue: -5 }, 'items[3].amountDue: expected zero or more, got "-5"'],
    [{ ...base, amountDue: '12,50' }, 'items[3].amountDue: expected a decimal amount such as "1234.50", got "12,50"'],
    [{ ...base, amountDue: null }, 'items[3].amountDue: expected an amount such as "1234.50", got null'],
    [{ ...base, currency: 'eur' }, 'items[3].currency: expected an ISO 4217 currency code such as "EUR", got "eur"'],
    [{ ...base, id: '' }, 'items[3].id: expected a non-empty identifier'],
    [{ ...base, customerId: 42 }, 'items[3].customerId: expected string, got number 42'],
    [{ ...base, number: 7 }, 'items[3].number: expected string, got number 7'],
    ['i1', 'items[3]: expected object, got "i1"'],
    [null, 'items[3]: expected object, got null'],
  ])('rejects %j with a message naming the path', (value, message) => {
    expect(errorFor(value)).toBe(message);
  });

  it('says how many more problems a row has', () => {
    expect(errorFor({ ...base, id: '', customerId: '' })).toBe(
      'items[3].id: expected a non-empty identifier (and 1 more problem)',
    );
  });
});
