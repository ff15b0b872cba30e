import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { parseInput } from '../validation/parse-input';
import { type LedgerInput, ledgerSchema } from './ledger';

const invoice = {
  id: 'i1',
  customerId: 'C1',
  number: 'INV-1',
  currency: 'EUR',
  issueDate: '2025-12-01',
  dueDate: '2025-12-31',
  total: '120.00',
  amountDue: '20.00',
};

describe('ledgerSchema', () => {
  it('defaults customers, payments and credit notes to empty lists', () => {
    expect(ledgerSchema.parse({ invoices: [] }).payments).toEqual([]); // the documented example
    expect(parseInput(ledgerSchema, { invoices: [] })).toEqual({
      customers: [],
      invoices: [],
      payments: [],
      creditNotes: [],
    });
  });

  it('requires the invoices', () => {
    const run = () => parseInput(ledgerSchema, {});
    expect(run).toThrow(InvalidArgumentError);
    expect(run).toThrow('invoices: expected array, got nothing (the field is missing)');
  });

  it('parses every kind of record into exact money', () => {
    const input: LedgerInput = {
      customers: [{ id: 'C1', name: 'Acme', currency: 'EUR' }],
      invoices: [invoice],
      payments: [
        {
          id: 'p1',
          customerId: 'C1',
          currency: 'EUR',
          date: '2025-12-20',
          amount: '100',
          allocations: [{ invoiceId: 'i1', amount: '100' }],
        },
      ],
      creditNotes: [{ id: 'cn1', customerId: 'C1', currency: 'EUR', date: '2025-12-21', total: '5' }],
    };
    const ledger = parseInput(ledgerSchema, input);
    expect(ledger.customers[0]).toEqual({ id: 'C1', name: 'Acme', currency: 'EUR', contacts: [] });
    expect(ledger.invoices[0]?.amountDue).toEqual({ currency: 'EUR', minor: 2000 });
    expect(ledger.payments[0]?.allocations[0]?.amount).toEqual({ currency: 'EUR', minor: 10000 });
    expect(ledger.creditNotes[0]?.total).toEqual({ currency: 'EUR', minor: 500 });
  });

  it.each<[LedgerInput | Record<string, unknown>, string]>([
    [
      { invoices: [{ ...invoice, dueDate: '31/12/2025' }] },
      'invoices[0].dueDate: expected YYYY-MM-DD, got "31/12/2025"',
    ],
    [
      { invoices: [invoice, { ...invoice, id: 'i2', amountDue: '121' }] },
      'invoices[1].amountDue: amount due 121 is more than the total 120.00',
    ],
    [
      { invoices: [], customers: [{ id: 'C1' }] },
      'customers[0].name: expected string, got nothing (the field is missing)',
    ],
    [
      { invoices: [], payments: [{ id: 'p1', customerId: 'C1', currency: 'EUR', date: '2025-12-20', amount: '0' }] },
      'payments[0].amount: expected a positive amount, got "0"',
    ],
    [
      {
        invoices: [],
        creditNotes: [
          {
            id: 'cn1',
            customerId: 'C1',
            currency: 'EUR',
            date: '2025-12-20',
            total: '5',
            allocations: [{ invoiceId: 'i1', amount: '6' }],
          },
        ],
      },
      'creditNotes[0].allocations: allocations add up to 600 minor units, more than the 500 available',
    ],
    [{ invoices: {} }, 'invoices: expected array, got an object'],
  ])('names the path of the bad record in %j', (input, message) => {
    expect(() => parseInput(ledgerSchema, input)).toThrow(message);
  });
});
