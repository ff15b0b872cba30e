/**
 * The scoring benchmark of the object API, in its own process:
 * `scoring-predict.ts <open invoices> <customers> <history invoices> <runs>` prints one JSON line. The portfolio and
 * model are those of scoring-portfolio.ts. Timed: preparePaymentHistory of that ledger, predictPayments of
 * every open invoice on the prepared history without reasons and with the default 3, scorePayers of every
 * customer, and a 13-week forecastCollections of the open invoices.
 */
import type { PaymentHabit } from './generate-payment-history';
import { measure, median, peakRssMiB } from './measure';
import {
  forecastCollections,
  type PaymentPrediction,
  predictPayments,
  preparePaymentHistory,
  scorePayers,
} from './scoring-api';
import { asOf, modelFor, portfolioFromArguments, portfolioOf } from './scoring-portfolio';

const { portfolio, runs } = portfolioFromArguments(process.argv.slice(2));
const { model, modelLedgerInvoices } = modelFor(portfolio);
const synthetic = portfolioOf(portfolio);
const { ledger, open } = synthetic;
(globalThis as { gc?: () => void }).gc?.();
const dataRss = peakRssMiB();
const overdue = open.reduce((sum, invoice) => sum + (invoice.dueDate < asOf ? 1 : 0), 0);

const prepareTimes = await measure(() => preparePaymentHistory(ledger), Math.min(runs, 3), 1);
const prepared = preparePaymentHistory(ledger);
const preparedRss = peakRssMiB();
const bareTimes = await measure(() => predictPayments(model, open, prepared, { asOf, reasons: 0 }), runs, 1);
const bareRss = peakRssMiB();
const reasonTimes = await measure(() => predictPayments(model, open, prepared, { asOf }), runs, 1);
const payerTimes = await measure(() => scorePayers(prepared, { asOf }), runs, 1);
const forecastTimes = await measure(
  () => forecastCollections(open, model, prepared, { asOf, horizonWeeks: 13 }),
  runs,
  1,
);

// Sanity of the figures: mean late probability of the open invoices not yet due, by the payer's habit.
const predictions: PaymentPrediction[] = predictPayments(model, open, prepared, { asOf });
const habitOf = new Map(synthetic.customerIds.map((id, k) => [id, synthetic.customerHabits[k] as PaymentHabit]));
const sums = new Map<PaymentHabit, { sum: number; count: number }>();
for (let k = 0; k < predictions.length; k++) {
  if ((open[k] as { dueDate: string }).dueDate < asOf) continue;
  const prediction = predictions[k] as PaymentPrediction;
  const habit = habitOf.get(prediction.customerId) as PaymentHabit;
  const entry = sums.get(habit) ?? { sum: 0, count: 0 };
  entry.sum += prediction.probabilityLate;
  entry.count++;
  sums.set(habit, entry);
}
const lateByHabit = Object.fromEntries(
  [...sums].map(([habit, { sum, count }]) => [habit, Math.round((sum / count) * 1000) / 1000]),
);
const payers = scorePayers(prepared, { asOf });
const segments: Record<string, number> = {};
for (const payer of payers) segments[payer.segment] = (segments[payer.segment] ?? 0) + 1;
const forecast = forecastCollections(open, model, prepared, { asOf, horizonWeeks: 13 });
const eur = forecast.find((entry) => entry.currency === 'EUR');

console.log(
  JSON.stringify({
    invoices: ledger.invoices.length,
    settled: synthetic.settled,
    open: open.length,
    overdue,
    customers: prepared.customerCount,
    modelLedgerInvoices,
    modelCustomers: Math.round(portfolio.customers / 20),
    modelInvoices: model.training.invoices,
    chosenLate: model.selection.chosenLate,
    prepareMedianMs: median(prepareTimes),
    bareMedianMs: median(bareTimes),
    bareTimesMs: bareTimes.map((time) => Math.round(time)),
    reasonsMedianMs: median(reasonTimes),
    reasonsTimesMs: reasonTimes.map((time) => Math.round(time)),
    payersMedianMs: median(payerTimes),
    payers: payers.length,
    segments,
    forecastMedianMs: median(forecastTimes),
    forecastCurrencies: forecast.length,
    eurWeek1Minor: eur?.weeks[0]?.expectedMinor,
    eurOpenMinor: eur?.openMinor,
    lateByHabit,
    dataRssMiB: dataRss,
    preparedRssMiB: preparedRss,
    afterBareRssMiB: bareRss,
    peakRssMiB: peakRssMiB(),
  }),
);
