import type { LedgerInput } from '@overdue/core';
import { AmountOverflowError, convertMoney, exchangeRate, minorDigits } from '@overdue/core';
import type { PreparedLedger } from '../../prepare-ledger';
import { timelineOf } from '../../prepare-ledger';
import type { CurrencyScope } from './currency-scope';
import { resolveCurrencyScope } from './currency-scope';
import type { DailyFigures } from './daily-figures';
import { buildDailyFigures, entryOf, openDaysLateAt, rangeSum } from './daily-figures';
import type { KpiNumber } from './kpi-decimal';
import { KpiDecimal } from './kpi-decimal';
import type { ResolvedKpiOptions } from './read-kpi-options';

/**
 * Everything a KPI needs for any period ending on or before `hi`: the measured currencies and the daily
 * running totals. Built once; single KPIs build it for their one period, `kpiSeries` for all of them.
 */
export interface KpiLedger {
  /** The currency of every amount read from it; `null` for a ledger with no invoices and no currency option. */
  currency: string | null;
  scope: CurrencyScope;
  figures: DailyFigures;
  /** Per measured currency, the exact factor from its minor units to the target's (conversion only). */
  factors: KpiNumber[];
}

/**
 * The figures of one period `[fromDay, toDay]`, in the KPI's currency. Money is in integer minor units;
 * amount-weighted day sums are in minor-unit days.
 */
export interface PeriodSums {
  fromDay: number;
  toDay: number;
  /** Calendar days in the period. */
  days: number;
  /** AR_begin: open at the end of `fromDay - 1`. */
  beginningReceivablesMinor: number;
  /** AR_end: open at the end of `toDay`. */
  receivablesMinor: number;
  /** Current_end: open and not yet due at the end of `toDay`. */
  currentMinor: number;
  /** S: totals of invoices issued in the period. */
  salesMinor: number;
  /** Sum of `open × (toDay - dueDay)` over invoices past due at the end of `toDay`. */
  openDaysLate: KpiNumber;
  /** Invoices fully paid in the period (not written off, total above zero). */
  paidCount: number;
  /** Sum of `paidDay - issueDay` over them. */
  paidDays: number;
  /** Sum of their totals. */
  paidTotalMinor: number;
  /** Sum of `total × (paidDay - issueDay)`. */
  paidTotalDays: KpiNumber;
  /** Sum of `total × max(0, paidDay - dueDay)`. */
  paidTotalLateDays: KpiNumber;
}

/**
 * Reads and validates the ledger, settles the currency scope and builds the daily running totals over
 * `[lo, hi]` (`lo` must be at least one day before the first period starts, and before any countback
 * window).
 */
export function buildKpiLedger(
  ledger: LedgerInput | PreparedLedger,
  options: ResolvedKpiOptions,
  lo: number,
  hi: number,
): KpiLedger {
  const timeline = timelineOf(ledger);
  const scope = resolveCurrencyScope(timeline, options.currency, options.rates);
  const figures = buildDailyFigures(timeline, scope, lo, hi);
  const factors = scope.currencies.map((code) => {
    const { rates, target } = scope;
    if (rates === undefined || target === null || code === target) return new KpiDecimal(1);
    const rate = new KpiDecimal(exchangeRate(code, target, rates).toString());
    return rate.times(new KpiDecimal(10).pow(minorDigits(target) - minorDigits(code)));
  });
  return { currency: scope.target, scope, figures, factors };
}

/** Adds one value per measured currency, converting each currency's sum with `convertMoney` when needed. */
function sumMoney(kpi: KpiLedger, read: (slot: number) => number): number {
  const { scope } = kpi;
  let total = 0;
  for (let slot = 0; slot < kpi.figures.slots; slot++) {
    const minor = read(slot);
    const code = scope.currencies[slot] as string;
    total +=
      scope.rates === undefined || scope.target === null || code === scope.target
        ? minor
        : convertMoney({ currency: code, minor }, scope.target, scope.rates).minor;
  }
  if (!Number.isSafeInteger(total))
    throw new AmountOverflowError(`a total in ${kpi.currency ?? 'the reporting currency'}`);
  return total + 0;
}

/** Adds one amount-weighted day sum per measured currency, converting exactly (no rounding). */
function sumWeighted(kpi: KpiLedger, read: (slot: number) => number): KpiNumber {
  let total = new KpiDecimal(0);
  for (let slot = 0; slot < kpi.figures.slots; slot++)
    total = total.plus((kpi.factors[slot] as KpiNumber).times(read(slot)));
  return total;
}

/** Credit sales issued in `[fromDay, toDay]`, in the KPI's currency. */
export function salesBetween(kpi: KpiLedger, fromDay: number, toDay: number): number {
  const { figures } = kpi;
  return sumMoney(kpi, (slot) => rangeSum(figures, figures.sales, slot, fromDay, toDay));
}

/** Every sum the KPIs of period `[fromDay, toDay]` need. */
export function periodSums(kpi: KpiLedger, fromDay: number, toDay: number): PeriodSums {
  const { figures } = kpi;
  const at = (values: Float64Array, slot: number, day: number) => values[entryOf(figures, slot, day)] as number;
  const receivablesMinor = sumMoney(kpi, (slot) => at(figures.receivables, slot, toDay));
  return {
    fromDay,
    toDay,
    days: toDay - fromDay + 1,
    beginningReceivablesMinor: sumMoney(kpi, (slot) => at(figures.receivables, slot, fromDay - 1)),
    receivablesMinor,
    currentMinor: sumMoney(kpi, (slot) => at(figures.receivables, slot, toDay) - at(figures.overdue, slot, toDay)),
    salesMinor: sumMoney(kpi, (slot) => rangeSum(figures, figures.sales, slot, fromDay, toDay)),
    openDaysLate: sumWeighted(kpi, (slot) => openDaysLateAt(figures, slot, toDay)),
    paidCount: sumPlain(kpi, (slot) => rangeSum(figures, figures.paidCount, slot, fromDay, toDay)),
    paidDays: sumPlain(kpi, (slot) => rangeSum(figures, figures.paidDays, slot, fromDay, toDay)),
    paidTotalMinor: sumMoney(kpi, (slot) => rangeSum(figures, figures.paidTotal, slot, fromDay, toDay)),
    paidTotalDays: sumWeighted(kpi, (slot) => rangeSum(figures, figures.paidTotalDays, slot, fromDay, toDay)),
    paidTotalLateDays: sumWeighted(kpi, (slot) => rangeSum(figures, figures.paidTotalLateDays, slot, fromDay, toDay)),
  };
}

/** Adds counts or plain day sums across currencies (no conversion). */
function sumPlain(kpi: KpiLedger, read: (slot: number) => number): number {
  let total = 0;
  for (let slot = 0; slot < kpi.figures.slots; slot++) total += read(slot);
  return total;
}
