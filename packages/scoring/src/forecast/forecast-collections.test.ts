import { InvalidArgumentError } from '@overdue/core';
import { openBalancesAsOf } from '@overdue/receivables';
import { describe, expect, it } from 'vitest';
import { syntheticLedger } from '../_test/synthetic-ledger';
import { preparePaymentHistory } from '../history/prepare-history';
import { trainPaymentModel } from '../model/train-payment-model';
import { forecastCollections } from './forecast-collections';

const asOf = '2025-06-30';
const ledger = syntheticLedger({ customers: 60, invoicesPerCustomer: 20, seed: 8, openAfter: asOf });
const history = preparePaymentHistory(ledger);
const model = trainPaymentModel(history, { settledBy: asOf });
const open = openBalancesAsOf(ledger, { asOf }).items;

describe('forecastCollections', () => {
  const [eur] = forecastCollections(open, model, history, { asOf, horizonWeeks: 8 });

  it('spreads exactly what is open over the weeks and later', () => {
    const openMinor = open.reduce((sum, item) => sum + item.openMinor, 0);
    expect(eur?.currency).toBe('EUR');
    expect(eur?.openMinor).toBe(openMinor);
    const spread = (eur?.weeks ?? []).reduce((sum, week) => sum + week.expectedMinor, eur?.laterMinor ?? 0);
    expect(spread).toBe(openMinor);
    expect(eur?.weeks.map((week) => [week.from, week.to]).slice(0, 2)).toEqual([
      ['2025-07-01', '2025-07-07'],
      ['2025-07-08', '2025-07-14'],
    ]);
    for (const week of eur?.weeks ?? []) {
      expect(Number.isInteger(week.expectedMinor)).toBe(true);
      expect(week.lowMinor).toBeLessThanOrEqual(week.expectedMinor);
      expect(week.highMinor).toBeGreaterThanOrEqual(week.expectedMinor);
      expect(week.lowMinor).toBeGreaterThanOrEqual(0);
    }
  });

  it('is close to what the synthetic customers really paid in the first weeks', () => {
    const full = syntheticLedger({ customers: 60, invoicesPerCustomer: 20, seed: 8 });
    const paid = new Map(full.invoices.map((invoice) => [invoice.id, invoice.paidDate]));
    const actual = open
      .filter((item) => (paid.get(item.invoiceId) ?? '9999') <= '2025-07-28')
      .reduce((sum, item) => sum + item.openMinor, 0);
    const forecast = (eur?.weeks ?? []).slice(0, 4).reduce((sum, week) => sum + week.expectedMinor, 0);
    expect(Math.abs(forecast - actual) / actual).toBeLessThan(0.35);
  });

  it('keeps currencies apart and names bad input', () => {
    const usd = open.slice(0, 3).map((item) => ({ ...item, currency: 'USD' }));
    expect(forecastCollections([...open, ...usd], model, history, { asOf }).map((f) => f.currency)).toEqual([
      'EUR',
      'USD',
    ]);
    const good = open[0] as (typeof open)[number];
    expect(() => forecastCollections([{ ...good, openMinor: 0 }], model, history, { asOf })).toThrow(
      /openInvoices\[0\]\.openMinor/,
    );
    expect(() => forecastCollections([good], model, history, { asOf, horizonWeeks: 0 })).toThrow(
      /options\.horizonWeeks/,
    );
    expect(() =>
      forecastCollections([{ ...good, issueDate: '2025-07-05', dueDate: '2025-08-05' }], model, history, { asOf }),
    ).toThrow(/openInvoices\[0\]\.issueDate/);
  });

  it.each([
    [{ asOf, horizonWeek: 4 }, 'options.horizonWeek', 'unknown field; did you mean "horizonWeeks"?'],
    // `reasons` belongs to predictPayments, not to the forecast.
    [{ asOf, reasons: 0 }, 'options.reasons', 'unknown field; expected one of asOf, horizonWeeks, intervalLevel'],
  ])('rejects the unknown option field of %j at its path, before reading the invoices', (options, path, message) => {
    const run = () => forecastCollections('none' as never, model, history, options as never);
    expect(run).toThrow(InvalidArgumentError);
    expect(run).toThrow(expect.objectContaining({ path, message: `${path}: ${message}` }));
  });

  it('accepts every documented option, a wider interval level giving wider weeks', () => {
    const [narrow] = forecastCollections(open, model, history, { asOf, horizonWeeks: 2, intervalLevel: 0.5 });
    const [wide] = forecastCollections(open, model, history, { asOf, horizonWeeks: 2, intervalLevel: 0.95 });
    expect(wide?.weeks.length).toBe(2);
    const width = (week: { lowMinor: number; highMinor: number } | undefined) =>
      (week?.highMinor ?? 0) - (week?.lowMinor ?? 0);
    expect(width(wide?.weeks[0])).toBeGreaterThan(width(narrow?.weeks[0]));
  });
});
