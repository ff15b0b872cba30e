import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { OverdueError } from '../errors/overdue-error';
import { parseInput } from '../validation/parse-input';
import { type InvoiceInput, invoiceSchema, invoiceStatusSchema } from './invoice';

const base: InvoiceInput = {
  id: 'i1',
  customerId: 'C1',
  number: 'INV-1',
  currency: 'EUR',
  issueDate: '2026-01-01',
  dueDate: '2026-01-31',
  total: '120.00',
  amountDue: '120.00',
};

function problem(input: unknown): string {
  try {
    parseInput(invoiceSchema, input);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidArgumentError);
    return (error as Error).message;
  }
  throw new Error('expected the invoice to be rejected');
}

describe('invoiceStatusSchema', () => {
  it.each(['draft', 'open', 'paid', 'void', 'written-off'])('accepts %s', (status) => {
    expect(invoiceStatusSchema.parse(status)).toBe(status);
  });
});

describe('invoiceSchema', () => {
  it('turns amounts into exact money in the invoice currency', () => {
    const invoice = parseInput(invoiceSchema, base);
    expect(invoice.total).toEqual({ currency: 'EUR', minor: 12000 }); // the documented example
    expect(invoice.amountDue).toEqual({ currency: 'EUR', minor: 12000 });
    expect(parseInput(invoiceSchema, { ...base, currency: 'JPY', total: 1500, amountDue: '0' }).total).toEqual({
      currency: 'JPY',
      minor: 1500,
    });
    expect(
      parseInput(invoiceSchema, { ...base, currency: 'KWD', total: new Decimal('1.5'), amountDue: '1.5' }).total,
    ).toEqual({
      currency: 'KWD',
      minor: 1500,
    });
  });

  it('keeps the optional fields and drops unknown ones', () => {
    const invoice = parseInput(invoiceSchema, {
      ...base,
      disputed: true,
      paymentUrl: 'https://pay.example.com/i1',
      tags: ['q1'],
      internalNote: 'not part of the schema',
    });
    expect(invoice).toMatchObject({ disputed: true, paymentUrl: 'https://pay.example.com/i1', tags: ['q1'] });
    expect('internalNote' in invoice).toBe(false);
    expect('installments' in invoice).toBe(false);
  });

  describe('status', () => {
    it.each<[Partial<InvoiceInput>, string]>([
      [{ amountDue: '120.00' }, 'open'], // defaults to open while something is due
      [{ amountDue: '0', paidDate: '2026-01-20' }, 'paid'], // defaults to paid when nothing is due
      [{ amountDue: '0.00' }, 'paid'],
      [{ amountDue: '0', status: 'void' }, 'void'],
      [{ amountDue: '120', status: 'draft' }, 'draft'],
      [{ amountDue: '50', status: 'written-off', paidDate: '2026-03-31' }, 'written-off'],
      [{ amountDue: '0', status: 'open' }, 'open'], // an explicit status wins
    ])('with %o is %s', (overrides, status) => {
      expect(parseInput(invoiceSchema, { ...base, ...overrides }).status).toBe(status);
    });

    it('rejects "paid" while something is still due', () => {
      expect(problem({ ...base, status: 'paid', amountDue: '0.01' })).toBe(
        'status: status is "paid" but 0.01 is still due',
      );
    });

    it('rejects an unknown status', () => {
      expect(problem({ ...base, status: 'closed' })).toBe(
        'status: expected one of "draft", "open", "paid", "void", "written-off", got "closed"',
      );
    });
  });

  describe('amounts', () => {
    it('accepts a zero total (a free invoice) and an amount due equal to the total', () => {
      expect(parseInput(invoiceSchema, { ...base, total: '0', amountDue: '0' }).total.minor).toBe(0);
    });

    it.each<[Partial<InvoiceInput>, string]>([
      [{ amountDue: '120.01' }, 'amountDue: amount due 120.01 is more than the total 120.00'],
      [{ total: '-1', amountDue: '0' }, 'total: expected zero or more, got "-1"'],
      [{ amountDue: '-0.01' }, 'amountDue: expected zero or more, got "-0.01"'],
      [{ total: '0.125' }, 'total: EUR has 2 minor digits, so "0.125" cannot be represented exactly'],
      [{ total: '1,200.00' }, 'total: expected a decimal amount such as "1234.50", got "1,200.00"'],
      [{ total: Number.NaN }, 'total: expected a finite amount, got NaN'],
      [
        { total: '90071992547409.92' },
        'total: "90071992547409.92" exceeds 9007199254740991 minor units and cannot be represented exactly',
      ],
      [
        { currency: 'JPY', total: '0.5', amountDue: '0' },
        'total: JPY has 0 minor digits, so "0.5" cannot be represented exactly',
      ],
    ])('rejects %o', (overrides, message) => {
      expect(problem({ ...base, ...overrides })).toBe(message);
    });
  });

  describe('dates', () => {
    it('accepts a due date and a paid date on the issue date', () => {
      expect(
        parseInput(invoiceSchema, { ...base, dueDate: '2026-01-01', paidDate: '2026-01-01', amountDue: '0' }).dueDate,
      ).toBe('2026-01-01');
    });

    it.each<[Partial<InvoiceInput>, string]>([
      [{ dueDate: '31/12/2025' }, 'dueDate: expected YYYY-MM-DD, got "31/12/2025"'],
      [
        { issueDate: '2026-02-30' },
        'issueDate: expected a real calendar date YYYY-MM-DD, got "2026-02-30" (no such day)',
      ],
      [{ dueDate: '2025-12-31' }, 'dueDate: due date 2025-12-31 is before issue date 2026-01-01'],
      [{ paidDate: '2025-12-31', amountDue: '0' }, 'paidDate: paid date 2025-12-31 is before issue date 2026-01-01'],
    ])('rejects %o', (overrides, message) => {
      expect(problem({ ...base, ...overrides })).toBe(message);
    });

    it('rejects a Date object where a civil date belongs', () => {
      expect(problem({ ...base, dueDate: new Date(Date.UTC(2026, 0, 31)) })).toBe(
        'dueDate: expected YYYY-MM-DD, got a Date (2026-01-31T00:00:00.000Z); pass the civil date as "YYYY-MM-DD"',
      );
    });
  });

  describe('installments', () => {
    it('turns installment amounts into exact money when they add up to the total', () => {
      const invoice = parseInput(invoiceSchema, {
        ...base,
        installments: [
          { dueDate: '2026-01-31', amount: '40' },
          { dueDate: '2026-02-28', amount: 40 },
          { dueDate: '2026-03-31', amount: new Decimal('40.00') },
        ],
      });
      expect(invoice.installments).toEqual([
        { dueDate: '2026-01-31', amount: { currency: 'EUR', minor: 4000 } },
        { dueDate: '2026-02-28', amount: { currency: 'EUR', minor: 4000 } },
        { dueDate: '2026-03-31', amount: { currency: 'EUR', minor: 4000 } },
      ]);
    });

    it.each<[InvoiceInput['installments'], string]>([
      [
        [
          { dueDate: '2026-01-31', amount: '60' },
          { dueDate: '2026-02-28', amount: '60.01' },
        ],
        'installments: installments add up to 12001 minor units but the total is 12000',
      ],
      [
        [{ dueDate: '2026-01-31', amount: '119.99' }],
        'installments: installments add up to 11999 minor units but the total is 12000',
      ],
      [[], 'installments: installments add up to 0 minor units but the total is 12000'],
      [
        [
          { dueDate: '2026-01-31', amount: '120' },
          { dueDate: '2026-02-28', amount: '0' },
        ],
        'installments[1].amount: expected a positive amount, got "0"',
      ],
      [
        [
          { dueDate: '2026-01-31', amount: '130' },
          { dueDate: '2026-02-28', amount: '-10' },
        ],
        'installments[1].amount: expected a positive amount, got "-10"',
      ],
      [[{ dueDate: '28/02/2026', amount: '120' }], 'installments[0].dueDate: expected YYYY-MM-DD, got "28/02/2026"'],
    ])('rejects the installments %j', (installments, message) => {
      expect(problem({ ...base, installments })).toBe(message);
    });
  });

  it.each<[Partial<Record<keyof InvoiceInput, unknown>>, string]>([
    [{ id: '' }, 'id: expected a non-empty identifier'],
    [{ customerId: 42 }, 'customerId: expected string, got number 42'],
    [{ currency: 'EURO' }, 'currency: expected an ISO 4217 currency code such as "EUR", got "EURO"'],
    [{ paymentUrl: '/pay/i1' }, 'paymentUrl: expected an absolute URL'],
    [{ disputed: 'no' }, 'disputed: expected boolean, got "no"'],
    [{ tags: 'q1' }, 'tags: expected array, got "q1"'],
  ])('rejects the malformed field %o', (overrides, message) => {
    expect(problem({ ...base, ...overrides })).toBe(message);
  });

  it('parses every total and amount due that are valid, and rejects amounts due above the total', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 0, max: 10 ** 12 }), (total, due) => {
        const input = { ...base, total: (total / 100).toFixed(2), amountDue: (due / 100).toFixed(2) };
        if (due > total) {
          expect(() => parseInput(invoiceSchema, input)).toThrow(InvalidArgumentError);
        } else {
          const invoice = parseInput(invoiceSchema, input);
          expect([invoice.total.minor, invoice.amountDue.minor]).toEqual([total, due]);
        }
      }),
    );
  });

  it('throws nothing but an OverdueError when any field holds an arbitrary value', () => {
    const keys = [...Object.keys(base), 'status', 'paidDate', 'disputed', 'installments', 'paymentUrl', 'tags'];
    const value = fc.anything({
      withNullPrototype: true,
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withSparseArray: true,
    });
    fc.assert(
      fc.property(fc.constantFrom(...keys), value, (key, field) => {
        try {
          parseInput(invoiceSchema, { ...base, [key]: field });
        } catch (error) {
          expect(OverdueError.isInstance(error), String(error)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
