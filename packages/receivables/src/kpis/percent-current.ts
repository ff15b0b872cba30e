import type { LedgerInput } from '@overdue/core';
import type { PreparedLedger } from '../prepare-ledger';
import { formatAmount, formatNumber } from './_lib/format-explanation';
import { roundKpi } from './_lib/kpi-decimal';
import { percentCurrentOf } from './_lib/kpi-formulas';
import { startKpi } from './_lib/start-kpi';
import type { KpiOptions, KpiResult } from './kpi-types';

/**
 * Options of {@link percentCurrent}.
 *
 * @category KPIs
 * @example
 * ```ts
 * const options: PercentCurrentOptions = { from: '2026-01-01', to: '2026-01-31' };
 * ```
 */
export interface PercentCurrentOptions extends KpiOptions {}

/**
 * The result of {@link percentCurrent}.
 *
 * @category KPIs
 * @example
 * ```ts
 * const result: PercentCurrentResult = {
 *   value: 60, from: '2026-01-01', to: '2026-01-31', days: 31, currency: 'EUR',
 *   receivablesMinor: 100000, currentMinor: 60000,
 *   explanation: '60.00% current = current receivables EUR 600.00 / receivables EUR 1,000.00 × 100 at the end of 2026-01-31',
 * };
 * ```
 */
export interface PercentCurrentResult extends KpiResult {
  /** AR_end: open at the end of `to`, minor units. */
  receivablesMinor: number;
  /** Current_end: open and not yet due at the end of `to`, minor units. */
  currentMinor: number;
}

/**
 * Percent current (CRF survey metric): the share of receivables not yet past due at the end of `to`,
 * `Current_end / AR_end × 100`. An invoice is current at the end of day D while D is on or before its due
 * date. Always between 0 and 100. Only `to` matters; `from` is checked and reported like every KPI's.
 *
 * @param ledger - A ledger (amounts in major units) or a {@link PreparedLedger}.
 * @param options - Period, currency handling and rounding.
 * @returns The percentage with the amounts used; `value` is `null` when nothing is open at the end of `to`.
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
 *     { id: 'i1', customerId: 'C1', number: 'INV-1', currency: 'EUR', issueDate: '2026-01-05', dueDate: '2026-02-04', total: '600.00', amountDue: '600.00' },
 *     { id: 'i2', customerId: 'C1', number: 'INV-2', currency: 'EUR', issueDate: '2026-01-02', dueDate: '2026-01-16', total: '400.00', amountDue: '400.00' },
 *   ],
 * };
 * percentCurrent(ledger, { from: '2026-01-01', to: '2026-01-31' }).value;
 * //=> 60
 * ```
 */
export function percentCurrent(
  ledger: LedgerInput | PreparedLedger,
  options: PercentCurrentOptions,
): PercentCurrentResult {
  const { options: resolved, kpi, sums, base } = startKpi(ledger, options, [], () => ({}));
  const value = percentCurrentOf(sums);
  const current = formatAmount(sums.currentMinor, kpi.currency);
  const receivables = formatAmount(sums.receivablesMinor, kpi.currency);
  return {
    value: value === null ? null : roundKpi(value, resolved.decimals),
    ...base,
    receivablesMinor: sums.receivablesMinor,
    currentMinor: sums.currentMinor,
    explanation:
      value === null
        ? `Percent current is undefined: no receivables at the end of ${resolved.to}`
        : `${formatNumber(value, resolved.decimals)}% current = current receivables ${current} / receivables ${receivables} × 100 at the end of ${resolved.to}`,
  };
}
