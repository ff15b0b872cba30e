import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { OverdueError } from '../errors/overdue-error';
import { parseInput } from '../validation/parse-input';
import { type PaymentInput, paymentSchema } from './payment';

const base: PaymentInput = { id: 'p1', customerId: 'C1', currency: 'EUR', date: '2026-02-03', amount: '100' };

describe('paymentSchema', () => {
  it('turns the amount and allocations into exact money', () => {
    const payment = parseInput(paymentSchema, { ...base, allocations: [{ invoiceId: 'i1', amount: '60' }] });
    expect(payment.amount).toEqual({ currency: 'EUR', minor: 10000 });
    expect(payment.allocations).toEqual([{ invoiceId: 'i1', amount: { currency: 'EUR', minor: 6000 } }]); // the documented example
  });

  it('defaults allocations to an empty list (all cash unapplied) and keeps the reference', () => {
    expect(parseInput(paymentSchema, { ...base, reference: 'BACS 123' })).toEqual({
      ...base,
      reference: 'BACS 123',
      amount: { currency: 'EUR', minor: 10000 },
      allocations: [],
    });
  });

  it('accepts allocations that use the whole amount exactly', () => {
    const payment = parseInput(paymentSchema, {
      ...base,
      allocations: [
        { invoiceId: 'i1', amount: '33.33' },
        { invoiceId: 'i2', amount: 33.33 },
        { invoiceId: 'i3', amount: new Decimal('33.34') },
      ],
    });
    expect(payment.allocations.map((allocation) => allocation.amount.minor)).toEqual([3333, 3333, 3334]);
  });

  it.each<[Partial<Record<keyof PaymentInput, unknown>>, string]>([
    [
      {
        allocations: [
          { invoiceId: 'i1', amount: '60' },
          { invoiceId: 'i2', amount: '40.01' },
        ],
      },
      'allocations: allocations add up to 10001 minor units, more than the 10000 available',
    ],
    [{ amount: '0' }, 'amount: expected a positive amount, got "0"'],
    [{ amount: '-5' }, 'amount: expected a positive amount, got "-5"'],
    [{ amount: '1.001' }, 'amount: EUR has 2 minor digits, so "1.001" cannot be represented exactly'],
    [{ allocations: [{ invoiceId: 'i1', amount: '0' }] }, 'allocations[0].amount: expected a positive amount, got "0"'],
    [
      { allocations: [{ invoiceId: 'i1', amount: '-1' }] },
      'allocations[0].amount: expected a positive amount, got "-1"',
    ],
    [{ allocations: [{ invoiceId: '', amount: '1' }] }, 'allocations[0].invoiceId: expected a non-empty identifier'],
    [
      { allocations: [{ invoiceId: 'i1' }] },
      'allocations[0].amount: expected an amount such as "1234.50", got nothing (the field is missing)',
    ],
    [{ date: '03/02/2026' }, 'date: expected YYYY-MM-DD, got "03/02/2026"'],
    [{ currency: 'XYZ' }, 'currency: expected an ISO 4217 currency code such as "EUR", got "XYZ"'],
  ])('rejects %o', (overrides, message) => {
    const run = () => parseInput(paymentSchema, { ...base, ...overrides });
    expect(run).toThrow(InvalidArgumentError);
    expect(run).toThrow(message);
  });

  it('reads allocations in the payment currency (JPY has no minor digits)', () => {
    const run = () =>
      parseInput(paymentSchema, {
        ...base,
        currency: 'JPY',
        amount: '1000',
        allocations: [{ invoiceId: 'i1', amount: '0.5' }],
      });
    expect(run).toThrow('allocations[0].amount: JPY has 0 minor digits, so "0.5" cannot be represented exactly');
  });

  it('accepts allocations exactly when they add up to no more than the amount', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 ** 9 }),
        fc.array(fc.integer({ min: 1, max: 10 ** 8 }), { maxLength: 12 }),
        (amount, parts) => {
          const input = {
            ...base,
            currency: 'JPY',
            amount: String(amount),
            allocations: parts.map((part, index) => ({ invoiceId: `i${index}`, amount: String(part) })),
          };
          const allocated = parts.reduce((sum, part) => sum + part, 0);
          if (allocated > amount) expect(() => parseInput(paymentSchema, input)).toThrow(InvalidArgumentError);
          else expect(parseInput(paymentSchema, input).allocations).toHaveLength(parts.length);
        },
      ),
    );
  });

  it('throws nothing but an OverdueError for arbitrary allocations', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true, withBoxedValues: true }), (allocations) => {
        try {
          parseInput(paymentSchema, { ...base, allocations });
        } catch (error) {
          expect(OverdueError.isInstance(error), String(error)).toBe(true);
        }
      }),
    );
  });
});
