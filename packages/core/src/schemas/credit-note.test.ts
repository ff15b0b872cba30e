import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { parseInput } from '../validation/parse-input';
import { type CreditNoteInput, creditNoteSchema } from './credit-note';

const base: CreditNoteInput = { id: 'cn1', customerId: 'C1', currency: 'EUR', date: '2026-02-03', total: '20' };

describe('creditNoteSchema', () => {
  it('turns the total into exact money and defaults allocations to none', () => {
    const note = parseInput(creditNoteSchema, base);
    expect(note.total).toEqual({ currency: 'EUR', minor: 2000 }); // the documented example
    expect(note.allocations).toEqual([]);
  });

  it('turns allocations into exact money in the note currency', () => {
    const note = parseInput(creditNoteSchema, {
      ...base,
      currency: 'KWD',
      total: '20',
      allocations: [
        { invoiceId: 'i1', amount: '12.5' },
        { invoiceId: 'i2', amount: '7.500' },
      ],
    });
    expect(note.allocations).toEqual([
      { invoiceId: 'i1', amount: { currency: 'KWD', minor: 12500 } },
      { invoiceId: 'i2', amount: { currency: 'KWD', minor: 7500 } },
    ]);
  });

  it.each<[Partial<Record<keyof CreditNoteInput, unknown>>, string]>([
    [
      { allocations: [{ invoiceId: 'i1', amount: '20.01' }] },
      'allocations: allocations add up to 2001 minor units, more than the 2000 available',
    ],
    [{ total: '0' }, 'total: expected a positive amount, got "0"'],
    [{ total: '-20' }, 'total: expected a positive amount, got "-20"'],
    [{ allocations: [{ invoiceId: 'i1', amount: '0' }] }, 'allocations[0].amount: expected a positive amount, got "0"'],
    [{ total: undefined }, 'total: expected an amount such as "1234.50", got nothing (the field is missing)'],
  ])('rejects %o', (overrides, message) => {
    const run = () => parseInput(creditNoteSchema, { ...base, ...overrides });
    expect(run).toThrow(InvalidArgumentError);
    expect(run).toThrow(message);
  });

  it('does not accept a payment amount field in place of the total', () => {
    const { total: _total, ...withoutTotal } = base;
    expect(() => parseInput(creditNoteSchema, { ...withoutTotal, amount: '20' })).toThrow('total: expected an amount');
  });
});
