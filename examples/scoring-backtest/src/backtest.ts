import type { CivilDate, InvoiceInput } from '@overdue/core';
import { addDays, parseMoney } from '@overdue/core';
import type { ReceivablesCsv } from '@overdue/example-support';
import type { PaymentModel, PaymentPrediction, PredictionMetrics } from '@overdue/scoring';
import { evaluatePredictions, predictPayments, preparePaymentHistory, trainPaymentModel } from '@overdue/scoring';
import type { BaselinePrediction, TestInvoice } from './baselines';
import { baselines, outcomeOf } from './baselines';

/** Options of {@link runBacktest}. */
export interface BacktestOptions {
  /** Train on invoices issued before this date, test on those issued from it. Default `2013-01-01`. */
  cutoff?: CivilDate;
  /** Test on invoices issued before this date. Default `2014-01-01`. */
  testEnd?: CivilDate;
  /** Seed of the model. Default 1. */
  seed?: number;
}

/** One row of the comparison: the model or a baseline; `null` where the rule predicts nothing. */
export interface MethodResult {
  name: string;
  auc: number | null;
  accuracy: number | null;
  brier: number | null;
  maeDaysToSettle: number | null;
}

/** What {@link runBacktest} found. */
export interface BacktestResult {
  model: PaymentModel;
  trainingInvoices: number;
  testInvoices: number;
  modelMetrics: PredictionMetrics;
  methods: MethodResult[];
  /** Test predictions in test order, for inspection. */
  predictions: PaymentPrediction[];
}

/**
 * Trains on the invoices issued before the cut-off and predicts each test invoice as of the end of the day
 * before its issue, through the public API, so only what was known then is used. Baselines are computed
 * independently of the package, from the same ledger.
 */
export function runBacktest(csv: ReceivablesCsv, options: BacktestOptions = {}): BacktestResult {
  const cutoff = options.cutoff ?? '2013-01-01';
  const testEnd = options.testEnd ?? '2014-01-01';
  const history = preparePaymentHistory(csv.ledger);
  const model = trainPaymentModel(history, { issuedBefore: cutoff, seed: options.seed ?? 1 });

  const settled = csv.ledger.invoices.filter(
    (invoice): invoice is InvoiceInput & { paidDate: CivilDate } => invoice.paidDate !== undefined,
  );
  const all = settled.map(outcomeOf);
  const training = all.filter((t) => t.invoice.issueDate < cutoff);
  const tests = all.filter((t) => t.invoice.issueDate >= cutoff && t.invoice.issueDate < testEnd);
  if (tests.length === 0) throw new Error(`no settled invoice issued from ${cutoff} to before ${testEnd} to test on`);

  // One call per issue date, as of the day before it: what a nightly run would have known.
  const byDate = new Map<CivilDate, TestInvoice[]>();
  for (const test of tests) {
    const list = byDate.get(test.invoice.issueDate) ?? [];
    list.push(test);
    byDate.set(test.invoice.issueDate, list);
  }
  const predictionOf = new Map<TestInvoice, PaymentPrediction>();
  for (const [issueDate, group] of byDate) {
    const inputs = group.map(({ invoice }) => ({
      invoiceId: invoice.id,
      customerId: invoice.customerId,
      currency: invoice.currency,
      issueDate: invoice.issueDate,
      dueDate: invoice.dueDate,
      totalMinor: parseMoney(invoice.total, invoice.currency).minor,
      ...(invoice.delivery === undefined ? {} : { delivery: invoice.delivery }),
    }));
    const predicted = predictPayments(model, inputs, history, { asOf: addDays(issueDate, -1), reasons: 0 });
    for (const [k, test] of group.entries()) predictionOf.set(test, predicted[k] as PaymentPrediction);
  }
  const predictions = tests.map((test) => predictionOf.get(test) as PaymentPrediction);
  const outcomes = tests.map(({ late, daysToSettle }) => ({ late, daysToSettle }));
  const modelMetrics = evaluatePredictions(predictions, outcomes);
  const methods: MethodResult[] = [
    {
      name: `model (${model.selection.chosenLate})`,
      auc: modelMetrics.auc,
      accuracy: modelMetrics.accuracy,
      brier: modelMetrics.brier,
      maeDaysToSettle: modelMetrics.maeDaysToSettle,
    },
  ];
  for (const baseline of baselines(training, tests, all))
    methods.push(measure(baseline.name, baseline.predictions, outcomes));
  return { model, trainingInvoices: training.length, testInvoices: tests.length, modelMetrics, methods, predictions };
}

function measure(
  name: string,
  predictions: readonly BaselinePrediction[],
  outcomes: readonly { late: boolean; daysToSettle: number }[],
): MethodResult {
  const hasProbability = predictions.every((p) => p.probabilityLate !== null);
  const hasDays = predictions.every((p) => p.expectedDaysToSettle !== null);
  const metrics = evaluatePredictions(
    predictions.map((p) => ({
      probabilityLate: p.probabilityLate ?? 0,
      expectedDaysToSettle: p.expectedDaysToSettle ?? 0,
    })),
    outcomes,
  );
  return {
    name,
    auc: hasProbability ? metrics.auc : null,
    accuracy: hasProbability ? metrics.accuracy : null,
    brier: hasProbability ? metrics.brier : null,
    maeDaysToSettle: hasDays ? metrics.maeDaysToSettle : null,
  };
}
