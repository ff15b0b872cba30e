import { dayNumberToCivilDate } from '@overdue/core';
import type { Countback, DsoMethod } from '../kpi-types';
import type { CountbackOutcome } from './countback';
import { countbackOver } from './countback';
import { formatAmount, formatNumber, formatPeriod } from './format-explanation';
import type { KpiNumber } from './kpi-decimal';
import { roundKpi } from './kpi-decimal';
import { periodEndDays } from './kpi-formulas';
import type { KpiLedger, PeriodSums } from './kpi-ledger';

/** A DSO-type figure of an amount (AR_end for DSO, Current_end for best possible DSO), unrounded. */
export interface DsoFigure {
  value: KpiNumber | null;
  countback: CountbackOutcome | null;
}

/** DSO of `amountMinor` by `method`: `amount / S × D`, or a countback over the month windows in `boundaries`. */
export function dsoFigure(
  kpi: KpiLedger,
  sums: PeriodSums,
  amountMinor: number,
  method: DsoMethod,
  boundaries: readonly number[],
): DsoFigure {
  if (method === 'standard') return { value: periodEndDays(amountMinor, sums), countback: null };
  const countback = countbackOver(kpi, amountMinor, boundaries);
  return { value: countback.days, countback };
}

/** The public form of a countback outcome. */
export function describeCountback(outcome: CountbackOutcome, maxMonths: number, decimals: number): Countback {
  return {
    windows: outcome.windows.map((window) => ({
      from: dayNumberToCivilDate(window.fromDay),
      to: dayNumberToCivilDate(window.toDay),
      days: window.days,
      salesMinor: window.salesMinor,
      daysCounted: roundKpi(window.counted, decimals),
    })),
    exhausted: outcome.exhausted,
    unexplainedMinor: outcome.remainingMinor,
    maxMonths,
  };
}

/**
 * The sentence of a DSO-type figure. `label` names the figure (`DSO`), `amountLabel` the amount
 * (`receivables`).
 */
export function explainDso(
  label: string,
  amountLabel: string,
  amountMinor: number,
  figure: DsoFigure,
  sums: PeriodSums,
  currency: string | null,
  period: { from: string; to: string },
  maxMonths: number,
  decimals: number,
): string {
  const amount = formatAmount(amountMinor, currency);
  const { value, countback } = figure;
  if (countback === null) {
    if (value === null) {
      return `${label} is undefined: no credit sales ${formatPeriod(period.from, period.to)} (${amountLabel} ${amount} at the end of ${period.to})`;
    }
    return `${label} ${formatNumber(value, decimals)} days = ${amountLabel} ${amount} / credit sales ${formatAmount(sums.salesMinor, currency)} × ${sums.days} days`;
  }
  const days = formatNumber(countback.days, decimals);
  if (countback.windows.length === 0 && !countback.exhausted)
    return `Countback ${label} ${days} days: no ${amountLabel} at the end of ${period.to}`;
  if (countback.exhausted) {
    return `Countback ${label} is at least ${days} days: ${amountLabel} ${amount} at the end of ${period.to} exceed the credit sales of the ${maxMonths} month${maxMonths === 1 ? '' : 's'} before by ${formatAmount(countback.remainingMinor, currency)} (maxMonths exhausted)`;
  }
  let remaining = amountMinor;
  const terms: string[] = [];
  for (const window of countback.windows) {
    if (remaining > window.salesMinor) {
      terms.push(String(window.days));
      remaining -= window.salesMinor;
    } else {
      terms.push(
        `${formatAmount(remaining, currency)} / ${formatAmount(window.salesMinor, currency)} × ${window.days}`,
      );
    }
  }
  return `Countback ${label} ${days} days = ${terms.join(' + ')}: ${amountLabel} ${amount} at the end of ${period.to} exhausted against the credit sales of the latest month windows, latest first`;
}
