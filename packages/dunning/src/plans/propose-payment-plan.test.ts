import type { Money } from '@overdue/core';
import { addMonths, OverdueError } from '@overdue/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catchOverdueError, errorPathOf as pathOf } from '../fees/_test/catch-overdue-error';
import type { PaymentFrequency, ProposePaymentPlanOptions } from './propose-payment-plan';
import { proposePaymentPlan } from './propose-payment-plan';

const eur = (minor: number): Money => ({ currency: 'EUR', minor });

describe('proposePaymentPlan', () => {
  it('splits EUR 1,000 in three monthly installments, the extra cent on the first', () => {
    const plan = proposePaymentPlan(eur(100_000), { installments: 3, frequency: 'monthly', firstDate: '2024-01-31' });
    expect(plan.installments).toEqual([
      { number: 1, dueDate: '2024-01-31', amount: eur(33_334) },
      { number: 2, dueDate: '2024-02-29', amount: eur(33_333) },
      { number: 3, dueDate: '2024-03-31', amount: eur(33_333) },
    ]);
    expect(plan.total).toEqual(eur(100_000));
    expect(plan.fee).toEqual(eur(0));
    expect(plan.adjustments).toEqual([]);
    expect(plan.explanation).toBe(
      '€1,000.00 in 3 monthly installments from 2024-01-31 to 2024-03-31. The first installment is €333.34 and the rest €333.33, so the installments add up exactly.',
    );
  });

  it('keeps month ends from the first date, not from the previous installment', () => {
    // Chained, 31 Jan -> 28 Feb -> 28 Mar; from the first date, 31 Jan -> 28 Feb -> 31 Mar -> 30 Apr.
    const plan = proposePaymentPlan(eur(400), { installments: 4, frequency: 'monthly', firstDate: '2025-01-31' });
    expect(plan.installments.map((installment) => installment.dueDate)).toEqual([
      '2025-01-31',
      '2025-02-28',
      '2025-03-31',
      '2025-04-30',
    ]);
  });

  it.each<[PaymentFrequency, string[]]>([
    ['weekly', ['2026-01-05', '2026-01-12', '2026-01-19']],
    ['biweekly', ['2026-01-05', '2026-01-19', '2026-02-02']],
  ])('steps %s installments by whole weeks', (frequency, dates) => {
    const plan = proposePaymentPlan(eur(3000), { installments: 3, frequency, firstDate: '2026-01-05' });
    expect(plan.installments.map((installment) => installment.dueDate)).toEqual(dates);
  });

  it('uses fewer installments when the minimum would be broken, and says so', () => {
    // EUR 300 in 12 is 25.00 each, below 80.00: floor(300 / 80) = 3 installments of 100.00.
    const plan = proposePaymentPlan(eur(30_000), {
      installments: 12,
      frequency: 'monthly',
      firstDate: '2026-01-15',
      minimumInstallment: eur(8000),
    });
    expect(plan.installments.map((installment) => installment.amount.minor)).toEqual([10_000, 10_000, 10_000]);
    expect(plan.adjustments).toEqual([
      {
        code: 'installments-reduced',
        requested: 12,
        used: 3,
        message: '12 installments of about €25.00 would be below the minimum installment of €80.00, so 3 are used.',
      },
    ]);
    expect(plan.explanation).toContain('so 3 are used.');
  });

  it('adds a set-up fee to the amount split', () => {
    // 1% of 900.00 = 9.00, min 10.00 -> 10.00; 910.00 in 3 = 303.34 + 303.33 + 303.33.
    const plan = proposePaymentPlan(eur(90_000), {
      installments: 3,
      frequency: 'monthly',
      firstDate: '2026-03-01',
      fee: { kind: 'percent', percent: 1, min: eur(1000) },
    });
    expect(plan.fee).toEqual(eur(1000));
    expect(plan.total).toEqual(eur(91_000));
    expect(plan.installments.map((installment) => installment.amount.minor)).toEqual([30_334, 30_333, 30_333]);
    expect(plan.explanation).toContain('plus a set-up fee of €10.00');
  });

  it('works in currencies without minor units', () => {
    const plan = proposePaymentPlan(
      { currency: 'JPY', minor: 10_000 },
      { installments: 3, frequency: 'weekly', firstDate: '2026-01-01' },
    );
    expect(plan.installments.map((installment) => installment.amount.minor)).toEqual([3334, 3333, 3333]);
  });

  it('never makes an installment of zero', () => {
    const plan = proposePaymentPlan(eur(2), { installments: 5, frequency: 'weekly', firstDate: '2026-01-01' });
    expect(plan.installments.map((installment) => installment.amount.minor)).toEqual([1, 1]);
    expect(plan.adjustments[0]).toMatchObject({ requested: 5, used: 2 });
  });

  it('always adds up exactly to the balance plus the fee, installments within one minor unit of each other', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000_000_000 }),
        fc.integer({ min: 1, max: 120 }),
        fc.constantFrom<PaymentFrequency>('weekly', 'biweekly', 'monthly'),
        fc.option(fc.integer({ min: 1, max: 10_000_000 }), { nil: undefined }),
        fc.integer({ min: 0, max: 3000 }),
        (minor, installments, frequency, minimum, day) => {
          const firstDate = addMonths('2024-01-31', day % 36);
          const options: ProposePaymentPlanOptions = {
            installments,
            frequency,
            firstDate,
            ...(minimum === undefined ? {} : { minimumInstallment: eur(minimum) }),
          };
          if (minimum !== undefined && minimum > minor) {
            expect(pathOf(() => proposePaymentPlan(eur(minor), options))).toBe('options.minimumInstallment');
            return;
          }
          const plan = proposePaymentPlan(eur(minor), options);
          const amounts = plan.installments.map((installment) => installment.amount.minor);
          expect(amounts.reduce((sum, amount) => sum + amount, 0)).toBe(minor);
          expect(Math.max(...amounts) - Math.min(...amounts)).toBeLessThanOrEqual(1);
          expect(amounts.length).toBeLessThanOrEqual(installments);
          if (amounts.length < installments) expect(plan.adjustments).toHaveLength(1);
          else expect(plan.adjustments).toEqual([]);
          if (minimum !== undefined) expect(Math.min(...amounts)).toBeGreaterThanOrEqual(minimum);
          expect(Math.min(...amounts)).toBeGreaterThan(0);
          const dates = plan.installments.map((installment) => installment.dueDate);
          expect([...dates].sort()).toEqual(dates);
          expect(new Set(dates).size).toBe(dates.length);
          expect(proposePaymentPlan(eur(minor), options)).toEqual(plan);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('throws nothing but Overdue errors on bad input', () => {
    const anything = fc.anything({ withBigInt: true, withDate: true, withNullPrototype: true });
    const field = fc.constantFrom('installments', 'frequency', 'firstDate', 'minimumInstallment', 'fee');
    fc.assert(
      fc.property(anything, field, anything, (balance, name, value) => {
        const options = { installments: 3, frequency: 'monthly', firstDate: '2026-01-31', [name]: value } as never;
        for (const run of [
          () => proposePaymentPlan(balance as never, options),
          () => proposePaymentPlan(eur(1000), options),
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

  it.each<[string, () => unknown, string]>([
    [
      'balance',
      () => proposePaymentPlan(eur(0), { installments: 2, frequency: 'weekly', firstDate: '2026-01-01' }),
      'balance.minor',
    ],
    [
      'currency',
      () =>
        proposePaymentPlan(
          { currency: 'EU', minor: 5 },
          { installments: 2, frequency: 'weekly', firstDate: '2026-01-01' },
        ),
      'balance.currency',
    ],
    [
      'count',
      () => proposePaymentPlan(eur(100), { installments: 0, frequency: 'weekly', firstDate: '2026-01-01' }),
      'options.installments',
    ],
    [
      'fraction',
      () => proposePaymentPlan(eur(100), { installments: 2.5, frequency: 'weekly', firstDate: '2026-01-01' }),
      'options.installments',
    ],
    [
      'frequency',
      () => proposePaymentPlan(eur(100), { installments: 2, frequency: 'daily' as never, firstDate: '2026-01-01' }),
      'options.frequency',
    ],
    [
      'first date',
      () => proposePaymentPlan(eur(100), { installments: 2, frequency: 'weekly', firstDate: '2026-13-01' }),
      'options.firstDate',
    ],
    [
      'minimum currency',
      () =>
        proposePaymentPlan(eur(100), {
          installments: 2,
          frequency: 'weekly',
          firstDate: '2026-01-01',
          minimumInstallment: { currency: 'USD', minor: 10 },
        }),
      'options.minimumInstallment.currency',
    ],
    [
      'minimum above the balance',
      () =>
        proposePaymentPlan(eur(100), {
          installments: 2,
          frequency: 'weekly',
          firstDate: '2026-01-01',
          minimumInstallment: eur(101),
        }),
      'options.minimumInstallment',
    ],
    [
      'fee rule',
      () =>
        proposePaymentPlan(eur(100), {
          installments: 2,
          frequency: 'weekly',
          firstDate: '2026-01-01',
          fee: { kind: 'fixed', amount: { currency: 'USD', minor: 10 } },
        }),
      'options.fee.amount.currency',
    ],
  ])('names the option in errors: %s', (_name, run, path) => {
    expect(pathOf(run)).toBe(path);
  });

  const base = { installments: 2, frequency: 'weekly', firstDate: '2026-01-01' } as const;
  it.each<[string, Record<string, unknown>, string, string]>([
    [
      'a misspelt option',
      { minimumInstalment: eur(5000) },
      'options.minimumInstalment',
      'unknown field; did you mean "minimumInstallment"?',
    ],
    [
      'a field of the minimum installment',
      { minimumInstallment: { ...eur(10), minr: 10 } },
      'options.minimumInstallment.minr',
      'unknown field; did you mean "minor"?',
    ],
    [
      'a misspelt field of the fee rule',
      { fee: { kind: 'percent', percent: 1, maxx: eur(500) } },
      'options.fee.maxx',
      'unknown field; did you mean "max"?',
    ],
    [
      'a field of the fee amount',
      { fee: { kind: 'fixed', amount: { ...eur(500), note: 'set-up' } } },
      'options.fee.amount.note',
      'unknown field; expected one of currency, minor',
    ],
  ])('rejects %s, naming it where the caller wrote it', (_name, extra, path, message) => {
    const error = catchOverdueError(() => proposePaymentPlan(eur(100_000), { ...base, ...extra } as never));
    expect(error.code).toBe('invalid-argument');
    expect(error.path).toBe(path);
    expect(error.message).toBe(`${path}: ${message}`);
  });

  it('accepts every documented option, the fee rule and its amounts', () => {
    const plan = proposePaymentPlan(eur(100_000), {
      ...base,
      minimumInstallment: eur(1000),
      fee: { kind: 'percent', percent: 1, min: eur(500), max: eur(2000) },
    });
    // 1% of EUR 1,000.00 = EUR 10.00, inside [5.00, 20.00].
    expect(plan.fee).toEqual(eur(1000));
    expect(proposePaymentPlan(eur(100_000), { ...base, fee: { kind: 'fixed', amount: eur(500) } }).fee).toEqual(
      eur(500),
    );
  });
});
