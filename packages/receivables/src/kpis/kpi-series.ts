import type { CivilDate, LedgerInput } from '@overdue/core';
import { endOfMonth, tryDayNumber } from '@overdue/core';
import type { PreparedLedger } from '../prepare-ledger';
import { countbackOver } from './_lib/countback';
import type { KpiNumber } from './_lib/kpi-decimal';
import { roundKpi } from './_lib/kpi-decimal';
import {
  ceiSales,
  collectionEffectiveness,
  delinquentDays,
  meanDaysToPay,
  openDaysLate,
  paidDaysLate,
  percentCurrentOf,
  periodEndDays,
  weightedDaysToPay,
} from './_lib/kpi-formulas';
import { buildKpiLedger, periodSums } from './_lib/kpi-ledger';
import { monthBoundaries, monthsInPeriod } from './_lib/month-windows';
import {
  COMMON_OPTION_KEYS,
  readEnumOption,
  readIntegerOption,
  readKpiOptions,
  readOptionsObject,
} from './_lib/read-kpi-options';
import { DEFAULT_MAX_MONTHS } from './_lib/start-kpi';
import type { KpiOptions, SalesConvention } from './kpi-types';

/**
 * The length of each period of a {@link kpiSeries}: calendar months or calendar quarters.
 *
 * @category KPIs
 * @example
 * ```ts
 * const period: KpiSeriesPeriod = 'quarter';
 * ```
 */
export type KpiSeriesPeriod = 'month' | 'quarter';

/**
 * Options of {@link kpiSeries}.
 *
 * @category KPIs
 * @example
 * ```ts
 * const options: KpiSeriesOptions = { from: '2013-01-01', to: '2013-12-31', period: 'month' };
 * ```
 */
export interface KpiSeriesOptions extends KpiOptions {
  /** `month` or `quarter`. Default: `'month'`. */
  period?: KpiSeriesPeriod;
  /** How CEI counts credit sales; see {@link collectionEffectivenessIndex}. Default: `'period'`. */
  salesConvention?: SalesConvention;
  /** Look-back limit of the countback DSO, in months (1 to 1200). Default: `24`. */
  maxMonths?: number;
}

/**
 * One period of a {@link kpiSeries}: every KPI of the family for that period, rounded to `decimals`, each
 * equal to what the single KPI function returns for the same `from` and `to`. KPIs that are undefined are
 * `null`.
 *
 * @category KPIs
 * @example
 * ```ts
 * const point: KpiSeriesPoint = {
 *   period: { from: '2026-01-01', to: '2026-01-31', label: '2026-01', days: 31 }, currency: 'EUR',
 *   receivablesMinor: 100000, beginningReceivablesMinor: 0, currentMinor: 60000, salesMinor: 100000,
 *   dso: 31, countbackDso: 31, countbackExhausted: false, bestPossibleDso: 18.6, averageDaysDelinquent: 12.4,
 *   cei: 0, percentCurrent: 60, averageDaysToPay: null, weightedAverageDaysToPay: null, paidInvoiceCount: 0,
 *   weightedDaysLatePaid: null, weightedDaysLateOpen: 6,
 * };
 * ```
 */
export interface KpiSeriesPoint {
  /** The period: first and last day, a label (`2013-01`, `2013-Q1`) and its calendar days. */
  period: {
    /** First day of the period (the first of a month or quarter). */
    from: CivilDate;
    /** Last day of the period (a month or quarter end). */
    to: CivilDate;
    /** `YYYY-MM` for months, `YYYY-Qn` for quarters. */
    label: string;
    /** Calendar days in the period. */
    days: number;
  };
  /** The currency of the amounts. */
  currency: string | null;
  /** AR_end, minor units. */
  receivablesMinor: number;
  /** AR_begin (open at the end of the previous period), minor units. */
  beginningReceivablesMinor: number;
  /** Current_end, minor units. */
  currentMinor: number;
  /** S, credit sales of the period, minor units. */
  salesMinor: number;
  /** Standard DSO, {@link daysSalesOutstanding}. */
  dso: number | null;
  /** Countback DSO, {@link daysSalesOutstanding} with `method: 'countback'`. */
  countbackDso: number | null;
  /** Whether the countback ran out of months (its value is then a lower bound). */
  countbackExhausted: boolean;
  /** Standard best possible DSO, {@link bestPossibleDso}. */
  bestPossibleDso: number | null;
  /** Standard average days delinquent, {@link averageDaysDelinquent}. */
  averageDaysDelinquent: number | null;
  /** CEI in percent with the series' sales convention, {@link collectionEffectivenessIndex}. */
  cei: number | null;
  /** Percent current, {@link percentCurrent}. */
  percentCurrent: number | null;
  /** Simple average days to pay, {@link averageDaysToPay}. */
  averageDaysToPay: number | null;
  /** Amount-weighted average days to pay. */
  weightedAverageDaysToPay: number | null;
  /** Invoices fully paid in the period. */
  paidInvoiceCount: number;
  /** Weighted days late on the paid basis, {@link weightedDaysLate}. */
  weightedDaysLatePaid: number | null;
  /** Weighted days late on the open basis. */
  weightedDaysLateOpen: number | null;
}

/**
 * The result of {@link kpiSeries}.
 *
 * @category KPIs
 * @example
 * ```ts
 * const series: KpiSeries = { currency: 'EUR', period: 'month', salesConvention: 'period', points: [] };
 * ```
 */
export interface KpiSeries {
  /** The currency of every amount; `null` only for a ledger without invoices and no `currency` or `rates`. */
  currency: string | null;
  /** The period length. */
  period: KpiSeriesPeriod;
  /** The CEI sales convention used. */
  salesConvention: SalesConvention;
  /** One point per period end inside `[from, to]`, oldest first; empty when no period ends there. */
  points: KpiSeriesPoint[];
}

const KEYS = [...COMMON_OPTION_KEYS, 'period', 'salesConvention', 'maxMonths'];

function periodsOf(
  from: CivilDate,
  to: CivilDate,
  period: KpiSeriesPeriod,
): { from: CivilDate; to: CivilDate; label: string }[] {
  const step = period === 'month' ? 1 : 3;
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  month -= (month - 1) % step;
  const periods: { from: CivilDate; to: CivilDate; label: string }[] = [];
  for (;;) {
    const start = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
    if (start > to) return periods;
    const lastMonth = month + step - 1;
    const end = endOfMonth(`${start.slice(0, 5)}${String(lastMonth).padStart(2, '0')}-01`);
    if (end > to) return periods;
    const label = period === 'month' ? start.slice(0, 7) : `${start.slice(0, 4)}-Q${(month + 2) / 3}`;
    periods.push({ from: start, to: end, label });
    month += step;
    if (month > 12) {
      month -= 12;
      year += 1;
    }
  }
}

/**
 * Every KPI of the family for each month or quarter ending inside `[from, to]` (`from` is moved back to
 * the start of its month or quarter): receivables, credit sales, standard and countback DSO, best
 * possible DSO, ADD, CEI, percent current, average days to pay (simple and weighted) and weighted days
 * late (paid and open bases). Each figure equals what the single function returns for that period.
 *
 * Built for large ledgers: the ledger is read once and every period end is answered from daily running
 * totals, so the cost is one pass over invoices and settlements plus a constant per day and per period
 * (a million invoices and a million payments over two years take about a second).
 *
 * @param ledger - A ledger (amounts in major units) or a {@link PreparedLedger}.
 * @param options - Range, period length, CEI convention, countback look-back, currency handling, rounding.
 * @returns The series, one point per period.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} naming the option (`options.period`, ...)
 * or the ledger field at fault, or a field of `options` or
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
 *     { id: 'i1', customerId: 'C1', number: 'INV-1', currency: 'EUR', issueDate: '2026-01-05', dueDate: '2026-02-04', total: '600.00', amountDue: '0', paidDate: '2026-02-10' },
 *     { id: 'i2', customerId: 'C1', number: 'INV-2', currency: 'EUR', issueDate: '2026-02-02', dueDate: '2026-03-04', total: '400.00', amountDue: '400.00' },
 *   ],
 * };
 * kpiSeries(ledger, { from: '2026-01-01', to: '2026-02-28' }).points.map((point) => [point.period.label, point.dso]);
 * //=> [['2026-01', 31], ['2026-02', 28]]
 * ```
 */
export function kpiSeries(ledger: LedgerInput | PreparedLedger, options: KpiSeriesOptions): KpiSeries {
  const record = readOptionsObject(options, KEYS);
  const resolved = readKpiOptions(record);
  const period = readEnumOption<KpiSeriesPeriod>(record, 'period', ['month', 'quarter'], 'month');
  const salesConvention = readEnumOption<SalesConvention>(
    record,
    'salesConvention',
    ['period', 'monthly-average'],
    'period',
  );
  const maxMonths = readIntegerOption(record, 'maxMonths', 1, 1200, DEFAULT_MAX_MONTHS);
  const { decimals } = resolved;

  const periods = periodsOf(resolved.from, resolved.to, period);
  const boundaries = periods.map((item) => monthBoundaries(item.to, maxMonths));
  const first = periods[0];
  const firstBoundaries = boundaries[0] ?? [];
  const lo = Math.min(
    tryDayNumber(first?.from ?? resolved.from) - 1,
    firstBoundaries[firstBoundaries.length - 1] ?? resolved.fromDay,
  );
  const hi = Math.max(lo, tryDayNumber(periods[periods.length - 1]?.to ?? resolved.to));
  const kpi = buildKpiLedger(ledger, resolved, lo, hi);
  const round = (value: KpiNumber | null) => (value === null ? null : roundKpi(value, decimals));

  const points = periods.map((item, index): KpiSeriesPoint => {
    const fromDay = tryDayNumber(item.from);
    const toDay = tryDayNumber(item.to);
    const sums = periodSums(kpi, fromDay, toDay);
    const dso = periodEndDays(sums.receivablesMinor, sums);
    const best = periodEndDays(sums.currentMinor, sums);
    const countback = countbackOver(kpi, sums.receivablesMinor, boundaries[index] ?? [toDay]);
    const months = monthsInPeriod(item.from, item.to);
    return {
      period: { ...item, days: sums.days },
      currency: kpi.currency,
      receivablesMinor: sums.receivablesMinor,
      beginningReceivablesMinor: sums.beginningReceivablesMinor,
      currentMinor: sums.currentMinor,
      salesMinor: sums.salesMinor,
      dso: round(dso),
      countbackDso: round(countback.days),
      countbackExhausted: countback.exhausted,
      bestPossibleDso: round(best),
      averageDaysDelinquent: round(delinquentDays(dso, best)),
      cei: round(collectionEffectiveness(sums, ceiSales(sums, salesConvention, months)).value),
      percentCurrent: round(percentCurrentOf(sums)),
      averageDaysToPay: round(meanDaysToPay(sums)),
      weightedAverageDaysToPay: round(weightedDaysToPay(sums)),
      paidInvoiceCount: sums.paidCount,
      weightedDaysLatePaid: round(paidDaysLate(sums)),
      weightedDaysLateOpen: round(openDaysLate(sums)),
    };
  });
  return { currency: kpi.currency, period, salesConvention, points };
}
