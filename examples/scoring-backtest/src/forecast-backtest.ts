import type { CivilDate } from '@overdue/core';
import { addDays } from '@overdue/core';
import type { ReceivablesCsv } from '@overdue/example-support';
import type { OpenItem } from '@overdue/receivables';
import { openBalancesAsOf, prepareLedger } from '@overdue/receivables';
import type { PaymentModel } from '@overdue/scoring';
import { forecastCollections, preparePaymentHistory } from '@overdue/scoring';

/** One week of the forecast backtest, amounts in minor units. */
export interface ForecastWeekResult {
  from: CivilDate;
  to: CivilDate;
  actualMinor: number;
  forecastMinor: number;
  lowMinor: number;
  highMinor: number;
  /** The due-date rule: what falls due in the week, plus everything already overdue in the first week. */
  dueDateMinor: number;
}

/** What {@link runForecastBacktest} found. */
export interface ForecastBacktestResult {
  weeks: ForecastWeekResult[];
  /** Mean absolute percentage error of the model forecast over the weeks with cash in. */
  mape: number;
  /** The same for the due-date rule. */
  dueDateMape: number;
  /** Share of weeks whose actual cash fell inside the forecast interval. */
  intervalCoverage: number;
}

/**
 * Every week from `from` for `weeks` weeks: the invoices open at the end of the day before the week are
 * forecast one week ahead, and compared with the cash those same invoices actually brought in that week.
 */
export function runForecastBacktest(
  csv: ReceivablesCsv,
  model: PaymentModel,
  options: { from?: CivilDate; weeks?: number } = {},
): ForecastBacktestResult {
  const ledger = prepareLedger(csv.ledger);
  const history = preparePaymentHistory({ ledger });
  const paidDate = new Map(csv.ledger.invoices.map((invoice) => [invoice.id, invoice.paidDate]));
  const start = options.from ?? '2013-01-01';
  const result: ForecastWeekResult[] = [];
  for (let w = 0; w < (options.weeks ?? 52); w++) {
    const from = addDays(start, 7 * w);
    const to = addDays(from, 6);
    const asOf = addDays(from, -1);
    const open: OpenItem[] = openBalancesAsOf(ledger, { asOf }).items;
    const [forecast] = forecastCollections(open, model, history, { asOf, horizonWeeks: 1 });
    const week = forecast?.weeks[0];
    let actualMinor = 0;
    let dueDateMinor = 0;
    for (const item of open) {
      const paid = paidDate.get(item.invoiceId);
      if (paid !== undefined && paid >= from && paid <= to) actualMinor += item.openMinor;
      if (item.dueDate <= to) dueDateMinor += item.openMinor;
    }
    result.push({
      from,
      to,
      actualMinor,
      forecastMinor: week?.expectedMinor ?? 0,
      lowMinor: week?.lowMinor ?? 0,
      highMinor: week?.highMinor ?? 0,
      dueDateMinor,
    });
  }
  const withCash = result.filter((week) => week.actualMinor > 0);
  const mape = (pick: (week: ForecastWeekResult) => number) =>
    withCash.reduce((sum, week) => sum + Math.abs(pick(week) - week.actualMinor) / week.actualMinor, 0) /
    withCash.length;
  return {
    weeks: result,
    mape: mape((week) => week.forecastMinor),
    dueDateMape: mape((week) => week.dueDateMinor),
    intervalCoverage:
      result.filter((week) => week.actualMinor >= week.lowMinor && week.actualMinor <= week.highMinor).length /
      result.length,
  };
}
