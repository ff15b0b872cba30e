import type { LedgerInput } from '@overdue/core';
import type { PreparedLedger } from '../prepare-ledger';
import { dsoOf } from './_lib/dso-of';
import type { Countback, DsoMethod, DsoOptions, KpiResult } from './kpi-types';

/**
 * Options of {@link bestPossibleDso}.
 *
 * @category KPIs
 * @example
 * ```ts
 * const options: BestPossibleDsoOptions = { from: '2026-01-01', to: '2026-03-31' };
 * ```
 */
export interface BestPossibleDsoOptions extends DsoOptions {}

/**
 * The result of {@link bestPossibleDso}.
 *
 * @category KPIs
 * @example
 * ```ts
 * const result: BestPossibleDsoResult = {
 *   value: 18.6, method: 'standard', from: '2026-01-01', to: '2026-01-31', days: 31, currency: 'EUR',
 *   currentMinor: 60000, salesMinor: 100000, countback: null,
 *   explanation: 'Best possible DSO 18.60 days = current receivables EUR 600.00 / credit sales EUR 1,000.00 × 31 days',
 * };
 * ```
 */
export interface BestPossibleDsoResult extends KpiResult {
  /** The method used. */
  method: DsoMethod;
  /** Current_end: receivables open and not yet due at the end of `to`, minor units. */
  currentMinor: number;
  /** S: totals of invoices issued in `[from, to]`, minor units. */
  salesMinor: number;
  /** The month windows a countback went through; `null` for the standard method. */
  countback: Countback | null;
}

/**
 * Best possible DSO (money-zine, vcalc, creditguru): the DSO the business would have if every customer
 * paid exactly on terms, `Current_end / S × D`, where `Current_end` is what is open and not yet due at the
 * end of `to` (an invoice is current at the end of day D while D is on or before its due date). The
 * `countback` method exhausts `Current_end` against the latest months' sales, as
 * {@link daysSalesOutstanding} does with `AR_end`. Compare it with DSO: the gap is
 * {@link averageDaysDelinquent}.
 *
 * @param ledger - A ledger (amounts in major units) or a {@link PreparedLedger}.
 * @param options - Period, method, currency handling and rounding.
 * @returns The best possible DSO with the amounts used and an explanation; `value` is `null` when there
 * were no credit sales in the period (standard method).
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
 * bestPossibleDso(ledger, { from: '2026-01-01', to: '2026-01-31' }).value;
 * //=> 18.6
 * ```
 */
export function bestPossibleDso(
  ledger: LedgerInput | PreparedLedger,
  options: BestPossibleDsoOptions,
): BestPossibleDsoResult {
  const { amountMinor, ...result } = dsoOf(ledger, options, 'current');
  return { ...result, currentMinor: amountMinor };
}
