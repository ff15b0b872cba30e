/**
 * The nightly whole-ledger scoring benchmark, in its own process:
 * `scoring-columns.ts <open invoices> <customers> <history invoices> <runs>` prints one JSON line. The
 * portfolio and model are those of scoring-portfolio.ts. As a nightly job would, it prepares the history
 * once and keeps only the prepared history (the raw ledger is dropped), then times predictOpenPayments of
 * every invoice open at the as-of date, and, as the baseline in the same run, predictPayments of the same
 * invoices read from a list (without reasons). Then predictOpenPaymentsInParallel on every available thread
 * (its workers started by a first untimed call, as a long-running host would have them).
 */
import { availableParallelism } from 'node:os';
import { measure, median, peakRssMiB } from './measure';
import {
  type PaymentPredictionInput,
  type PreparedHistory,
  predictOpenPayments,
  predictOpenPaymentsInParallel,
  predictPayments,
  preparePaymentHistory,
} from './scoring-api';
import { asOf, modelFor, portfolioFromArguments, portfolioOf } from './scoring-portfolio';

const { portfolio, runs } = portfolioFromArguments(process.argv.slice(2));
const { model } = modelFor(portfolio);
const { prepared, open } = (() => {
  const synthetic = portfolioOf(portfolio);
  const history: PreparedHistory = preparePaymentHistory(synthetic.ledger);
  // The invoices to predict as a list, in the plainest form the object API takes.
  const list: PaymentPredictionInput[] = synthetic.open.map((invoice) => ({
    invoiceId: invoice.invoiceId,
    customerId: invoice.customerId,
    currency: invoice.currency,
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    totalMinor: invoice.totalMinor,
  }));
  return { prepared: history, open: list };
})();
(globalThis as { gc?: () => void }).gc?.();
const heapMiB = process.memoryUsage().heapUsed / 2 ** 20;
const preparedRss = peakRssMiB();

const columnTimes = await measure(() => predictOpenPayments(model, prepared, { asOf }), runs, 1);
const columns = predictOpenPayments(model, prepared, { asOf });
const objectTimes = await measure(() => predictPayments(model, open, prepared, { asOf, reasons: 0 }), runs, 1);
const parallelTimes = await measure(() => predictOpenPaymentsInParallel(model, prepared, { asOf }), runs, 1);
const parallel = await predictOpenPaymentsInParallel(model, prepared, { asOf });
let identical = parallel.count === columns.count;
for (let k = 0; k < columns.count && identical; k++) {
  identical =
    parallel.invoiceIds[k] === columns.invoiceIds[k] &&
    parallel.expectedPaymentDay[k] === columns.expectedPaymentDay[k] &&
    parallel.probabilityLate[k] === columns.probabilityLate[k];
}
let late = 0;
for (let k = 0; k < columns.count; k++) late += columns.probabilityLate[k] as number;

console.log(
  JSON.stringify({
    open: columns.count,
    listed: open.length,
    customers: prepared.customerCount,
    invoices: prepared.invoiceCount,
    chosenLate: model.selection.chosenLate,
    heapMiB,
    preparedRssMiB: preparedRss,
    columnsMedianMs: median(columnTimes),
    columnsTimesMs: columnTimes.map((time) => Math.round(time)),
    objectsMedianMs: median(objectTimes),
    threads: availableParallelism(),
    parallelMedianMs: median(parallelTimes),
    parallelTimesMs: parallelTimes.map((time) => Math.round(time)),
    parallelIdentical: identical,
    objectsTimesMs: objectTimes.map((time) => Math.round(time)),
    meanProbabilityLate: late / columns.count,
    peakRssMiB: peakRssMiB(),
  }),
);
