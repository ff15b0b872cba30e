import type { CivilDate } from '@overdue/core';
import { assertKnownFields, InvalidArgumentError, parseCivilDate, tryDayNumber } from '@overdue/core';
import { compilePaymentModel } from '../_lib/compiled-model';
import { FEATURE_COUNT } from '../_lib/customer-state';
import { DayLabels } from '../_lib/day-labels';
import {
  DAYS_LATE,
  DAYS_TO_SETTLE,
  EXPECTED_DAY,
  emptyEstimate,
  FROM_DAY,
  PaymentEstimator,
  PROBABILITY_LATE,
  TO_DAY,
} from '../_lib/payment-estimate';
import { predictRows } from '../_lib/predict-rows';
import { readIntervalLevel } from '../_lib/read-interval-level';
import type { TargetRow } from '../_lib/read-target';
import { readTarget } from '../_lib/read-target';
import { describeFeature } from '../features/describe-feature';
import type { PaymentFeatureName } from '../features/feature-catalog';
import { PAYMENT_FEATURES } from '../features/feature-catalog';
import type { PaymentHistory } from '../history/prepare-history';
import { historyIndexOf } from '../history/prepare-history';
import type { PaymentModel } from './payment-model';
import type { PaymentPredictionInput } from './payment-prediction-input';

/**
 * Options of {@link predictPayments}.
 *
 * @category Model
 * @example
 * ```ts
 * const options: PredictPaymentsOptions = { asOf: '2026-03-31', reasons: 3, intervalLevel: 0.8 };
 * ```
 */
export interface PredictPaymentsOptions {
  /** The day whose end the history is read at: nothing settled or issued later is used. Required. */
  asOf: CivilDate;
  /** How many reasons to give per invoice, 0 for none (fastest). Default 3. */
  reasons?: number;
  /** Probability that the payment date falls in the interval, more than 0 and less than 1. Default 0.8. */
  intervalLevel?: number;
}

// Every field of the options: `satisfies` stops the list from missing one or naming another.
const OPTION_FIELDS = Object.keys({
  asOf: true,
  reasons: true,
  intervalLevel: true,
} satisfies Record<keyof PredictPaymentsOptions, true>);

/**
 * Why an invoice got its late probability: one feature, its value, and how much it moved the log-odds.
 *
 * @category Model
 * @example
 * ```ts
 * const reason: PaymentReason = {
 *   code: 'open-overdue-invoices', value: 3, effect: 0.9, direction: 'raises',
 *   message: '3 invoices already overdue (raises the risk of paying late)',
 * };
 * ```
 */
export interface PaymentReason {
  /** The feature, one of {@link PAYMENT_FEATURES}. */
  code: PaymentFeatureName;
  /** Its value for this invoice. */
  value: number;
  /** Its contribution to the log-odds of being late (positive raises the risk). */
  effect: number;
  /** `raises` or `lowers` the risk of paying late. */
  direction: 'raises' | 'lowers';
  /** The reason in words. */
  message: string;
}

/**
 * The prediction for one invoice.
 *
 * @category Model
 * @example
 * ```ts
 * const [prediction] = predictPayments(model, invoices, ledger, { asOf: '2026-03-31' });
 * prediction.expectedPaymentDate;
 * // depends on the data, for example '2026-04-12'
 * ```
 */
export interface PaymentPrediction {
  /** The invoice, as given. */
  invoiceId: string;
  /** Its customer. */
  customerId: string;
  /** Probability of being settled after the due date; 1 when it is already open past its due date. */
  probabilityLate: number;
  /** Median estimate of days from issue to settlement, given it was still open at `asOf`. */
  expectedDaysToSettle: number;
  /** Expected days late (0 when paid on time), given it was still open at `asOf`. */
  expectedDaysLate: number;
  /** Issue date plus the median days to settle, rounded to a day. */
  expectedPaymentDate: CivilDate;
  /** The payment date falls from `from` to `to` with probability `level` (out-of-sample errors). */
  paymentDateInterval: {
    /** Earliest likely payment date. */
    from: CivilDate;
    /** Latest likely payment date. */
    to: CivilDate;
    /** The probability the interval is meant to cover, `options.intervalLevel`. */
    level: number;
  };
  /** The strongest feature contributions, largest first. */
  reasons: PaymentReason[];
}

/**
 * Predicts, for each invoice, the probability of late payment, the expected days late and the expected
 * payment date with an interval, with the reasons in words. Features are computed from the history as of
 * the end of `asOf` (see {@link PAYMENT_FEATURES}); an invoice already in the history is not counted among
 * its own customer's open invoices, and one still open at `asOf` gets a payment date after `asOf`. To
 * predict at issue, as in a backtest, use the day before the issue date as `asOf`.
 *
 * @param model - A model from {@link trainPaymentModel}, or one loaded from JSON (checked on first use).
 * @param invoices - The invoices to predict (`openBalancesAsOf(...).items` fit as they are).
 * @param history - The payment history, raw or prepared.
 * @param options - `asOf`, the number of reasons, the interval level.
 * @returns One prediction per invoice, in the order given.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} naming the bad field of an invoice,
 * option or model, or an option field it does not know (a misspelt key such as `options.reason`).
 * @category Model
 * @example
 * ```ts
 * const open = openBalancesAsOf(ledger, { asOf: '2026-03-31' }).items;
 * const predictions = predictPayments(model, open, ledger, { asOf: '2026-03-31' });
 * predictions[0].reasons[0].message;
 * // depends on the data, for example '3 invoices already overdue (raises the risk of paying late)'
 * ```
 */
export function predictPayments(
  model: PaymentModel,
  invoices: readonly PaymentPredictionInput[],
  history: PaymentHistory,
  options: PredictPaymentsOptions,
): PaymentPrediction[] {
  // No options at all is reported as the missing asOf.
  if (options !== undefined) assertKnownFields(options, OPTION_FIELDS, 'options');
  const compiled = compilePaymentModel(model);
  if (!Array.isArray(invoices)) throw new InvalidArgumentError(`expected an array, got ${typeof invoices}`, 'invoices');
  const asOf = tryDayNumber(parseCivilDate(options?.asOf, 'options.asOf'));
  const reasonCount = options.reasons ?? 3;
  if (!Number.isInteger(reasonCount) || reasonCount < 0 || reasonCount > FEATURE_COUNT)
    throw new InvalidArgumentError(
      `expected an integer from 0 to ${FEATURE_COUNT}, got ${String(reasonCount)}`,
      'options.reasons',
    );
  const level = readIntervalLevel(options.intervalLevel);
  const index = historyIndexOf(history);
  const targets: TargetRow[] = [];
  for (let k = 0; k < invoices.length; k++) targets.push(readTarget(invoices[k], k, 'invoices'));

  const results: PaymentPrediction[] = [];
  const estimator = new PaymentEstimator(compiled.model.residuals, asOf, level);
  const estimate = emptyEstimate();
  const labels = new DayLabels();
  const contributions = new Float64Array(FEATURE_COUNT);
  const row = new Float64Array(FEATURE_COUNT);
  // Chunks arrive customer by customer; `visitOf[position]` remembers where each prediction went.
  const placed: PaymentPrediction[] = [];
  const visitOf = new Int32Array(targets.length);
  predictRows(index, compiled, targets, asOf, (chunk) => {
    for (let k = 0; k < chunk.count; k++) {
      visitOf[chunk.positions[k] as number] = placed.length;
      const target = targets[chunk.positions[k] as number] as TargetRow;
      estimator.estimate(
        chunk.probabilities[k] as number,
        chunk.days[k] as number,
        target.issueDay,
        target.dueDay,
        estimate,
      );
      let reasons: PaymentReason[] = [];
      if (reasonCount > 0) {
        row.set(chunk.x.values.subarray(k * FEATURE_COUNT, (k + 1) * FEATURE_COUNT));
        compiled.lateContributions(row, contributions);
        reasons = topReasons(row, contributions, reasonCount);
      }
      placed.push({
        invoiceId: target.invoiceId,
        customerId: target.customerId,
        probabilityLate: estimate[PROBABILITY_LATE] as number,
        expectedDaysToSettle: estimate[DAYS_TO_SETTLE] as number,
        expectedDaysLate: estimate[DAYS_LATE] as number,
        expectedPaymentDate: labels.of(estimate[EXPECTED_DAY] as number),
        paymentDateInterval: {
          from: labels.of(estimate[FROM_DAY] as number),
          to: labels.of(estimate[TO_DAY] as number),
          level,
        },
        reasons,
      });
    }
  });
  for (let position = 0; position < targets.length; position++)
    results.push(placed[visitOf[position] as number] as PaymentPrediction);
  return results;
}

/** The `count` features with the largest contributions (by size), as reasons. */
function topReasons(values: Float64Array, effects: Float64Array, count: number): PaymentReason[] {
  const reasons: PaymentReason[] = [];
  const used = new Uint8Array(FEATURE_COUNT);
  for (let r = 0; r < count; r++) {
    let best = -1;
    for (let f = 0; f < FEATURE_COUNT; f++) {
      if (used[f] === 1) continue;
      if (best < 0 || Math.abs(effects[f] as number) > Math.abs(effects[best] as number)) best = f;
    }
    if (best < 0 || effects[best] === 0) break;
    used[best] = 1;
    const code = (PAYMENT_FEATURES[best] as { name: PaymentFeatureName }).name;
    const effect = effects[best] as number;
    const direction = effect > 0 ? 'raises' : 'lowers';
    const value = values[best] as number;
    reasons.push({
      code,
      value,
      effect,
      direction,
      message: `${describeFeature(code, value)} (${direction} the risk of paying late)`,
    });
  }
  return reasons;
}
