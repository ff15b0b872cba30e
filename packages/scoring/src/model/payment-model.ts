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

const blendSchema = z.object({
  kind: z.literal('blend'),
  weight: finite,
  logistic: logisticSchema,
  gbdt: gbdtSchema,
});

const payerMedianSchema = z.object({ kind: z.literal('payer-median') });

const candidateSchema = z.object({
  /** Whether this candidate is the one kept. */
  chosen: z.boolean(),
  /** The method tried, such as `logistic` or `gbdt`. */
  method: z.string(),
  /** Its settings, in words. */
  settings: z.string(),
  /** Validation log loss (late) or mean absolute error in days (days to settle). */
  loss: finite,
  /** Validation AUC of the late probability, when it is a classifier. */
  auc: finite.nullable(),
});

/** Schema of a stored {@link PaymentModel}, with the parameters of this version's methods. */
const paymentModelSchema = z.object({
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
  late: z.union([logisticSchema, gbdtSchema, blendSchema]),
  /** The regression of days from issue to settlement (a median estimate). */
  daysToSettle: z.union([gbdtSchema, payerMedianSchema]),
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
 * The fitted parameters of one part of a {@link PaymentModel}: plain JSON whose layout belongs to this
 * package's version (`kind` says which method made it). Store it as it is; do not edit it.
 *
 * @category Model
 * @example
 * ```ts
 * const parameters: ModelParameters = model.late;
 * parameters.kind;
 * // depends on the data, for example 'gbdt'
 * ```
 */
export interface ModelParameters {
  /**
   * `logistic` (regularised logistic regression), `gbdt` (gradient-boosted trees), `blend` (a mix of both)
   * or `payer-median` (the payer's own median days to settle, when nothing did better).
   */
  readonly kind: 'logistic' | 'gbdt' | 'blend' | 'payer-median';
}

/**
 * One method tried while training, and how it did on the held-out invoices.
 *
 * @category Model
 * @example
 * ```ts
 * const candidate: ModelCandidate = { chosen: false, method: 'logistic', settings: 'L2 3', loss: 0.41, auc: 0.88 };
 * ```
 */
export interface ModelCandidate {
  /** Whether it is the one kept. */
  chosen: boolean;
  /** The method, such as `logistic`, `gbdt` or `payer-median`. */
  method: string;
  /** Its settings, in words. */
  settings: string;
  /** Held-out log loss (late classifiers) or mean absolute error in days (days to settle). */
  loss: number;
  /** Held-out AUC of a late classifier; `null` for days to settle. */
  auc: number | null;
}

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
export interface PaymentModel {
  /** Format version; this package reads version 1. */
  version: 1;
  /** Always `overdue-payment-model`. */
  kind: 'overdue-payment-model';
  /** Feature names in column order, as in {@link PAYMENT_FEATURES}. */
  features: string[];
  /** Portfolio averages over the training invoices, used to shrink thin histories. */
  priors: {
    /** Share paid late. */
    lateShare: number;
    /** Mean days late. */
    daysLate: number;
    /** Median days from issue to settlement. */
    daysToSettle: number;
  };
  /** What it was trained on. */
  training: {
    /** Settled invoices learned from. */
    invoices: number;
    /** Their customers. */
    customers: number;
    /** The most recent invoices held out to compare methods and measure errors. */
    validationInvoices: number;
    /** Issue date of the first invoice learned from. */
    firstIssueDate: string;
    /** Issue date of the last one. */
    lastIssueDate: string;
    /** The seed used. */
    seed: number | string;
  };
  /** The late classifier; its raw output is the log-odds of being paid late. */
  late: ModelParameters;
  /** The days-to-settle regression (a median estimate). */
  daysToSettle: ModelParameters;
  /**
   * Held-out errors of the days estimate (actual minus predicted days), as quantiles at 0, 0.05, ..., 1, one
   * set per band of predicted late probability; `bandEdges` are the probabilities between bands.
   */
  residuals: {
    /** Late probabilities separating the bands, ascending. */
    bandEdges: number[];
    /** 21 error quantiles per band. */
    quantiles: number[][];
  };
  /** The methods compared on the held-out invoices, and the ones chosen. */
  selection: {
    /** Late classifiers tried. */
    late: ModelCandidate[];
    /** Days-to-settle estimates tried. */
    daysToSettle: ModelCandidate[];
    /** The late classifier kept. */
    chosenLate: string;
    /** The days-to-settle estimate kept. */
    chosenDaysToSettle: string;
  };
}

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
  return checkPaymentModel(value) as PaymentModel;
}

/** {@link parsePaymentModel} with the parameters typed for this package's internals. */
export function checkPaymentModel(value: unknown): CheckedPaymentModel {
  const model = parseInput(paymentModelSchema, value, 'model');
  checkFeatures(model.features);
  const width = model.features.length;
  const logistic =
    model.late.kind === 'logistic' ? model.late : model.late.kind === 'blend' ? model.late.logistic : undefined;
  if (logistic !== undefined && logistic.weights.length !== width)
    throw new InvalidArgumentError(`expected ${width} weights, got ${logistic.weights.length}`, 'model.late');
  if (model.residuals.quantiles.length !== model.residuals.bandEdges.length + 1)
    throw new InvalidArgumentError('expected one set of quantiles per band', 'model.residuals.quantiles');
  return model;
}

/** The model with its parameters typed for this package's internals. */
export type CheckedPaymentModel = z.output<typeof paymentModelSchema>;

function checkFeatures(features: readonly string[]): void {
  const expected = PAYMENT_FEATURES.map((feature) => feature.name);
  for (let k = 0; k < Math.max(expected.length, features.length); k++) {
    if (features[k] !== expected[k]) {
      throw new InvalidArgumentError(
        `expected feature "${expected[k] ?? '(none)'}" here, got "${features[k] ?? '(none)'}": the model was trained by another version`,
        `model.features[${k}]`,
      );
    }
  }
}
