import type { CreditNoteInput, InvoiceInput, InvoiceStatus, LedgerInput, PaymentInput } from '@overdue/core';
import { CurrencyMismatchError, InvalidArgumentError, OverdueError } from '@overdue/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invoice as baseInvoice, creditNote, payment, thrownBy } from '../_test/ledger-builders';
import { prepareLedger } from '../prepare-ledger';
import type { OpenBalances, UnappliedBalance } from './open-balances-as-of';
import { openBalancesAsOf } from './open-balances-as-of';

/** [invoiceId, openMinor] of every open item. */
// This suite's invoices are issued on 10 January and numbered INV-<id>.
function invoice(id: string, fields: Partial<InvoiceInput> = {}): InvoiceInput {
  return baseInvoice(id, { number: `INV-${id}`, issueDate: '2026-01-10', dueDate: '2026-02-09', ...fields });
}

function openAmounts(balances: OpenBalances): [string, number][] {
  return balances.items.map((item) => [item.invoiceId, item.openMinor]);
}

describe('openBalancesAsOf', () => {
  it('counts an invoice from its issue date, with every field of the open item', () => {
    const ledger = { invoices: [invoice('i1', { disputed: true })] };
    expect(openBalancesAsOf(ledger, { asOf: '2026-01-09' })).toEqual({
      asOf: '2026-01-09',
      items: [],
      unapplied: [],
      warnings: [],
    });
    expect(openBalancesAsOf(ledger, { asOf: '2026-01-10' }).items).toEqual([
      {
        invoiceId: 'i1',
        customerId: 'C1',
        number: 'INV-i1',
        currency: 'EUR',
        issueDate: '2026-01-10',
        dueDate: '2026-02-09',
        totalMinor: 10000,
        openMinor: 10000,
        disputed: true,
      },
    ]);
  });

  it('still shows an invoice paid after asOf as open on asOf', () => {
    // The guide's example: issued Jan 5, paid in full Feb 10.
    const ledger: LedgerInput = {
      invoices: [
        invoice('i1', { issueDate: '2026-01-05', dueDate: '2026-02-04', amountDue: '0', paidDate: '2026-02-10' }),
      ],
      payments: [payment('p1', '2026-02-10', '100.00', [['i1', '100.00']])],
    };
    expect(openAmounts(openBalancesAsOf(ledger, { asOf: '2026-01-31' }))).toEqual([['i1', 10000]]);
    expect(openAmounts(openBalancesAsOf(ledger, { asOf: '2026-02-09' }))).toEqual([['i1', 10000]]);
    expect(openAmounts(openBalancesAsOf(ledger, { asOf: '2026-02-10' }))).toEqual([]);
  });

  it('reduces an invoice by each partial payment from the payment date', () => {
    const ledger: LedgerInput = {
      invoices: [invoice('i1', { amountDue: '50.00' })],
      payments: [
        payment('p2', '2026-01-20', '20.00', [['i1', '20.00']]),
        payment('p1', '2026-01-15', '30.00', [['i1', '30.00']]),
      ],
    };
    // 100.00, then -30.00 on Jan 15, then -20.00 on Jan 20.
    expect(openAmounts(openBalancesAsOf(ledger, { asOf: '2026-01-14' }))).toEqual([['i1', 10000]]);
    expect(openAmounts(openBalancesAsOf(ledger, { asOf: '2026-01-15' }))).toEqual([['i1', 7000]]);
    expect(openAmounts(openBalancesAsOf(ledger, { asOf: '2026-01-19' }))).toEqual([['i1', 7000]]);
    expect(openAmounts(openBalancesAsOf(ledger, { asOf: '2026-01-20' }))).toEqual([['i1', 5000]]);
    expect(openBalancesAsOf(ledger, { asOf: '2026-06-30' }).warnings).toEqual([]);
  });

  it('reduces an invoice by an allocated credit note and lists the rest of the credit as unapplied', () => {
    const ledger: LedgerInput = {
      invoices: [invoice('i1', { amountDue: '75.00' })],
      creditNotes: [creditNote('c1', '2026-01-12', '35.00', [['i1', '25.00']])],
    };
    const balances = openBalancesAsOf(ledger, { asOf: '2026-01-12' });
    // 100.00 - 25.00 credited; 10.00 of the credit note is not allocated.
    expect(openAmounts(balances)).toEqual([['i1', 7500]]);
    expect(balances.unapplied).toEqual([{ customerId: 'C1', currency: 'EUR', cashMinor: 0, creditMinor: 1000 }]);
    expect(openBalancesAsOf(ledger, { asOf: '2026-01-11' }).unapplied).toEqual([]);
  });

  it('keeps a payment dated before the invoice unapplied until the issue date, then applies it', () => {
    const ledger: LedgerInput = {
      invoices: [invoice('i1', { amountDue: '40.00' })],
      payments: [payment('p1', '2026-01-05', '100.00', [['i1', '60.00']])],
    };
    expect(openBalancesAsOf(ledger, { asOf: '2026-01-04' }).unapplied).toEqual([]);
    const before = openBalancesAsOf(ledger, { asOf: '2026-01-09' });
    // Not issued yet; all 100.00 of cash waits.
    expect(before.items).toEqual([]);
    expect(before.unapplied).toEqual([{ customerId: 'C1', currency: 'EUR', cashMinor: 10000, creditMinor: 0 }]);
    const after = openBalancesAsOf(ledger, { asOf: '2026-01-10' });
    // Issued: 100.00 - 60.00 applied; 40.00 of cash stays unapplied.
    expect(openAmounts(after)).toEqual([['i1', 4000]]);
    expect(after.unapplied).toEqual([{ customerId: 'C1', currency: 'EUR', cashMinor: 4000, creditMinor: 0 }]);
  });

  it('lists unapplied cash and credit per customer and currency, in order of first appearance', () => {
    const ledger: LedgerInput = {
      invoices: [],
      payments: [
        payment('p1', '2026-01-05', '50.00'),
        payment('p2', '2026-01-06', '20.00', [], { currency: 'USD' }),
        payment('p3', '2026-01-07', '7.00'),
        payment('p4', '2026-03-01', '999.00'), // after asOf
      ],
      creditNotes: [
        creditNote('c1', '2026-01-08', '5.00', [], { customerId: 'C2' }),
        creditNote('c2', '2026-01-09', '3.00'),
        creditNote('c3', '2026-01-09', '1000', [], { currency: 'JPY' }),
      ],
    };
    // C1 EUR: cash 50 + 7, credit 3; C1 USD: cash 20; C2 EUR: credit 5; C1 JPY: credit 1000 yen.
    expect(openBalancesAsOf(ledger, { asOf: '2026-01-31' }).unapplied).toEqual<UnappliedBalance[]>([
      { customerId: 'C1', currency: 'EUR', cashMinor: 5700, creditMinor: 300 },
      { customerId: 'C1', currency: 'USD', cashMinor: 2000, creditMinor: 0 },
      { customerId: 'C2', currency: 'EUR', cashMinor: 0, creditMinor: 500 },
      { customerId: 'C1', currency: 'JPY', cashMinor: 0, creditMinor: 1000 },
    ]);
  });

  it('never counts void or draft invoices, and leaves cash allocated to them unapplied', () => {
    const ledger: LedgerInput = {
      invoices: [
        invoice('v', { status: 'void' }),
        invoice('d', { status: 'draft', amountDue: '60.00' }),
        invoice('o', { total: '10.00', amountDue: '10.00' }),
      ],
      payments: [payment('p1', '2026-01-15', '30.00', [['v', '30.00']])],
    };
    const balances = openBalancesAsOf(ledger, { asOf: '2026-12-31' });
    expect(openAmounts(balances)).toEqual([['o', 1000]]);
    expect(balances.unapplied).toEqual([{ customerId: 'C1', currency: 'EUR', cashMinor: 3000, creditMinor: 0 }]);
    expect(balances.warnings.map((warning) => [warning.code, warning.invoiceId, warning.documentId])).toEqual([
      ['allocation-to-void-invoice', 'v', 'p1'],
    ]);
  });

  it('closes a written-off invoice on its paid date (the write-off date)', () => {
    const ledger: LedgerInput = {
      invoices: [invoice('w', { status: 'written-off', paidDate: '2026-05-31', amountDue: '80.00' })],
      payments: [payment('p1', '2026-02-01', '20.00', [['w', '20.00']])],
    };
    expect(openAmounts(openBalancesAsOf(ledger, { asOf: '2026-01-31' }))).toEqual([['w', 10000]]);
    expect(openAmounts(openBalancesAsOf(ledger, { asOf: '2026-05-30' }))).toEqual([['w', 8000]]);
    expect(openAmounts(openBalancesAsOf(ledger, { asOf: '2026-05-31' }))).toEqual([]);
  });

  it('dates an unallocated settlement on the paid date', () => {
    const ledger = { invoices: [invoice('i1', { amountDue: '0', paidDate: '2026-03-01' })] };
    expect(openAmounts(openBalancesAsOf(ledger, { asOf: '2026-02-28' }))).toEqual([['i1', 10000]]);
    expect(openBalancesAsOf(ledger, { asOf: '2026-03-01' })).toEqual({
      asOf: '2026-03-01',
      items: [],
      unapplied: [],
      warnings: [],
    });
  });

  it('treats amountDue below the total with no allocation and no paid date as settled on the issue date, with a warning', () => {
    const balances = openBalancesAsOf({ invoices: [invoice('i1', { amountDue: '60.00' })] }, { asOf: '2026-01-10' });
    expect(openAmounts(balances)).toEqual([['i1', 6000]]);
    expect(balances.warnings).toEqual([
      {
        code: 'settlement-date-unknown',
        invoiceId: 'i1',
        message:
          'invoice i1 records 4000 minor units settled with no payment, credit or paid date; treated as settled on its issue date',
      },
    ]);
  });

  it('lists open items in ledger order', () => {
    const ledger = {
      invoices: [
        invoice('z', { customerId: 'C9' }),
        invoice('a', { customerId: 'C1', issueDate: '2026-01-01', dueDate: '2026-01-01' }),
        invoice('m', { customerId: 'C5', currency: 'JPY', total: '5000', amountDue: '5000' }),
      ],
    };
    expect(openAmounts(openBalancesAsOf(ledger, { asOf: '2026-02-01' }))).toEqual([
      ['z', 10000],
      ['a', 10000],
      ['m', 5000],
    ]);
  });

  describe('rejects a bad ledger', () => {
    it('names invoices[i] when allocations exceed the invoice total', () => {
      const error = thrownBy(() =>
        openBalancesAsOf(
          {
            invoices: [invoice('i0'), invoice('i1')],
            payments: [payment('p1', '2026-01-15', '60.00', [['i1', '60.00']])],
            creditNotes: [creditNote('c1', '2026-01-16', '50.00', [['i1', '50.00']])],
          },
          { asOf: '2026-01-31' },
        ),
      );
      expect(error).toBeInstanceOf(InvalidArgumentError);
      // 60.00 + 50.00 = 11000 minor units against a total of 10000.
      expect(error.message).toBe(
        'invoices[1]: allocations to invoice "i1" add up to 11000 minor units, more than its total 10000',
      );
    });

    it('names payments[i].allocations[j].invoiceId for an allocation to an unknown invoice', () => {
      const error = thrownBy(() =>
        openBalancesAsOf(
          {
            invoices: [invoice('i1')],
            payments: [
              payment('p0', '2026-01-15', '1.00', [['i1', '1.00']]),
              payment('p1', '2026-01-15', '2.00', [
                ['i1', '1.00'],
                ['i9', '1.00'],
              ]),
            ],
          },
          { asOf: '2026-01-31' },
        ),
      );
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).path).toBe('payments[1].allocations[1].invoiceId');
      expect(error.message).toBe('payments[1].allocations[1].invoiceId: no invoice with id "i9" in the ledger');
    });

    it('throws a CurrencyMismatchError for an allocation in another currency', () => {
      const error = thrownBy(() =>
        openBalancesAsOf(
          {
            invoices: [invoice('i1')],
            payments: [payment('p1', '2026-01-15', '10.00', [['i1', '10.00']], { currency: 'USD' })],
          },
          { asOf: '2026-01-31' },
        ),
      );
      expect(error).toBeInstanceOf(CurrencyMismatchError);
      expect((error as CurrencyMismatchError).expected).toBe('EUR');
      expect((error as CurrencyMismatchError).received).toBe('USD');
      expect((error as CurrencyMismatchError).code).toBe('currency-mismatch');
      expect((error as CurrencyMismatchError).path).toBe('payments[0].allocations[0].invoiceId');
    });

    it.each([
      [
        { invoices: [invoice('i1'), invoice('i2'), invoice('i1')] },
        'invoices[2].id: duplicate invoice id "i1" (also invoices[0])',
      ],
      [
        {
          invoices: [],
          payments: [payment('p1', '2026-01-15', '1.00'), payment('p1', '2026-01-16', '2.00')],
        },
        'payments[1].id: duplicate id "p1" (also payments[0])',
      ],
      [
        {
          invoices: [],
          creditNotes: [
            creditNote('c1', '2026-01-15', '1.00'),
            creditNote('c2', '2026-01-15', '1.00'),
            creditNote('c1', '2026-01-16', '2.00'),
          ],
        },
        'creditNotes[2].id: duplicate id "c1" (also creditNotes[0])',
      ],
    ])('rejects duplicate ids (%#)', (ledger, message) => {
      const error = thrownBy(() => openBalancesAsOf(ledger, { asOf: '2026-01-31' }));
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error.message).toBe(message);
    });

    it.each([
      ['2026-02-30', 'options.asOf: expected a real calendar date YYYY-MM-DD, got "2026-02-30" (no such day)'],
      ['31/01/2026', 'options.asOf: expected YYYY-MM-DD, got "31/01/2026"'],
      [undefined, 'options.asOf: expected YYYY-MM-DD, got nothing (the field is missing)'],
      [20260131, 'options.asOf: expected YYYY-MM-DD, got number 20260131'],
      [
        new Date('2026-01-31T00:00:00Z'),
        'options.asOf: expected YYYY-MM-DD, got a Date (2026-01-31T00:00:00.000Z); pass the civil date as "YYYY-MM-DD"',
      ],
    ])('rejects asOf %j naming options.asOf', (asOf, message) => {
      const error = thrownBy(() => openBalancesAsOf({ invoices: [] }, { asOf: asOf as string }));
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error.message).toBe(message);
    });

    it('rejects missing options', () => {
      const error = thrownBy(() => openBalancesAsOf({ invoices: [] }, undefined as never));
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).path).toBe('options.asOf');
    });

    it.each([
      [{ asOf: '2026-01-31', asof: '2026-01-31' }, 'options.asof', 'unknown field; did you mean "asOf"?'],
      [{ asOf: '2026-01-31', currency: 'EUR' }, 'options.currency', 'unknown field; expected one of asOf'],
    ])('rejects the unknown option field of %j at its path, before reading the ledger', (options, path, message) => {
      const error = thrownBy(() => openBalancesAsOf({ invoices: 'none' } as never, options as never));
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error).toMatchObject({ path, message: `${path}: ${message}` });
    });

    it.each([
      [null, 'ledger'],
      [42, 'ledger'],
      [{}, 'invoices'],
      [{ invoices: {} }, 'invoices'],
      [{ invoices: [], payments: 'none' }, 'payments'],
      [{ invoices: [], creditNotes: null }, 'creditNotes'],
      [{ invoices: [], customers: [{ name: 'x' }] }, 'customers[0].id'],
      [{ invoices: [invoice('i1', { dueDate: '31/12/2025' })] }, 'invoices[0].dueDate'],
      [{ invoices: [invoice('i1'), invoice('i2', { total: '1.234' })] }, 'invoices[1].total'],
      [{ invoices: [invoice('i1', { amountDue: '120.00' })] }, 'invoices[0].amountDue'],
      [{ invoices: [], payments: [payment('p1', '2026-01-01', '0')] }, 'payments[0].amount'],
      [{ invoices: [], payments: [payment('p1', '2026-01-01', '1.00', [['i1', '2.00']])] }, 'payments[0].allocations'],
    ])('rejects a malformed ledger %j at %s', (ledger, path) => {
      const error = thrownBy(() => openBalancesAsOf(ledger as LedgerInput, { asOf: '2026-01-31' }));
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).path).toBe(path);
    });
  });

  it('gives identical results for the same ledger passed raw or prepared', () => {
    const ledger: LedgerInput = {
      customers: [{ id: 'C1', name: 'Acme' }],
      invoices: [
        invoice('i1', { amountDue: '50.00' }),
        invoice('i2', { customerId: 'C2', currency: 'JPY', total: '5000', amountDue: '5000' }),
        invoice('i3', { amountDue: '90.00' }),
        invoice('v', { status: 'void' }),
        invoice('w', { status: 'written-off', paidDate: '2026-03-31' }),
      ],
      payments: [
        payment('p1', '2026-01-05', '80.00', [['i1', '50.00']]),
        payment('p2', '2026-01-05', '1000', [['i2', '1000']], { customerId: 'C2', currency: 'JPY' }),
      ],
      creditNotes: [creditNote('c1', '2026-01-20', '20.00', [['v', '5.00']])],
    };
    const prepared = prepareLedger(ledger);
    for (const asOf of ['2026-01-04', '2026-01-05', '2026-01-10', '2026-01-20', '2026-03-30', '2026-03-31']) {
      expect(openBalancesAsOf(prepared, { asOf })).toEqual(openBalancesAsOf(ledger, { asOf }));
    }
  });

  it('gives the same result when called twice (deterministic)', () => {
    const ledger: LedgerInput = {
      invoices: [invoice('i1', { amountDue: '60.00' })],
      payments: [payment('p1', '2026-01-05', '80.00', [['i1', '40.00']])],
    };
    const first = openBalancesAsOf(ledger, { asOf: '2026-01-31' });
    expect(openBalancesAsOf(ledger, { asOf: '2026-01-31' })).toEqual(first);
  });

  // Fixed (was a bug): the warnings array returned is the prepared ledger's own array, so a caller that edits one
  // result (e.g. `balances.warnings.length = 0` or push) changes what every later call on the same
  // prepared ledger returns. Input: a ledger whose invoice has amountDue < total and no paid date, prepared
  // once; expected the second call to still report 1 warning, actual 0.
  it('returns warnings that later calls on the same prepared ledger do not share', () => {
    const prepared = prepareLedger({ invoices: [invoice('i1', { amountDue: '60.00' })] });
    const first = openBalancesAsOf(prepared, { asOf: '2026-01-31' });
    first.warnings.length = 0;
    expect(openBalancesAsOf(prepared, { asOf: '2026-01-31' }).warnings).toHaveLength(1);
  });
});

// ---------------------------------------------------------------------------------------------------
// Property: openBalancesAsOf equals a direct reading of the guide's rules on random ledgers.

const DIGITS: Record<string, number> = { EUR: 2, JPY: 0 };

function major(minor: number, currency: string): string {
  const digits = DIGITS[currency] as number;
  if (digits === 0) return String(minor);
  const scale = 10 ** digits;
  return `${Math.floor(minor / scale)}.${String(minor % scale).padStart(digits, '0')}`;
}

function isoDate(dayNumber: number): string {
  return new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
}

const START = Date.UTC(2026, 0, 1) / 86_400_000;

interface GeneratedInvoice {
  customerId: string;
  currency: string;
  issue: number;
  due: number;
  total: number;
  status: InvoiceStatus | undefined;
  paidOffset: number | null;
  dueMode: 'consistent' | 'lower' | 'higher';
  dueShare: number;
}

interface GeneratedDocument {
  kind: 'payment' | 'credit-note';
  customerId: string;
  currency: string;
  day: number;
  allocations: { invoice: number; share: number }[];
  extra: number;
}

const customerIds = ['C1', 'C2', 'Ωmega', 'C1\u0000'];

const ledgerArbitrary = fc
  .record({
    invoices: fc.array(
      fc.record({
        customerId: fc.constantFrom(...customerIds),
        currency: fc.constantFrom('EUR', 'JPY'),
        issue: fc.integer({ min: 0, max: 60 }),
        dueAfter: fc.integer({ min: 0, max: 60 }),
        total: fc.oneof(fc.integer({ min: 1, max: 200_000 }), fc.constant(0)),
        status: fc.constantFrom<InvoiceStatus | undefined>(undefined, 'open', 'void', 'draft', 'written-off', 'paid'),
        paidOffset: fc.option(fc.integer({ min: 0, max: 90 })),
        dueMode: fc.constantFrom('consistent' as const, 'lower' as const, 'higher' as const),
        dueShare: fc.integer({ min: 0, max: 100 }),
      }),
      { maxLength: 10 },
    ),
    documents: fc.array(
      fc.record({
        kind: fc.constantFrom('payment' as const, 'credit-note' as const),
        customerId: fc.constantFrom(...customerIds),
        currency: fc.constantFrom('EUR', 'JPY'),
        day: fc.integer({ min: -10, max: 120 }),
        allocations: fc.array(fc.record({ invoice: fc.nat({ max: 9 }), share: fc.integer({ min: 1, max: 100 }) }), {
          maxLength: 3,
        }),
        extra: fc.integer({ min: 0, max: 5_000 }),
      }),
      { maxLength: 8 },
    ),
    asOf: fc.integer({ min: -5, max: 150 }),
  })
  .map(({ invoices: rawInvoices, documents: rawDocuments, asOf }) => {
    const invoices: GeneratedInvoice[] = rawInvoices.map((raw) => ({
      customerId: raw.customerId,
      currency: raw.currency,
      issue: START + raw.issue,
      due: START + raw.issue + raw.dueAfter,
      total: raw.total,
      status: raw.status,
      paidOffset: raw.paidOffset,
      dueMode: raw.dueMode,
      dueShare: raw.dueShare,
    }));
    // Allocations go to invoices of the same currency, never beyond what is left of their total.
    const capacity = invoices.map((generated) => generated.total);
    const documents: GeneratedDocument[] = rawDocuments.map((raw) => {
      const allocations: { invoice: number; share: number }[] = [];
      for (const { invoice: index, share } of raw.allocations) {
        const target = invoices[index];
        if (target === undefined || target.currency !== raw.currency) continue;
        if (allocations.some((allocation) => allocation.invoice === index)) continue;
        const minor = Math.floor(((capacity[index] as number) * share) / 100);
        if (minor <= 0) continue;
        capacity[index] = (capacity[index] as number) - minor;
        allocations.push({ invoice: index, share: minor });
      }
      return {
        kind: raw.kind,
        customerId: raw.customerId,
        currency: raw.currency,
        day: START + raw.day,
        allocations,
        extra: allocations.length === 0 ? Math.max(1, raw.extra) : raw.extra,
      };
    });
    return { invoices, documents, asOf: START + asOf };
  });

function toLedger(invoices: GeneratedInvoice[], documents: GeneratedDocument[]): LedgerInput {
  const allocated = invoices.map(() => 0);
  for (const document of documents) {
    for (const { invoice: index, share } of document.allocations)
      allocated[index] = (allocated[index] as number) + share;
  }
  const payments: PaymentInput[] = [];
  const creditNotes: CreditNoteInput[] = [];
  documents.forEach((document, index) => {
    const amount = major(
      document.allocations.reduce((sum, { share }) => sum + share, 0) + document.extra,
      document.currency,
    );
    const allocations = document.allocations.map(({ invoice: target, share }) => ({
      invoiceId: `i${target}`,
      amount: major(share, document.currency),
    }));
    const common = {
      id: `d${index}`,
      customerId: document.customerId,
      currency: document.currency,
      date: isoDate(document.day),
      allocations,
    };
    if (document.kind === 'payment') payments.push({ ...common, amount });
    else creditNotes.push({ ...common, total: amount });
  });
  return {
    invoices: invoices.map((generated, index) => {
      const settledByAllocations = allocated[index] as number;
      let amountDue = generated.total - settledByAllocations;
      if (generated.dueMode === 'lower') amountDue = Math.floor((amountDue * generated.dueShare) / 100);
      if (generated.dueMode === 'higher') amountDue += Math.floor((settledByAllocations * generated.dueShare) / 100);
      let status = generated.status;
      if (status === 'paid' && amountDue !== 0) status = 'open';
      const fields: InvoiceInput = {
        id: `i${index}`,
        customerId: generated.customerId,
        number: `N${index}`,
        currency: generated.currency,
        issueDate: isoDate(generated.issue),
        dueDate: isoDate(generated.due),
        total: major(generated.total, generated.currency),
        amountDue: major(amountDue, generated.currency),
      };
      if (status !== undefined) fields.status = status;
      if (generated.paidOffset !== null) fields.paidDate = isoDate(generated.issue + generated.paidOffset);
      return fields;
    }),
    payments,
    creditNotes,
  };
}

/**
 * The reference: the rules of docs/guides/open-balances-and-aging.md read literally, one invoice and one
 * document at a time, from the generated numbers (not from the ledger the code parses).
 */
function referenceBalances(
  invoices: GeneratedInvoice[],
  documents: GeneratedDocument[],
  asOf: number,
  ledger: LedgerInput,
) {
  const ledgerInvoices = ledger.invoices as InvoiceInput[];
  const excluded = (index: number) => {
    const status = ledgerInvoices[index]?.status;
    return status === 'void' || status === 'draft';
  };
  const items: [string, number][] = [];
  invoices.forEach((generated, index) => {
    if (excluded(index) || generated.issue > asOf) return;
    const input = ledgerInvoices[index] as InvoiceInput;
    const amountDue = Math.round(Number(input.amountDue) * 10 ** (DIGITS[generated.currency] as number));
    let allocatedTotal = 0;
    let allocatedByAsOf = 0;
    for (const document of documents) {
      for (const { invoice: target, share } of document.allocations) {
        if (target !== index) continue;
        allocatedTotal += share;
        if (Math.max(document.day, generated.issue) <= asOf) allocatedByAsOf += share;
      }
    }
    const settled = generated.total - amountDue;
    const knownDay = input.paidDate === undefined ? generated.issue : Date.parse(input.paidDate) / 86_400_000;
    let open = generated.total - allocatedByAsOf;
    if (settled > allocatedTotal && knownDay <= asOf) open -= settled - allocatedTotal;
    if (input.status === 'written-off' && knownDay <= asOf) open -= generated.total - Math.max(settled, allocatedTotal);
    if (open > 0) items.push([`i${index}`, open]);
  });
  const unapplied = new Map<string, UnappliedBalance>();
  // The ledger lists payments first, then credit notes; first appearance follows that order.
  const inLedgerOrder = [
    ...documents.filter((document) => document.kind === 'payment'),
    ...documents.filter((document) => document.kind === 'credit-note'),
  ];
  for (const document of inLedgerOrder) {
    if (document.day > asOf) continue;
    let waiting = document.extra;
    for (const { invoice: target, share } of document.allocations) {
      const issue = (invoices[target] as GeneratedInvoice).issue;
      if (excluded(target) || asOf < issue) waiting += share;
    }
    if (waiting === 0) continue;
    const key = `${document.customerId}|${document.currency}`;
    const balance = unapplied.get(key) ?? {
      customerId: document.customerId,
      currency: document.currency,
      cashMinor: 0,
      creditMinor: 0,
    };
    if (document.kind === 'payment') balance.cashMinor += waiting;
    else balance.creditMinor += waiting;
    unapplied.set(key, balance);
  }
  return { items, unapplied: [...unapplied.values()] };
}

describe('openBalancesAsOf on random ledgers (property)', () => {
  it('matches the reference reading of the rules, raw or prepared', () => {
    fc.assert(
      fc.property(ledgerArbitrary, ({ invoices, documents, asOf }) => {
        const ledger = toLedger(invoices, documents);
        const expected = referenceBalances(invoices, documents, asOf, ledger);
        const balances = openBalancesAsOf(ledger, { asOf: isoDate(asOf) });
        expect(openAmounts(balances)).toEqual(expected.items);
        expect(balances.unapplied).toEqual(expected.unapplied);
        for (const item of balances.items) {
          expect(item.openMinor).toBeLessThanOrEqual(item.totalMinor);
          expect(Number.isSafeInteger(item.openMinor)).toBe(true);
        }
        expect(openBalancesAsOf(prepareLedger(ledger), { asOf: isoDate(asOf) })).toEqual(balances);
      }),
      { numRuns: 400 },
    );
  });

  it('throws nothing but OverdueErrors when a field of a valid ledger is replaced by garbage', () => {
    const garbage = fc.anything({ withBigInt: true, withDate: true, withBoxedValues: true, withSparseArray: true });
    fc.assert(
      fc.property(
        ledgerArbitrary.filter(({ invoices, documents }) => invoices.length > 0 && documents.length > 0),
        fc.constantFrom('invoices', 'payments', 'creditNotes'),
        fc.nat(),
        fc.string({ maxLength: 12 }),
        garbage,
        ({ invoices, documents, asOf }, list, position, field, value) => {
          const ledger = toLedger(invoices, documents) as Record<string, unknown>;
          const rows = ledger[list] as Record<string, unknown>[];
          if (rows.length === 0) return;
          const row = rows[position % rows.length] as Record<string, unknown>;
          const keys = Object.keys(row);
          const key = field.length % 2 === 0 ? (keys[field.length % keys.length] as string) : field;
          row[key] = value;
          try {
            openBalancesAsOf(ledger as LedgerInput, { asOf: isoDate(asOf) });
          } catch (error) {
            expect(OverdueError.isInstance(error)).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
