import { assertKnownFields, describeReceived, InvalidArgumentError } from '@overdue/core';
import type { PaymentFigures } from '../_lib/payment-figures';
import { medianOfSorted, paymentFigures, quantilesOf } from '../_lib/payment-figures';
import type { DaysLateQuantiles } from '../portfolio/calibration-targets';
import type { SimulationResult } from './simulation-types';

/**
 * Payment-behaviour figures of a simulation, comparable with {@link CALIBRATION_TARGETS}.
 *
 * @category Simulation
 * @example
 * ```ts
 * const behaviour: PaymentBehaviour = measurePaymentBehaviour(result);
 * behaviour.lateShare < 1;
 * //=> true
 * ```
 */
export interface PaymentBehaviour {
  /** Invoices measured: issued during the run and due at least `settleDays` before its end. */
  invoices: number;
  /** Of those, still open at the end (counted as paid on the last day, a lower bound). */
  stillOpen: number;
  /** Median over customers (with at least one measured invoice) of their mean days from issue to payment. */
  medianDaysToPay: number;
  /** Share of measured invoices paid after their due date (or still open). */
  lateShare: number;
  /** Days late of late invoices: first quartile, median, third quartile and 90th percentile (nearest rank). */
  daysLateQuantiles: DaysLateQuantiles;
  /** Days before the due date of invoices paid on time (0 on the due date), the same quantiles; all 0 when none was. */
  daysEarlyQuantiles: DaysLateQuantiles;
}

/**
 * Options of {@link measurePaymentBehaviour}.
 *
 * @category Simulation
 * @example
 * ```ts
 * const options: MeasurePaymentBehaviourOptions = { settleDays: 90 };
 * ```
 */
export interface MeasurePaymentBehaviourOptions {
  /** Only invoices due at least this many days before the end of the run are measured, so late ones had time to be paid. Optional; default 60. */
  settleDays?: number;
}

// `satisfies` keeps the list of fields in step with the type.
const OPTION_FIELDS = Object.keys({ settleDays: true } satisfies Record<keyof MeasurePaymentBehaviourOptions, true>);

/**
 * Measures how a simulated portfolio paid: median days to pay (the median over customers of each one's
 * average, as UK payment-practices reports state it), the share of invoices paid late and the spread of
 * days late. Run it on a no-reminder simulation to check the calibration.
 *
 * @param result - A result of {@link simulatePortfolio}.
 * @param options - How long before the end an invoice must be due to be measured.
 * @returns The figures.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} when no invoice can be measured or `options.settleDays` is not a non-negative integer.
 * @category Simulation
 * @example
 * ```ts
 * const portfolio = generatePortfolio({ customers: 300, seed: 1 });
 * const result = simulatePortfolio({ portfolio, policy: createNoReminderPolicy(), days: 180, seed: 1 });
 * measurePaymentBehaviour(result).medianDaysToPay > 20;
 * //=> true
 * ```
 */
export function measurePaymentBehaviour(
  result: SimulationResult,
  options: MeasurePaymentBehaviourOptions = {},
): PaymentBehaviour {
  if (typeof options !== 'object' || options === null)
    throw new InvalidArgumentError(`expected an options object, got ${describeReceived(options)}`, 'options');
  assertKnownFields(options, OPTION_FIELDS, 'options');
  const settleDays = options.settleDays ?? 60;
  if (!Number.isInteger(settleDays) || settleDays < 0) {
    throw new InvalidArgumentError(`expected a non-negative integer, got ${String(settleDays)}`, 'options.settleDays');
  }
  const { customerIndex, issueDay, dueDay, paidDay } = result.invoices;
  const figures = paymentFigures({ customer: customerIndex, issueDay, dueDay, paidDay }, result.days - 1, settleDays);
  if (figures.invoices === 0) {
    throw new InvalidArgumentError('no invoice is due early enough to measure; simulate more days', 'result.invoices');
  }
  return roundedBehaviour(figures);
}

/** The figures as {@link PaymentBehaviour} states them: days to one decimal, the late share to three. */
export function roundedBehaviour(figures: PaymentFigures): PaymentBehaviour {
  return {
    invoices: figures.invoices,
    stillOpen: figures.stillOpen,
    medianDaysToPay: Math.round(medianOfSorted(figures.customerAverages) * 10) / 10,
    lateShare: Math.round((figures.late / figures.invoices) * 1000) / 1000,
    daysLateQuantiles: quantilesOf(figures.daysLate),
    daysEarlyQuantiles: quantilesOf(figures.daysEarly),
  };
}
