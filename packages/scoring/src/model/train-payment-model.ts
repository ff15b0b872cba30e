import type { CivilDate, Random } from '@overdue/core';
import {
  assertKnownFields,
  createRandom,
  dayNumberToCivilDate,
  InvalidArgumentError,
  parseCivilDate,
  tryDayNumber,
} from '@overdue/core';
import { fitBaggedGbdt } from '../_lib/bagged-gbdt';
import { blendCandidates, gbdtLateness, type LateCandidate, logisticLateness } from '../_lib/lateness-candidates';
import { fitGbdt, type GbdtModel } from '../_lib/ml/gbdt';
import type { FeatureMatrix } from '../_lib/ml/matrix';
import { meanAbsoluteError, quantileOf } from '../_lib/ml/metrics';
import { compileGbdt, predictGbdtRaw } from '../_lib/ml/predict-gbdt';
import { selectRows } from '../_lib/select-rows';
import { QUANTILE_LEVELS } from '../_lib/settle-distribution';
import { type TrainingBudget, trainingBudget } from '../_lib/training-budget';
import { buildTrainingRows, exampleRows, priorsOf } from '../_lib/training-rows';
import { PAYMENT_FEATURES } from '../features/feature-catalog';
import type { PaymentHistory } from '../history/prepare-history';
import { historyIndexOf } from '../history/prepare-history';
import type { ModelCandidate, PaymentModel } from './payment-model';

/**
 * Options of {@link trainPaymentModel}.
 *
 * @category Model
 * @example
 * ```ts
 * const options: TrainPaymentModelOptions = { seed: 7, issuedBefore: '2013-01-01' };
 * ```
 */
export interface TrainPaymentModelOptions {
  /** Seed of the row sampling in gradient boosting: the same seed and history give the same model. Default 1. */
  seed?: number | string;
  /** Learn only from invoices issued on or after this date. Optional. */
  issuedFrom?: CivilDate;
  /** Learn only from invoices issued before this date (a backtest's cut-off). Optional. */
  issuedBefore?: CivilDate;
  /**
   * Learn only from what was known at the end of this day: invoices settled after it are left out. Optional;
   * without it every settled invoice counts.
   */
  settledBy?: CivilDate;
  /**
   * `auto` (default) compares, on the most recent fifth of the invoices, regularised logistic regression,
   * gradient-boosted trees and their mixes on the log-odds scale (logistic weight 0.25, 0.5, 0.75), and keeps
   * the one with the lowest log loss; `logistic`, `gbdt` or `blend` (the best mix) restricts the choice.
   */
  lateMethod?: 'auto' | 'logistic' | 'gbdt' | 'blend';
}

// Every field of the options: `satisfies` stops the list from missing one or naming another.
const OPTION_FIELDS = Object.keys({
  seed: true,
  issuedFrom: true,
  issuedBefore: true,
  settledBy: true,
  lateMethod: true,
} satisfies Record<keyof TrainPaymentModelOptions, true>);

const MIN_EXAMPLES = 40;

/**
 * Trains, in process, a model of how an invoice will be paid, from the settled invoices of a history. Each
 * invoice becomes one example whose features ({@link PAYMENT_FEATURES}) are computed as of the end of the
 * day before it was issued, so no example sees its own outcome or anything later. Two things are learned:
 * the probability of being paid after the due date, and the days from issue to settlement (a median
 * estimate, by gradient boosting with absolute loss). The most recent fifth of the examples (by issue date)
 * is held out: candidate methods are compared on it (the evidence is kept in `model.selection`) and the
 * errors of the days estimate on it give the prediction intervals; the chosen methods are then refitted on
 * every example. Deterministic for a seed.
 *
 * @param history - The ledger (and events) to learn from, raw or prepared.
 * @param options - Seed, the window of examples, and the method of the late classifier.
 * @returns A versioned, JSON-safe model.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} for a bad option, an option field it
 * does not know (a misspelt key such as `options.issuedBfore`), or fewer than 40 settled invoices in the window.
 * @category Model
 * @example
 * ```ts
 * const model = trainPaymentModel(ledger, { seed: 1, issuedBefore: '2026-01-01' });
 * model.selection.chosenLate;
 * // depends on the data, for example 'gbdt'
 * ```
 */
export function trainPaymentModel(history: PaymentHistory, options: TrainPaymentModelOptions = {}): PaymentModel {
  assertKnownFields(options, OPTION_FIELDS, 'options');
  const index = historyIndexOf(history);
  const seed = options.seed ?? 1;
  if (typeof seed !== 'number' && typeof seed !== 'string')
    throw new InvalidArgumentError(`expected a number or a string, got ${typeof seed}`, 'options.seed');
  const method = options.lateMethod ?? 'auto';
  if (method !== 'auto' && method !== 'logistic' && method !== 'gbdt' && method !== 'blend')
    throw new InvalidArgumentError(
      `expected "auto", "logistic", "gbdt" or "blend", got ${JSON.stringify(method)}`,
      'options.lateMethod',
    );
  const fromDay =
    options.issuedFrom === undefined
      ? -Infinity
      : tryDayNumber(parseCivilDate(options.issuedFrom, 'options.issuedFrom'));
  const toDay =
    options.issuedBefore === undefined
      ? Infinity
      : tryDayNumber(parseCivilDate(options.issuedBefore, 'options.issuedBefore'));
  let rows = exampleRows(index, { fromDay, toDay });
  if (options.settledBy !== undefined) {
    const settledBy = tryDayNumber(parseCivilDate(options.settledBy, 'options.settledBy'));
    rows = rows.filter((row) => (index.settlements.settledDay[row] as number) <= settledBy);
  }
  if (rows.length < MIN_EXAMPLES) {
    throw new InvalidArgumentError(
      `expected at least ${MIN_EXAMPLES} settled invoices to learn from, got ${rows.length}`,
      'history',
    );
  }
  // Time order: the held-out fifth is the most recent, as it will be when the model is used.
  const issueDay = index.settlements.issueDay;
  rows = rows.slice().sort((a, b) => (issueDay[a] as number) - (issueDay[b] as number) || a - b);
  const priors = priorsOf(index, rows);
  const examples = buildTrainingRows(index, rows, priors);
  const budget = trainingBudget(rows.length);
  // Methods are compared on the most recent examples within the budget: 80% to fit, the last 20% held out.
  const first = Math.max(0, rows.length - budget.selectionRows);
  const split = first + Math.floor((rows.length - first) * 0.8);
  const fitPart = Int32Array.from({ length: split - first }, (_, k) => first + k);
  const holdout = Int32Array.from({ length: rows.length - split }, (_, k) => split + k);
  const xFit = selectRows(examples.x, fitPart);
  const xHold = selectRows(examples.x, holdout);
  const pick = (values: Float64Array, at: Int32Array) => Float64Array.from(at, (k) => values[k] as number);
  const lateFit = pick(examples.late, fitPart);
  const lateHold = pick(examples.late, holdout);
  // Days to settle learn from invoices settled by payment or credit only: a write-off is not a pay date.
  const isPaid = (k: number) => examples.paid[k] === 1;
  const daysAll = Int32Array.from({ length: rows.length }, (_, k) => k).filter(isPaid);
  const daysFitRows = fitPart.filter(isPaid);
  const daysHoldRows = holdout.filter(isPaid);
  const xDaysFit = selectRows(examples.x, daysFitRows);
  const xDaysHold = selectRows(examples.x, daysHoldRows);
  const daysFit = pick(examples.daysToSettle, daysFitRows);
  const daysHold = pick(examples.daysToSettle, daysHoldRows);

  // Late classifier: candidates scored on the held-out invoices.
  const random = createRandom(seed);
  const candidates: LateCandidate[] = [];
  if (method !== 'gbdt') candidates.push(logisticLateness(xFit, lateFit, xHold, lateHold));
  if (method !== 'logistic') candidates.push(gbdtLateness(xFit, lateFit, xHold, lateHold, random, budget));
  if (method === 'auto' || method === 'blend') {
    const [logistic, gbdt] = candidates as [LateCandidate, LateCandidate];
    candidates.push(...blendCandidates(logistic, gbdt, lateHold));
  }
  const eligible = method === 'blend' ? candidates.filter((candidate) => candidate.method === 'blend') : candidates;
  const chosen = eligible.reduce((best, candidate) => (candidate.loss < best.loss ? candidate : best));
  const late = chosen.refit(examples.x, examples.late, random);

  // Days to settle: boosting with absolute loss (depth and trees picked on the held-out invoices), or the
  // payer's own median if that does better there.
  const days = fitDaysToSettle(
    selectRows(examples.x, daysAll),
    pick(examples.daysToSettle, daysAll),
    xDaysFit,
    daysFit,
    xDaysHold,
    daysHold,
    random,
    budget,
  );

  // Out-of-sample errors, banded by the held-out late probability.
  const holdoutProbabilities = Float64Array.from(daysHoldRows, (k) => chosen.holdoutProbabilities[k - split] as number);
  const residuals = residualBands(holdoutProbabilities, daysHold, days.holdoutPredictions);

  return {
    version: 1,
    kind: 'overdue-payment-model',
    features: PAYMENT_FEATURES.map((feature) => feature.name),
    priors,
    training: {
      invoices: rows.length,
      customers: new Set(Array.from(rows, (row) => index.settlements.customerIds[row])).size,
      validationInvoices: holdout.length,
      firstIssueDate: dayNumberToCivilDate(issueDay[rows[0] as number] as number),
      lastIssueDate: dayNumberToCivilDate(issueDay[rows[rows.length - 1] as number] as number),
      seed,
    },
    late,
    daysToSettle: days.model,
    residuals,
    selection: {
      late: candidates.map(({ method: name, settings, loss, auc: area }, k) => ({
        chosen: candidates[k] === chosen,
        method: name,
        settings,
        loss,
        auc: area,
      })),
      daysToSettle: days.candidates,
      chosenLate: chosen.method,
      chosenDaysToSettle: days.summary,
    },
  };
}

const MEDIAN_COLUMN = PAYMENT_FEATURES.findIndex((feature) => feature.name === 'median-days-to-settle');

/**
 * The days-to-settle model: for each depth, boosting with absolute loss early-stopped on the held-out
 * invoices; the depth with the lowest held-out error is refitted on every example (bagged).
 */
function fitDaysToSettle(
  x: FeatureMatrix,
  y: Float64Array,
  xFit: FeatureMatrix,
  yFit: Float64Array,
  xHold: FeatureMatrix,
  yHold: Float64Array,
  random: Random,
  budget: TrainingBudget,
): {
  model: GbdtModel | { kind: 'payer-median' };
  holdoutPredictions: Float64Array;
  candidates: ModelCandidate[];
  summary: string;
} {
  const settings = { learningRate: budget.learningRate, minLeafRows: 20, l2: 1, subsample: budget.subsample };
  const candidates: ModelCandidate[] = [];
  let best: { loss: number; maxDepth: number; trees: number; predictions: Float64Array; index: number } | undefined;
  for (const maxDepth of budget.depths) {
    const probe = fitGbdt(xFit, yFit, {
      loss: 'absolute',
      trees: budget.maxTrees,
      maxDepth,
      ...settings,
      random,
      validation: { x: xHold, y: yHold, earlyStoppingRounds: budget.patience },
    });
    const predictions = new Float64Array(xHold.rows);
    predictGbdtRaw(compileGbdt(probe), xHold, predictions);
    const loss = meanAbsoluteError(predictions, yHold);
    const trees = Math.max(1, probe.trees.length);
    candidates.push({
      chosen: false,
      method: 'gbdt',
      settings: `absolute loss, depth ${maxDepth}, ${trees} trees (early-stopped)`,
      loss,
      auc: null,
    });
    if (best === undefined || loss < best.loss)
      best = { loss, maxDepth, trees, predictions, index: candidates.length - 1 };
  }
  const chosen = best as { loss: number; maxDepth: number; trees: number; predictions: Float64Array; index: number };
  const medianHold = Float64Array.from(
    { length: xHold.rows },
    (_, k) => xHold.values[k * xHold.cols + MEDIAN_COLUMN] as number,
  );
  const medianLoss = meanAbsoluteError(medianHold, yHold);
  candidates.push({
    chosen: false,
    method: 'payer-median',
    settings: 'the payer’s shrunk median days to settle',
    loss: medianLoss,
    auc: null,
  });
  if (medianLoss < chosen.loss) {
    const summary = 'payer-median (the payer’s shrunk median days to settle)';
    return {
      model: { kind: 'payer-median' },
      holdoutPredictions: medianHold,
      candidates: markChosen(candidates, candidates.length - 1),
      summary,
    };
  }
  // One early-stopped probe is noisy on a small hold-out: two more probes at the chosen depth, take the
  // median best round, and scale it by the data the refit sees (a fifth more rows need more rounds).
  const rounds = [chosen.trees];
  for (let probe = 0; probe < budget.extraProbes; probe++) {
    const extra = fitGbdt(xFit, yFit, {
      loss: 'absolute',
      trees: budget.maxTrees,
      maxDepth: chosen.maxDepth,
      ...settings,
      random,
      validation: { x: xHold, y: yHold, earlyStoppingRounds: budget.patience },
    });
    rounds.push(Math.max(1, extra.trees.length));
  }
  rounds.sort((a, b) => a - b);
  const trees = Math.round((rounds[Math.floor(rounds.length / 2)] as number) * Math.min(1.25, x.rows / xFit.rows));
  const model = fitBaggedGbdt(
    x,
    y,
    { loss: 'absolute', ...settings, maxDepth: chosen.maxDepth, trees, random },
    budget.bags,
  );
  const summary = `gbdt (absolute loss, depth ${chosen.maxDepth}, ${trees} trees, average of ${budget.bags} row sample${budget.bags === 1 ? '' : 's'})`;
  return { model, holdoutPredictions: chosen.predictions, candidates: markChosen(candidates, chosen.index), summary };
}

/** The candidates with the one kept marked `chosen`. */
function markChosen(candidates: ModelCandidate[], index: number): ModelCandidate[] {
  return candidates.map((candidate, k) => ({ ...candidate, chosen: k === index }));
}

/** Residual quantiles in up to four bands of late probability, each with at least 50 invoices. */
function residualBands(
  probabilities: Float64Array,
  actual: Float64Array,
  predicted: Float64Array,
): PaymentModel['residuals'] {
  const n = actual.length;
  const order = Array.from({ length: n }, (_, k) => k).sort(
    (a, b) => (probabilities[a] as number) - (probabilities[b] as number) || a - b,
  );
  const bands = Math.max(1, Math.min(4, Math.floor(n / 50)));
  const bandEdges: number[] = [];
  const quantiles: number[][] = [];
  for (let band = 0; band < bands; band++) {
    const from = Math.floor((band * n) / bands);
    const to = Math.floor(((band + 1) * n) / bands);
    const errors = Float64Array.from(order.slice(from, to), (k) => (actual[k] as number) - (predicted[k] as number));
    errors.sort();
    quantiles.push(Array.from({ length: QUANTILE_LEVELS }, (_, q) => quantileOf(errors, q / (QUANTILE_LEVELS - 1))));
    if (band > 0) bandEdges.push(probabilities[order[from] as number] as number);
  }
  return { bandEdges, quantiles };
}
