import type { LedgerInput } from '@overdue/core';
import type { PreparedLedger } from '../prepare-ledger';
import { formatAmount, formatNumber, formatPeriod } from './_lib/format-explanation';
import { roundKpi } from './_lib/kpi-decimal';
import { meanDaysToPay, weightedDaysToPay } from './_lib/kpi-formulas';
import { startKpi } from './_lib/start-kpi';
import type { KpiOptions, KpiResult } from './kpi-types';

/**
 * Options of {@link averageDaysToPay}.
 *
 * @category KPIs
 * @example
 * ```ts
 * const options: AverageDaysToPayOptions = { from: '2026-01-01', to: '2026-03-31' };
 * ```
 */
export interface AverageDaysToPayOptions extends KpiOptions {}

/**
 * The result of {@link averageDaysToPay}: `value` is the simple mean, `weightedValue` the amount-weighted one.
 *
 * @category KPIs
 * @example
 * ```ts
 * const result: AverageDaysToPayResult = {
 *   value: 7.5, weightedValue: 9.55, invoiceCount: 2, paidTotalMinor: 11000,
 *   from: '2026-01-01', to: '2026-01-31', days: 31, currency: 'USD',
 *   explanation: 'Average days to pay 7.50 days over 2 invoices fully paid from 2026-01-01 to 2026-01-31; weighted by amount (USD 110.00) 9.55 days',
 * };
 * ```
 */
export interface AverageDaysToPayResult extends KpiResult {
  /** Amount-weighted mean `Σ(total × (paid - issue)) / Σ total`, rounded to `decimals`; `null` when no invoice was paid. */
  weightedValue: number | null;
  /** How many invoices were fully paid in the period. */
  invoiceCount: number;
  /** Their totals, minor units (the weights). */
  paidTotalMinor: number;
}

/**
 * Average days to pay (Sage 50) over the invoices fully paid in the period: those whose last settlement
 * falls in `[from, to]`, with a total above zero, not written off. `value` is the simple mean of
 * `paid - issue` in days; `weightedValue` weights each invoice by its total,
 * `Σ(total × (paid - issue)) / Σ total` (softrak, Dynamics: a 10.00 invoice paid in 5 days and a 100.00 one
 * in 10 days give 7.5 and 9.55). Invoices paid after `to`, partly paid or still open do not count.
 *
 * @param ledger - A ledger (amounts in major units) or a {@link PreparedLedger}.
 * @param options - Period, currency handling and rounding.
 * @returns Both means with the count and total of the invoices paid; both are `null` when none was.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} naming the option or the ledger field at
 * fault, or a field of `options` or `options.rates` it does not know (a misspelt key such as `options.form`).
 * @throws {@link @overdue/core!CurrencyMismatchError | CurrencyMismatchError} for a ledger with several currencies and
 * neither `currency` nor `rates`.
 * @throws {@link @overdue/core!AmountOverflowError | AmountOverflowError} when a currency's totals exceed
 * `Number.MAX_SAFE_INTEGER` minor units.
 * @category KPIs
 * @example
 * ```ts
 * const ledger = {
 *   invoices: [
 *     { id: 'i1', customerId: 'C1', number: 'INV-1', currency: 'USD', issueDate: '2026-01-01', dueDate: '2026-01-31', total: '10.00', amountDue: '0', paidDate: '2026-01-06' },
 *     { id: 'i2', customerId: 'C1', number: 'INV-2', currency: 'USD', issueDate: '2026-01-01', dueDate: '2026-01-31', total: '100.00', amountDue: '0', paidDate: '2026-01-11' },
 *   ],
 * };
 * const { value, weightedValue } = averageDaysToPay(ledger, { from: '2026-01-01', to: '2026-01-31' });
 * [value, weightedValue];
 * //=> [7.5, 9.55]
 * ```
 */
export function averageDaysToPay(
  ledger: LedgerInput | PreparedLedger,
  options: AverageDaysToPayOptions,
): AverageDaysToPayResult {
  const { options: resolved, kpi, sums, base } = startKpi(ledger, options, [], () => ({}));
  const { decimals } = resolved;
  const simple = meanDaysToPay(sums);
  const weighted = weightedDaysToPay(sums);
  const period = formatPeriod(resolved.from, resolved.to);
  const count = `${sums.paidCount} invoice${sums.paidCount === 1 ? '' : 's'}`;
  return {
    value: simple === null ? null : roundKpi(simple, decimals),
    weightedValue: weighted === null ? null : roundKpi(weighted, decimals),
    invoiceCount: sums.paidCount,
    paidTotalMinor: sums.paidTotalMinor,
    ...base,
    explanation:
      simple === null || weighted === null
        ? `Average days to pay is undefined: no invoice was fully paid ${period}`
        : `Average days to pay ${formatNumber(simple, decimals)} days over ${count} fully paid ${period}; weighted by amount (${formatAmount(sums.paidTotalMinor, kpi.currency)}) ${formatNumber(weighted, decimals)} days`,
  };
}
