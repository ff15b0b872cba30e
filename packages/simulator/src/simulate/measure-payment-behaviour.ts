import { assertKnownFields, describeReceived, InvalidArgumentError } from '@overdue/core';
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
  const last = result.days - 1;
  const sums = new Map<number, { days: number; count: number }>();
  const daysLate: number[] = [];
  let measured = 0;
  let stillOpen = 0;
  let late = 0;
  for (let index = 0; index < issueDay.length; index++) {
    const due = dueDay[index] as number;
    if (due > last - settleDays) continue;
    measured++;
    let paid = paidDay[index] as number;
    if (paid < 0) {
      stillOpen++;
      paid = last;
    }
    const customer = customerIndex[index] as number;
    const entry = sums.get(customer) ?? { days: 0, count: 0 };
    entry.days += paid - (issueDay[index] as number);
    entry.count++;
    sums.set(customer, entry);
    if (paid > due) {
      late++;
      daysLate.push(paid - due);
    }
  }
  if (measured === 0) {
    throw new InvalidArgumentError('no invoice is due early enough to measure; simulate more days', 'result.invoices');
  }
  const averages = [...sums.values()].map((entry) => entry.days / entry.count).sort((a, b) => a - b);
  daysLate.sort((a, b) => a - b);
  return {
    invoices: measured,
    stillOpen,
    medianDaysToPay: Math.round(median(averages) * 10) / 10,
    lateShare: Math.round((late / measured) * 1000) / 1000,
    daysLateQuantiles: {
      q1: rank(daysLate, 0.25),
      median: rank(daysLate, 0.5),
      q3: rank(daysLate, 0.75),
      p90: rank(daysLate, 0.9),
    },
  };
}

function median(sorted: readonly number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function rank(sorted: readonly number[], quantile: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(quantile * sorted.length) - 1))] as number;
}
