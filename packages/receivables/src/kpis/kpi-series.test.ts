import type { CreditNoteInput, InvoiceInput, LedgerInput, PaymentInput } from '@overdue/core';
import { addDays, CurrencyMismatchError, InvalidArgumentError, OverdueError } from '@overdue/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datedInvoice as invoice } from '../_test/ledger-builders';
import { openBalancesAsOf } from '../open-balances/open-balances-as-of';
import { prepareLedger } from '../prepare-ledger';
import { averageDaysDelinquent } from './average-days-delinquent';
import { averageDaysToPay } from './average-days-to-pay';
import { bestPossibleDso } from './best-possible-dso';
import { collectionEffectivenessIndex } from './collection-effectiveness-index';
import { daysSalesOutstanding } from './days-sales-outstanding';
import { kpiSeries } from './kpi-series';
import { percentCurrent } from './percent-current';
import { weightedDaysLate } from './weighted-days-late';

describe('kpiSeries', () => {
  const ledger: LedgerInput = {
    invoices: [
      invoice('i1', '2013-01-05', '2013-02-04', '600', { amountDue: '0', paidDate: '2013-02-10' }),
      invoice('i2', '2013-02-02', '2013-03-04', '400'),
      invoice('i3', '2013-04-02', '2013-04-12', '1000', { amountDue: '0', paidDate: '2013-04-22' }),
    ],
  };

  it('gives one point per month end, with every KPI', () => {
    // January: AR 600 on sales 600 → DSO 31; nothing past due. February: AR 400 on sales 400 → 28; i1 paid
    // 2013-02-10, 36 days after issue and 6 after due. CEI Feb: (600 + 400 - 400) / (600 + 400 - 400) = 100.
    const series = kpiSeries(ledger, { from: '2013-01-01', to: '2013-02-28' });
    expect(series.currency).toBe('EUR');
    expect(series.points).toEqual([
      {
        period: { from: '2013-01-01', to: '2013-01-31', label: '2013-01', days: 31 },
        currency: 'EUR',
        receivablesMinor: 60000,
        beginningReceivablesMinor: 0,
        currentMinor: 60000,
        salesMinor: 60000,
        dso: 31,
        countbackDso: 31,
        countbackExhausted: false,
        bestPossibleDso: 31,
        averageDaysDelinquent: 0,
        cei: null,
        percentCurrent: 100,
        averageDaysToPay: null,
        weightedAverageDaysToPay: null,
        paidInvoiceCount: 0,
        weightedDaysLatePaid: null,
        weightedDaysLateOpen: 0,
      },
      {
        period: { from: '2013-02-01', to: '2013-02-28', label: '2013-02', days: 28 },
        currency: 'EUR',
        receivablesMinor: 40000,
        beginningReceivablesMinor: 60000,
        currentMinor: 40000,
        salesMinor: 40000,
        dso: 28,
        countbackDso: 28,
        countbackExhausted: false,
        bestPossibleDso: 28,
        averageDaysDelinquent: 0,
        cei: 100,
        percentCurrent: 100,
        averageDaysToPay: 36,
        weightedAverageDaysToPay: 36,
        paidInvoiceCount: 1,
        weightedDaysLatePaid: 6,
        weightedDaysLateOpen: 0,
      },
    ]);
  });

  it('aligns from to the start of its period and stops at the last period end inside to', () => {
    const series = kpiSeries(ledger, { from: '2013-01-15', to: '2013-04-29' });
    expect(series.points.map((point) => [point.period.from, point.period.to, point.period.label])).toEqual([
      ['2013-01-01', '2013-01-31', '2013-01'],
      ['2013-02-01', '2013-02-28', '2013-02'],
      ['2013-03-01', '2013-03-31', '2013-03'],
    ]);
  });

  it('gives quarters labelled YYYY-Qn', () => {
    // Q1: AR_end 400 (i2) on sales 1,000 over 90 days: 36. Q2: AR_end 400, sales 1,000 over 91 days: 36.4.
    const series = kpiSeries(ledger, { from: '2013-02-10', to: '2013-06-30', period: 'quarter' });
    expect(
      series.points.map((point) => [
        point.period.label,
        point.period.from,
        point.period.to,
        point.period.days,
        point.dso,
      ]),
    ).toEqual([
      ['2013-Q1', '2013-01-01', '2013-03-31', 90, 36],
      ['2013-Q2', '2013-04-01', '2013-06-30', 91, 36.4],
    ]);
  });

  it('labels the last quarter of a year and crosses into the next', () => {
    const series = kpiSeries({ invoices: [] }, { from: '2012-11-01', to: '2013-03-31', period: 'quarter' });
    expect(series.points.map((point) => point.period.label)).toEqual(['2012-Q4', '2013-Q1']);
  });

  it('gives the same points whatever range surrounds them', () => {
    const wide = kpiSeries(ledger, { from: '1990-01-01', to: '2040-12-31' }).points.filter((point) =>
      point.period.from.startsWith('2013'),
    );
    expect(wide).toEqual(kpiSeries(ledger, { from: '2013-01-01', to: '2013-12-31' }).points);
  });

  it('is empty when no period ends inside the range', () => {
    expect(kpiSeries(ledger, { from: '2013-01-01', to: '2013-01-30' }).points).toEqual([]);
  });

  it('still checks the ledger and currencies when no period ends inside the range', () => {
    const mixed: LedgerInput = {
      invoices: [
        invoice('a', '2013-01-05', '2013-02-04', '1'),
        invoice('b', '2013-01-05', '2013-02-04', '1', { currency: 'USD' }),
      ],
    };
    expect(() => kpiSeries(mixed, { from: '2013-01-01', to: '2013-01-30' })).toThrow(CurrencyMismatchError);
  });

  it.each([
    [
      { from: '2013-01-01', to: '2013-03-31', period: 'week' },
      'options.period: expected one of "month", "quarter", got "week"',
    ],
    [{ from: '2013-01-01', to: '2013-03-31', salesConvention: 'quarterly' }, 'options.salesConvention'],
    [{ from: '2013-01-01', to: '2013-03-31', maxMonths: 1.5 }, 'options.maxMonths'],
    [{ from: '2013-04-01', to: '2013-03-31' }, 'options.from: 2013-04-01 is after options.to (2013-03-31)'],
    [
      { from: '2013-01-01', to: '2013-03-31', method: 'countback' },
      'options.method: unknown field; expected one of from, to, currency, rates, decimals, period, salesConvention, maxMonths',
    ],
    [
      { from: '2013-01-01', to: '2013-03-31', periodz: 'month' },
      'options.periodz: unknown field; did you mean "period"?',
    ],
    [
      { from: '2013-01-01', to: '2013-03-31', rates: { base: 'EUR', ratez: {} } },
      'options.rates.ratez: unknown field; did you mean "rates"?',
    ],
  ])('rejects %j', (options, message) => {
    expect(() => kpiSeries(ledger, options as never)).toThrow(InvalidArgumentError);
    expect(() => kpiSeries(ledger, options as never)).toThrow(message);
  });
});

// ---------------------------------------------------------------------------------------------------
// Property tests on random ledgers.

const BASE = '2013-01-01';

interface RandomInvoice {
  issue: number;
  terms: number;
  totalMinor: number;
  status: 'normal' | 'void' | 'draft' | 'written-off';
  writeOffLag: number;
  currency: 'EUR' | 'USD';
  settlements: { kind: 'payment' | 'credit'; lag: number; share: number }[];
}

const invoiceArbitrary: fc.Arbitrary<RandomInvoice> = fc.record({
  issue: fc.integer({ min: -60, max: 200 }),
  terms: fc.integer({ min: 0, max: 60 }),
  totalMinor: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 500000 })),
  status: fc.constantFrom('normal', 'normal', 'normal', 'normal', 'void', 'draft', 'written-off'),
  writeOffLag: fc.integer({ min: 0, max: 150 }),
  currency: fc.constantFrom('EUR', 'EUR', 'USD'),
  settlements: fc.array(
    fc.record({
      kind: fc.constantFrom('payment', 'payment', 'credit'),
      lag: fc.integer({ min: -10, max: 150 }),
      share: fc.double({ min: 0, max: 1.2, noNaN: true }),
    }),
    { maxLength: 3 },
  ),
});

const minor = (value: number) => (value / 100).toFixed(2);

/** Builds a valid ledger: allocations never exceed an invoice's total, and amountDue matches them. */
function buildLedger(rows: RandomInvoice[], unapplied: number[], currencies: 'one' | 'two'): LedgerInput {
  const invoices: InvoiceInput[] = [];
  const payments: PaymentInput[] = [];
  const creditNotes: CreditNoteInput[] = [];
  rows.forEach((row, index) => {
    const id = `i${index}`;
    const currency = currencies === 'one' ? 'EUR' : row.currency;
    const issueDate = addDays(BASE, row.issue);
    let allocated = 0;
    row.settlements.forEach((settlement, position) => {
      const amount = Math.min(row.totalMinor - allocated, Math.round(row.totalMinor * settlement.share));
      if (amount <= 0 || row.status === 'void' || row.status === 'draft') return;
      allocated += amount;
      const document = {
        id: `${id}-${position}`,
        customerId: 'C1',
        currency,
        date: addDays(issueDate, settlement.lag),
        allocations: [{ invoiceId: id, amount: minor(amount) }],
      };
      if (settlement.kind === 'payment') payments.push({ ...document, amount: minor(amount) });
      else creditNotes.push({ ...document, total: minor(amount) });
    });
    const fields: Partial<InvoiceInput> = { currency, amountDue: minor(row.totalMinor - allocated) };
    if (row.status === 'void' || row.status === 'draft') fields.status = row.status;
    if (row.status === 'written-off') {
      fields.status = 'written-off';
      fields.paidDate = addDays(issueDate, row.writeOffLag);
    }
    invoices.push(invoice(id, issueDate, addDays(issueDate, row.terms), minor(row.totalMinor), fields));
  });
  unapplied.forEach((day, index) => {
    payments.push({
      id: `u${index}`,
      customerId: 'C1',
      currency: 'EUR',
      date: addDays(BASE, day),
      amount: '10.00',
      allocations: [],
    });
  });
  return { invoices, payments, creditNotes };
}

const ledgerArbitrary = (currencies: 'one' | 'two') =>
  fc
    .tuple(
      fc.array(invoiceArbitrary, { maxLength: 25 }),
      fc.array(fc.integer({ min: -30, max: 200 }), { maxLength: 3 }),
    )
    .map(([rows, unapplied]) => ({ rows, ledger: buildLedger(rows, unapplied, currencies) }));

/** The day each invoice became fully paid, computed directly from the generated rows (not written off, total > 0). */
function paidDates(
  rows: RandomInvoice[],
  ledger: LedgerInput,
): Map<string, { issueDate: string; dueDate: string; paidDate: string; totalMinor: number }> {
  const paid = new Map<string, { issueDate: string; dueDate: string; paidDate: string; totalMinor: number }>();
  rows.forEach((row, index) => {
    const source = ledger.invoices[index];
    if (source === undefined || row.status !== 'normal' || row.totalMinor === 0) return;
    const settlements = [...(ledger.payments ?? []), ...(ledger.creditNotes ?? [])]
      .flatMap(
        (document) =>
          document.allocations
            ?.filter((allocation) => allocation.invoiceId === source.id)
            .map((allocation) => ({ date: document.date, amount: Math.round(Number(allocation.amount) * 100) })) ?? [],
      )
      .map((settlement) => ({ ...settlement, date: [settlement.date, source.issueDate].sort()[1] as string }))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    let settled = 0;
    for (const settlement of settlements) {
      settled += settlement.amount;
      if (settled >= row.totalMinor) {
        paid.set(source.id, {
          issueDate: source.issueDate,
          dueDate: source.dueDate,
          paidDate: settlement.date,
          totalMinor: row.totalMinor,
        });
        return;
      }
    }
  });
  return paid;
}

describe('kpiSeries properties', () => {
  it('agrees with every single-KPI function, period by period', () => {
    fc.assert(
      fc.property(
        ledgerArbitrary('one'),
        fc.constantFrom<'month' | 'quarter'>('month', 'quarter'),
        fc.constantFrom<'period' | 'monthly-average'>('period', 'monthly-average'),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 1, max: 6 }),
        ({ ledger }, period, salesConvention, decimals, maxMonths) => {
          const prepared = prepareLedger(ledger);
          const series = kpiSeries(prepared, {
            from: '2013-01-01',
            to: '2013-06-30',
            period,
            salesConvention,
            decimals,
            maxMonths,
          });
          expect(series.points.length).toBe(period === 'month' ? 6 : 2);
          for (const point of series.points) {
            const options = { from: point.period.from, to: point.period.to, decimals };
            const dso = daysSalesOutstanding(ledger, options);
            const countback = daysSalesOutstanding(prepared, { ...options, method: 'countback', maxMonths });
            const adp = averageDaysToPay(prepared, options);
            expect(point).toEqual({
              period: { from: point.period.from, to: point.period.to, label: point.period.label, days: dso.days },
              currency: dso.currency,
              receivablesMinor: dso.receivablesMinor,
              beginningReceivablesMinor: collectionEffectivenessIndex(prepared, options).beginningReceivablesMinor,
              currentMinor: percentCurrent(prepared, options).currentMinor,
              salesMinor: dso.salesMinor,
              dso: dso.value,
              countbackDso: countback.value,
              countbackExhausted: countback.countback?.exhausted,
              bestPossibleDso: bestPossibleDso(prepared, options).value,
              averageDaysDelinquent: averageDaysDelinquent(prepared, options).value,
              cei: collectionEffectivenessIndex(prepared, { ...options, salesConvention }).value,
              percentCurrent: percentCurrent(prepared, options).value,
              averageDaysToPay: adp.value,
              weightedAverageDaysToPay: adp.weightedValue,
              paidInvoiceCount: adp.invoiceCount,
              weightedDaysLatePaid: weightedDaysLate(prepared, { ...options, basis: 'paid' }).value,
              weightedDaysLateOpen: weightedDaysLate(prepared, { ...options, basis: 'open' }).value,
            });
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('agrees with the single-KPI functions on a two-currency ledger, by currency and with rates', () => {
    const rates = { base: 'EUR', rates: { USD: '0.9137' } };
    fc.assert(
      fc.property(
        ledgerArbitrary('two'),
        fc.constantFrom<{ currency: string } | { rates: typeof rates }>(
          { currency: 'USD' },
          { currency: 'EUR' },
          { rates },
        ),
        ({ ledger }, scope) => {
          const series = kpiSeries(ledger, { from: '2013-01-01', to: '2013-06-30', ...scope });
          for (const point of series.points) {
            const options = { from: point.period.from, to: point.period.to, ...scope };
            const dso = daysSalesOutstanding(ledger, options);
            expect([point.currency, point.receivablesMinor, point.salesMinor, point.dso]).toEqual([
              dso.currency,
              dso.receivablesMinor,
              dso.salesMinor,
              dso.value,
            ]);
            expect(point.weightedAverageDaysToPay).toBe(averageDaysToPay(ledger, options).weightedValue);
            expect(point.weightedDaysLateOpen).toBe(weightedDaysLate(ledger, { ...options, basis: 'open' }).value);
            expect(point.cei).toBe(collectionEffectivenessIndex(ledger, options).value);
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it('keeps DSO - BPDSO = ADD, ADD ≥ 0, 0 ≤ percent current ≤ 100 and 0 ≤ CEI ≤ 100', () => {
    fc.assert(
      fc.property(ledgerArbitrary('one'), fc.integer({ min: 0, max: 6 }), ({ ledger }, decimals) => {
        const unit = 10 ** -decimals;
        for (const point of kpiSeries(ledger, { from: '2013-01-01', to: '2013-06-30', decimals }).points) {
          if (point.dso === null || point.bestPossibleDso === null || point.averageDaysDelinquent === null) {
            expect([point.salesMinor, point.dso, point.bestPossibleDso, point.averageDaysDelinquent]).toEqual([
              0,
              null,
              null,
              null,
            ]);
          } else {
            // ADD is rounded once from the exact difference, so it is within one unit of the rounded figures' difference.
            expect(Math.abs(point.averageDaysDelinquent - (point.dso - point.bestPossibleDso))).toBeLessThanOrEqual(
              unit * 1.000001,
            );
            expect(point.averageDaysDelinquent).toBeGreaterThanOrEqual(0);
            expect(point.bestPossibleDso).toBeLessThanOrEqual(point.dso);
          }
          expect(point.countbackDso).not.toBeNull();
          if (point.percentCurrent !== null) {
            expect(point.percentCurrent).toBeGreaterThanOrEqual(0);
            expect(point.percentCurrent).toBeLessThanOrEqual(100);
          }
          if (point.cei !== null) {
            expect(point.cei).toBeGreaterThanOrEqual(0);
            expect(point.cei).toBeLessThanOrEqual(100);
          }
          expect(point.currentMinor).toBeLessThanOrEqual(point.receivablesMinor);
        }
        // With many decimals the identity is exact up to the last place: two roundings at 1e-12 plus the
        // spacing of doubles at the figure's magnitude (DSO can exceed 100,000 days on a tiny sales base).
        const fine = averageDaysDelinquent(ledger, { from: '2013-03-01', to: '2013-03-31', decimals: 12 });
        if (fine.value !== null && fine.dso !== null && fine.bestPossibleDso !== null) {
          const tolerance = 2e-12 + 8 * Number.EPSILON * Math.max(1, Math.abs(fine.dso));
          expect(Math.abs(fine.value - (fine.dso - fine.bestPossibleDso))).toBeLessThanOrEqual(tolerance);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('matches receivables, current receivables and sales recomputed invoice by invoice', () => {
    fc.assert(
      fc.property(ledgerArbitrary('one'), ({ ledger }) => {
        const series = kpiSeries(ledger, { from: '2013-01-01', to: '2013-06-30' });
        let previous: number | undefined;
        for (const point of series.points) {
          // openBalancesAsOf rebuilds each invoice's open amount from its own settlements.
          const open = openBalancesAsOf(ledger, { asOf: point.period.to }).items;
          expect(point.receivablesMinor).toBe(open.reduce((sum, item) => sum + item.openMinor, 0));
          expect(point.currentMinor).toBe(
            open.filter((item) => item.dueDate >= point.period.to).reduce((sum, item) => sum + item.openMinor, 0),
          );
          const before = openBalancesAsOf(ledger, { asOf: addDays(point.period.from, -1) }).items;
          expect(point.beginningReceivablesMinor).toBe(before.reduce((sum, item) => sum + item.openMinor, 0));
          if (previous !== undefined) expect(point.beginningReceivablesMinor).toBe(previous);
          previous = point.receivablesMinor;
          const sales = ledger.invoices
            .filter(
              (item) =>
                item.status !== 'void' &&
                item.status !== 'draft' &&
                item.issueDate >= point.period.from &&
                item.issueDate <= point.period.to,
            )
            .reduce((sum, item) => sum + Math.round(Number(item.total) * 100), 0);
          expect(point.salesMinor).toBe(sales);
          const lateOpen = open.reduce(
            (sum, item) =>
              sum + item.openMinor * Math.max(0, (Date.parse(point.period.to) - Date.parse(item.dueDate)) / 86400000),
            0,
          );
          if (point.receivablesMinor > 0)
            expect(point.weightedDaysLateOpen).toBeCloseTo(lateOpen / point.receivablesMinor, 1);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('matches average days to pay recomputed invoice by invoice', () => {
    fc.assert(
      fc.property(ledgerArbitrary('one'), ({ rows, ledger }) => {
        const paid = [...paidDates(rows, ledger).values()];
        const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86400000;
        for (const point of kpiSeries(ledger, { from: '2013-01-01', to: '2013-06-30', decimals: 6 }).points) {
          const inPeriod = paid.filter(
            (item) => item.paidDate >= point.period.from && item.paidDate <= point.period.to,
          );
          expect(point.paidInvoiceCount).toBe(inPeriod.length);
          if (inPeriod.length === 0) {
            expect([point.averageDaysToPay, point.weightedAverageDaysToPay, point.weightedDaysLatePaid]).toEqual([
              null,
              null,
              null,
            ]);
            continue;
          }
          const total = inPeriod.reduce((sum, item) => sum + item.totalMinor, 0);
          expect(point.averageDaysToPay).toBeCloseTo(
            inPeriod.reduce((sum, item) => sum + days(item.issueDate, item.paidDate), 0) / inPeriod.length,
            5,
          );
          expect(point.weightedAverageDaysToPay).toBeCloseTo(
            inPeriod.reduce((sum, item) => sum + item.totalMinor * days(item.issueDate, item.paidDate), 0) / total,
            5,
          );
          expect(point.weightedDaysLatePaid).toBeCloseTo(
            inPeriod.reduce((sum, item) => sum + item.totalMinor * Math.max(0, days(item.dueDate, item.paidDate)), 0) /
              total,
            5,
          );
        }
      }),
      { numRuns: 60 },
    );
  });

  it('throws nothing but Overdue errors for malformed options', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(
            'from',
            'to',
            'period',
            'decimals',
            'currency',
            'rates',
            'maxMonths',
            'salesConvention',
            'other',
          ),
          fc.anything(),
        ),
        (options) => {
          try {
            kpiSeries({ invoices: [] }, options as never);
          } catch (error) {
            expect(OverdueError.isInstance(error)).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
