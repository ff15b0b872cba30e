import { formatMoney } from '@overdue/core';
import type { KpiSeriesPoint } from '@overdue/receivables';
import { formatTable } from './format-table';

/**
 * A KPI figure with one decimal and an optional suffix, or an em dash when the figure is undefined
 * (`null`) for the period.
 *
 * @example
 * ```ts
 * formatFigure(84.987, '%');
 * //=> '85.0%'
 * formatFigure(null);
 * //=> '—'
 * ```
 */
export function formatFigure(value: number | null, suffix = ''): string {
  return value === null ? '—' : `${value.toFixed(1)}${suffix}`;
}

/**
 * A `kpiSeries` result as a plain-text table, one line per period end: receivables and current amounts in
 * `currency`, then DSO, countback DSO, best possible DSO, average days delinquent, CEI, percent current and
 * average days to pay.
 *
 * @example
 * ```ts
 * formatKpiTable(series.points, 'EUR', 'en-GB').split('\n')[0];
 * //=> 'Month end  Receivables  Current  DSO  Countback  BPDSO  ADD  CEI  % current  ADP' (padded)
 * ```
 */
export function formatKpiTable(points: readonly KpiSeriesPoint[], currency: string, locale: string): string {
  const money = (minor: number) => formatMoney({ currency, minor }, locale);
  return formatTable(
    [
      { header: 'Month end' },
      { header: 'Receivables', align: 'right' },
      { header: 'Current', align: 'right' },
      { header: 'DSO', align: 'right' },
      { header: 'Countback', align: 'right' },
      { header: 'BPDSO', align: 'right' },
      { header: 'ADD', align: 'right' },
      { header: 'CEI', align: 'right' },
      { header: '% current', align: 'right' },
      { header: 'ADP', align: 'right' },
    ],
    points.map((point) => [
      point.period.to,
      money(point.receivablesMinor),
      money(point.currentMinor),
      formatFigure(point.dso),
      formatFigure(point.countbackDso),
      formatFigure(point.bestPossibleDso),
      formatFigure(point.averageDaysDelinquent),
      formatFigure(point.cei, '%'),
      formatFigure(point.percentCurrent, '%'),
      formatFigure(point.averageDaysToPay),
    ]),
  );
}
