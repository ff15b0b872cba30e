import type { InvoiceInput, LedgerInput, PaymentInput } from '@overdue/core';
import { AmountOverflowError, InvalidArgumentError, OverdueError } from '@overdue/core';
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invoice, payment, thrownBy } from '../_test/ledger-builders';
import type { OpenBalances } from '../open-balances/open-balances-as-of';
import { openBalancesAsOf } from '../open-balances/open-balances-as-of';
import { prepareLedger } from '../prepare-ledger';
import type { AgeReceivablesOptions } from './age-receivables';
import { ageReceivables } from './age-receivables';
import type { AgingReport, AgingRow, AgingTotal } from './aging-report';
import type { OpenItemInput } from './open-item-input';

// ---------------------------------------------------------------------------------------------------
// Helpers (dates from the platform's calendar, independent of @overdue/core).

function dayOf(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}

function isoDate(dayNumber: number): string {
  return new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
}

function addDays(date: string, days: number): string {
  return isoDate(dayOf(date) + days);
}

function item(
  id: string,
  customerId: string,
  dueDate: string,
  amountDue: OpenItemInput['amountDue'],
  fields: Partial<OpenItemInput> = {},
): OpenItemInput {
  return { id, customerId, currency: 'EUR', issueDate: addDays(dueDate, -30), dueDate, amountDue, ...fields };
}

/** Rows without the optional customer name (which only ledger input carries). */
function unnamed(rows: AgingRow[]): AgingRow[] {
  return rows.map(({ customerName: _name, ...row }) => row);
}

const DEFAULT_KEYS = ['current', '1-30', '31-60', '61-90', '91-120', '121+'];

// ---------------------------------------------------------------------------------------------------

describe('ageReceivables', () => {
  describe('every kind of input', () => {
    // As of 2026-02-28 (hand-worked):
    // i1 C1 100.00 due Jan 31: 28 days past due -> 1-30.
    // i2 C1 250.00 due Mar 15, 100.00 paid Feb 10 -> 150.00 current.
    // i3 C2 80.00 due 2025-10-01: Oct 1 -> Feb 28 is 31 + 30 + 31 + 31 + 27 = 150 days -> 121+.
    // p2 C2 30.00 unallocated -> unapplied, beside the buckets.
    const ledger: LedgerInput = {
      customers: [{ id: 'C1', name: 'Acme Ltd' }],
      invoices: [
        invoice('i1', { issueDate: '2026-01-01', dueDate: '2026-01-31' }),
        invoice('i2', { issueDate: '2026-02-13', dueDate: '2026-03-15', total: '250.00', amountDue: '150.00' }),
        invoice('i3', {
          customerId: 'C2',
          issueDate: '2025-09-01',
          dueDate: '2025-10-01',
          total: '80.00',
          amountDue: '80.00',
        }),
        invoice('i4', { issueDate: '2026-03-01', dueDate: '2026-03-31' }), // issued after asOf
        invoice('i5', { amountDue: '0', paidDate: '2026-02-01' }), // paid before asOf
      ],
      payments: [
        payment('p1', '2026-02-20', '100.00', [['i2', '100.00']]),
        payment('p2', '2026-02-25', '30.00', [], { customerId: 'C2' }),
      ],
    };
    const expectedRows: AgingRow[] = [
      {
        customerId: 'C1',
        currency: 'EUR',
        bucketsMinor: [15000, 10000, 0, 0, 0, 0],
        totalMinor: 25000,
        overdueMinor: 10000,
        unappliedMinor: 0,
        netMinor: 25000,
        itemCount: 2,
      },
      {
        customerId: 'C2',
        currency: 'EUR',
        bucketsMinor: [0, 0, 0, 0, 0, 8000],
        totalMinor: 8000,
        overdueMinor: 8000,
        unappliedMinor: 3000,
        netMinor: 5000,
        itemCount: 1,
      },
    ];
    const expectedTotals: AgingTotal[] = [
      {
        currency: 'EUR',
        bucketsMinor: [15000, 10000, 0, 0, 0, 8000],
        totalMinor: 33000,
        overdueMinor: 18000,
        unappliedMinor: 3000,
        netMinor: 30000,
        itemCount: 3,
        customerCount: 2,
      },
    ];

    it('ages a ledger, rebuilding open amounts as of asOf, with customer names from the ledger', () => {
      const report = ageReceivables(ledger, { asOf: '2026-02-28' });
      expect(report.asOf).toBe('2026-02-28');
      expect(report.basis).toBe('due-date');
      expect(report.buckets.map((bucket) => bucket.key)).toEqual(DEFAULT_KEYS);
      expect(unnamed(report.rows)).toEqual(expectedRows);
      expect(report.rows.map((row) => row.customerName)).toEqual(['Acme Ltd', undefined]);
      expect(report.totals).toEqual(expectedTotals);
      expect(report.notYetIssuedCount).toBe(1); // i4, issued on 2026-03-01
      expect(report.warnings).toEqual([]);
      expect(report.reporting).toBeUndefined();
    });

    it('ages a prepared ledger exactly like the raw one', () => {
      expect(ageReceivables(prepareLedger(ledger), { asOf: '2026-02-28' })).toEqual(
        ageReceivables(ledger, { asOf: '2026-02-28' }),
      );
    });

    it('ages the result of openBalancesAsOf, taking its asOf by default', () => {
      const balances = openBalancesAsOf(ledger, { asOf: '2026-02-28' });
      const report = ageReceivables(balances, {});
      expect(report.asOf).toBe('2026-02-28');
      expect(report.rows).toEqual(expectedRows);
      expect(report.totals).toEqual(expectedTotals);
      expect(ageReceivables(balances, { asOf: '2026-02-28' })).toEqual(report);
    });

    it('ages an array of open items (amountDue is the open amount)', () => {
      const items: OpenItemInput[] = [
        {
          id: 'i1',
          customerId: 'C1',
          currency: 'EUR',
          issueDate: '2026-01-01',
          dueDate: '2026-01-31',
          amountDue: '100.00',
        },
        {
          id: 'i2',
          customerId: 'C1',
          currency: 'EUR',
          issueDate: '2026-02-13',
          dueDate: '2026-03-15',
          amountDue: '150.00',
        },
        {
          id: 'i3',
          customerId: 'C2',
          currency: 'EUR',
          issueDate: '2025-09-01',
          dueDate: '2025-10-01',
          amountDue: '80.00',
        },
        {
          id: 'i4',
          customerId: 'C1',
          currency: 'EUR',
          issueDate: '2026-03-01',
          dueDate: '2026-03-31',
          amountDue: '100.00',
        },
      ];
      const report = ageReceivables(items, { asOf: '2026-02-28' });
      // No unapplied column content: open items carry none.
      expect(report.rows).toEqual([expectedRows[0], { ...expectedRows[1], unappliedMinor: 0, netMinor: 8000 }]);
      expect(report.totals).toEqual([{ ...expectedTotals[0], unappliedMinor: 0, netMinor: 33000 }]);
      expect(report.notYetIssuedCount).toBe(1);
    });

    it('ages the guide’s example', () => {
      // docs: i1 100.00 due Jan 31 (28 days past due on Feb 28), i2 50.00 due Mar 3 (current).
      const report = ageReceivables(
        [
          {
            id: 'i1',
            customerId: 'C1',
            currency: 'EUR',
            issueDate: '2026-01-01',
            dueDate: '2026-01-31',
            amountDue: '100.00',
          },
          {
            id: 'i2',
            customerId: 'C1',
            currency: 'EUR',
            issueDate: '2026-02-01',
            dueDate: '2026-03-03',
            amountDue: '50.00',
          },
        ],
        { asOf: '2026-02-28' },
      );
      expect(report.rows[0]?.bucketsMinor).toEqual([5000, 10000, 0, 0, 0, 0]);
    });

    it('returns an empty report for no items', () => {
      expect(ageReceivables([], { asOf: '2026-02-28' })).toEqual({
        asOf: '2026-02-28',
        basis: 'due-date',
        buckets: expect.any(Array),
        rows: [],
        totals: [],
        notYetIssuedCount: 0,
        warnings: [],
      });
    });

    it('passes the ledger’s interpretation warnings on', () => {
      const report = ageReceivables({ invoices: [invoice('i1', { amountDue: '60.00' })] }, { asOf: '2026-02-28' });
      expect(report.warnings.map((warning) => [warning.code, warning.invoiceId])).toEqual([
        ['settlement-date-unknown', 'i1'],
      ]);
      // 40.00 treated as settled on the issue date: 60.00 open, 28 days past due.
      expect(report.rows[0]?.bucketsMinor).toEqual([0, 6000, 0, 0, 0, 0]);
    });
  });

  describe('bucket boundaries', () => {
    const asOf = '2026-06-30';

    it.each([
      // [days past due, bucket key] — reference 3.1: current while asOf <= due; "between 31 and 60 days
      // overdue" is 31-60; upper bounds inclusive.
      [-45, 'current'],
      [-1, 'current'],
      [0, 'current'],
      [1, '1-30'],
      [30, '1-30'],
      [31, '31-60'],
      [60, '31-60'],
      [61, '61-90'],
      [90, '61-90'],
      [91, '91-120'],
      [120, '91-120'],
      [121, '121+'],
      [122, '121+'],
      [3_650, '121+'],
    ])('on the due-date basis puts an item %i days past due in %s', (daysPastDue, key) => {
      const dueDate = addDays(asOf, -daysPastDue);
      const expected = DEFAULT_KEYS.map((bucket) => (bucket === key ? 1234 : 0));
      const fromItems = ageReceivables([item('i', 'C', dueDate, '12.34', { issueDate: addDays(dueDate, -60) })], {
        asOf,
      });
      expect(fromItems.rows[0]?.bucketsMinor).toEqual(expected);
      const fromLedger = ageReceivables(
        { invoices: [invoice('i', { issueDate: addDays(dueDate, -60), dueDate, total: '12.34', amountDue: '12.34' })] },
        { asOf },
      );
      expect(fromLedger.rows[0]?.bucketsMinor).toEqual(expected);
    });

    it.each([
      // [days since issue, bucket key] on the issue-date basis: 0-30, 31-60, 61-90, 91-120, 121+.
      [0, '0-30'],
      [30, '0-30'],
      [31, '31-60'],
      [90, '61-90'],
      [120, '91-120'],
      [121, '121+'],
      [5_000, '121+'],
    ])('on the issue-date basis puts an item issued %i days ago in %s', (daysSinceIssue, key) => {
      const issueDate = addDays(asOf, -daysSinceIssue);
      // The due date is far in the future: it must not matter on this basis.
      const report = ageReceivables([item('i', 'C', addDays(asOf, 400), '1.00', { issueDate })], {
        asOf,
        basis: 'issue-date',
      });
      const keys = ['0-30', '31-60', '61-90', '91-120', '121+'];
      expect(report.buckets.map((bucket) => bucket.key)).toEqual(keys);
      expect(report.rows[0]?.bucketsMinor).toEqual(keys.map((bucket) => (bucket === key ? 100 : 0)));
      expect(report.rows[0]?.overdueMinor).toBeNull();
      expect(report.totals[0]?.overdueMinor).toBeNull();
    });

    it.each([
      // Custom edges [15, 30, 60]: current, 1-15, 16-30, 31-60, 61+.
      [0, 'current'],
      [15, '1-15'],
      [16, '16-30'],
      [30, '16-30'],
      [31, '31-60'],
      [60, '31-60'],
      [61, '61+'],
    ])('with edges [15, 30, 60] puts an item %i days past due in %s', (daysPastDue, key) => {
      const report = ageReceivables([item('i', 'C', addDays(asOf, -daysPastDue), '1.00')], {
        asOf,
        buckets: [15, 30, 60],
      });
      const keys = ['current', '1-15', '16-30', '31-60', '61+'];
      expect(report.buckets.map((bucket) => bucket.key)).toEqual(keys);
      expect(report.rows[0]?.bucketsMinor).toEqual(keys.map((bucket) => (bucket === key ? 100 : 0)));
    });

    // Bucket indices are stored in bytes, so the edges are capped at 248 (250 buckets): more is a clear
    // error, not a silent wrap-around (an earlier version put day 280 of 300 daily buckets in bucket 24).
    it('rejects more than 248 edges at options.buckets', () => {
      const edges = Array.from({ length: 300 }, (_, index) => index + 1);
      expect(() => ageReceivables([item('i', 'C', addDays(asOf, -280), '5.00')], { asOf, buckets: edges })).toThrow(
        'options.buckets: expected at most 248 bucket edges, got 300',
      );
    });

    it('keeps an item in its own bucket and unapplied cash out of the buckets with 248 daily edges', () => {
      const edges = Array.from({ length: 248 }, (_, index) => index + 1);
      const report = ageReceivables([item('i', 'C', addDays(asOf, -240), '5.00')], { asOf, buckets: edges });
      // Edge k is bucket k on the due-date basis (bucket 0 is current), so 240 days past due is bucket 240.
      expect(report.buckets[240]?.key).toBe('240-240');
      expect(report.rows[0]?.bucketsMinor[240]).toBe(500);
      const balances: OpenBalances = {
        asOf,
        items: [],
        unapplied: [{ customerId: 'C', currency: 'EUR', cashMinor: 7, creditMinor: 0 }],
        warnings: [],
      };
      const row = ageReceivables(balances, { buckets: edges }).rows[0];
      expect([row?.unappliedMinor, row?.totalMinor]).toEqual([7, 0]);
    });
  });

  describe('rows and totals', () => {
    const asOf = '2026-03-31';

    it('gives a customer one row per currency, in order of first appearance', () => {
      const report = ageReceivables(
        [
          item('1', 'B', '2026-04-30', '10.00'),
          item('2', 'A', '2026-03-01', '20.00'),
          item('3', 'B', '2026-03-01', '30.00', { currency: 'USD' }),
          item('4', 'B', '2026-02-01', '5.00'),
          item('5', 'A', '2026-04-30', '700', { currency: 'JPY' }),
          item('6', 'C', '2026-04-30', '1.000', { currency: 'KWD' }),
        ],
        { asOf },
      );
      // B/EUR: 10.00 current + 5.00 (Feb 1 -> Mar 31 = 58 days) 31-60; A/EUR 20.00 30 days -> 1-30;
      // B/USD 30.00 1-30; A/JPY 700 current; C/KWD 1.000 current.
      expect(report.rows.map((row) => [row.customerId, row.currency, row.bucketsMinor, row.itemCount])).toEqual([
        ['B', 'EUR', [1000, 0, 500, 0, 0, 0], 2],
        ['A', 'EUR', [0, 2000, 0, 0, 0, 0], 1],
        ['B', 'USD', [0, 3000, 0, 0, 0, 0], 1],
        ['A', 'JPY', [700, 0, 0, 0, 0, 0], 1],
        ['C', 'KWD', [1000, 0, 0, 0, 0, 0], 1],
      ]);
      expect(
        report.totals.map((total) => [
          total.currency,
          total.bucketsMinor,
          total.totalMinor,
          total.itemCount,
          total.customerCount,
        ]),
      ).toEqual([
        ['EUR', [1000, 2000, 500, 0, 0, 0], 3500, 3, 2],
        ['USD', [0, 3000, 0, 0, 0, 0], 3000, 1, 1],
        ['JPY', [700, 0, 0, 0, 0, 0], 700, 1, 1],
        ['KWD', [1000, 0, 0, 0, 0, 0], 1000, 1, 1],
      ]);
    });

    it('makes every row’s buckets sum to its total and every currency total the sum of its rows', () => {
      const items: OpenItemInput[] = [];
      for (let index = 0; index < 200; index++) {
        items.push(
          item(
            `i${index}`,
            `C${index % 17}`,
            addDays(asOf, 60 - ((index * 37) % 300)),
            `${(index * 7919) % 100000}.${String(index % 100).padStart(2, '0')}`,
            {
              currency: index % 3 === 0 ? 'USD' : 'EUR',
            },
          ),
        );
      }
      const report = ageReceivables(items, { asOf });
      for (const row of report.rows) {
        expect(row.bucketsMinor.reduce((sum, minor) => sum + minor, 0)).toBe(row.totalMinor);
        expect(row.overdueMinor).toBe(row.totalMinor - (row.bucketsMinor[0] as number));
        expect(row.netMinor).toBe(row.totalMinor - row.unappliedMinor);
      }
      for (const total of report.totals) {
        const rows = report.rows.filter((row) => row.currency === total.currency);
        expect(total.totalMinor).toBe(rows.reduce((sum, row) => sum + row.totalMinor, 0));
        expect(total.bucketsMinor).toEqual(
          total.bucketsMinor.map((_, bucket) =>
            rows.reduce((sum, row) => sum + (row.bucketsMinor[bucket] as number), 0),
          ),
        );
        expect(total.itemCount).toBe(rows.reduce((sum, row) => sum + row.itemCount, 0));
        expect(total.customerCount).toBe(rows.length);
      }
      // Independent check of the grand total: the sum of every amount, by hand-free BigInt arithmetic.
      // Items issued after asOf (their due date is more than 30 days ahead) are not receivables yet.
      const expected = items
        .filter((entry) => entry.issueDate <= asOf)
        .reduce((sum, entry) => sum + BigInt((entry.amountDue as string).replace('.', '')), 0n);
      expect(report.notYetIssuedCount).toBe(items.length - items.filter((entry) => entry.issueDate <= asOf).length);
      expect(report.notYetIssuedCount).toBeGreaterThan(0);
      expect(BigInt(report.totals.reduce((sum, total) => sum + total.totalMinor, 0))).toBe(expected);
    });

    it('shows unapplied cash and credits in unappliedMinor and netMinor, never in the buckets', () => {
      const ledger: LedgerInput = {
        invoices: [invoice('i1', { dueDate: '2026-03-31' })],
        payments: [
          payment('p1', '2026-03-02', '25.00'),
          payment('p2', '2026-03-03', '40.00', [], { customerId: 'C9', currency: 'USD' }),
        ],
        creditNotes: [{ id: 'c1', customerId: 'C1', currency: 'EUR', date: '2026-03-04', total: '5.00' }],
      };
      const report = ageReceivables(ledger, { asOf });
      expect(unnamed(report.rows)).toEqual([
        // 100.00 current; 25.00 cash + 5.00 credit unapplied: net 70.00.
        {
          customerId: 'C1',
          currency: 'EUR',
          bucketsMinor: [10000, 0, 0, 0, 0, 0],
          totalMinor: 10000,
          overdueMinor: 0,
          unappliedMinor: 3000,
          netMinor: 7000,
          itemCount: 1,
        },
        // A customer with only unapplied cash: no items, a negative net.
        {
          customerId: 'C9',
          currency: 'USD',
          bucketsMinor: [0, 0, 0, 0, 0, 0],
          totalMinor: 0,
          overdueMinor: 0,
          unappliedMinor: 4000,
          netMinor: -4000,
          itemCount: 0,
        },
      ]);
      expect(
        report.totals.map((total) => [
          total.currency,
          total.totalMinor,
          total.unappliedMinor,
          total.netMinor,
          total.itemCount,
          total.customerCount,
        ]),
      ).toEqual([
        ['EUR', 10000, 3000, 7000, 1, 1],
        ['USD', 0, 4000, -4000, 0, 1],
      ]);
    });

    it('counts items issued after asOf in notYetIssuedCount and leaves them out', () => {
      const report = ageReceivables(
        [
          item('past', 'C1', '2026-03-31', '1.00', { issueDate: '2026-03-31' }), // issued on asOf: counted
          item('next', 'C1', '2026-04-30', '2.00', { issueDate: '2026-04-01' }),
          item('later', 'C2', '2026-09-30', '3.00', { issueDate: '2026-09-01' }),
        ],
        { asOf },
      );
      expect(report.notYetIssuedCount).toBe(2);
      expect(report.rows.map((row) => [row.customerId, row.totalMinor])).toEqual([['C1', 100]]);
    });

    it('leaves out items with nothing due', () => {
      const report = ageReceivables(
        [item('zero', 'C1', '2026-03-01', '0.00'), item('one', 'C2', '2026-03-01', '0.01')],
        { asOf },
      );
      expect(report.rows.map((row) => [row.customerId, row.totalMinor, row.itemCount])).toEqual([['C2', 1, 1]]);
    });

    it('returns only totals with includeRows: false', () => {
      const items = [
        item('1', 'A', '2026-03-01', '1.00'),
        item('2', 'B', '2026-03-31', '2.00'),
        item('3', 'A', '2026-01-01', '3.00', { currency: 'USD' }),
      ];
      const full = ageReceivables(items, { asOf });
      const totalsOnly = ageReceivables(items, { asOf, includeRows: false });
      expect(totalsOnly.rows).toEqual([]);
      expect(totalsOnly.totals).toEqual(full.totals);
      expect(full.rows).toHaveLength(3);
    });

    it('reports overdueMinor as everything but current on the due-date basis', () => {
      const report = ageReceivables([item('1', 'A', '2026-03-31', '10.00'), item('2', 'A', '2026-03-30', '2.50')], {
        asOf,
      });
      // 10.00 due on asOf is current; 2.50 is one day past due.
      expect([report.rows[0]?.overdueMinor, report.totals[0]?.overdueMinor]).toEqual([250, 250]);
    });
  });

  describe('reporting currency', () => {
    const asOf = '2026-03-31';
    const rates = { base: 'EUR', rates: { USD: '0.9', JPY: '0.0061' } };

    it('converts each currency bucket by bucket (half-even), so the buckets sum to the reporting total', () => {
      const report = ageReceivables(
        [
          item('1', 'C1', '2026-04-15', '100.00'), // EUR current
          item('2', 'C1', '2026-03-01', '50.00'), // EUR 30 days -> 1-30
          item('3', 'C2', '2026-03-31', '10.00', { currency: 'USD' }), // current
          item('4', 'C2', '2026-03-30', '0.05', { currency: 'USD' }), // 1 day -> 1-30
          item('5', 'C3', '2026-01-30', '0.05', { currency: 'USD' }), // Jan 30 -> Mar 31 = 60 days -> 31-60
          item('6', 'C3', '2025-12-01', '1000', { currency: 'JPY' }), // Dec 1 -> Mar 31 = 120 days -> 91-120
        ],
        { asOf, rates },
      );
      // current: 100.00 EUR + 10.00 USD × 0.9 = 109.00; 1-30: 50.00 + 0.05 × 0.9 = 0.045 -> 0.04 (half-even);
      // 31-60: 0.045 -> 0.04; 91-120: 1000 JPY × 0.0061 = 6.10. Total 165.18; converting USD's 10.10 in
      // one piece would give 9.09, not 9.08: the reporting total is the sum of the converted buckets.
      expect(report.reporting).toEqual({
        currency: 'EUR',
        bucketsMinor: [10900, 5004, 4, 0, 610, 0],
        totalMinor: 16518,
        overdueMinor: 5618,
        unappliedMinor: 0,
        netMinor: 16518,
        itemCount: 6,
        customerCount: expect.any(Number),
      });
      // The rows and per-currency totals stay in their own currencies.
      expect(report.totals.map((total) => [total.currency, total.totalMinor])).toEqual([
        ['EUR', 15000],
        ['USD', 1010],
        ['JPY', 1000],
      ]);
    });

    it('converts unapplied amounts too', () => {
      const balances: OpenBalances = {
        asOf,
        items: [
          {
            invoiceId: 'i1',
            customerId: 'C1',
            number: '1',
            currency: 'USD',
            issueDate: '2026-03-01',
            dueDate: '2026-04-01',
            totalMinor: 2000,
            openMinor: 2000,
            disputed: false,
          },
        ],
        unapplied: [{ customerId: 'C1', currency: 'USD', cashMinor: 1000, creditMinor: 111 }],
        warnings: [],
      };
      // 20.00 USD × 0.9 = 18.00 current; 11.11 USD unapplied × 0.9 = 9.999 -> 10.00; net 8.00.
      expect(ageReceivables(balances, { rates }).reporting).toEqual({
        currency: 'EUR',
        bucketsMinor: [1800, 0, 0, 0, 0, 0],
        totalMinor: 1800,
        overdueMinor: 0,
        unappliedMinor: 1000,
        netMinor: 800,
        itemCount: 1,
        customerCount: 1,
      });
    });

    it('reports overdueMinor null on the issue-date basis', () => {
      const report = ageReceivables([item('1', 'C1', '2026-04-15', '1.00')], { asOf, rates, basis: 'issue-date' });
      expect(report.reporting?.overdueMinor).toBeNull();
      expect(report.reporting?.bucketsMinor).toEqual([100, 0, 0, 0, 0]);
    });

    it('rejects a missing rate and a bad base currency', () => {
      const usd = [item('1', 'C1', '2026-04-15', '1.00', { currency: 'USD' })];
      const missing = thrownBy(() => ageReceivables(usd, { asOf, rates: { base: 'EUR', rates: {} } }));
      expect(missing).toBeInstanceOf(InvalidArgumentError);
      expect(missing.message).toBe('rates.rates.USD: no exchange rate for USD to EUR; add it to rates.rates');
      const base = thrownBy(() => ageReceivables(usd, { asOf, rates: { base: 'euro', rates: {} } }));
      expect(base.message).toBe('options.rates.base: expected an ISO 4217 code, got "euro"');
    });

    // Fixed (was a bug): the reporting total is summed in doubles without the overflow check the per-currency totals
    // get. Input: EUR 90071992547409.91 (MAX_SAFE_INTEGER cents), USD the same, GBP 0.01, all at rate 1
    // to EUR; the exact total 18014398509481983 is not representable, expected AmountOverflowError,
    // actual a reporting total of 18014398509481984.
    it('throws AmountOverflowError when the reporting total exceeds MAX_SAFE_INTEGER minor units', () => {
      const items = [
        item('1', 'C1', '2026-04-15', '90071992547409.91'),
        item('2', 'C1', '2026-04-15', '90071992547409.91', { currency: 'USD' }),
        item('3', 'C1', '2026-04-15', '0.01', { currency: 'GBP' }),
      ];
      expect(() => ageReceivables(items, { asOf, rates: { base: 'EUR', rates: { USD: '1', GBP: '1' } } })).toThrow(
        AmountOverflowError,
      );
    });
  });

  describe('amounts', () => {
    const asOf = '2026-03-31';

    it('reads decimal.js amounts and numbers (the schema fallback) exactly like decimal strings', () => {
      const asStrings = [
        item('1', 'A', '2026-03-01', '12.50'),
        item('2', 'A', '2026-02-01', '1500', { currency: 'JPY' }),
        item('3', 'B', '2026-04-01', '0.125', { currency: 'KWD' }),
        item('4', 'B', '2026-01-01', '99999999.99'),
      ];
      const asObjects = [
        item('1', 'A', '2026-03-01', new Decimal('12.5')),
        item('2', 'A', '2026-02-01', 1500, { currency: 'JPY' }),
        item('3', 'B', '2026-04-01', new Decimal('0.125'), { currency: 'KWD' }),
        item('4', 'B', '2026-01-01', 99999999.99),
      ];
      const expected = ageReceivables(asStrings, { asOf });
      // By hand: A/EUR 12.50 at 30 days; A/JPY 1500 at 58 days; B/KWD 0.125 current; B/EUR 99,999,999.99 at 89 days.
      expect(expected.rows.map((row) => [row.customerId, row.currency, row.bucketsMinor])).toEqual([
        ['A', 'EUR', [0, 1250, 0, 0, 0, 0]],
        ['A', 'JPY', [0, 0, 1500, 0, 0, 0]],
        ['B', 'KWD', [125, 0, 0, 0, 0, 0]],
        ['B', 'EUR', [0, 0, 0, 9999999999, 0, 0]],
      ]);
      expect(ageReceivables(asObjects, { asOf })).toEqual(expected);
    });

    it('accepts a currency total of exactly MAX_SAFE_INTEGER minor units', () => {
      const report = ageReceivables(
        [item('1', 'A', '2026-04-01', '90071992547409.90'), item('2', 'B', '2026-04-01', '0.01')],
        { asOf },
      );
      expect(report.totals[0]?.totalMinor).toBe(Number.MAX_SAFE_INTEGER);
    });

    it('throws AmountOverflowError when a currency’s total exceeds MAX_SAFE_INTEGER minor units', () => {
      const items = [
        item('1', 'A', '2026-04-01', '5.00'),
        item('2', 'A', '2026-04-01', '1000', { currency: 'JPY' }),
        item('3', 'B', '2026-04-01', '9007199254740991', { currency: 'JPY' }),
      ];
      const error = thrownBy(() => ageReceivables(items, { asOf }));
      expect(error).toBeInstanceOf(AmountOverflowError);
      expect((error as AmountOverflowError).code).toBe('amount-overflow');
      expect(error.message).toBe(
        'items: the JPY receivables total exceeds 9007199254740991 minor units and cannot be represented exactly',
      );
      // The shared working memory was released: the next report is right.
      expect(ageReceivables(items.slice(0, 2), { asOf }).totals.map((total) => total.totalMinor)).toEqual([500, 1000]);
    });

    it('throws AmountOverflowError for a ledger whose open invoices overflow a currency', () => {
      const ledger = {
        invoices: [
          invoice('a', { total: '90071992547409.91', amountDue: '90071992547409.91' }),
          invoice('b', { customerId: 'C2', total: '90071992547409.91', amountDue: '90071992547409.91' }),
        ],
      };
      expect(() => ageReceivables(ledger, { asOf })).toThrow(AmountOverflowError);
    });
  });

  describe('errors', () => {
    const asOf = '2026-03-31';
    const good = (index: number) => item(`g${index}`, 'C', '2026-03-01', '1.00');

    it.each([
      [{ dueDate: '31/01/2026' }, 'items[3].dueDate: expected YYYY-MM-DD, got "31/01/2026"'],
      [
        { issueDate: '2026-02-29' },
        'items[3].issueDate: expected a real calendar date YYYY-MM-DD, got "2026-02-29" (no such day)',
      ],
      [{ amountDue: '1.234' }, 'items[3].amountDue: EUR has 2 minor digits, so "1.234" cannot be represented exactly'],
      [
        { amountDue: '10.5', currency: 'JPY' },
        'items[3].amountDue: JPY has 0 minor digits, so "10.5" cannot be represented exactly',
      ],
      [{ amountDue: '-1.00' }, 'items[3].amountDue: expected zero or more, got "-1.00"'],
      [{ amountDue: -3 }, 'items[3].amountDue: expected zero or more, got "-3"'],
      [{ amountDue: '1,00' }, 'items[3].amountDue: expected a decimal amount such as "1234.50", got "1,00"'],
      [
        { amountDue: 0.1 + 0.2 },
        'items[3].amountDue: EUR has 2 minor digits, so "0.30000000000000004" cannot be represented exactly',
      ],
      [
        { issueDate: '2026-03-10', dueDate: '2026-03-01' },
        'items[3].dueDate: due date 2026-03-01 is before issue date 2026-03-10',
      ],
      [{ currency: 'EURO' }, 'items[3].currency: expected an ISO 4217 currency code such as "EUR", got "EURO"'],
      [{ customerId: '' }, 'items[3].customerId: expected a non-empty identifier'],
      [{ id: 7 }, 'items[3].id: expected string, got number 7'],
      [{ number: 12 }, 'items[3].number: expected string, got number 12'],
    ])('names the path of a bad open item (%j)', (fields, message) => {
      const items = [good(0), good(1), good(2), { ...good(3), ...fields } as OpenItemInput, good(4)];
      const error = thrownBy(() => ageReceivables(items, { asOf }));
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error.message).toBe(message);
    });

    it.each([
      [5, 'items[1]: expected object, got number 5'],
      [null, 'items[1]: expected object, got null'],
      [undefined, 'items[1]: expected object, got nothing (the field is missing)'],
      ['i1', 'items[1]: expected object, got "i1"'],
      [[1, 2], 'items[1]: expected object, got an array'],
    ])('rejects a row that is not an object (%j)', (row, message) => {
      const error = thrownBy(() => ageReceivables([good(0), row as unknown as OpenItemInput], { asOf }));
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error.message).toBe(message);
    });

    // Fixed (was a bug): the open-item fast path starts with lastCurrency = '' and accepts a row whose currency equals
    // lastCurrency, so a row with currency '' before any valid row passes unchecked. Input:
    // [{ id: 'i', customerId: 'c', currency: '', issueDate: '2026-01-01', dueDate: '2026-01-01',
    // amountDue: '5' }] as of 2026-02-01; expected InvalidArgumentError at items[0].currency, actual a
    // report whose row and total have currency undefined (tag -1).
    it('rejects an empty currency on the first row', () => {
      const error = thrownBy(() =>
        ageReceivables(
          [{ id: 'i', customerId: 'c', currency: '', issueDate: '2026-01-01', dueDate: '2026-01-01', amountDue: '5' }],
          {
            asOf: '2026-02-01',
          },
        ),
      );
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).path).toBe('items[0].currency');
    });

    it('rejects an empty currency after a valid row', () => {
      const error = thrownBy(() => ageReceivables([good(0), { ...good(1), currency: '' }], { asOf }));
      expect((error as InvalidArgumentError).path).toBe('items[1].currency');
    });

    it.each([
      [undefined, 'options: expected an options object with asOf'],
      [null, 'options: expected an options object with asOf'],
      [{}, 'options.asOf: expected the as-of date YYYY-MM-DD'],
      [{ asOf: '2026/03/31' }, 'options.asOf: expected YYYY-MM-DD, got "2026/03/31"'],
      [{ asOf, basis: 'invoice-date' }, 'options.basis: expected "due-date" or "issue-date", got "invoice-date"'],
      [
        { asOf, buckets: [30, 30] },
        'options.buckets[1]: expected an integer edge above 30 (edges must increase), got number 30',
      ],
      [{ asOf, buckets: [] }, 'options.buckets: expected at least one bucket edge such as [30, 60, 90]'],
    ])('rejects options %j', (options, message) => {
      const error = thrownBy(() => ageReceivables([good(0)], options as AgeReceivablesOptions));
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error.message).toBe(message);
    });

    it.each([
      [{ asOf, bucketz: [30, 60] }, 'options.bucketz', 'unknown field; did you mean "buckets"?'],
      [{ asOf, includerows: false }, 'options.includerows', 'unknown field; did you mean "includeRows"?'],
      [
        { asOf, currency: 'EUR' },
        'options.currency',
        'unknown field; expected one of asOf, basis, buckets, rates, includeRows',
      ],
      [{ asOf, rates: { basez: 'EUR', rates: {} } }, 'options.rates.basez', 'unknown field; did you mean "base"?'],
      [
        { asOf, rates: { base: 'EUR', rates: {}, round: 'up' } },
        'options.rates.round',
        'unknown field; expected one of base, rates',
      ],
    ])('rejects the unknown option field of %j at its path, before reading the items', (options, path, message) => {
      // The first item is malformed: the options are checked before it is read.
      const error = thrownBy(() => ageReceivables([{ id: 'bad' } as never], options as AgeReceivablesOptions));
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error).toMatchObject({ path, message: `${path}: ${message}` });
    });

    it('accepts every documented option at once', () => {
      const options: Required<AgeReceivablesOptions> = {
        asOf,
        basis: 'issue-date',
        buckets: [30, 60],
        rates: { base: 'USD', rates: { EUR: '1.25' } },
        includeRows: false,
      };
      const report = ageReceivables([good(0)], options);
      expect([report.basis, report.buckets.length, report.rows, report.reporting?.currency]).toEqual([
        'issue-date',
        3,
        [],
        'USD',
      ]);
    });

    it.each([
      ['a string', 'ledger'],
      ['null', null],
      ['an object that is no source', { rows: [] }],
      ['a number', 42],
    ])('rejects %s as a source', (_name, source) => {
      const error = thrownBy(() => ageReceivables(source as never, { asOf }));
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error.message).toBe('source: expected a ledger, open balances or an array of open items');
    });

    it('rejects an asOf that differs from the open balances’ own', () => {
      const balances = openBalancesAsOf({ invoices: [invoice('i1')] }, { asOf: '2026-01-31' });
      const error = thrownBy(() => ageReceivables(balances, { asOf: '2026-02-01' }));
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error.message).toBe(
        'options.asOf: the open balances are as of 2026-01-31; age them as of the same day or recompute them',
      );
    });

    it.each([
      [
        { asOf: '31/01/2026', items: [], unapplied: [], warnings: [] },
        'source.asOf: expected YYYY-MM-DD, got "31/01/2026"',
      ],
      [{ asOf, items: {}, unapplied: [], warnings: [] }, 'source.items: expected an array'],
      [
        {
          asOf,
          items: [{ customerId: 'C', currency: 'EUR', issueDate: '2026-03-02', dueDate: '2026-03-01', openMinor: 1 }],
        },
        'source.items[0]: expected an open item from openBalancesAsOf (customerId, currency, issueDate, dueDate)',
      ],
      [
        { asOf, items: [null] },
        'source.items[0]: expected an open item from openBalancesAsOf (customerId, currency, issueDate, dueDate)',
      ],
      [
        {
          asOf,
          items: [{ customerId: 'C', currency: 'EUR', issueDate: '2026-03-01', dueDate: '2026-03-01', openMinor: 1.5 }],
        },
        'source.items[0].openMinor: expected integer minor units of zero or more, got 1.5',
      ],
      [
        { asOf, items: [], unapplied: [{ customerId: 'C', currency: 'EUR', cashMinor: 1, creditMinor: Number.NaN }] },
        'source.unapplied[0]: expected an unapplied balance from openBalancesAsOf ({ customerId, currency, cashMinor, creditMinor })',
      ],
    ])('rejects malformed open balances (%#)', (balances, message) => {
      const error = thrownBy(() => ageReceivables(balances as unknown as OpenBalances, {}));
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error.message).toBe(message);
    });

    // Fixed (was a bug): unapplied balances in an OpenBalances source are not checked for a customer id: a number is
    // turned into an empty-string key. Input: { asOf, items: [], unapplied: [{ customerId: 5, currency:
    // 'EUR', cashMinor: 1, creditMinor: 0 }] }; expected InvalidArgumentError at source.unapplied[0],
    // actual a row with customerId ''.
    it('rejects an unapplied balance whose customerId is not a string', () => {
      const balances = {
        asOf,
        items: [],
        unapplied: [{ customerId: 5, currency: 'EUR', cashMinor: 1, creditMinor: 0 }],
        warnings: [],
      };
      expect(() => ageReceivables(balances as unknown as OpenBalances, {})).toThrow(InvalidArgumentError);
    });

    // Fixed (was a bug): a null unapplied entry (or an unapplied field that is not an array) throws a TypeError
    // ("Cannot read properties of null (reading 'cashMinor')") instead of an InvalidArgumentError naming
    // source.unapplied[0].
    it('rejects a null unapplied balance with an InvalidArgumentError', () => {
      const balances = { asOf, items: [], unapplied: [null], warnings: [] };
      expect(() => ageReceivables(balances as unknown as OpenBalances, {})).toThrow(InvalidArgumentError);
    });

    // Fixed (was a bug): the options.basis message is built with JSON.stringify, which throws a TypeError for a BigInt
    // ("Do not know how to serialize a BigInt"). Input: options { asOf, basis: 1n }; expected
    // InvalidArgumentError at options.basis. The same happens for options.rates.base = 1n.
    it('rejects a BigInt basis with an InvalidArgumentError', () => {
      expect(() => ageReceivables([good(0)], { asOf, basis: 1n as never })).toThrow(InvalidArgumentError);
    });

    // Fixed (was a bug): rates without a `rates` table ({ base: 'EUR' }) throw a TypeError ("Cannot read properties
    // of undefined (reading 'USD')") once a non-base currency is converted, instead of an
    // InvalidArgumentError naming the missing rates.
    it('rejects rates without a rate table with an InvalidArgumentError', () => {
      const usd = [item('1', 'C1', '2026-04-15', '1.00', { currency: 'USD' })];
      expect(() => ageReceivables(usd, { asOf, rates: { base: 'EUR' } as never })).toThrow(InvalidArgumentError);
    });
  });

  describe('working memory', () => {
    const asOf = '2026-03-31';

    it('gives a correct report after one that threw on its last row', () => {
      const items = Array.from({ length: 12_000 }, (_, index) =>
        item(`i${index}`, `C${index % 3_001}`, addDays(asOf, (index % 200) - 100), '1.00', { issueDate: '2025-01-01' }),
      );
      expect(() =>
        ageReceivables([...items, { ...item('bad', 'C', asOf, '1.00'), dueDate: 'soon' }], { asOf }),
      ).toThrow(InvalidArgumentError);
      const report = ageReceivables(items.slice(0, 5_000), { asOf });
      expect(report.rows).toHaveLength(3_001);
      expect(report.totals[0]?.totalMinor).toBe(500_000);
      expect(report.totals[0]?.itemCount).toBe(5_000);
    });

    it('gives a correct report after a ledger that threw part-way through', () => {
      const invoices = Array.from({ length: 6_000 }, (_, index) =>
        invoice(`i${index}`, { customerId: `C${index % 2_500}` }),
      );
      expect(() =>
        ageReceivables({ invoices: [...invoices, invoice('i5'), invoice('x', { total: 'abc' })] }, { asOf }),
      ).toThrow(InvalidArgumentError);
      expect(() =>
        ageReceivables({ invoices, payments: [payment('p', '2026-02-01', '1.00', [['missing', '1.00']])] }, { asOf }),
      ).toThrow(InvalidArgumentError);
      const report = ageReceivables({ invoices }, { asOf });
      // 6,000 invoices of 100.00, all due Jan 31: 59 days past due on Mar 31 -> 31-60.
      expect(report.rows).toHaveLength(2_500);
      expect(report.totals[0]?.bucketsMinor).toEqual([0, 0, 60_000_000, 0, 0, 0]);
    });

    it('gives identical reports for the same input twice (deterministic)', () => {
      const items = Array.from({ length: 3_000 }, (_, index) =>
        item(`i${index}`, `C${(index * 31) % 700}`, addDays(asOf, (index % 300) - 150), `${index}.${index % 10}0`),
      );
      expect(ageReceivables(items, { asOf })).toEqual(ageReceivables(items, { asOf }));
    });
  });
});

// ---------------------------------------------------------------------------------------------------
// Property tests against a naive reference: a Map per currency and BigInt sums.

const DIGITS: Record<string, number> = { EUR: 2, USD: 2, JPY: 0, KWD: 3 };

interface GeneratedItem {
  customerId: string;
  currency: string;
  issue: number;
  due: number;
  minor: bigint;
  form: 'string' | 'padded' | 'number' | 'decimal';
}

function majorText(minor: bigint, currency: string): string {
  const digits = DIGITS[currency] as number;
  if (digits === 0) return minor.toString();
  const scale = 10n ** BigInt(digits);
  return `${minor / scale}.${(minor % scale).toString().padStart(digits, '0')}`;
}

function toInput(generated: GeneratedItem, index: number): OpenItemInput {
  const text = majorText(generated.minor, generated.currency);
  let amountDue: OpenItemInput['amountDue'] = text;
  if (generated.form === 'padded') amountDue = generated.currency === 'JPY' ? `${text}.000` : `${text}00`;
  if (generated.form === 'decimal') amountDue = new Decimal(text);
  // Numbers only where the double prints back to the same decimal (under 15 significant digits).
  if (generated.form === 'number' && generated.minor < 100_000_000_000_000n) amountDue = Number(text);
  return {
    id: `item-${index}`,
    customerId: generated.customerId,
    currency: generated.currency,
    issueDate: isoDate(generated.issue),
    dueDate: isoDate(generated.due),
    amountDue,
  };
}

function referenceBucket(age: number, edges: readonly number[], basis: 'due-date' | 'issue-date'): number {
  if (basis === 'due-date' && age <= 0) return 0;
  const offset = basis === 'due-date' ? 1 : 0;
  for (let index = 0; index < edges.length; index++) if (age <= (edges[index] as number)) return index + offset;
  return edges.length + offset;
}

function referenceReport(
  items: readonly GeneratedItem[],
  asOf: number,
  edges: readonly number[],
  basis: 'due-date' | 'issue-date',
): Pick<AgingReport, 'rows' | 'totals' | 'notYetIssuedCount'> {
  const bucketCount = edges.length + (basis === 'due-date' ? 2 : 1);
  const rowsByCurrency = new Map<string, Map<string, { buckets: bigint[]; count: number }>>();
  const order: { customerId: string; currency: string; buckets: bigint[]; count: number }[] = [];
  let notYetIssuedCount = 0;
  for (const generated of items) {
    if (generated.issue > asOf) {
      notYetIssuedCount++;
      continue;
    }
    if (generated.minor === 0n) continue;
    let byCustomer = rowsByCurrency.get(generated.currency);
    if (byCustomer === undefined) {
      byCustomer = new Map();
      rowsByCurrency.set(generated.currency, byCustomer);
    }
    let row = byCustomer.get(generated.customerId);
    if (row === undefined) {
      row = { buckets: new Array<bigint>(bucketCount).fill(0n), count: 0 };
      byCustomer.set(generated.customerId, row);
      order.push({ customerId: generated.customerId, currency: generated.currency, ...row });
      row = order[order.length - 1] as { buckets: bigint[]; count: number };
      byCustomer.set(generated.customerId, row);
    }
    const age = asOf - (basis === 'due-date' ? generated.due : generated.issue);
    const bucket = referenceBucket(age, edges, basis);
    row.buckets[bucket] = (row.buckets[bucket] as bigint) + generated.minor;
    row.count++;
  }
  const toNumber = (value: bigint) => {
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error('test data must stay exact');
    return Number(value);
  };
  const rows: AgingRow[] = order.map(({ customerId, currency, buckets, count }) => {
    const total = buckets.reduce((sum, value) => sum + value, 0n);
    return {
      customerId,
      currency,
      bucketsMinor: buckets.map(toNumber),
      totalMinor: toNumber(total),
      overdueMinor: basis === 'due-date' ? toNumber(total - (buckets[0] as bigint)) : null,
      unappliedMinor: 0,
      netMinor: toNumber(total),
      itemCount: count,
    };
  });
  const totals: AgingTotal[] = [];
  for (const row of rows) {
    let total = totals.find((candidate) => candidate.currency === row.currency);
    if (total === undefined) {
      total = {
        currency: row.currency,
        bucketsMinor: new Array<number>(bucketCount).fill(0),
        totalMinor: 0,
        overdueMinor: basis === 'due-date' ? 0 : null,
        unappliedMinor: 0,
        netMinor: 0,
        itemCount: 0,
        customerCount: 0,
      };
      totals.push(total);
    }
    const target = total;
    row.bucketsMinor.forEach((minor, bucket) => {
      target.bucketsMinor[bucket] = (target.bucketsMinor[bucket] as number) + minor;
    });
    target.totalMinor += row.totalMinor;
    target.netMinor += row.totalMinor;
    if (target.overdueMinor !== null) target.overdueMinor += row.overdueMinor as number;
    target.itemCount += row.itemCount;
    target.customerCount += 1;
  }
  return { rows, totals, notYetIssuedCount };
}

const codeUnitString = (minLength: number, maxLength: number) =>
  fc.string({
    unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
    minLength,
    maxLength,
  });

/** Customer ids: unicode, lone surrogates, long strings, and near-twins of each other. */
const customerPool = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }),
      codeUnitString(1, 6),
      fc.string({ minLength: 200, maxLength: 5_000 }),
      fc.constantFrom('C1', 'C1\u0000', 'C2', '😀', '\ud83d', 'é', 'e\u0301'),
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((ids) => [
    ...ids,
    ...ids.map((id) => `${id}\u0000`),
    ...ids.map((id) => `${id.slice(0, -1)}${String.fromCharCode(id.charCodeAt(id.length - 1) ^ 1)}`),
  ]);

const ASOF = dayOf('2026-06-30');

const itemsArbitrary = customerPool.chain((customers) =>
  fc.array(
    fc
      .record({
        customerId: fc.constantFrom(...customers),
        currency: fc.constantFrom('EUR', 'USD', 'JPY', 'KWD'),
        issueOffset: fc.integer({ min: -500, max: 40 }),
        dueAfter: fc.integer({ min: 0, max: 200 }),
        minor: fc.oneof(
          fc.bigInt({ min: 0n, max: 1_000_000n }),
          fc.bigInt({ min: 0n, max: 10_000_000_000_000n }),
          fc.constant(0n),
        ),
        form: fc.constantFrom('string' as const, 'padded' as const, 'number' as const, 'decimal' as const),
      })
      .map(({ issueOffset, dueAfter, ...rest }) => ({
        ...rest,
        issue: ASOF + issueOffset,
        due: ASOF + issueOffset + dueAfter,
      })),
    { maxLength: 60 },
  ),
);

const edgesArbitrary = fc.option(
  fc
    .uniqueArray(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 6 })
    .map((edges) => edges.sort((a, b) => a - b)),
  { nil: undefined },
);

const basisArbitrary = fc.constantFrom('due-date' as const, 'issue-date' as const);

describe('ageReceivables on random open items (property)', () => {
  it('equals a naive Map-and-BigInt reference, exactly', () => {
    fc.assert(
      fc.property(itemsArbitrary, edgesArbitrary, basisArbitrary, (generated, edges, basis) => {
        const options: AgeReceivablesOptions = { asOf: isoDate(ASOF), basis };
        if (edges !== undefined) options.buckets = edges;
        const report = ageReceivables(generated.map(toInput), options);
        const expected = referenceReport(generated, ASOF, edges ?? [30, 60, 90, 120], basis);
        expect(report.rows).toEqual(expected.rows);
        expect(report.totals).toEqual(expected.totals);
        expect(report.notYetIssuedCount).toBe(expected.notYetIssuedCount);
        for (const row of report.rows)
          expect(row.bucketsMinor.reduce((sum, minor) => sum + minor, 0)).toBe(row.totalMinor);
      }),
      { numRuns: 300 },
    );
  });

  it('holds the same rows as the reference as a multiset', () => {
    // The multiset view: independent of the order of first appearance.
    const key = (row: AgingRow) => JSON.stringify([row.customerId, row.currency, row.bucketsMinor, row.itemCount]);
    fc.assert(
      fc.property(itemsArbitrary, basisArbitrary, (generated, basis) => {
        const report = ageReceivables(generated.map(toInput), { asOf: isoDate(ASOF), basis });
        const expected = referenceReport(generated, ASOF, [30, 60, 90, 120], basis);
        expect(report.rows.map(key).sort()).toEqual(expected.rows.map(key).sort());
      }),
      { numRuns: 100 },
    );
  });

  it('is deterministic, and does not depend on the amount’s form (string, number, Decimal)', () => {
    fc.assert(
      fc.property(itemsArbitrary, edgesArbitrary, basisArbitrary, (generated, edges, basis) => {
        const options: AgeReceivablesOptions = { asOf: isoDate(ASOF), basis };
        if (edges !== undefined) options.buckets = edges;
        const first = ageReceivables(generated.map(toInput), options);
        expect(ageReceivables(generated.map(toInput), options)).toEqual(first);
        const allStrings = generated.map((entry) => ({ ...entry, form: 'string' as const }));
        expect(ageReceivables(allStrings.map(toInput), options)).toEqual(first);
      }),
      { numRuns: 100 },
    );
  });

  it('equals the reference for large seeded inputs that use several partitions', () => {
    // 25,000 items over ~8,000 customers with tricky ids (near-twins, NULs, surrogates).
    let state = 12345;
    const random = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 4294967296;
    };
    const customers: string[] = [];
    for (let index = 0; index < 4_000; index++) {
      const id = `${String.fromCharCode(0xd800 + (index % 64))}${index}${index % 7 === 0 ? '😀' : ''}`;
      customers.push(id, `${id}\u0000`);
    }
    const currencies = ['EUR', 'USD', 'JPY', 'KWD'];
    const generated: GeneratedItem[] = [];
    for (let index = 0; index < 25_000; index++) {
      const issue = ASOF - Math.floor(random() * 400) + 10;
      generated.push({
        customerId: customers[Math.floor(random() * customers.length)] as string,
        currency: currencies[Math.floor(random() * currencies.length)] as string,
        issue,
        due: issue + Math.floor(random() * 90),
        minor: BigInt(Math.floor(random() * 10_000_000)),
        form: 'string',
      });
    }
    const report = ageReceivables(generated.map(toInput), { asOf: isoDate(ASOF) });
    const expected = referenceReport(generated, ASOF, [30, 60, 90, 120], 'due-date');
    expect(report.rows.length).toBe(expected.rows.length);
    report.rows.forEach((row, index) => {
      const want = expected.rows[index] as AgingRow;
      if (
        row.customerId !== want.customerId ||
        row.currency !== want.currency ||
        row.totalMinor !== want.totalMinor ||
        row.itemCount !== want.itemCount ||
        row.bucketsMinor.some((minor, bucket) => minor !== want.bucketsMinor[bucket])
      ) {
        expect({ index, row }).toEqual({ index, row: want });
      }
    });
    expect(report.totals).toEqual(expected.totals);
  });

  it('throws nothing but OverdueErrors for garbage rows', () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withSparseArray: true,
      withTypedArray: true,
      withNullPrototype: true,
    });
    const mutated = fc
      .record({
        base: fc.record({
          id: fc.string({ minLength: 1, maxLength: 4 }),
          customerId: fc.string({ minLength: 1, maxLength: 4 }),
          currency: fc.constantFrom('EUR', 'JPY'),
          issueDate: fc.constant('2026-01-01'),
          dueDate: fc.constant('2026-01-31'),
          amountDue: fc.constantFrom('1.00', '0', 5),
        }),
        field: fc.constantFrom('id', 'customerId', 'currency', 'issueDate', 'dueDate', 'amountDue', 'number'),
        value: fc.oneof(
          anything,
          fc.string(),
          fc.constantFrom('2026-02-30', '2026-1-1', '-1', '1e3', '0.001', '', 'XXX', 'eur'),
        ),
        remove: fc.boolean(),
      })
      .map(({ base, field, value, remove }) => {
        const row: Record<string, unknown> = { ...base };
        if (remove) delete row[field];
        else row[field] = value;
        return row;
      });
    fc.assert(
      fc.property(fc.array(fc.oneof(anything, mutated, mutated), { maxLength: 8 }), basisArbitrary, (rows, basis) => {
        try {
          const report = ageReceivables(rows as OpenItemInput[], { asOf: '2026-03-31', basis });
          for (const total of report.totals) expect(Number.isSafeInteger(total.totalMinor)).toBe(true);
        } catch (error) {
          expect(OverdueError.isInstance(error)).toBe(true);
        }
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('ageReceivables on random ledgers (property)', () => {
  const ledgerArbitrary = fc
    .record({
      invoices: fc.array(
        fc.record({
          customerId: fc.constantFrom('A', 'B', 'A\u0000', 'Ω'),
          currency: fc.constantFrom('EUR', 'JPY'),
          issue: fc.integer({ min: -200, max: 20 }),
          dueAfter: fc.integer({ min: 0, max: 90 }),
          total: fc.integer({ min: 1, max: 100_000 }),
          paidShare: fc.integer({ min: 0, max: 100 }),
          payDay: fc.integer({ min: -220, max: 40 }),
          status: fc.constantFrom(undefined, 'void' as const, 'written-off' as const),
        }),
        { maxLength: 12 },
      ),
      extraCash: fc.array(
        fc.record({
          customerId: fc.constantFrom('A', 'C'),
          day: fc.integer({ min: -30, max: 30 }),
          minor: fc.integer({ min: 1, max: 9_999 }),
        }),
        {
          maxLength: 3,
        },
      ),
      asOffset: fc.integer({ min: -10, max: 10 }),
    })
    .map(({ invoices, extraCash, asOffset }) => {
      const asOf = ASOF + asOffset;
      const text = (minor: number, currency: string) =>
        currency === 'JPY' ? String(minor) : `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
      const ledger: LedgerInput & { invoices: InvoiceInput[]; payments: PaymentInput[] } = {
        invoices: [],
        payments: [],
      };
      invoices.forEach((generated, index) => {
        const paid = Math.floor((generated.total * generated.paidShare) / 100);
        const fields: Partial<InvoiceInput> = {
          customerId: generated.customerId,
          currency: generated.currency,
          issueDate: isoDate(ASOF + generated.issue),
          dueDate: isoDate(ASOF + generated.issue + generated.dueAfter),
          total: text(generated.total, generated.currency),
          amountDue: text(generated.total - paid, generated.currency),
        };
        if (generated.status === 'void') fields.status = 'void';
        if (generated.status === 'written-off') {
          fields.status = 'written-off';
          fields.paidDate = isoDate(ASOF + generated.issue + generated.dueAfter + 5);
        }
        ledger.invoices.push(invoice(`i${index}`, fields));
        if (paid > 0) {
          ledger.payments.push(
            payment(
              `p${index}`,
              isoDate(ASOF + generated.payDay),
              text(paid, generated.currency),
              [[`i${index}`, text(paid, generated.currency)]],
              {
                customerId: generated.customerId,
                currency: generated.currency,
              },
            ),
          );
        }
      });
      extraCash.forEach(({ customerId, day, minor }, index) => {
        ledger.payments.push(payment(`cash${index}`, isoDate(ASOF + day), text(minor, 'EUR'), [], { customerId }));
      });
      return { ledger, asOf: isoDate(asOf) };
    });

  it('ages a ledger, its prepared form, its open balances and its open items alike', () => {
    fc.assert(
      fc.property(ledgerArbitrary, edgesArbitrary, basisArbitrary, ({ ledger, asOf }, edges, basis) => {
        const options: AgeReceivablesOptions = { asOf, basis };
        if (edges !== undefined) options.buckets = edges;
        const fromLedger = ageReceivables(ledger, options);
        expect(ageReceivables(prepareLedger(ledger), options)).toEqual(fromLedger);
        const balances = openBalancesAsOf(ledger, { asOf });
        const fromBalances = ageReceivables(balances, options);
        expect(fromBalances.rows).toEqual(fromLedger.rows);
        expect(fromBalances.totals).toEqual(fromLedger.totals);
        // Open items carry no unapplied amounts: compare the rows that hold items, without that column.
        const items: OpenItemInput[] = balances.items.map((open) => ({
          id: open.invoiceId,
          customerId: open.customerId,
          currency: open.currency,
          issueDate: open.issueDate,
          dueDate: open.dueDate,
          amountDue: open.currency === 'JPY' ? String(open.openMinor) : (open.openMinor / 100).toFixed(2),
        }));
        const fromItems = ageReceivables(items, options);
        const shape = (rows: AgingRow[]) =>
          rows
            .filter((row) => row.itemCount > 0)
            .map((row) => [row.customerId, row.currency, row.bucketsMinor, row.totalMinor, row.itemCount]);
        expect(shape(fromItems.rows)).toEqual(shape(fromLedger.rows));
        // Unapplied cash equals what openBalancesAsOf lists, per customer and currency.
        const unapplied = fromLedger.rows
          .filter((row) => row.unappliedMinor > 0)
          .map((row) => [row.customerId, row.currency, row.unappliedMinor]);
        expect(unapplied.sort()).toEqual(
          balances.unapplied
            .map((entry) => [entry.customerId, entry.currency, entry.cashMinor + entry.creditMinor])
            .sort(),
        );
      }),
      { numRuns: 200 },
    );
  });
});
