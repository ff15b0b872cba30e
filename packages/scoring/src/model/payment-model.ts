import { InvalidArgumentError, parseInput } from '@overdue/core';
import { z } from 'zod';
import { PAYMENT_FEATURES } from '../features/feature-catalog';

const finite = z.number().refine(Number.isFinite, { message: 'expected a finite number' });
const numbers = z.array(finite);

const logisticSchema = z.object({
  kind: z.literal('logistic'),
  means: numbers,
  scales: numbers,
  weights: numbers,
  intercept: finite,
});

const treeSchema = z.object({
  feature: z.array(z.number().int()),
  threshold: numbers,
  left: z.array(z.number().int()),
  right: z.array(z.number().int()),
  value: numbers,
  gain: numbers.optional(),
});

const gbdtSchema = z.object({
  kind: z.literal('gbdt'),
  loss: z.enum(['logistic', 'squared', 'absolute', 'quantile']),
  alpha: finite.optional(),
  base: finite,
  trees: z.array(treeSchema),
});

const candidateSchema = z.object({
  /** The method tried, such as `logistic` or `gbdt`. */
  method: z.string(),
  /** Its settings, in words. */
  settings: z.string(),
  /** Validation log loss (late) or mean absolute error in days (days to settle). */
  loss: finite,
  /** Validation AUC of the late probability, when it is a classifier. */
  auc: finite.nullable(),
});

/**
 * Schema of a trained {@link PaymentModel} as stored JSON. {@link parsePaymentModel} checks a loaded model
 * against it.
 *
 * @category Model
 * @example
 * ```ts
 * paymentModelSchema.shape.version.value;
 * //=> 1
 * ```
 */
export const paymentModelSchema = z.object({
  /** Format version; this package reads version 1. */
  version: z.literal(1),
  /** Always `overdue-payment-model`. */
  kind: z.literal('overdue-payment-model'),
  /** Feature names in column order; they must match this package's {@link PAYMENT_FEATURES}. */
  features: z.array(z.string()),
  /** Portfolio averages used to shrink thin histories. */
  priors: z.object({ lateShare: finite, daysLate: finite, daysToSettle: finite }),
  /** What it was trained on. */
  training: z.object({
    invoices: z.number().int(),
    customers: z.number().int(),
    validationInvoices: z.number().int(),
    firstIssueDate: z.string(),
    lastIssueDate: z.string(),
    seed: z.union([z.number(), z.string()]),
  }),
  /** The classifier of lateness: its raw output is the log-odds of being paid late. */
  late: z.union([logisticSchema, gbdtSchema]),
  /** The regression of days from issue to settlement (a median estimate). */
  daysToSettle: gbdtSchema,
  /**
   * Out-of-sample errors of `daysToSettle` (actual minus predicted days), as quantiles at 0, 0.05, ..., 1,
   * one set per band of predicted late probability; `bandEdges` are the probabilities between bands.
   */
  residuals: z.object({ bandEdges: numbers, quantiles: z.array(numbers) }),
  /** The methods compared on the validation invoices, and the ones chosen. */
  selection: z.object({
    late: z.array(candidateSchema),
    daysToSettle: z.array(candidateSchema),
    chosenLate: z.string(),
    chosenDaysToSettle: z.string(),
  }),
});

/**
 * A trained payment model: plain, versioned JSON that {@link trainPaymentModel} returns, a host stores
 * anywhere (`JSON.stringify`) and {@link predictPayments} loads back with identical predictions.
 *
 * @category Model
 * @example
 * ```ts
 * const stored = JSON.stringify(model);
 * const loaded: PaymentModel = parsePaymentModel(JSON.parse(stored));
 * ```
 */
export type PaymentModel = z.output<typeof paymentModelSchema>;

/**
 * Checks a loaded model: the format version, the shape, finite numbers, and feature names this package
 * computes in the same order.
 *
 * @param value - A model, typically `JSON.parse` of a stored one.
 * @returns The model, typed.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} naming the first bad field, or
 * the feature that differs.
 * @category Model
 * @example
 * ```ts
 * parsePaymentModel({ version: 2 });
 * // throws InvalidArgumentError: model.version: expected 1 ...
 * ```
 */
export function parsePaymentModel(value: unknown): PaymentModel {
  const model = parseInput(paymentModelSchema, value, 'model');
  const expected = PAYMENT_FEATURES.map((feature) => feature.name);
  for (let k = 0; k < Math.max(expected.length, model.features.length); k++) {
    if (model.features[k] !== expected[k]) {
      throw new InvalidArgumentError(
        `expected feature "${expected[k] ?? '(none)'}" here, got "${model.features[k] ?? '(none)'}": the model was trained by another version`,
        `model.features[${k}]`,
      );
    }
  }
  const width = expected.length;
  if (model.late.kind === 'logistic' && model.late.weights.length !== width)
    throw new InvalidArgumentError(`expected ${width} weights, got ${model.late.weights.length}`, 'model.late.weights');
  return model;
}
