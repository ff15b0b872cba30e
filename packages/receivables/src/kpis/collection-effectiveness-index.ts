import type { LedgerInput } from '@overdue/core';
import type { PreparedLedger } from '../prepare-ledger';
import { formatAmount, formatNumber } from './_lib/format-explanation';
import type { KpiNumber } from './_lib/kpi-decimal';
import { roundKpi } from './_lib/kpi-decimal';
import { ceiSales, collectionEffectiveness } from './_lib/kpi-formulas';
import type { PeriodSums } from './_lib/kpi-ledger';
import { monthsInPeriod } from './_lib/month-windows';
import { readEnumOption } from './_lib/read-kpi-options';
import { startKpi } from './_lib/start-kpi';
import type { KpiOptions, KpiResult, SalesConvention } from './kpi-types';

/**
 * Options of {@link collectionEffectivenessIndex}.
 *
 * @category KPIs
 * @example
 * ```ts
 * const options: CollectionEffectivenessIndexOptions = { from: '2026-01-01', to: '2026-03-31', salesConvention: 'monthly-average' };
 * ```
 */
export interface CollectionEffectivenessIndexOptions extends KpiOptions {
  /**
   * `period`: the period's full credit sales `S`. `monthly-average`: `S / N` with `N` the period's length
   * in months (creditguru's multi-month form). Default: `'period'`.
   */
  salesConvention?: SalesConvention;
}

/**
 * The result of {@link collectionEffectivenessIndex}.
 *
 * @category KPIs
 * @example
 * ```ts
 * const result: CollectionEffectivenessIndexResult = {
 *   value: 79.63, from: '2013-01-01', to: '2013-03-31', days: 90, currency: 'USD',
 *   salesConvention: 'period', months: 3, beginningReceivablesMinor: 620000, salesMinor: 1089000,
 *   receivablesMinor: 634000, currentMinor: 359000,
 *   explanation:
 *     'CEI 79.63% = (beginning receivables USD 6,200.00 + credit sales USD 10,890.00 - ending receivables USD 6,340.00) / (USD 6,200.00 + USD 10,890.00 - current receivables USD 3,590.00) × 100',
 * };
 * ```
 */
export interface CollectionEffectivenessIndexResult extends KpiResult {
  /** The sales convention used. */
  salesConvention: SalesConvention;
  /** `N`: the period's length in months, counted back from `to` (3 for a calendar quarter), rounded to `decimals`. */
  months: number;
  /** AR_begin: open at the end of the day before `from`, minor units. */
  beginningReceivablesMinor: number;
  /** S: totals of invoices issued in the period, minor units (the full period's, whatever the convention). */
  salesMinor: number;
  /** AR_end: open at the end of `to`, minor units. */
  receivablesMinor: number;
  /** Current_end: open and not yet due at the end of `to`, minor units. */
  currentMinor: number;
}

/**
 * Collection effectiveness index (CRF, creditguru, Oracle): the share of what could have been collected in
 * the period that was collected,
 * `CEI = (AR_begin + S' - AR_end) / (AR_begin + S' - Current_end) × 100`, where `AR_begin` is open at the
 * end of the day before `from`, `AR_end` open at the end of `to`, `Current_end` open and not yet due at the
 * end of `to`, and `S'` the credit sales.
 *
 * Beware the convention trap: creditguru's and Oracle's multi-month form puts the *monthly* credit sales
 * `S / N` in `S'`, while CRF's calculators and most spreadsheets use the period's full sales. On
 * creditguru's January-March example (beginning 6,200, sales 10,890, ending 6,340, current 3,590) the
 * monthly form gives 55.93% and the full-quarter form 79.63%. The default, `period`, uses the full sales;
 * it always lies between 0 and 100. `monthly-average` can leave that range, and is `null` when its
 * denominator is not positive.
 *
 * @param ledger - A ledger (amounts in major units) or a {@link PreparedLedger}.
 * @param options - Period, sales convention, currency handling and rounding.
 * @returns The CEI in percent with the amounts used; `value` is `null` when there was nothing to collect.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} naming the option
 * (`options.salesConvention`, ...) or the ledger field at fault, or a field of `options` or
 * `options.rates` it does not know (a misspelt key such as `options.form`).
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
 *     { id: 'i2', customerId: 'C1', number: 'INV-2', currency: 'EUR', issueDate: '2026-01-02', dueDate: '2026-01-16', total: '400.00', amountDue: '0', paidDate: '2026-01-20' },
 *   ],
 * };
 * collectionEffectivenessIndex(ledger, { from: '2026-01-01', to: '2026-01-31' }).value;
 * //=> 100
 * ```
 */
export function collectionEffectivenessIndex(
  ledger: LedgerInput | PreparedLedger,
  options: CollectionEffectivenessIndexOptions,
): CollectionEffectivenessIndexResult {
  const {
    options: resolved,
    extra,
    kpi,
    sums,
    base,
  } = startKpi(ledger, options, ['salesConvention'], (record) => ({
    salesConvention: readEnumOption<SalesConvention>(
      record,
      'salesConvention',
      ['period', 'monthly-average'],
      'period',
    ),
  }));
  const months = monthsInPeriod(resolved.from, resolved.to);
  const { decimals } = resolved;
  const { value, explanation } = ceiOf(sums, extra.salesConvention, months, kpi.currency, decimals);
  return {
    value: value === null ? null : roundKpi(value, decimals),
    ...base,
    salesConvention: extra.salesConvention,
    months: roundKpi(months, decimals),
    beginningReceivablesMinor: sums.beginningReceivablesMinor,
    salesMinor: sums.salesMinor,
    receivablesMinor: sums.receivablesMinor,
    currentMinor: sums.currentMinor,
    explanation,
  };
}

function ceiOf(
  sums: PeriodSums,
  convention: SalesConvention,
  months: KpiNumber,
  currency: string | null,
  decimals: number,
): { value: KpiNumber | null; explanation: string } {
  const sales = ceiSales(sums, convention, months);
  const { value, collectible } = collectionEffectiveness(sums, sales);
  const begin = formatAmount(sums.beginningReceivablesMinor, currency);
  const salesText = formatAmount(sales, currency);
  const salesNote =
    convention === 'period'
      ? `credit sales ${salesText}`
      : `monthly credit sales ${salesText} (${formatAmount(sums.salesMinor, currency)} over ${formatNumber(months, decimals)} months)`;
  if (value === null) {
    return {
      value,
      explanation: `CEI is undefined: beginning receivables ${begin} + ${salesNote} - current receivables ${formatAmount(sums.currentMinor, currency)} is ${formatAmount(collectible, currency)}, nothing to collect`,
    };
  }
  return {
    value,
    explanation: `CEI ${formatNumber(value, decimals)}% = (beginning receivables ${begin} + ${salesNote} - ending receivables ${formatAmount(sums.receivablesMinor, currency)}) / (${begin} + ${salesText} - current receivables ${formatAmount(sums.currentMinor, currency)}) × 100`,
  };
}
