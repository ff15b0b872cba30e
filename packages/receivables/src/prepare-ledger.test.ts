import type { InvoiceInput, LedgerInput } from '@overdue/core';
import { CurrencyMismatchError, InvalidArgumentError, OverdueError } from '@overdue/core';
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invoice, payment, thrownBy } from './_test/ledger-builders';
import { ageReceivables } from './aging/age-receivables';
import { openBalancesAsOf } from './open-balances/open-balances-as-of';
import { isPreparedLedger, prepareLedger, timelineOf } from './prepare-ledger';

const ledger: LedgerInput = {
  customers: [{ id: 'C1', name: 'Acme' }],
  invoices: [
    invoice('i1', { amountDue: '40.00' }),
    invoice('i2', {
      customerId: 'C2',
      issueDate: '2026-02-01',
      dueDate: '2026-03-03',
      total: '250.00',
      amountDue: '250.00',
    }),
    invoice('v', { status: 'void' }),
  ],
  payments: [payment('p1', '2026-01-20', '75.00', [['i1', '60.00']])],
};

describe('prepareLedger', () => {
  it('counts the invoices, void and draft included', () => {
    expect(prepareLedger(ledger).invoiceCount).toBe(3);
    expect(prepareLedger({ invoices: [] }).invoiceCount).toBe(0);
  });

  it('returns a prepared ledger unchanged', () => {
    const prepared = prepareLedger(ledger);
    expect(prepareLedger(prepared)).toBe(prepared);
  });

  it.each([
    [{ invoices: [] }, false],
    [null, false],
    [undefined, false],
    ['ledger', false],
    [[], false],
    [{ invoiceCount: 0 }, false],
  ])('tells that %j is not a prepared ledger', (value, expected) => {
    expect(isPreparedLedger(value)).toBe(expected);
  });

  it('recognises a prepared ledger', () => {
    expect(isPreparedLedger(prepareLedger(ledger))).toBe(true);
  });

  it('gives the same open balances and aging as the raw ledger', () => {
    const prepared = prepareLedger(ledger);
    for (const asOf of ['2025-12-31', '2026-01-01', '2026-01-20', '2026-02-01', '2026-03-04', '2026-12-31']) {
      expect(openBalancesAsOf(prepared, { asOf })).toEqual(openBalancesAsOf(ledger, { asOf }));
      expect(ageReceivables(prepared, { asOf })).toEqual(ageReceivables(ledger, { asOf }));
      expect(ageReceivables(prepared, { asOf, basis: 'issue-date', buckets: [7, 14] })).toEqual(
        ageReceivables(ledger, { asOf, basis: 'issue-date', buckets: [7, 14] }),
      );
    }
  });

  it('keeps what it read: changing the raw ledger afterwards does not change the prepared one', () => {
    const raw: LedgerInput & { invoices: InvoiceInput[] } = { invoices: [invoice('i1')] };
    const prepared = prepareLedger(raw);
    raw.invoices.push(invoice('i2'));
    (raw.invoices[0] as InvoiceInput).total = '999.00';
    expect(openBalancesAsOf(prepared, { asOf: '2026-01-31' }).items.map((item) => item.openMinor)).toEqual([10000]);
  });

  it('reads decimal.js amounts and numbers (the schema path) exactly like decimal strings', () => {
    const asStrings: LedgerInput = {
      invoices: [
        invoice('i1', { total: '100.10', amountDue: '40.10' }),
        invoice('i2', { currency: 'JPY', total: '1500', amountDue: '1500' }),
      ],
      payments: [payment('p1', '2026-01-20', '75.00', [['i1', '60.00']])],
    };
    const asObjects: LedgerInput = {
      invoices: [
        invoice('i1', { total: new Decimal('100.1'), amountDue: 40.1 }),
        invoice('i2', { currency: 'JPY', total: new Decimal(1500), amountDue: 1500 }),
      ],
      payments: [
        {
          ...payment('p1', '2026-01-20', '0'),
          amount: new Decimal('75'),
          allocations: [{ invoiceId: 'i1', amount: 60 }],
        },
      ],
    };
    const expected = openBalancesAsOf(asStrings, { asOf: '2026-01-31' });
    // By hand: i1 100.10 - 60.00 = 40.10; i2 1,500 yen; 15.00 of p1 unapplied.
    expect(expected.items.map((item) => [item.invoiceId, item.openMinor])).toEqual([
      ['i1', 4010],
      ['i2', 1500],
    ]);
    expect(expected.unapplied).toEqual([{ customerId: 'C1', currency: 'EUR', cashMinor: 1500, creditMinor: 0 }]);
    expect(openBalancesAsOf(prepareLedger(asObjects), { asOf: '2026-01-31' })).toEqual(expected);
  });

  describe('validation happens once, when preparing', () => {
    it('rejects a bad invoice field with its path', () => {
      const error = thrownBy(() =>
        prepareLedger({ invoices: [invoice('i1'), invoice('i2', { issueDate: '2026-13-01' })] }),
      );
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error.message).toBe(
        'invoices[1].issueDate: expected a real calendar date YYYY-MM-DD, got "2026-13-01" (no such day)',
      );
    });

    it('rejects a duplicate invoice id', () => {
      const error = thrownBy(() => prepareLedger({ invoices: [invoice('i1'), invoice('i1')] }));
      expect(error.message).toBe('invoices[1].id: duplicate invoice id "i1" (also invoices[0])');
    });

    it('rejects an allocation to an unknown invoice', () => {
      const error = thrownBy(() =>
        prepareLedger({ invoices: [invoice('i1')], payments: [payment('p1', '2026-01-05', '5.00', [['I1', '5.00']])] }),
      );
      expect(error.message).toBe('payments[0].allocations[0].invoiceId: no invoice with id "I1" in the ledger');
    });

    it('rejects an allocation in another currency', () => {
      const error = thrownBy(() =>
        prepareLedger({
          invoices: [invoice('i1', { currency: 'GBP' })],
          payments: [payment('p1', '2026-01-05', '5.00', [['i1', '5.00']])],
        }),
      );
      expect(error).toBeInstanceOf(CurrencyMismatchError);
      expect(error.message).toBe(
        'payments[0].allocations[0].invoiceId: cannot combine GBP and EUR without exchange rates; pass `rates` to convert to one currency',
      );
    });

    it('does not validate again when a prepared ledger is used', () => {
      const prepared = prepareLedger(ledger);
      expect(openBalancesAsOf(prepared, { asOf: '2026-01-31' }).items).toHaveLength(1);
    });
  });

  describe('timelineOf', () => {
    it.each([
      [null, 'ledger: expected a ledger object with an invoices array, got null'],
      [undefined, 'ledger: expected a ledger object with an invoices array, got undefined'],
      ['ledger', 'ledger: expected a ledger object with an invoices array, got string'],
    ])('rejects %j naming the ledger', (value, message) => {
      const error = thrownBy(() => timelineOf(value as never));
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error.message).toBe(message);
    });

    it('rejects a ledger without an invoices array', () => {
      expect(thrownBy(() => timelineOf({} as LedgerInput)).message).toBe('invoices: expected an array, got undefined');
    });
  });

  describe('rows that are not objects', () => {
    it.each([
      ['invoices', { invoices: [invoice('i1'), 7] }, 'invoices[1]: expected object, got number 7'],
      ['payments', { invoices: [], payments: ['p1'] }, 'payments[0]: expected object, got "p1"'],
    ])('rejects a %s row that is a primitive, naming its index', (_list, raw, message) => {
      const error = thrownBy(() => prepareLedger(raw as LedgerInput));
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error.message).toBe(message);
    });

    // Fixed (was a bug): readInvoice destructures the row before checking it, so a null (or undefined, or a hole in a
    // sparse array) invoice throws a TypeError "Cannot destructure property 'id' of 'row' as it is null"
    // instead of an InvalidArgumentError naming invoices[1]. Input: { invoices: [invoice, null] }.
    it('rejects a null invoice with an InvalidArgumentError naming invoices[1]', () => {
      const error = thrownBy(() => prepareLedger({ invoices: [invoice('i1'), null as never] }));
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error.message).toBe('invoices[1]: expected object, got null');
    });

    // Fixed (was a bug): same for payments and credit notes (readAllocatedDocument's fast path destructures the row):
    // { invoices: [], payments: [undefined] } throws a TypeError instead of naming payments[0].
    it('rejects an undefined payment with an InvalidArgumentError naming payments[0]', () => {
      const error = thrownBy(() => prepareLedger({ invoices: [], payments: [undefined as never] }));
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).path).toBe('payments[0]');
    });

    // Fixed (was a bug): as above for credit notes: { invoices: [], creditNotes: [null] } throws a TypeError.
    it('rejects a null credit note with an InvalidArgumentError naming creditNotes[0]', () => {
      const error = thrownBy(() => prepareLedger({ invoices: [], creditNotes: [null as never] }));
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).path).toBe('creditNotes[0]');
    });
  });

  it('throws nothing but OverdueErrors for garbage rows, null and undefined included', () => {
    const garbage = fc.oneof(
      fc.anything({
        withBigInt: true,
        withDate: true,
        withBoxedValues: true,
        withMap: true,
        withSet: true,
        withNullPrototype: true,
        withSparseArray: true,
      }),
      fc.constantFrom(null, undefined),
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(garbage, fc.constant(invoice('ok')))),
        fc.array(garbage, { maxLength: 3 }),
        fc.array(garbage, { maxLength: 3 }),
        (invoices, payments, creditNotes) => {
          try {
            prepareLedger({ invoices, payments, creditNotes } as LedgerInput);
          } catch (error) {
            expect(OverdueError.isInstance(error)).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
