import { InvalidArgumentError } from '@overdue/core';
import { accuracy, auc, brierScore, logLoss, meanAbsoluteError } from '../_lib/ml/metrics';

/**
 * What really happened to an invoice, for {@link evaluatePredictions}.
 *
 * @category Model
 * @example
 * ```ts
 * const outcome: PaymentOutcome = { late: true, daysToSettle: 41 };
 * ```
 */
export interface PaymentOutcome {
  /** Whether it was settled after its due date. */
  late: boolean;
  /** Days from issue to settlement. */
  daysToSettle: number;
}

/**
 * Accuracy figures of predictions against outcomes.
 *
 * @category Model
 * @example
 * ```ts
 * const metrics: PredictionMetrics = { n: 2, auc: 1, accuracy: 1, brier: 0.02, logLoss: 0.1, maeDaysToSettle: 3 };
 * ```
 */
export interface PredictionMetrics {
  /** Invoices evaluated. */
  n: number;
  /** Area under the ROC curve of `probabilityLate` for late (ties count one half); null with one class only. */
  auc: number | null;
  /** Share classified right with late meaning a probability of 0.5 or more. */
  accuracy: number;
  /** Mean squared error of `probabilityLate` (0 is perfect, 0.25 is a coin). */
  brier: number;
  /** Mean negative log-likelihood of the outcomes (probabilities clipped to 1e-15). */
  logLoss: number;
  /** Mean absolute error of `expectedDaysToSettle`, in days. */
  maeDaysToSettle: number;
}

/**
 * Measures predictions against what happened: AUC, accuracy, Brier score and log loss of the late
 * probability, and the mean absolute error of days to settle. Use it to backtest a model or to compare it
 * with a simple rule on the same invoices.
 *
 * @param predictions - `probabilityLate` and `expectedDaysToSettle` per invoice ({@link PaymentPrediction}s fit).
 * @param outcomes - What happened, in the same order.
 * @returns The figures.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} when the lists differ in length, are
 * empty, or hold a probability outside 0 to 1 or a non-finite number.
 * @category Model
 * @example
 * ```ts
 * evaluatePredictions(
 *   [{ probabilityLate: 0.9, expectedDaysToSettle: 40 }, { probabilityLate: 0.2, expectedDaysToSettle: 25 }],
 *   [{ late: true, daysToSettle: 44 }, { late: false, daysToSettle: 25 }],
 * ).auc;
 * //=> 1
 * ```
 */
export function evaluatePredictions(
  predictions: readonly { probabilityLate: number; expectedDaysToSettle: number }[],
  outcomes: readonly PaymentOutcome[],
): PredictionMetrics {
  if (!Array.isArray(predictions) || !Array.isArray(outcomes) || predictions.length !== outcomes.length)
    throw new InvalidArgumentError('expected two arrays of the same length', 'outcomes');
  const n = predictions.length;
  if (n === 0) throw new InvalidArgumentError('expected at least one prediction', 'predictions');
  const p = new Float64Array(n);
  const days = new Float64Array(n);
  const late = new Float64Array(n);
  const actualDays = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const prediction = predictions[k] as { probabilityLate: number; expectedDaysToSettle: number };
    const outcome = outcomes[k] as PaymentOutcome;
    if (!(prediction.probabilityLate >= 0 && prediction.probabilityLate <= 1))
      throw new InvalidArgumentError(
        `expected a probability from 0 to 1, got ${prediction.probabilityLate}`,
        `predictions[${k}].probabilityLate`,
      );
    if (!Number.isFinite(prediction.expectedDaysToSettle))
      throw new InvalidArgumentError(
        `expected a finite number, got ${prediction.expectedDaysToSettle}`,
        `predictions[${k}].expectedDaysToSettle`,
      );
    if (typeof outcome.late !== 'boolean')
      throw new InvalidArgumentError(`expected true or false, got ${typeof outcome.late}`, `outcomes[${k}].late`);
    if (!Number.isFinite(outcome.daysToSettle))
      throw new InvalidArgumentError(
        `expected a finite number, got ${outcome.daysToSettle}`,
        `outcomes[${k}].daysToSettle`,
      );
    p[k] = prediction.probabilityLate;
    days[k] = prediction.expectedDaysToSettle;
    late[k] = outcome.late ? 1 : 0;
    actualDays[k] = outcome.daysToSettle;
  }
  return {
    n,
    auc: auc(p, late),
    accuracy: accuracy(p, late),
    brier: brierScore(p, late),
    logLoss: logLoss(p, late),
    maeDaysToSettle: meanAbsoluteError(days, actualDays),
  };
}
