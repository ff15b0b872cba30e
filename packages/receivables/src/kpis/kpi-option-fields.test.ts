// Every KPI checks the fields of its options and of `options.rates` before it reads the ledger: a
// misspelt or unknown field throws an InvalidArgumentError at its path, and every documented option is
// accepted. One table for all of them, each with its own options beyond the shared ones.
import type { InvoiceInput, LedgerInput } from '@overdue/core';
import { InvalidArgumentError } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { datedInvoice as invoice, thrownBy } from '../_test/ledger-builders';
import { averageDaysDelinquent } from './average-days-delinquent';
import { averageDaysToPay } from './average-days-to-pay';
import { bestPossibleDso } from './best-possible-dso';
import { collectionEffectivenessIndex } from './collection-effectiveness-index';
import { daysSalesOutstanding } from './days-sales-outstanding';
import { kpiSeries } from './kpi-series';
import { percentCurrent } from './percent-current';
import { weightedDaysLate } from './weighted-days-late';

/** Options added to the period, the path of the field at fault and the message after that path. */
type Rejection = [fields: Record<string, unknown>, path: string, message: string];

interface KpiCase {
  name: string;
  kpi: (ledger: LedgerInput, options: never) => object;
  /** The period of every call; January 2013 unless given. */
  period?: { from: string; to: string };
  /** The documented options beyond from, to, currency, rates and decimals, in the order the KPI lists them. */
  extra?: Record<string, unknown>;
  /** The KPI's own misspelt fields; an unknown `colour` and a misspelt `rates.basez` are checked for every KPI. */
  misspelt: Rejection[];
  /** The invoices of a ledger the KPI measures with every documented option. */
  invoices: InvoiceInput[];
  /** A currency to pass as `currency`, and what the result then matches; EUR unless given. */
  currency?: [code: string, expected: object];
  /** Rates to pass as `rates`, and what the result then matches; EUR to USD unless given. */
  rates?: [rates: { base: string; rates: Record<string, string> }, expected: object];
}

const didYouMean = (name: string) => `unknown field; did you mean "${name}"?`;
const january = { from: '2013-01-01', to: '2013-01-31' };
const quarter = { from: '2013-01-01', to: '2013-03-31' };
const countback = { method: 'countback', maxMonths: 12 };
const inEur: NonNullable<KpiCase['currency']> = ['EUR', { currency: 'EUR' }];
const eurToUsd: NonNullable<KpiCase['rates']> = [{ base: 'USD', rates: { EUR: '1.25' } }, { currency: 'USD' }];

const cases: KpiCase[] = [
  {
    name: 'averageDaysDelinquent',
    kpi: averageDaysDelinquent,
    extra: countback,
    misspelt: [[{ maxMonth: 12 }, 'options.maxMonth', didYouMean('maxMonths')]],
    invoices: [invoice('a', '2013-01-05', '2013-01-20', '600')],
  },
  {
    name: 'averageDaysToPay',
    kpi: averageDaysToPay,
    misspelt: [[{ curency: 'USD' }, 'options.curency', didYouMean('currency')]],
    // Issued 2013-01-05 in USD and paid in full 2013-01-20.
    invoices: [
      invoice('a', '2013-01-05', '2013-01-05', '600', { currency: 'USD', amountDue: '0', paidDate: '2013-01-20' }),
    ],
    currency: ['USD', { currency: 'USD' }],
    rates: [{ base: 'EUR', rates: { USD: '1.25' } }, { currency: 'EUR' }],
  },
  {
    name: 'bestPossibleDso',
    kpi: bestPossibleDso,
    extra: countback,
    misspelt: [[{ metod: 'countback' }, 'options.metod', didYouMean('method')]],
    invoices: [invoice('a', '2013-01-05', '2013-02-04', '600')],
  },
  {
    name: 'collectionEffectivenessIndex',
    kpi: collectionEffectivenessIndex,
    period: quarter,
    extra: { salesConvention: 'monthly-average' },
    misspelt: [[{ salesconvention: 'monthly-average' }, 'options.salesconvention', didYouMean('salesConvention')]],
    invoices: [invoice('a', '2013-01-05', '2013-02-04', '600')],
  },
  {
    name: 'daysSalesOutstanding',
    kpi: daysSalesOutstanding,
    extra: countback,
    misspelt: [
      [{ maxMonts: 12 }, 'options.maxMonts', didYouMean('maxMonths')],
      [{ rates: { base: 'EUR', rate: {} } }, 'options.rates.rate', didYouMean('rates')],
    ],
    invoices: [invoice('a', '2013-01-05', '2013-02-04', '100')],
  },
  {
    name: 'kpiSeries',
    kpi: kpiSeries,
    period: quarter,
    extra: { period: 'quarter', salesConvention: 'monthly-average', maxMonths: 12 },
    misspelt: [[{ salesconvention: 'period' }, 'options.salesconvention', didYouMean('salesConvention')]],
    invoices: [
      invoice('i1', '2013-01-05', '2013-02-04', '600', { amountDue: '0', paidDate: '2013-02-10' }),
      invoice('i2', '2013-02-02', '2013-03-04', '400'),
      invoice('i3', '2013-04-02', '2013-04-12', '1000', { amountDue: '0', paidDate: '2013-04-22' }),
    ],
    currency: ['EUR', { currency: 'EUR', points: [{ period: { label: '2013-Q1' } }] }],
  },
  {
    name: 'percentCurrent',
    kpi: percentCurrent,
    misspelt: [[{ decimal: 1 }, 'options.decimal', didYouMean('decimals')]],
    invoices: [invoice('a', '2013-01-05', '2013-02-04', '600')],
  },
  {
    name: 'weightedDaysLate',
    kpi: weightedDaysLate,
    extra: { basis: 'open' },
    misspelt: [[{ bases: 'open' }, 'options.bases', didYouMean('basis')]],
    invoices: [invoice('a', '2013-01-05', '2013-01-20', '600')],
  },
];

describe.each(cases)('$name option fields', (kpiCase) => {
  const { kpi, period = january, extra = {}, misspelt, invoices, currency = inEur, rates = eurToUsd } = kpiCase;
  const known = ['from', 'to', 'currency', 'rates', 'decimals', ...Object.keys(extra)].join(', ');
  const rejections: Rejection[] = [
    ...misspelt,
    [{ colour: 'red' }, 'options.colour', `unknown field; expected one of ${known}`],
    [{ rates: { basez: 'USD', rates: {} } }, 'options.rates.basez', didYouMean('base')],
  ];

  it.each(rejections)(
    'rejects the unknown field of %j at its path, before reading the ledger',
    (fields, path, message) => {
      const error = thrownBy(() => kpi({ invoices: 'none' } as never, { ...period, ...fields } as never));
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error).toMatchObject({ path, message: `${path}: ${message}` });
    },
  );

  it('accepts every documented option', () => {
    const options = { ...period, decimals: 1, ...extra };
    expect(kpi({ invoices }, { ...options, currency: currency[0] } as never)).toMatchObject(currency[1]);
    expect(kpi({ invoices }, { ...options, rates: rates[0] } as never)).toMatchObject(rates[1]);
  });
});
