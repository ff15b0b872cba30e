import type { Money } from '@overdue/core';
import { addDays, addMonths, InvalidArgumentError, OverdueError } from '@overdue/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catchOverdueError as errorOf } from './_test/catch-overdue-error';
import { DEFAULT_RATES_CHECKED_THROUGH } from './interest-rate-tables';
import type { InterestDebt, StatutoryInterestOptions } from './statutory-interest';
import { statutoryInterest } from './statutory-interest';

const eur = (minor: number): Money => ({ currency: 'EUR', minor });
const gbp = (minor: number): Money => ({ currency: 'GBP', minor });

describe('statutoryInterest: eu-directive', () => {
  it('splits EUR 10,000 due 2024-03-31 and paid 2024-09-30 at the 1 July fixing', () => {
    // Worked by hand. Late days: 2024-04-01..2024-09-30 = 30 + 31 + 30 + 31 + 31 + 30 = 183 (daysBetween).
    // H1 2024: ECB MRO in force on 2024-01-01 = 4.50% (since 2023-09-20) + 8 = 12.50%;
    //   2024-04-01..2024-06-30 = 91 days; 10,000 * 0.125 * 91 / 365 = 311.643835... EUR.
    // H2 2024: ECB MRO in force on 2024-07-01 = 4.25% (since 2024-06-12) + 8 = 12.25%;
    //   2024-07-01..2024-09-30 = 92 days; 10,000 * 0.1225 * 92 / 365 = 308.767123... EUR.
    // Total exact 620.410958... -> 620.41 (half-up); periods 311.64 + 308.77 = 620.41. Compensation EUR 40.
    const result = statutoryInterest(
      { principal: eur(1_000_000), dueDate: '2024-03-31' },
      { regime: 'eu-directive', until: '2024-09-30' },
    );
    expect(result.periods.map((period) => [period.from, period.to, period.days, period.ratePercent])).toEqual([
      ['2024-04-01', '2024-06-30', 91, '12.50'],
      ['2024-07-01', '2024-09-30', 92, '12.25'],
    ]);
    expect(result.periods.map((period) => [period.referenceRatePercent, period.referenceRateDate])).toEqual([
      ['4.50', '2024-01-01'],
      ['4.25', '2024-07-01'],
    ]);
    expect(result.periods.map((period) => period.interest)).toEqual([eur(31164), eur(30877)]);
    expect(result.interest).toEqual(eur(62041));
    expect(result.compensation).toEqual(eur(4000));
    expect(result.total).toEqual(eur(66041));
    expect(result.principal).toEqual(eur(1_000_000));
    expect(result.regime).toBe('eu-directive');
    expect(result.explanation).toContain('the days from 2024-04-01 to 2024-09-30 inclusive (183) are late');
    expect(result.explanation).toContain(
      '12.50% a year (the ECB main refinancing rate of 4.50% in force on 2024-01-01 plus 8 points)',
    );
    expect(result.explanation).toContain('rounded half-up once: €620.41');
    expect(result.explanation).toContain('Total on top of the principal: €660.41.');
    expect(result.sources.join('\n')).toContain('Directive 2011/7/EU');
    expect(result.sources.join('\n')).toContain('ECB_MAIN_REFINANCING_RATES');
  });

  it('explains each part in one sentence', () => {
    const result = statutoryInterest(
      { principal: eur(1_000_000), dueDate: '2024-03-31', payments: [{ date: '2024-05-15', amount: eur(500_000) }] },
      { regime: 'eu-directive', until: '2024-09-30' },
    );
    // Lateness, payments, three periods (split at the payment and at 1 July), interest, compensation, total.
    expect(result.periods).toHaveLength(3);
    expect(result.explanation.split(/(?<=\.) (?=[A-Z€£])/)).toHaveLength(8);
  });

  it('charges one day for a debt one day late, and nothing on the due date itself', () => {
    // 10,000 * 0.125 / 365 = 3.4246... -> 3.42.
    const debt: InterestDebt = { principal: eur(1_000_000), dueDate: '2024-03-31' };
    const oneDay = statutoryInterest(debt, { regime: 'eu-directive', until: '2024-04-01' });
    expect(oneDay.interest).toEqual(eur(342));
    expect(oneDay.compensation).toEqual(eur(4000));
    const onTime = statutoryInterest(debt, { regime: 'eu-directive', until: '2024-03-31' });
    expect(onTime.periods).toEqual([]);
    expect(onTime.interest).toEqual(eur(0));
    expect(onTime.compensation).toEqual(eur(0));
    expect(onTime.explanation).toContain('is not late on 2024-03-31');
  });

  it('reads the rate again at every half-year, even when it has not changed', () => {
    // ECB MRO was 0.00% from 2016-03-16 to 2022-07-26: every half-year of 2020 reads 0.00 + 8 = 8.00%.
    // 2020-01-01..2020-12-31 = 366 days (leap year), actual/365: 1,000 * 0.08 * 366 / 365 = 80.219... -> 80.22.
    const result = statutoryInterest(
      { principal: eur(100_000), dueDate: '2019-12-31' },
      { regime: 'eu-directive', until: '2020-12-31', compensation: false },
    );
    expect(result.periods.map((period) => [period.from, period.days, period.ratePercent])).toEqual([
      ['2020-01-01', 182, '8.00'],
      ['2020-07-01', 184, '8.00'],
    ]);
    expect(result.interest).toEqual(eur(8022));
    expect(result.compensation).toEqual(eur(0));
  });

  it('applies a rate change from its own day with daily fixing', () => {
    // 2024-06-01..2024-06-11 at 4.50 + 8 (11 days), 2024-06-12..2024-06-30 at 4.25 + 8 (19 days).
    // 10,000 * (0.125 * 11 + 0.1225 * 19) / 365 = 10,000 * 3.7025 / 365 = 101.4383... -> 101.44.
    const result = statutoryInterest(
      { principal: eur(1_000_000), dueDate: '2024-05-31' },
      { regime: 'eu-directive', until: '2024-06-30', fixing: 'daily' },
    );
    expect(result.periods.map((period) => [period.from, period.days, period.ratePercent])).toEqual([
      ['2024-06-01', 11, '12.50'],
      ['2024-06-12', 19, '12.25'],
    ]);
    expect(result.interest).toEqual(eur(10144));
  });

  it('uses a caller-supplied table and margin (a member state outside the euro area)', () => {
    // Rate in force on 2025-01-01 = 5.75, margin 8: 13.75%; 2025-01-01..2025-01-31 = 31 days.
    // 100,000 * 0.1375 * 31 / 365 = 1,167.808... -> 1,167.81 (compensation is off: the debt is not in EUR).
    const result = statutoryInterest(
      { principal: { currency: 'PLN', minor: 10_000_000 }, dueDate: '2024-12-31' },
      {
        regime: 'eu-directive',
        until: '2025-01-31',
        rates: [
          { from: '2023-10-05', ratePercent: '5.75' },
          { from: '2025-05-08', ratePercent: 5.25 },
        ],
        compensation: false,
      },
    );
    expect(result.interest).toEqual({ currency: 'PLN', minor: 116_781 });
    expect(result.sources).toContain('Reference rates: the table passed in options.rates');
  });
});

describe('statutoryInterest: uk-late-payment', () => {
  it.each([
    [99_999, 4000],
    [100_000, 7000],
    [999_999, 7000],
    [1_000_000, 10_000],
  ])('charges the fixed sum for a debt of %i pence: %i pence', (principal, compensation) => {
    // Section 5A: under £1,000 -> £40; £1,000 to £9,999.99 -> £70; £10,000 or more -> £100.
    const result = statutoryInterest(
      { principal: gbp(principal), dueDate: '2024-01-31' },
      { regime: 'uk-late-payment', until: '2024-02-01' },
    );
    expect(result.compensation).toEqual(gbp(compensation));
  });

  it('reads Bank Rate on 31 December and 30 June, the EU rule on 1 January and 1 July', () => {
    // A made-up table whose rate changes exactly on 1 July: the UK rule still uses the 30 June rate for H2.
    const rates = [
      { from: '2024-01-01', ratePercent: '5.00' },
      { from: '2024-07-01', ratePercent: '4.00' },
    ];
    const debt: InterestDebt = { principal: gbp(365_000), dueDate: '2024-06-30' };
    const uk = statutoryInterest(debt, { regime: 'uk-late-payment', until: '2024-07-01', rates });
    // £3,650 * 13% / 365 = £1.30 for one day.
    expect(uk.periods[0]).toMatchObject({ ratePercent: '13.00', referenceRateDate: '2024-06-30', interest: gbp(130) });
    const eu = statutoryInterest(debt, { regime: 'eu-directive', until: '2024-07-01', rates, compensation: false });
    // £3,650 * 12% / 365 = £1.20.
    expect(eu.periods[0]).toMatchObject({ ratePercent: '12.00', referenceRateDate: '2024-07-01', interest: gbp(120) });
  });

  it('charges interest only on the balance left after partial payments, from the day after each', () => {
    // £5,000 due 2025-11-15; £2,000 paid 2026-01-10; until 2026-08-01. Table: 4.25 (in force on 2025-06-30),
    // 3.75 from 2025-12-18 (in force on 2025-12-31 and on 2026-06-30).
    // 2025-11-16..2025-12-31  46 days  12.25% on 5,000: 612.5 * 46 / 365  = 77.1917...
    // 2026-01-01..2026-01-10  10 days  11.75% on 5,000: 587.5 * 10 / 365  = 16.0958...
    // 2026-01-11..2026-06-30 171 days  11.75% on 3,000: 352.5 * 171 / 365 = 165.1438...
    // 2026-07-01..2026-08-01  32 days  11.75% on 3,000: 352.5 * 32 / 365  = 30.9041...
    // Total 289.3356... -> 289.34 pence-rounded half-up. The 28,934 pence are split over the periods in
    // proportion to the exact amounts (core's allocateMoney): shares 7719.30, 1609.61, 16514.63, 3090.46;
    // floors add to 28,932 and the 2 pence left go to the largest remainders (.63, .61):
    // 77.19 + 16.10 + 165.15 + 30.90 = 289.34. Compensation £70 (debt of £5,000).
    const result = statutoryInterest(
      { principal: gbp(500_000), dueDate: '2025-11-15', payments: [{ date: '2026-01-10', amount: gbp(200_000) }] },
      {
        regime: 'uk-late-payment',
        until: '2026-08-01',
        rates: [
          { from: '2025-05-08', ratePercent: '4.25' },
          { from: '2025-12-18', ratePercent: '3.75' },
        ],
      },
    );
    expect(result.periods.map((period) => [period.from, period.to, period.days, period.balance.minor])).toEqual([
      ['2025-11-16', '2025-12-31', 46, 500_000],
      ['2026-01-01', '2026-01-10', 10, 500_000],
      ['2026-01-11', '2026-06-30', 171, 300_000],
      ['2026-07-01', '2026-08-01', 32, 300_000],
    ]);
    expect(result.periods.map((period) => period.interest.minor)).toEqual([7719, 1610, 16515, 3090]);
    expect(result.interest).toEqual(gbp(28_934));
    expect(result.total).toEqual(gbp(35_934));
    expect(result.explanation).toContain('£2,000.00 on 2026-01-10');
  });

  it('stops interest the day after a payment that clears the debt, and keeps the compensation', () => {
    // £800 due 2024-01-31, paid in full 2024-02-10: 10 late days at 5.25 + 8 = 13.25% (rate on 2023-12-31).
    // 800 * 0.1325 * 10 / 365 = 2.9041... -> 2.90; compensation £40.
    const result = statutoryInterest(
      { principal: gbp(80_000), dueDate: '2024-01-31', payments: [{ date: '2024-02-10', amount: gbp(80_000) }] },
      { regime: 'uk-late-payment', until: '2024-12-31' },
    );
    expect(result.periods).toHaveLength(1);
    expect(result.periods[0]).toMatchObject({ from: '2024-02-01', to: '2024-02-10', days: 10 });
    expect(result.interest).toEqual(gbp(290));
    expect(result.compensation).toEqual(gbp(4000));
  });

  it('charges nothing when payments before the due date cleared the debt', () => {
    const result = statutoryInterest(
      { principal: gbp(80_000), dueDate: '2024-01-31', payments: [{ date: '2024-01-31', amount: gbp(90_000) }] },
      { regime: 'uk-late-payment', until: '2024-12-31' },
    );
    expect(result.total).toEqual(gbp(0));
    expect(result.explanation).toContain('Nothing was owed on any late day.');
  });
});

describe('statutoryInterest: fr-indemnity and fixed-rate', () => {
  it('charges the EUR 40 indemnity per invoice plus penalties at the ECB rate + 10 points', () => {
    // EUR 1,200 due 2025-01-31, paid 2025-03-02: 2025-02-01..2025-03-02 = 28 + 2 = 30 days.
    // ECB MRO in force on 2025-01-01 = 3.15% (since 2024-12-18) + 10 = 13.15%.
    // 1,200 * 0.1315 * 30 / 365 = 12.9698... -> 12.97; plus the 40.00 indemnity = 52.97.
    const debt: InterestDebt = { principal: eur(120_000), dueDate: '2025-01-31' };
    const result = statutoryInterest(debt, { regime: 'fr-indemnity', until: '2025-03-02' });
    expect(result.periods[0]).toMatchObject({ days: 30, ratePercent: '13.15' });
    expect(result.interest).toEqual(eur(1297));
    expect(result.compensation).toEqual(eur(4000));
    expect(result.total).toEqual(eur(5297));
    expect(result.explanation).toContain('indemnité forfaitaire pour frais de recouvrement');
    expect(result.sources.join('\n')).toContain('D441-5');
    const indemnityOnly = statutoryInterest(debt, { regime: 'fr-indemnity', until: '2025-03-02', interest: false });
    expect(indemnityOnly.periods).toEqual([]);
    expect(indemnityOnly.total).toEqual(eur(4000));
  });

  it('never compounds: two years cost exactly twice one year', () => {
    // 1,000.00 at 10% a year, actual/365: 365 days -> 100.00; 730 days -> 200.00 (compounding would give 210.00).
    const debt: InterestDebt = { principal: eur(100_000), dueDate: '2021-12-31' };
    const options = { regime: 'fixed-rate', annualRatePercent: 10 } as const;
    expect(statutoryInterest(debt, { ...options, until: '2022-12-31' }).interest).toEqual(eur(10_000));
    expect(statutoryInterest(debt, { ...options, until: '2023-12-31' }).interest).toEqual(eur(20_000));
  });

  it('counts on a 360-day basis when asked', () => {
    // 3,600.00 at 10% for 36 days: /360 -> 36.00; /365 -> 35.506... -> 35.51.
    const debt: InterestDebt = { principal: eur(360_000), dueDate: '2025-01-01' };
    const options = { regime: 'fixed-rate', annualRatePercent: '10', until: '2025-02-06' } as const;
    expect(statutoryInterest(debt, { ...options, dayCount: 360 }).interest).toEqual(eur(3600));
    expect(statutoryInterest(debt, options).interest).toEqual(eur(3551));
  });

  it('rounds the total once with the mode asked for', () => {
    // 10.00 at 10% for 1 day: 0.2739... cents.
    const debt: InterestDebt = { principal: eur(1000), dueDate: '2025-01-01' };
    const options = { regime: 'fixed-rate', annualRatePercent: 10, until: '2025-01-02' } as const;
    expect(statutoryInterest(debt, options).interest).toEqual(eur(0));
    expect(statutoryInterest(debt, { ...options, rounding: 'up' }).interest).toEqual(eur(1));
  });

  it('charges a contractual compensation only when given in the debt currency', () => {
    const debt: InterestDebt = { principal: { currency: 'USD', minor: 100_000 }, dueDate: '2025-01-01' };
    const result = statutoryInterest(debt, {
      regime: 'fixed-rate',
      annualRatePercent: 12,
      until: '2025-01-31',
      compensation: true,
      compensationAmount: '25.00',
    });
    expect(result.compensation).toEqual({ currency: 'USD', minor: 2500 });
  });
});

describe('statutoryInterest: currencies and errors', () => {
  it('never converts the statutory compensation into another currency', () => {
    const gbpDebt: InterestDebt = { principal: gbp(100_000), dueDate: '2025-01-31' };
    const error = errorOf(() => statutoryInterest(gbpDebt, { regime: 'eu-directive', until: '2025-03-01' }));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.path).toBe('options.compensationAmount');
    expect(error.message).toContain('set in EUR but the debt is in GBP');
    const eurDebt: InterestDebt = { principal: eur(100_000), dueDate: '2025-01-31' };
    expect(errorOf(() => statutoryInterest(eurDebt, { regime: 'uk-late-payment', until: '2025-03-01' })).path).toBe(
      'options.compensationAmount',
    );
    const withAmount = statutoryInterest(gbpDebt, {
      regime: 'eu-directive',
      until: '2025-03-01',
      compensationAmount: gbp(3500),
    });
    expect(withAmount.compensation).toEqual(gbp(3500));
    expect(
      errorOf(() =>
        statutoryInterest(gbpDebt, { regime: 'eu-directive', until: '2025-03-01', compensationAmount: eur(4000) }),
      ).path,
    ).toBe('options.compensationAmount.currency');
    expect(
      statutoryInterest(gbpDebt, { regime: 'eu-directive', until: '2025-03-01', compensation: false }).compensation,
    ).toEqual(gbp(0));
  });

  it.each<[string, () => unknown, string]>([
    ['regime', () => statutoryInterest(debtOf(), { regime: 'eu' as never, until: '2025-03-01' }), 'options.regime'],
    ['until', () => statutoryInterest(debtOf(), { regime: 'eu-directive', until: '01/03/2025' }), 'options.until'],
    ['due date', () => statutoryInterest({ ...debtOf(), dueDate: '2025-02-30' }, euOptions()), 'debt.dueDate'],
    ['principal', () => statutoryInterest({ ...debtOf(), principal: eur(-1) }, euOptions()), 'debt.principal.minor'],
    [
      'payment currency',
      () => statutoryInterest({ ...debtOf(), payments: [{ date: '2025-02-01', amount: gbp(10) }] }, euOptions()),
      'debt.payments[0].amount.currency',
    ],
    [
      'payment date',
      () => statutoryInterest({ ...debtOf(), payments: [{ date: '2025-2-1', amount: eur(10) }] }, euOptions()),
      'debt.payments[0].date',
    ],
    [
      'rate order',
      () =>
        statutoryInterest(debtOf(), {
          ...euOptions(),
          rates: [
            { from: '2025-01-01', ratePercent: 1 },
            { from: '2024-01-01', ratePercent: 2 },
          ],
        }),
      'options.rates[1].from',
    ],
    [
      'negative rate',
      () => statutoryInterest(debtOf(), { ...euOptions(), rates: [{ from: '2020-01-01', ratePercent: '-0.5' }] }),
      'options.rates[0].ratePercent',
    ],
    [
      'table too short',
      () => statutoryInterest(debtOf(), { ...euOptions(), rates: [{ from: '2025-02-01', ratePercent: 1 }] }),
      'options.rates',
    ],
    [
      'fixed rate missing',
      () => statutoryInterest(debtOf(), { regime: 'fixed-rate', until: '2025-03-01' }),
      'options.annualRatePercent',
    ],
    [
      'rate on a reference regime',
      () => statutoryInterest(debtOf(), { ...euOptions(), annualRatePercent: 5 }),
      'options.annualRatePercent',
    ],
    [
      'margin on a fixed rate',
      () =>
        statutoryInterest(debtOf(), {
          regime: 'fixed-rate',
          annualRatePercent: 5,
          marginPercent: 1,
          until: '2025-03-01',
        }),
      'options.marginPercent',
    ],
    ['day count', () => statutoryInterest(debtOf(), { ...euOptions(), dayCount: 366 as never }), 'options.dayCount'],
    [
      'rounding',
      () => statutoryInterest(debtOf(), { ...euOptions(), rounding: 'nearest' as never }),
      'options.rounding',
    ],
    ['fixing', () => statutoryInterest(debtOf(), { ...euOptions(), fixing: 'monthly' as never }), 'options.fixing'],
    ['unknown option', () => statutoryInterest(debtOf(), { ...euOptions(), margin: 9 } as never), 'options.margin'],
  ])('names the field in errors: %s', (_name, run, path) => {
    const error = errorOf(run);
    expect(error.code).toBe('invalid-argument');
    expect(error.path).toBe(path);
  });

  it.each<[string, () => unknown, string, string]>([
    [
      'a misspelt option',
      () => statutoryInterest(debtOf(), { regime: 'eu-directive', untill: '2025-03-01' } as never),
      'options.untill',
      'unknown field; did you mean "until"?',
    ],
    [
      'a misspelt regime (not a missing one)',
      () => statutoryInterest(debtOf(), { regme: 'eu-directive', until: '2025-03-01' } as never),
      'options.regme',
      'unknown field; did you mean "regime"?',
    ],
    [
      'an option far from any',
      () => statutoryInterest(debtOf(), { ...euOptions(), margin: 9 } as never),
      'options.margin',
      'unknown field; expected one of regime, rates, marginPercent, annualRatePercent, fixing, dayCount, interest, compensation, compensationAmount, rounding, until',
    ],
    [
      'a field of a rate row',
      () =>
        statutoryInterest(debtOf(), {
          ...euOptions(),
          rates: [{ from: '2020-01-01', ratePercent: '1.00' }, { from: '2024-01-01', rate: '2.00' } as never],
        }),
      'options.rates[1].rate',
      'unknown field; expected one of from, ratePercent',
    ],
    [
      'a field of the compensation amount',
      () =>
        statutoryInterest(debtOf(), {
          ...euOptions(),
          compensationAmount: { currency: 'EUR', minor: 4000, currencyCode: 'EUR' } as never,
        }),
      'options.compensationAmount.currencyCode',
      'unknown field; expected one of currency, minor',
    ],
    [
      'a field of the debt',
      () => statutoryInterest({ ...debtOf(), paymentz: [] } as never, euOptions()),
      'debt.paymentz',
      'unknown field; did you mean "payments"?',
    ],
    [
      'a field of the principal',
      () => statutoryInterest({ ...debtOf(), principal: { ...eur(100), minors: 1 } } as never, euOptions()),
      'debt.principal.minors',
      'unknown field; did you mean "minor"?',
    ],
    [
      'a field of a payment',
      () =>
        statutoryInterest({ ...debtOf(), payments: [{ date: '2025-02-01', amout: eur(10) }] } as never, euOptions()),
      'debt.payments[0].amout',
      'unknown field; did you mean "amount"?',
    ],
    [
      'a field of a payment amount',
      () =>
        statutoryInterest(
          { ...debtOf(), payments: [{ date: '2025-02-01', amount: { ...eur(10), note: 'x' } }] } as never,
          euOptions(),
        ),
      'debt.payments[0].amount.note',
      'unknown field; expected one of currency, minor',
    ],
  ])('rejects %s, naming the field', (_name, run, path, message) => {
    const error = errorOf(run);
    expect(error.code).toBe('invalid-argument');
    expect(error.path).toBe(path);
    expect(error.message).toBe(`${path}: ${message}`);
  });

  it('accepts every documented field of the options, the debt and its payments', () => {
    const result = statutoryInterest(
      {
        principal: eur(1_000_000),
        dueDate: '2024-03-31',
        payments: [{ date: '2024-06-30', amount: eur(400_000) }],
      },
      {
        regime: 'eu-directive',
        until: '2024-09-30',
        rates: [{ from: '2024-01-01', ratePercent: '4.00' }],
        marginPercent: 8,
        fixing: 'daily',
        dayCount: 365,
        interest: true,
        compensation: true,
        compensationAmount: eur(4000),
        rounding: 'half-even',
      },
    );
    expect(result.compensation).toEqual(eur(4000));
    expect(result.periods.map((period) => period.balance.minor)).toEqual([1_000_000, 600_000]);
    const fixed = statutoryInterest(debtOf(), {
      regime: 'fixed-rate',
      until: '2025-03-01',
      annualRatePercent: '5',
      compensation: false,
    });
    expect(fixed.regime).toBe('fixed-rate');
  });

  it('warns when a default-table rate is read after the tables were last checked', () => {
    const due = addMonths(DEFAULT_RATES_CHECKED_THROUGH, 6);
    const result = statutoryInterest({ principal: eur(100_000), dueDate: due }, euOptions(addDays(due, 10)));
    expect(result.sources.at(-1)).toMatch(/^Warning: the ECB main refinancing rate read on .* verify it/);
  });
});

describe('statutoryInterest: invariants', () => {
  it('throws nothing but Overdue errors on bad input', () => {
    const anything = fc.anything({ withBigInt: true, withDate: true, withNullPrototype: true, withSparseArray: true });
    const field = fc.constantFrom(
      'regime',
      'until',
      'rates',
      'marginPercent',
      'dayCount',
      'compensationAmount',
      'fixing',
    );
    fc.assert(
      fc.property(anything, field, anything, (debtValue, name, optionValue) => {
        for (const run of [
          () => statutoryInterest(debtValue as never, euOptions()),
          () => statutoryInterest(debtOf(), { ...euOptions(), [name]: optionValue }),
          () => statutoryInterest({ ...debtOf(), payments: [optionValue] } as never, euOptions()),
        ]) {
          try {
            run();
          } catch (error) {
            expect(OverdueError.isInstance(error)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  const regimes = ['eu-directive', 'uk-late-payment', 'fr-indemnity', 'fixed-rate'] as const;
  const dayBetween = (low: number, high: number) => fc.integer({ min: low, max: high });
  const input = fc.record({
    regime: fc.constantFrom(...regimes),
    principal: fc.integer({ min: 0, max: 10_000_000_000 }),
    dueOffset: dayBetween(0, 2000),
    lateDays: dayBetween(-30, 1500),
    payments: fc.array(
      fc.record({ offset: dayBetween(-20, 1600), minor: fc.integer({ min: 1, max: 5_000_000_000 }) }),
      {
        maxLength: 4,
      },
    ),
    dayCount: fc.constantFrom(365 as const, 360 as const),
    rounding: fc.constantFrom('half-up' as const, 'half-even' as const, 'down' as const, 'up' as const),
  });

  it('adds the periods up exactly to the rounded interest, is deterministic and never charges a negative', () => {
    fc.assert(
      fc.property(input, (value) => {
        const currency = value.regime === 'uk-late-payment' ? 'GBP' : 'EUR';
        const dueDate = addDays('2019-06-30', value.dueOffset);
        const debt: InterestDebt = {
          principal: { currency, minor: value.principal },
          dueDate,
          payments: value.payments.map((payment) => ({
            date: addDays(dueDate, payment.offset),
            amount: { currency, minor: payment.minor },
          })),
        };
        const options: StatutoryInterestOptions = {
          regime: value.regime,
          until: addDays(dueDate, value.lateDays),
          dayCount: value.dayCount,
          rounding: value.rounding,
          ...(value.regime === 'fixed-rate' ? { annualRatePercent: '9.5' } : {}),
        };
        const result = statutoryInterest(debt, options);
        expect(statutoryInterest(debt, options)).toEqual(result);
        const sum = result.periods.reduce((total, period) => total + period.interest.minor, 0);
        expect(sum).toBe(result.interest.minor);
        expect(result.total.minor).toBe(result.interest.minor + result.compensation.minor);
        expect(result.interest.minor).toBeGreaterThanOrEqual(0);
        const days = result.periods.reduce((total, period) => total + period.days, 0);
        expect(days).toBeLessThanOrEqual(Math.max(0, value.lateDays));
        for (const period of result.periods) expect(period.balance.minor).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('grows with time: a later until never gives less, and never re-adds what an earlier one gave', () => {
    fc.assert(
      fc.property(
        dayBetween(1, 900),
        dayBetween(0, 400),
        fc.integer({ min: 1, max: 1_000_000_000 }),
        (first, extra, minor) => {
          const debt: InterestDebt = { principal: eur(minor), dueDate: '2022-03-15' };
          const early = statutoryInterest(debt, euOptions(addDays('2022-03-15', first)));
          const late = statutoryInterest(debt, euOptions(addDays('2022-03-15', first + extra)));
          expect(late.interest.minor).toBeGreaterThanOrEqual(early.interest.minor);
          expect(late.compensation).toEqual(early.compensation);
        },
      ),
      { numRuns: 200 },
    );
  });
});

function debtOf(): InterestDebt {
  return { principal: eur(100_000), dueDate: '2025-01-31' };
}

function euOptions(until = '2025-03-01'): StatutoryInterestOptions {
  return { regime: 'eu-directive', until };
}
