import type { CivilDate } from '@overdue/core';
import { endOfMonth, minorDigits, minorToDecimalString } from '@overdue/core';
import type { ReceivablesCsv } from '@overdue/example-support';
import { formatKpiTable } from '@overdue/example-support';
import type { KpiSeriesPoint } from '@overdue/receivables';
import { kpiSeries } from '@overdue/receivables';

/** The KPIs of one month end, as `--json` prints them. */
export interface MonthKpis {
  /** The month, `YYYY-MM`; figures are as of its last day. */
  month: string;
  /** Open receivables at the month end, a decimal string in major units (`"5846.87"`). */
  receivables: string;
  /** The part of it not yet due, likewise. */
  current: string;
  /** Standard DSO over the month: receivables / the month's credit sales × days in the month. */
  dso: number | null;
  /** Countback DSO: receivables exhausted against the sales of the latest months. */
  countbackDso: number | null;
  /** Best possible DSO: current receivables / sales × days. */
  bestPossibleDso: number | null;
  /** Average days delinquent: DSO − best possible DSO. */
  averageDaysDelinquent: number | null;
  /** Collection effectiveness index, percent. */
  cei: number | null;
  /** Current receivables / receivables, percent. */
  percentCurrent: number | null;
  /** Mean days from invoice to settlement of the invoices settled in the month. */
  averageDaysToPay: number | null;
}

/** The monthly series of a file: its span and one point per month end. */
export interface MonthlyKpis {
  currency: string;
  from: CivilDate;
  to: CivilDate;
  points: KpiSeriesPoint[];
}

/**
 * Computes the KPI family for every month end from the first invoice month to the last settlement month.
 *
 * @example
 * ```ts
 * monthlyKpis(readReceivablesCsv(text)).points[0]?.period.label;
 * //=> '2012-01'
 * ```
 */
export function monthlyKpis(csv: ReceivablesCsv): MonthlyKpis {
  const from = `${csv.firstInvoiceDate.slice(0, 7)}-01`;
  const to = endOfMonth(csv.lastDate);
  const series = kpiSeries(csv.ledger, { from, to, period: 'month', currency: csv.currency, decimals: 2 });
  return { currency: csv.currency, from, to, points: series.points };
}

/**
 * The JSON rows: amounts as exact decimal strings in major units, ratios as numbers or `null`.
 *
 * @example
 * ```ts
 * toMonthRows(monthlyKpis(csv))[0]?.receivables;
 * //=> '5846.87'
 * ```
 */
export function toMonthRows(kpis: MonthlyKpis): MonthKpis[] {
  const digits = minorDigits(kpis.currency);
  return kpis.points.map((point) => ({
    month: point.period.label,
    receivables: minorToDecimalString(point.receivablesMinor, digits),
    current: minorToDecimalString(point.currentMinor, digits),
    dso: point.dso,
    countbackDso: point.countbackDso,
    bestPossibleDso: point.bestPossibleDso,
    averageDaysDelinquent: point.averageDaysDelinquent,
    cei: point.cei,
    percentCurrent: point.percentCurrent,
    averageDaysToPay: point.averageDaysToPay,
  }));
}

/**
 * The series as a plain-text table, one line per month end.
 *
 * @example
 * ```ts
 * formatMonthTable(monthlyKpis(csv)).split('\n')[0];
 * //=> 'Month end      Receivables  ...'
 * ```
 */
export function formatMonthTable(kpis: MonthlyKpis, locale = 'en-US'): string {
  return formatKpiTable(kpis.points, kpis.currency, locale);
}
