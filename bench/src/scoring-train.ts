/**
 * The trainPaymentModel benchmark, in its own process: `scoring-train.ts <invoices> <customers> <runs>`
 * prints one JSON line with the time to prepare the synthetic history (preparePaymentHistory), to train on
 * the prepared history with the default method choice ('auto') and with each method forced, and to train
 * from the raw ledger (both together), with the method chosen and its held-out scores.
 */
import { generatePaymentHistory } from './generate-payment-history';
import { measure, median, peakRssMiB, timeOnce } from './measure';
import { preparePaymentHistory, trainPaymentModel } from './scoring-api';

const [countText = '100000', customersText = '5000', runsText = '5'] = process.argv.slice(2);
const asOf = '2026-06-30';
const seed = 7;
const synthetic = generatePaymentHistory({
  customers: Number(customersText),
  historyInvoices: Number(countText),
  asOf,
  seed: 11,
});
const { ledger } = synthetic;
const runs = Number(runsText);
const dataRss = peakRssMiB();

const prepareTimes = await measure(() => preparePaymentHistory(ledger), runs, 1);
const prepared = preparePaymentHistory(ledger);
// The first training is the warm-up; when it takes over 10 s, every variant is timed once.
const firstMs = await timeOnce(() => trainPaymentModel(prepared, { seed }));
const timedRuns = firstMs > 10_000 ? 1 : runs;
const autoTimes = await measure(() => trainPaymentModel(prepared, { seed }), timedRuns, 0);
const logisticTimes = await measure(() => trainPaymentModel(prepared, { seed, lateMethod: 'logistic' }), timedRuns, 0);
const gbdtTimes = await measure(() => trainPaymentModel(prepared, { seed, lateMethod: 'gbdt' }), timedRuns, 0);
const rawTimes = await measure(() => trainPaymentModel(ledger, { seed }), Math.min(timedRuns, 3), 0);
const model = trainPaymentModel(prepared, { seed });
const round = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);
console.log(
  JSON.stringify({
    invoices: ledger.invoices.length,
    settled: synthetic.settled,
    customers: prepared.customerCount,
    habits: synthetic.habits,
    trainingInvoices: model.training.invoices,
    validationInvoices: model.training.validationInvoices,
    prepareMedianMs: median(prepareTimes),
    autoMedianMs: median(autoTimes),
    timedRuns,
    firstMs,
    autoTimesMs: autoTimes.map((time) => Math.round(time)),
    logisticMedianMs: median(logisticTimes),
    gbdtMedianMs: median(gbdtTimes),
    rawMedianMs: median(rawTimes),
    chosenLate: model.selection.chosenLate,
    candidates: model.selection.late.map((candidate) => ({
      method: candidate.method,
      logLoss: round(candidate.loss),
      auc: round(candidate.auc),
    })),
    daysToSettle: model.selection.daysToSettle.map((candidate) => ({
      method: candidate.method,
      mae: round(candidate.loss),
      settings: candidate.settings,
    })),
    peakRssMiB: peakRssMiB(),
    dataRssMiB: dataRss,
  }),
);
