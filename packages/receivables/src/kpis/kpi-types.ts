import type { CivilDate, ExchangeRates } from '@overdue/core';

/**
 * Options every KPI accepts: the period and how currencies are handled.
 *
 * A period is `[from, to]`, both days included; `D` is its number of calendar days. A ledger with one
 * currency needs neither `currency` nor `rates`; a ledger with several needs one of them.
 *
 * @category KPIs
 * @example
 * ```ts
 * const options: KpiOptions = { from: '2026-01-01', to: '2026-03-31', currency: 'EUR' };
 * ```
 */
export interface KpiOptions {
  /** First day of the period, `YYYY-MM-DD`. Required. */
  from: CivilDate;
  /** Last day of the period, `YYYY-MM-DD`, included. Required; not before `from`. */
  to: CivilDate;
  /** Measure only the invoices in this ISO 4217 currency. Default: the ledger's only currency. */
  currency?: string;
  /**
   * Measure every currency and report in `rates.base`: each currency's sums (receivables, sales, ...) are
   * converted with `convertMoney` (half-even), never invoice by invoice. Default: none. Not with `currency`.
   */
  rates?: ExchangeRates;
  /** Decimal places of the result, rounded half-even; 0 to 20. Default: `2`. */
  decimals?: number;
}

/**
 * What every KPI result has: the value, the period and currency it describes, and a sentence that shows
 * the arithmetic.
 *
 * @category KPIs
 * @example
 * ```ts
 * const result: KpiResult = {
 *   value: 27, from: '2013-01-01', to: '2013-01-31', days: 31, currency: 'USD',
 *   explanation: 'DSO 27.00 days = receivables USD 5,846.87 / credit sales USD 6,713.20 × 31 days',
 * };
 * ```
 */
export interface KpiResult {
  /** The KPI rounded half-even to `decimals`, or `null` when it is undefined (explained in `explanation`). */
  value: number | null;
  /** First day of the period. */
  from: CivilDate;
  /** Last day of the period. */
  to: CivilDate;
  /** Calendar days in the period (`D`). */
  days: number;
  /** The currency of every `...Minor` amount; `null` only for a ledger without invoices and no `currency` or `rates`. */
  currency: string | null;
  /** The arithmetic in words, such as `DSO 27.00 days = receivables USD 5,846.87 / credit sales USD 6,713.20 × 31 days`. */
  explanation: string;
}

/**
 * How DSO-type figures are computed: `standard` is `amount / S × D`; `countback` exhausts the amount
 * against the credit sales of the latest months.
 *
 * @category KPIs
 * @example
 * ```ts
 * const method: DsoMethod = 'countback';
 * ```
 */
export type DsoMethod = 'standard' | 'countback';

/**
 * Options of the DSO-type KPIs: {@link daysSalesOutstanding}, {@link bestPossibleDso} and
 * {@link averageDaysDelinquent}.
 *
 * @category KPIs
 * @example
 * ```ts
 * const options: DsoOptions = { from: '2026-01-01', to: '2026-03-31', method: 'countback', maxMonths: 12 };
 * ```
 */
export interface DsoOptions extends KpiOptions {
  /** `standard` (`amount / S × D`) or `countback`. Default: `'standard'`. */
  method?: DsoMethod;
  /**
   * How many month windows a countback may go back before it stops; the result then says it was
   * exhausted and its value is a lower bound. An integer 1 to 1200. Default: `24`.
   */
  maxMonths?: number;
}

/**
 * One month window a countback went through.
 *
 * @category KPIs
 * @example
 * ```ts
 * const window: CountbackWindow = { from: '2013-03-01', to: '2013-03-31', days: 31, salesMinor: 10000000, daysCounted: 31 };
 * ```
 */
export interface CountbackWindow {
  /** First day of the window. */
  from: CivilDate;
  /** Last day of the window. */
  to: CivilDate;
  /** Calendar days in the window. */
  days: number;
  /** Credit sales issued in the window, minor units. */
  salesMinor: number;
  /** Days the window contributed: all of `days`, or `remaining / sales × days` for the last one (rounded to `decimals`). */
  daysCounted: number;
}

/**
 * How a countback arrived at its value.
 *
 * @category KPIs
 * @example
 * ```ts
 * const countback: Countback = { windows: [], exhausted: false, unexplainedMinor: 0, maxMonths: 24 };
 * ```
 */
export interface Countback {
  /** The month windows used, latest first. Month windows step back from `to` by calendar months (calendar months when `to` is a month end). */
  windows: CountbackWindow[];
  /** `true` when `maxMonths` windows did not exhaust the amount: the value is then a lower bound. */
  exhausted: boolean;
  /** What was left unexplained when the look-back was exhausted, minor units (0 otherwise). */
  unexplainedMinor: number;
  /** The look-back limit that applied. */
  maxMonths: number;
}

/**
 * How {@link collectionEffectivenessIndex} counts credit sales: `period` uses the period's full sales
 * `S`; `monthly-average` uses `S / N`, `N` the period's length in months (creditguru's and Oracle's form).
 *
 * @category KPIs
 * @example
 * ```ts
 * const convention: SalesConvention = 'monthly-average';
 * ```
 */
export type SalesConvention = 'period' | 'monthly-average';
