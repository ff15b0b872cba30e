import type { LedgerInput } from '@overdue/core';
import type { PreparedLedger } from '../prepare-ledger';
import { dsoOf } from './_lib/dso-of';
import type { Countback, DsoMethod, DsoOptions, KpiResult } from './kpi-types';

/**
 * Options of {@link daysSalesOutstanding}.
 *
 * @category KPIs
 * @example
 * ```ts
 * const options: DaysSalesOutstandingOptions = { from: '2026-01-01', to: '2026-01-31', method: 'standard' };
 * ```
 */
export interface DaysSalesOutstandingOptions extends DsoOptions {}

/**
 * The result of {@link daysSalesOutstanding}.
 *
 * @category KPIs
 * @example
 * ```ts
 * const result: DsoResult = {
 *   value: 27, method: 'standard', from: '2013-01-01', to: '2013-01-31', days: 31, currency: 'USD',
 *   receivablesMinor: 584687, salesMinor: 671320, countback: null,
 *   explanation: 'DSO 27.00 days = receivables USD 5,846.87 / credit sales USD 6,713.20 × 31 days',
 * };
 * ```
 */
export interface DsoResult extends KpiResult {
  /** The method used. */
  method: DsoMethod;
  /** AR_end: open receivables at the end of `to`, minor units. */
  receivablesMinor: number;
  /** S: totals of invoices issued in `[from, to]`, minor units. */
  salesMinor: number;
  /** The month windows a countback went through; `null` for the standard method. */
  countback: Countback | null;
}

/**
 * Days sales outstanding: how many days of credit sales are still unpaid at the end of a period.
 *
 * - `standard` (period-end DSO, creditguru, vcalc): `AR_end / S × D`, where `AR_end` is what is open at the
 *   end of `to`, `S` the totals of invoices issued in `[from, to]` (void and draft excluded) and `D` the
 *   period's calendar days. `null` when there were no credit sales.
 * - `countback` (exhaustion method, highako): start from `AR_end`; while it is more than the credit sales
 *   of the latest month window, subtract those sales and add the window's calendar days; then add
 *   `remaining / sales × days` for the window that exhausts it. Windows step back from `to` by calendar
 *   months (calendar months when `to` is a month end), at most `maxMonths` of them; when they run out the
 *   value is a lower bound and `countback.exhausted` is `true`. Reads only `to`; `from` still bounds the
 *   reported `salesMinor`.
 *
 * An invoice is open at the end of day D when it was issued on or before D and not fully settled on or
 * before D; payments and credit notes reduce it from their date as they are allocated, so an invoice
 * paid after `to` still counts. Unapplied cash and credits never reduce receivables.
 *
 * @param ledger - A ledger (amounts in major units) or a {@link PreparedLedger}.
 * @param options - Period, method, currency handling and rounding.
 * @returns The DSO with the amounts used and an explanation.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} naming the option (`options.from`,
 * `options.method`, ...) or the ledger field at fault, or a field of `options` or
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
 *     { id: 'i2', customerId: 'C1', number: 'INV-2', currency: 'EUR', issueDate: '2026-01-20', dueDate: '2026-02-19', total: '400.00', amountDue: '0', paidDate: '2026-01-30' },
 *   ],
 * };
 * daysSalesOutstanding(ledger, { from: '2026-01-01', to: '2026-01-31' }).value;
 * //=> 18.6
 * daysSalesOutstanding(ledger, { from: '2026-01-01', to: '2026-01-31' }).explanation;
 * //=> 'DSO 18.60 days = receivables EUR 600.00 / credit sales EUR 1,000.00 × 31 days'
 * ```
 */
export function daysSalesOutstanding(
  ledger: LedgerInput | PreparedLedger,
  options: DaysSalesOutstandingOptions,
): DsoResult {
  const { amountMinor, ...result } = dsoOf(ledger, options, 'receivables');
  return { ...result, receivablesMinor: amountMinor };
}
