/**
 * Quartiles and 90th percentile of days late among late invoices.
 *
 * @category Portfolio
 * @example
 * ```ts
 * const quantiles: DaysLateQuantiles = { q1: 4, median: 8, q3: 14, p90: 20 };
 * ```
 */
export interface DaysLateQuantiles {
  /** First quartile, days. */
  q1: number;
  /** Median, days. */
  median: number;
  /** Third quartile, days. */
  q3: number;
  /** 90th percentile, days. */
  p90: number;
}

/**
 * The real figures a no-reminder portfolio is calibrated to, with their sources and the tolerances the
 * tests hold the simulator to. The library reads no file: these are constants; the example and the bench
 * re-read the real files when they are present and print the simulated figures beside them.
 *
 * @category Portfolio
 * @example
 * ```ts
 * const targets: CalibrationTargets = CALIBRATION_TARGETS;
 * targets.medianDaysToPay;
 * //=> 33
 * ```
 */
export interface CalibrationTargets {
  /**
   * Median over payers of their average days from invoice to payment. 33 days: UK statutory
   * payment-practices reports of large companies, 2017-2026, median of `average_days_to_pay`
   * (Edwards, P. (2026). UK Payment Practices 2017-2026. Finance Clearly; CC BY 4.0).
   */
  medianDaysToPay: number;
  /** Tolerance on {@link CalibrationTargets.medianDaysToPay}, in days: 3. */
  medianDaysToPayTolerance: number;
  /** Share of invoices paid after their due date: 0.20, the same reports' median `pct_invoices_not_paid_on_time`. */
  lateShare: number;
  /** Tolerance on {@link CalibrationTargets.lateShare}, absolute: 0.04. */
  lateShareTolerance: number;
  /** Standard payment terms in days: 30, the same reports' median `standard_payment_terms_days` and every invoice of the IBM sample. */
  termsDays: number;
  /**
   * Quartiles and 90th percentile of days late among late invoices: 4, 8, 14 and 20 days, computed from
   * IBM Watson Analytics' "Factored Accounts Receivable" sample (the 1,567 invoices of
   * ../shared/data/ar-invoices-dev.csv, column DaysLate where above 0).
   */
  daysLateQuantiles: DaysLateQuantiles;
  /** Tolerance on the median days late, in days: 4. */
  daysLateMedianTolerance: number;
}

/**
 * The calibration targets in use; see {@link CalibrationTargets} for each figure's source.
 *
 * @category Portfolio
 * @example
 * ```ts
 * CALIBRATION_TARGETS.lateShare;
 * //=> 0.2
 * ```
 */
export const CALIBRATION_TARGETS: Readonly<CalibrationTargets> = {
  medianDaysToPay: 33,
  medianDaysToPayTolerance: 3,
  lateShare: 0.2,
  lateShareTolerance: 0.04,
  termsDays: 30,
  daysLateQuantiles: { q1: 4, median: 8, q3: 14, p90: 20 },
  daysLateMedianTolerance: 4,
};
