import type { LedgerInput, PaymentInput } from '@overdue/core';
import { CurrencyMismatchError, InvalidArgumentError } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { datedInvoice as invoice } from '../_test/ledger-builders';
import { prepareLedger } from '../prepare-ledger';
import { daysSalesOutstanding } from './days-sales-outstanding';

function payment(
  id: string,
  date: string,
  amount: string,
  allocations: [string, string][],
  currency = 'EUR',
): PaymentInput {
  return {
    id,
    customerId: 'C1',
    currency,
    date,
    amount,
    allocations: allocations.map(([invoiceId, applied]) => ({ invoiceId, amount: applied })),
  };
}

const january = { from: '2013-01-01', to: '2013-01-31' };

describe('daysSalesOutstanding, standard method', () => {
  it('divides period-end receivables by the credit sales of the period and multiplies by its days', () => {
    // The IBM-sample reference month (kpis-and-scoring.md §3, Jan 2013): AR_end 5,846.87 on sales 6,713.20.
    // By hand: 5,846.87 / 6,713.20 × 31 = 26.99952... → 27.00.
    const ledger: LedgerInput = {
      invoices: [
        invoice('a', '2013-01-10', '2013-02-09', '5846.87'),
        invoice('b', '2013-01-15', '2013-02-14', '866.33', { amountDue: '0', paidDate: '2013-01-25' }),
      ],
    };
    const result = daysSalesOutstanding(ledger, january);
    expect(result).toEqual({
      value: 27,
      method: 'standard',
      from: '2013-01-01',
      to: '2013-01-31',
      days: 31,
      currency: 'EUR',
      receivablesMinor: 584687,
      salesMinor: 671320,
      countback: null,
      explanation: 'DSO 27.00 days = receivables EUR 5,846.87 / credit sales EUR 6,713.20 × 31 days',
    });
    // decimals: 4 → 26.9995 (18,125,297 / 671,320 = 26.99952...).
    expect(daysSalesOutstanding(ledger, { ...january, decimals: 4 }).value).toBe(26.9995);
  });

  it.each([
    // [case, ledger, expected AR_end, expected S, expected DSO] — by hand, DSO = AR / S × 31.
    [
      'an invoice paid after the period end is still open at the period end',
      {
        invoices: [invoice('a', '2013-01-05', '2013-01-20', '100')],
        payments: [payment('p', '2013-02-03', '100', [['a', '100']])],
      },
      10000,
      10000,
      31,
    ],
    [
      'an invoice paid on the last day is no longer open',
      {
        invoices: [invoice('a', '2013-01-05', '2013-01-20', '100')],
        payments: [payment('p', '2013-01-31', '100', [['a', '100']])],
      },
      0,
      10000,
      0,
    ],
    [
      'a partial payment reduces the open amount',
      {
        invoices: [invoice('a', '2013-01-02', '2013-02-01', '1000', { amountDue: '600' })],
        payments: [payment('p', '2013-01-20', '400', [['a', '400']])],
      },
      60000,
      100000,
      18.6,
    ],
    [
      'an applied credit note reduces receivables but not credit sales',
      {
        invoices: [invoice('a', '2013-01-02', '2013-02-01', '1000', { amountDue: '750' })],
        creditNotes: [
          {
            id: 'cn',
            customerId: 'C1',
            currency: 'EUR',
            date: '2013-01-10',
            total: '250',
            allocations: [{ invoiceId: 'a', amount: '250' }],
          },
        ],
      },
      75000,
      100000,
      23.25,
    ],
    [
      'unapplied cash does not reduce receivables',
      {
        invoices: [invoice('a', '2013-01-02', '2013-02-01', '1000')],
        payments: [payment('p', '2013-01-15', '1000', [])],
      },
      100000,
      100000,
      31,
    ],
    [
      'void and draft invoices are neither sales nor receivables',
      {
        invoices: [
          invoice('a', '2013-01-02', '2013-02-01', '1000'),
          invoice('v', '2013-01-03', '2013-02-02', '500', { status: 'void' }),
          invoice('d', '2013-01-04', '2013-02-03', '500', { status: 'draft' }),
        ],
      },
      100000,
      100000,
      31,
    ],
    [
      'receivables carried in from before the period count, their sales do not',
      {
        invoices: [invoice('old', '2012-12-10', '2013-01-09', '300'), invoice('a', '2013-01-02', '2013-02-01', '600')],
      },
      90000,
      60000,
      46.5,
    ],
    [
      'a write-off removes the invoice from receivables on its date',
      {
        invoices: [
          invoice('w', '2013-01-02', '2013-01-10', '400', { status: 'written-off', paidDate: '2013-01-25' }),
          invoice('a', '2013-01-05', '2013-02-04', '600'),
        ],
      },
      60000,
      100000,
      18.6,
    ],
    [
      'a payment dated before the invoice settles it from the issue date',
      {
        invoices: [
          invoice('a', '2013-01-20', '2013-02-19', '500', { amountDue: '0' }),
          invoice('b', '2013-01-05', '2013-02-04', '500'),
        ],
        payments: [payment('p', '2013-01-10', '500', [['a', '500']])],
      },
      50000,
      100000,
      15.5,
    ],
  ] as [string, LedgerInput, number, number, number][])('%s', (_name, ledger, receivablesMinor, salesMinor, value) => {
    const result = daysSalesOutstanding(ledger, january);
    expect([result.receivablesMinor, result.salesMinor, result.value]).toEqual([receivablesMinor, salesMinor, value]);
  });

  it('returns null with an explanation when the period has no credit sales', () => {
    const ledger: LedgerInput = { invoices: [invoice('a', '2012-12-10', '2013-01-09', '300')] };
    const result = daysSalesOutstanding(ledger, january);
    expect(result.value).toBeNull();
    expect(result.receivablesMinor).toBe(30000);
    expect(result.explanation).toBe(
      'DSO is undefined: no credit sales from 2013-01-01 to 2013-01-31 (receivables EUR 300.00 at the end of 2013-01-31)',
    );
  });

  it('returns null for an empty ledger, with no currency to report', () => {
    const result = daysSalesOutstanding({ invoices: [] }, january);
    expect([result.value, result.currency, result.receivablesMinor, result.salesMinor]).toEqual([null, null, 0, 0]);
  });

  it('counts the days of the period inclusively', () => {
    // One day, AR 50 on sales 100: 50 / 100 × 1 = 0.5.
    const ledger: LedgerInput = {
      invoices: [invoice('a', '2013-01-15', '2013-02-14', '100', { amountDue: '50' })],
      payments: [payment('p', '2013-01-15', '50', [['a', '50']])],
    };
    const result = daysSalesOutstanding(ledger, { from: '2013-01-15', to: '2013-01-15' });
    expect([result.days, result.value]).toEqual([1, 0.5]);
  });

  it('rounds half-even to the requested decimals', () => {
    // AR 1 on sales 8 over 1 day: 0.125 → 0.12 at two decimals (half-even), 0.1 at one.
    const ledger: LedgerInput = {
      invoices: [invoice('a', '2013-01-15', '2013-02-14', '8', { amountDue: '1' })],
      payments: [payment('p', '2013-01-15', '7', [['a', '7']])],
    };
    expect(daysSalesOutstanding(ledger, { from: '2013-01-15', to: '2013-01-15' }).value).toBe(0.12);
    expect(daysSalesOutstanding(ledger, { from: '2013-01-15', to: '2013-01-15', decimals: 1 }).value).toBe(0.1);
    expect(daysSalesOutstanding(ledger, { from: '2013-01-15', to: '2013-01-15', decimals: 0 }).value).toBe(0);
  });

  it('handles a period of many centuries without a day-by-day cost', () => {
    // 0001-01-01..9999-12-31 is 3,652,059 days; AR 600 on sales 1,000: 0.6 × 3,652,059 = 2,191,235.4.
    const ledger: LedgerInput = {
      invoices: [
        invoice('a', '2013-01-05', '2013-02-04', '600'),
        invoice('b', '2013-01-20', '2013-02-19', '400', { amountDue: '0', paidDate: '2013-01-30' }),
      ],
    };
    const result = daysSalesOutstanding(ledger, { from: '0001-01-01', to: '9999-12-31' });
    expect([result.days, result.value]).toEqual([3652059, 2191235.4]);
  });

  it('gives the same result for a prepared ledger', () => {
    const ledger: LedgerInput = {
      invoices: [invoice('a', '2013-01-02', '2013-02-01', '1000', { amountDue: '600' })],
      payments: [payment('p', '2013-01-20', '400', [['a', '400']])],
    };
    expect(daysSalesOutstanding(prepareLedger(ledger), january)).toEqual(daysSalesOutstanding(ledger, january));
  });
});

describe('daysSalesOutstanding, countback method', () => {
  // benjipays / trymesha worked example (kpis-and-scoring.md §3): AR 212k against monthly sales of 100k,
  // 80k and 70k, latest first. The source counts 30-day months: 30 + 30 + 32/70 × 30 = 73.71 (see
  // countback.test.ts). The SDK counts real calendar days, so the ledgers below choose `to` to get
  // 30-day windows where the calendar allows it.
  function workedExample(latest: string, middle: string, oldest: string): LedgerInput {
    return {
      invoices: [
        invoice('m1', latest, latest, '100000'),
        invoice('m2', middle, middle, '80000'),
        invoice('m3', oldest, oldest, '70000', { amountDue: '32000' }),
      ],
      // 38k of the oldest month's invoice paid, so 100k + 80k + 32k = 212k stays open.
      payments: [payment('p', oldest, '38000', [['m3', '38000']])],
    };
  }

  it('reproduces the worked example with real calendar days (windows of 30, 30 and 31 days)', () => {
    // to = 2012-03-30 is not a month end, so windows step back by calendar months keeping the day:
    // 2012-03-01..03-30 (30 days), 2012-01-31..02-29 (30 days, leap year), 2011-12-31..2012-01-30 (31 days).
    // By hand: 30 + 30 + 32,000 / 70,000 × 31 = 74.1714... → 74.17 (the source's 30-day months give 73.71).
    const result = daysSalesOutstanding(workedExample('2012-03-10', '2012-02-10', '2012-01-10'), {
      from: '2012-03-01',
      to: '2012-03-30',
      method: 'countback',
    });
    expect(result.value).toBe(74.17);
    expect(result.receivablesMinor).toBe(21200000);
    expect(result.countback).toEqual({
      windows: [
        { from: '2012-03-01', to: '2012-03-30', days: 30, salesMinor: 10000000, daysCounted: 30 },
        { from: '2012-01-31', to: '2012-02-29', days: 30, salesMinor: 8000000, daysCounted: 30 },
        { from: '2011-12-31', to: '2012-01-30', days: 31, salesMinor: 7000000, daysCounted: 14.17 },
      ],
      exhausted: false,
      unexplainedMinor: 0,
      maxMonths: 24,
    });
    expect(result.explanation).toBe(
      'Countback DSO 74.17 days = 30 + 30 + EUR 32,000.00 / EUR 70,000.00 × 31: receivables EUR 212,000.00 at the end of 2012-03-30 exhausted against the credit sales of the latest month windows, latest first',
    );
  });

  it('uses calendar months when the period ends on a month end', () => {
    // September (30 days), August (31), July (31): 30 + 31 + 32/70 × 31 = 75.1714... → 75.17.
    const result = daysSalesOutstanding(workedExample('2013-09-10', '2013-08-10', '2013-07-10'), {
      from: '2013-09-01',
      to: '2013-09-30',
      method: 'countback',
    });
    expect(result.value).toBe(75.17);
    expect(result.countback?.windows.map((window) => [window.from, window.to, window.days])).toEqual([
      ['2013-09-01', '2013-09-30', 30],
      ['2013-08-01', '2013-08-31', 31],
      ['2013-07-01', '2013-07-31', 31],
    ]);
  });

  it('keeps calendar months from a 30-day month end (April, March, February)', () => {
    // to = 2013-04-30: windows April (30), March (31), February (28): 30 + 31 + 32/70 × 28 = 73.8 (12.8 + 61).
    const result = daysSalesOutstanding(workedExample('2013-04-10', '2013-03-10', '2013-02-10'), {
      from: '2013-04-01',
      to: '2013-04-30',
      method: 'countback',
    });
    expect(result.value).toBe(73.8);
  });

  it('says when the look-back is exhausted and reports a lower bound', () => {
    // With maxMonths 2 only 100k + 80k of the 212k are explained: at least 30 + 30 = 60 days, 32k left over.
    const result = daysSalesOutstanding(workedExample('2012-03-10', '2012-02-10', '2012-01-10'), {
      from: '2012-03-01',
      to: '2012-03-30',
      method: 'countback',
      maxMonths: 2,
    });
    expect(result.value).toBe(60);
    expect(result.countback?.exhausted).toBe(true);
    expect(result.countback?.unexplainedMinor).toBe(3200000);
    expect(result.explanation).toBe(
      'Countback DSO is at least 60.00 days: receivables EUR 212,000.00 at the end of 2012-03-30 exceed the credit sales of the 2 months before by EUR 32,000.00 (maxMonths exhausted)',
    );
  });

  it('equals the standard DSO of a calendar month when receivables are below that month sales', () => {
    // kpis-and-scoring.md §3: "Countback equals the one-month DSO whenever AR is smaller than one month's sales".
    // By hand: 600 / 1,000 × 31 = 18.6 both ways.
    const ledger: LedgerInput = {
      invoices: [
        invoice('a', '2013-01-05', '2013-02-04', '600'),
        invoice('b', '2013-01-20', '2013-02-19', '400', { amountDue: '0', paidDate: '2013-01-30' }),
      ],
    };
    expect(daysSalesOutstanding(ledger, { ...january, method: 'countback' }).value).toBe(18.6);
    expect(daysSalesOutstanding(ledger, january).value).toBe(18.6);
  });

  it('is zero days when nothing is open, even without sales', () => {
    const ledger: LedgerInput = {
      invoices: [invoice('a', '2012-11-05', '2012-12-05', '600', { amountDue: '0', paidDate: '2012-12-01' })],
    };
    const result = daysSalesOutstanding(ledger, { ...january, method: 'countback' });
    expect(result.value).toBe(0);
    expect(result.countback?.windows).toEqual([]);
    expect(result.explanation).toBe('Countback DSO 0.00 days: no receivables at the end of 2013-01-31');
  });

  it('counts a month with no sales in full', () => {
    // AR 150 issued in November; no sales in December or January: 31 + 31 + 150/200 × 30 = 84.5.
    const ledger: LedgerInput = {
      invoices: [invoice('a', '2012-11-10', '2012-12-10', '200', { amountDue: '150' })],
      payments: [payment('p', '2012-11-20', '50', [['a', '50']])],
    };
    expect(daysSalesOutstanding(ledger, { ...january, method: 'countback' }).value).toBe(84.5);
  });
});

describe('daysSalesOutstanding with several currencies', () => {
  const ledger: LedgerInput = {
    invoices: [
      invoice('e', '2013-01-05', '2013-02-04', '100'),
      invoice('u', '2013-01-05', '2013-02-04', '300', { currency: 'USD' }),
      invoice('u2', '2013-01-06', '2013-02-05', '100', { currency: 'USD', amountDue: '0', paidDate: '2013-01-20' }),
    ],
  };

  it('throws a CurrencyMismatchError without currency or rates', () => {
    expect(() => daysSalesOutstanding(ledger, january)).toThrow(CurrencyMismatchError);
    expect(() => daysSalesOutstanding(ledger, january)).toThrow(
      'options: cannot combine EUR and USD without exchange rates',
    );
  });

  it('measures one currency alone with currency', () => {
    // USD: AR 300 on sales 400: 300 / 400 × 31 = 23.25.
    const result = daysSalesOutstanding(ledger, { ...january, currency: 'USD' });
    expect([result.currency, result.receivablesMinor, result.salesMinor, result.value]).toEqual([
      'USD',
      30000,
      40000,
      23.25,
    ]);
  });

  it('converts each currency sum into rates.base with rates', () => {
    // USD at 0.5 EUR: AR 100 + 300 × 0.5 = 250 EUR; sales 100 + 400 × 0.5 = 300 EUR; 250 / 300 × 31 = 25.833... → 25.83.
    const result = daysSalesOutstanding(ledger, { ...january, rates: { base: 'EUR', rates: { USD: '0.5' } } });
    expect([result.currency, result.receivablesMinor, result.salesMinor, result.value]).toEqual([
      'EUR',
      25000,
      30000,
      25.83,
    ]);
  });

  it('converts sums, not invoices', () => {
    // Three USD 0.01 invoices at 0.5: the sum 3 cents converts to 1.5 → 2 cents (half-even); converting each
    // invoice would give 0.5 → 0 cents three times.
    const cents: LedgerInput = {
      invoices: ['x', 'y', 'z'].map((id) => invoice(id, '2013-01-05', '2013-02-04', '0.01', { currency: 'USD' })),
    };
    const result = daysSalesOutstanding(cents, { ...january, rates: { base: 'EUR', rates: { USD: '0.5' } } });
    expect([result.receivablesMinor, result.salesMinor]).toEqual([2, 2]);
  });

  it('reports in the base even when the ledger holds only another currency', () => {
    const usd: LedgerInput = { invoices: [invoice('u', '2013-01-05', '2013-02-04', '300', { currency: 'USD' })] };
    const result = daysSalesOutstanding(usd, { ...january, rates: { base: 'EUR', rates: { USD: '0.5' } } });
    expect([result.currency, result.receivablesMinor]).toEqual(['EUR', 15000]);
  });

  it('ignores the currency of void invoices when deciding whether the ledger mixes currencies', () => {
    const mixed: LedgerInput = {
      invoices: [
        invoice('e', '2013-01-05', '2013-02-04', '100'),
        invoice('v', '2013-01-05', '2013-02-04', '300', { currency: 'USD', status: 'void' }),
      ],
    };
    expect(daysSalesOutstanding(mixed, january).currency).toBe('EUR');
  });

  it('names the missing rate', () => {
    expect(() => daysSalesOutstanding(ledger, { ...january, rates: { base: 'EUR', rates: { GBP: '1.1' } } })).toThrow(
      'options.rates.rates.USD: no exchange rate for USD to EUR; add it to rates.rates',
    );
  });
});

describe('daysSalesOutstanding option checks', () => {
  const ledger: LedgerInput = { invoices: [invoice('a', '2013-01-05', '2013-02-04', '100')] };
  it.each([
    [
      { from: '2013-02-01', to: '2013-01-31' },
      'options.from: 2013-02-01 is after options.to (2013-01-31); a period runs from its first day to its last',
    ],
    [{ from: '2013-01-01', to: '31/01/2013' }, 'options.to: expected YYYY-MM-DD, got "31/01/2013"'],
    [{ to: '2013-01-31' }, 'options.from: expected YYYY-MM-DD'],
    [{ ...january, method: 'average' }, 'options.method: expected one of "standard", "countback", got "average"'],
    [{ ...january, decimals: 2.5 }, 'options.decimals: expected an integer from 0 to 20, got number 2.5'],
    [{ ...january, maxMonths: 0 }, 'options.maxMonths: expected an integer from 1 to 1200, got number 0'],
    [{ ...january, currency: 'eur' }, 'options.currency: expected an ISO 4217 currency code such as "EUR", got "eur"'],
    [
      { ...january, rates: { base: 'EUR' } },
      'options.rates.rates: expected an object of rates per currency, got nothing',
    ],
    [{ ...january, currency: 'EUR', rates: { base: 'EUR', rates: {} } }, 'options.rates: pass either currency'],
    [{ ...january, metod: 'countback' }, 'options.metod: unknown field; did you mean "method"?'],
    [
      { ...january, colour: 'red' },
      'options.colour: unknown field; expected one of from, to, currency, rates, decimals, method, maxMonths',
    ],
    [{ ...january, rates: { basez: 'EUR', rates: {} } }, 'options.rates.basez: unknown field; did you mean "base"?'],
    [undefined, 'options: expected an options object with from and to, got nothing'],
  ])('rejects %j', (options, message) => {
    expect(() => daysSalesOutstanding(ledger, options as never)).toThrow(InvalidArgumentError);
    expect(() => daysSalesOutstanding(ledger, options as never)).toThrow(message);
  });

  it('checks the options before reading the ledger', () => {
    expect(() => daysSalesOutstanding({ invoices: 'none' } as never, { ...january, method: 'x' as never })).toThrow(
      'options.method',
    );
  });

  it('reports a bad ledger field by its path', () => {
    expect(() =>
      daysSalesOutstanding({ invoices: [invoice('a', '2013-01-05', '04/02/2013', '100')] }, january),
    ).toThrow('invoices[0].dueDate');
  });
});
