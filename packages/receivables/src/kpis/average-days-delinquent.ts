import type { LedgerInput } from '@overdue/core';
import type { PreparedLedger } from '../prepare-ledger';
import { dsoFigure } from './_lib/dso-figure';
import { formatAmount, formatNumber, formatPeriod } from './_lib/format-explanation';
import { roundKpi } from './_lib/kpi-decimal';
import { delinquentDays } from './_lib/kpi-formulas';
import { DSO_OPTION_KEYS, readDsoOptions, startKpi } from './_lib/start-kpi';
import type { DsoMethod, DsoOptions, KpiResult } from './kpi-types';

/**
 * Options of {@link averageDaysDelinquent}.
 *
 * @category KPIs
 * @example
 * ```ts
 * const options: AverageDaysDelinquentOptions = { from: '2026-01-01', to: '2026-03-31', method: 'countback' };
 * ```
 */
export interface AverageDaysDelinquentOptions extends DsoOptions {}

/**
 * The result of {@link averageDaysDelinquent}.
 *
 * @category KPIs
 * @example
 * ```ts
 * const result: AverageDaysDelinquentResult = {
 *   value: 12.4, method: 'standard', from: '2026-01-01', to: '2026-01-31', days: 31, currency: 'EUR',
 *   dso: 31, bestPossibleDso: 18.6, receivablesMinor: 100000, currentMinor: 60000, salesMinor: 100000,
 *   explanation: 'ADD 12.40 days = DSO 31.00 - best possible DSO 18.60 (standard method)',
 * };
 * ```
 */
export interface AverageDaysDelinquentResult extends KpiResult {
  /** The method used for both DSO figures. */
  method: DsoMethod;
  /** DSO by the same method, rounded to `decimals`; `null` when undefined. */
  dso: number | null;
  /** Best possible DSO by the same method, rounded to `decimals`; `null` when undefined. */
  bestPossibleDso: number | null;
  /** AR_end, minor units. */
  receivablesMinor: number;
  /** Current_end, minor units. */
  currentMinor: number;
  /** S, minor units. */
  salesMinor: number;
}

/**
 * Average days delinquent (CRF, creditguru): how many days beyond terms, on average, receivables are
 * paid, `ADD = DSO - best possible DSO`, both by the same method over the same period. It is never
 * negative, since current receivables are part of all receivables. It is computed from the unrounded
 * DSO figures and rounded once, so it may differ by one unit of the last decimal from the difference of
 * the rounded `dso` and `bestPossibleDso`.
 *
 * @param ledger - A ledger (amounts in major units) or a {@link PreparedLedger}.
 * @param options - Period, method, currency handling and rounding.
 * @returns ADD with both DSO figures and the amounts used; `value` is `null` when there were no credit
 * sales in the period (standard method).
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
 * averageDaysDelinquent(ledger, { from: '2026-01-01', to: '2026-01-31' }).value;
 * //=> 12.4
 * ```
 */
export function averageDaysDelinquent(
  ledger: LedgerInput | PreparedLedger,
  options: AverageDaysDelinquentOptions,
): AverageDaysDelinquentResult {
  const {
    options: resolved,
    extra,
    kpi,
    sums,
    boundaries,
    base,
  } = startKpi(ledger, options, DSO_OPTION_KEYS, readDsoOptions);
  const dso = dsoFigure(kpi, sums, sums.receivablesMinor, extra.method, boundaries).value;
  const best = dsoFigure(kpi, sums, sums.currentMinor, extra.method, boundaries).value;
  const value = delinquentDays(dso, best);
  const { decimals } = resolved;
  return {
    value: value === null ? null : roundKpi(value, decimals),
    method: extra.method,
    ...base,
    dso: dso === null ? null : roundKpi(dso, decimals),
    bestPossibleDso: best === null ? null : roundKpi(best, decimals),
    receivablesMinor: sums.receivablesMinor,
    currentMinor: sums.currentMinor,
    salesMinor: sums.salesMinor,
    explanation:
      value === null || dso === null || best === null
        ? `ADD is undefined: no credit sales ${formatPeriod(resolved.from, resolved.to)} (receivables ${formatAmount(sums.receivablesMinor, kpi.currency)} at the end of ${resolved.to})`
        : `ADD ${formatNumber(value, decimals)} days = DSO ${formatNumber(dso, decimals)} - best possible DSO ${formatNumber(best, decimals)} (${extra.method} method)`,
  };
}
