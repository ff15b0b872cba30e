import type { LedgerInput } from '@overdue/core';
import type { PreparedLedger } from '../prepare-ledger';
import { formatAmount, formatNumber, formatPeriod } from './_lib/format-explanation';
import { roundKpi } from './_lib/kpi-decimal';
import { openDaysLate, paidDaysLate } from './_lib/kpi-formulas';
import { readEnumOption } from './_lib/read-kpi-options';
import { startKpi } from './_lib/start-kpi';
import type { KpiOptions, KpiResult } from './kpi-types';

/**
 * Which invoices {@link weightedDaysLate} averages: `paid`, those fully paid in the period; `open`, those
 * open at the end of `to`.
 *
 * @category KPIs
 * @example
 * ```ts
 * const basis: DaysLateBasis = 'open';
 * ```
 */
export type DaysLateBasis = 'paid' | 'open';

/**
 * Options of {@link weightedDaysLate}.
 *
 * @category KPIs
 * @example
 * ```ts
 * const options: WeightedDaysLateOptions = { from: '2026-01-01', to: '2026-01-31', basis: 'open' };
 * ```
 */
export interface WeightedDaysLateOptions extends KpiOptions {
  /** `paid` (invoices fully paid in the period) or `open` (open items at the end of `to`). Default: `'paid'`. */
  basis?: DaysLateBasis;
}

/**
 * The result of {@link weightedDaysLate}.
 *
 * @category KPIs
 * @example
 * ```ts
 * const result: WeightedDaysLateResult = {
 *   value: 10, basis: 'open', weightMinor: 100000, from: '2026-01-01', to: '2026-01-31', days: 31, currency: 'EUR',
 *   explanation: 'Weighted days late 10.00 days: open amounts × days past due / receivables EUR 1,000.00 at the end of 2026-01-31',
 * };
 * ```
 */
export interface WeightedDaysLateResult extends KpiResult {
  /** The basis used. */
  basis: DaysLateBasis;
  /** The sum of the weights, minor units: totals of the invoices paid (`paid`) or AR_end (`open`). */
  weightMinor: number;
}

/**
 * Amount-weighted days late, on a stated basis (comparable to Paydex-style "days beyond terms"):
 *
 * - `paid`: `Σ(total × max(0, paid - due)) / Σ total` over the invoices fully paid in `[from, to]` (total
 *   above zero, not written off), the same invoices as {@link averageDaysToPay}.
 * - `open`: `Σ(open × max(0, to - due)) / Σ open` over what is open at the end of `to`; current items
 *   count with zero days. Only `to` matters.
 *
 * @param ledger - A ledger (amounts in major units) or a {@link PreparedLedger}.
 * @param options - Period, basis, currency handling and rounding.
 * @returns The weighted days late; `value` is `null` when nothing was paid (`paid`) or nothing is open (`open`).
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} naming the option (`options.basis`, ...) or
 * the ledger field at fault, or a field of `options` or
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
 *     { id: 'i2', customerId: 'C1', number: 'INV-2', currency: 'EUR', issueDate: '2026-01-02', dueDate: '2026-01-06', total: '400.00', amountDue: '400.00' },
 *   ],
 * };
 * weightedDaysLate(ledger, { from: '2026-01-01', to: '2026-01-31', basis: 'open' }).value;
 * //=> 10
 * ```
 */
export function weightedDaysLate(
  ledger: LedgerInput | PreparedLedger,
  options: WeightedDaysLateOptions,
): WeightedDaysLateResult {
  const {
    options: resolved,
    extra,
    kpi,
    sums,
    base,
  } = startKpi(ledger, options, ['basis'], (record) => ({
    basis: readEnumOption<DaysLateBasis>(record, 'basis', ['paid', 'open'], 'paid'),
  }));
  const { decimals } = resolved;
  const { basis } = extra;
  const value = basis === 'paid' ? paidDaysLate(sums) : openDaysLate(sums);
  const weightMinor = basis === 'paid' ? sums.paidTotalMinor : sums.receivablesMinor;
  const weight = formatAmount(weightMinor, kpi.currency);
  let explanation: string;
  if (basis === 'paid') {
    explanation =
      value === null
        ? `Weighted days late (paid basis) is undefined: no invoice was fully paid ${formatPeriod(resolved.from, resolved.to)}`
        : `Weighted days late ${formatNumber(value, decimals)} days: invoice totals × days paid after due / totals ${weight} of the ${sums.paidCount} invoice${sums.paidCount === 1 ? '' : 's'} fully paid ${formatPeriod(resolved.from, resolved.to)}`;
  } else {
    explanation =
      value === null
        ? `Weighted days late (open basis) is undefined: no receivables at the end of ${resolved.to}`
        : `Weighted days late ${formatNumber(value, decimals)} days: open amounts × days past due / receivables ${weight} at the end of ${resolved.to}`;
  }
  return { value: value === null ? null : roundKpi(value, decimals), basis, weightMinor, ...base, explanation };
}
