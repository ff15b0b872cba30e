// Overdue quickstart: builds a seeded sample ledger, prints its aging and month-by-month KPIs, scores its payers,
// ranks the riskiest customers, forecasts the cash of the coming weeks, plans today's dunning, backtests
// collection policies on portfolios fitted to the ledger, and writes a self-contained HTML report.
// Run with `pnpm --filter @overdue/example-quickstart start`.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExchangeRates } from '@overdue/core';
import { addDays, addMonths, createRandom, formatMoney } from '@overdue/core';
import {
  composeMessages,
  evaluateScenario,
  interestForAction,
  parseScenario,
  previewScenario,
  STANDARD_SCENARIO,
} from '@overdue/dunning';
import type { TableColumn, TableRow } from '@overdue/example-support';
import { formatKpiTable, formatTable, sharesInWords } from '@overdue/example-support';
import { compileContactRules, createOutreachLearner } from '@overdue/outreach';
import { ageReceivables, kpiSeries, openBalancesAsOf, prepareLedger } from '@overdue/receivables';
import type { CurrencyForecast } from '@overdue/scoring';
import {
  forecastCollections,
  predictPayments,
  preparePaymentHistory,
  scorePayers,
  trainPaymentModel,
} from '@overdue/scoring';
import { backtestBook, backtestRows } from './book-backtest';
import { forecastInReportingCurrency } from './cash-forecast';
import { describePaymentModel } from './describe-payment-model';
import { describeAction, dunningPlan } from './dunning-plan';
import { dunningSnapshots } from './dunning-snapshots';
import { formatWholeMoney } from './format-whole-money';
import { SEGMENT_MEANINGS, summarizePayerSegments } from './payer-segments';
import { renderHtmlReport } from './render-html-report';
import { riskiestCustomers } from './riskiest-customers';
import { sampleCollectionsEvents } from './sample-collections-events';
import { buildSampleLedger } from './sample-ledger';
import { sendSchedule } from './send-schedule';
import { topOverdueCustomers } from './top-overdue-customers';

const LOCALE = 'en-GB';
const SEED = 'overdue-quickstart';
/** Illustrative fixed rates: the ledger is mostly EUR with a few GBP customers; we report everything in EUR. */
const RATES: ExchangeRates = { base: 'EUR', rates: { GBP: '1.17' } };

const money = (minor: number, currency: string) => formatMoney({ currency, minor }, LOCALE);
/** Estimates (expected amounts, forecasts) in whole units: they are not precise to the cent. */
const estimate = (minor: number, currency: string) => formatWholeMoney(minor, currency, LOCALE);

// 1. The data: 300 customers, 24 months of invoices, payments and credit notes, as of a fixed day.
const { ledger, asOf, profiles } = buildSampleLedger({ seed: SEED });
const prepared = prepareLedger(ledger); // validate and index once; every function below reuses it
console.log(
  `Sample ledger (seed "${SEED}"): ${ledger.customers.length} customers, ${ledger.invoices.length} invoices, ` +
    `${ledger.payments.length} payments, ${ledger.creditNotes.length} credit notes; as of ${asOf}.\n`,
);

// 2. Aged receivables as of the last day, per customer and currency, plus a total in EUR.
const aging = ageReceivables(prepared, { asOf, rates: RATES });
const names = new Map(ledger.customers.map((customer) => [customer.id, customer.name]));
const top = topOverdueCustomers(aging, { names, limit: 15, rates: RATES });
const bucketColumns: TableColumn[] = aging.buckets.map((bucket) => ({ header: bucket.label, align: 'right' }));

console.log(`Top ${top.length} customers by overdue amount, as of ${asOf}`);
console.log(
  formatTable(
    [
      { header: 'Customer', maxWidth: 30 },
      ...bucketColumns,
      { header: 'Total', align: 'right' },
      { header: 'Overdue', align: 'right' },
    ],
    top.map((customer) => [
      customer.name,
      ...customer.bucketsMinor.map((minor) => money(minor, customer.currency)),
      money(customer.totalMinor, customer.currency),
      money(customer.overdueMinor, customer.currency),
    ]),
  ),
);

const totalRows: TableRow[] = aging.totals.map((total) => [
  total.currency,
  ...total.bucketsMinor.map((minor) => money(minor, total.currency)),
  money(total.totalMinor, total.currency),
  money(total.unappliedMinor, total.currency),
  String(total.customerCount),
]);
if (aging.reporting !== undefined) {
  const reporting = aging.reporting;
  totalRows.push('rule', [
    `All in ${reporting.currency}`,
    ...reporting.bucketsMinor.map((minor) => money(minor, reporting.currency)),
    money(reporting.totalMinor, reporting.currency),
    money(reporting.unappliedMinor, reporting.currency),
    String(reporting.customerCount),
  ]);
}
console.log(`\nAging totals per currency (GBP converted at 1 GBP = ${RATES.rates.GBP} EUR for the total)`);
console.log(
  formatTable(
    [
      { header: 'Currency' },
      ...bucketColumns,
      { header: 'Total', align: 'right' },
      { header: 'Unapplied', align: 'right' },
      { header: 'Customers', align: 'right' },
    ],
    totalRows,
  ),
);

// 3. KPIs month by month over the last 12 months, every currency converted into EUR.
const from = addMonths(`${asOf.slice(0, 7)}-01`, -11);
const series = kpiSeries(prepared, { from, to: asOf, period: 'month', rates: RATES, decimals: 1 });
console.log(`\nMonthly KPIs in ${series.currency ?? 'EUR'} (DSO family in days, standard one-month method)`);
console.log(formatKpiTable(series.points, series.currency ?? RATES.base, LOCALE));

// 4. A payment model learned from the settled invoices: the chance an invoice is paid late and when it is paid.
//    The history is prepared once and reused by every scoring call below.
const history = preparePaymentHistory(prepared);
const model = trainPaymentModel(history, { settledBy: asOf, seed: SEED });
const modelSummary = describePaymentModel(model, LOCALE);
console.log(`\n${modelSummary}`);

// 5. Payer scores (0 worst to 100 best) and segments, with the open receivables of each segment in EUR.
const scores = scorePayers(history, { asOf });
const openItems = openBalancesAsOf(prepared, { asOf }).items;
const segments = summarizePayerSegments(scores, openItems, { reportingCurrency: RATES.base, rates: RATES });
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const segmentRow = (label: string, meaning: string, row: typeof segments.total): TableRow => [
  label,
  meaning,
  String(row.customers),
  percent(row.share),
  row.meanScore === null ? '—' : row.meanScore.toFixed(0),
  money(row.openMinor, RATES.base),
];
console.log(`\nPayer segments as of ${asOf} (open amounts in EUR)`);
console.log(
  formatTable(
    [
      { header: 'Segment' },
      { header: 'Meaning' },
      { header: 'Customers', align: 'right' },
      { header: 'Share', align: 'right' },
      { header: 'Mean score', align: 'right' },
      { header: 'Open (EUR)', align: 'right' },
    ],
    [
      ...segments.segments.map((row) => segmentRow(row.segment, SEGMENT_MEANINGS[row.segment], row)),
      'rule',
      segmentRow('All', '', segments.total),
    ],
  ),
);

// 6. The riskiest customers: open amount expected to be paid late (open × probability of paying late).
const predictions = predictPayments(model, openItems, history, { asOf });
const riskiest = riskiestCustomers(openItems, predictions, scores, { names, rates: RATES, limit: 10 });
console.log(`\nRiskiest ${riskiest.length} customers by open amount expected to be paid late`);
console.log(
  formatTable(
    [
      { header: '#', align: 'right' },
      { header: 'Customer', maxWidth: 30 },
      { header: 'Score', align: 'right' },
      { header: 'Segment' },
      { header: 'Open', align: 'right' },
      { header: 'Expected late', align: 'right' },
      { header: 'Largest invoice: due → expected' },
    ],
    riskiest.map((customer, index) => [
      String(index + 1),
      customer.name,
      String(customer.score),
      customer.segment,
      money(customer.openMinor, customer.currency),
      estimate(customer.expectedLateMinor, customer.currency),
      `${customer.largestInvoice.dueDate} → ${customer.largestInvoice.expectedPaymentDate}`,
    ]),
  ),
);
riskiest.forEach((customer, index) => {
  console.log(`${index === 0 ? 'Why:' : '    '} ${String(index + 1).padStart(2)}  ${customer.reasons.join('; ')}`);
});

// 7. Cash forecast: what the open invoices should bring in each week, per currency, with 80% intervals.
const forecasts = forecastCollections(openItems, model, history, { asOf, horizonWeeks: 12, intervalLevel: 0.8 });
const combined = forecastInReportingCurrency(forecasts, RATES.base, RATES);
const interval = (low: number, high: number, currency: string) =>
  `${estimate(low, currency)} – ${estimate(high, currency)}`;
const forecastColumns: TableColumn[] = [
  { header: 'Week' },
  { header: 'Dates' },
  ...forecasts.flatMap((forecast): TableColumn[] => [
    { header: `${forecast.currency} expected`, align: 'right' },
    { header: `${forecast.currency} 80% interval`, align: 'right' },
  ]),
  { header: `All in ${RATES.base}`, align: 'right' },
];
const forecastRows: TableRow[] = combined.weeks.map((week, index) => [
  String(index + 1),
  `${week.from} – ${week.to.slice(5)}`,
  ...forecasts.flatMap((forecast) => {
    const same = forecast.weeks[index];
    return same === undefined
      ? ['', '']
      : [estimate(same.expectedMinor, forecast.currency), interval(same.lowMinor, same.highMinor, forecast.currency)];
  }),
  estimate(week.expectedMinor, RATES.base),
]);
const sumOfWeeks = (weeks: readonly { expectedMinor: number }[]) =>
  weeks.reduce((sum, week) => sum + week.expectedMinor, 0);
const totalRow = (label: string, perCurrency: (forecast: CurrencyForecast) => number, all: number): TableRow => [
  label,
  '',
  ...forecasts.flatMap((forecast) => [estimate(perCurrency(forecast), forecast.currency), '']),
  estimate(all, RATES.base),
];
forecastRows.push(
  'rule',
  totalRow(`${combined.weeks.length} weeks`, (forecast) => sumOfWeeks(forecast.weeks), sumOfWeeks(combined.weeks)),
  totalRow('Later', (forecast) => forecast.laterMinor, combined.laterMinor),
  totalRow('Open now', (forecast) => forecast.openMinor, combined.openMinor),
);
console.log(
  `\nCash forecast from the open invoices, ${combined.weeks.length} weeks from ${combined.weeks[0]?.from ?? asOf}`,
);
console.log(formatTable(forecastColumns, forecastRows));

// 8. Today's dunning plan: the standard scenario evaluated for every customer with something open, with
//    the disputes and promises a host would have recorded (sample events) and the payer segments above.
const scenario = parseScenario(STANDARD_SCENARIO);
const events = sampleCollectionsEvents(ledger.invoices, profiles, { asOf, seed: SEED });
const snapshots = dunningSnapshots(ledger, { payers: scores, events });
const evaluations = snapshots.map((snapshot) => evaluateScenario(scenario, snapshot, { now: asOf }));
const plan = dunningPlan(evaluations, { names, locale: LOCALE });
console.log(
  `\nToday's dunning plan (${scenario.name ?? scenario.id}, revision ${scenario.revision}) for ${plan.customers} customers with open invoices: ` +
    plan.actionCounts.map(([kind, count]) => `${count} ${kind}`).join(', '),
);
const shown = plan.actions.slice(0, 15);
console.log(
  formatTable(
    [
      { header: 'Customer', maxWidth: 28 },
      { header: 'Step' },
      { header: 'What', maxWidth: 34 },
      { header: 'Covers', maxWidth: 30 },
      { header: 'Why', maxWidth: 70 },
    ],
    shown.map((action) => [action.name, action.step, action.what, action.covers, action.why]),
  ),
);
if (plan.actions.length > shown.length) console.log(`… and ${plan.actions.length - shown.length} more actions.`);
// Statutory interest to charge today: computed per item when the action is executed, once under its key.
const snapshotOf = new Map(snapshots.map((snapshot) => [snapshot.customer.id, snapshot]));
const interestToday = new Map<string, number>();
for (const action of evaluations.flatMap((evaluation) => evaluation.actions)) {
  if (action.kind !== 'interest') continue;
  const charge = interestForAction(action, snapshotOf.get(action.customerId) as (typeof snapshots)[number]);
  interestToday.set(charge.amount.currency, (interestToday.get(charge.amount.currency) ?? 0) + charge.amount.minor);
}
if (interestToday.size > 0) {
  const totals = [...interestToday].map(([currency, minor]) => money(minor, currency)).join(' and ');
  console.log(`Statutory interest and compensation to charge today: ${totals}.`);
}
console.log('Held back today:');
for (const skip of plan.skipped) console.log(`  ${String(skip.count).padStart(4)} ${skip.kind}, e.g. ${skip.example}`);
// The first reminder of the plan, written in the customer's language (English where we have no templates).
const firstMessage = evaluations
  .flatMap((evaluation) => evaluation.actions)
  .find((action) => action.kind === 'message');
const messageSnapshot = snapshots.find((snapshot) => snapshot.customer.id === firstMessage?.customerId);
if (firstMessage !== undefined && messageSnapshot !== undefined) {
  const [composed] = composeMessages(firstMessage, messageSnapshot, {
    sender: { name: 'Overdue Demo Supplies Ltd', replyTo: 'credit@overdue-demo.example' },
    fallbackLocale: LOCALE,
    paymentUrl: (action) => `https://pay.overdue-demo.example/${action.customerId}`,
  });
  if (composed?.channel === 'email') {
    console.log(
      `\nThe ${firstMessage.tone} "${firstMessage.template}" email to ${messageSnapshot.customer.name} (${messageSnapshot.customer.locale ?? LOCALE}):`,
    );
    console.log(`Subject: ${composed.message.subject}\n${composed.message.text.replace(/^/gm, '  ')}`);
  }
}

// When each of today's messages may go out: business hours of its channel in the customer's own time zone,
// weekends and public holidays of its country, the contact cap and consent. Where the step leaves the channel
// to the learner ("auto"), it picks channel and send time; a fresh learner explores from its uniform prior
// (the policy-backtest example shows one that has learnt).
const runAt = new Date(`${asOf}T07:00:00Z`);
const schedule = sendSchedule(evaluations, snapshots, {
  now: runAt,
  rules: compileContactRules({}),
  learner: createOutreachLearner(),
  random: createRandom(SEED),
});
const waiting = schedule.filter((send) => send.at !== undefined && send.at.getTime() > runAt.getTime()).length;
const refused = schedule.filter((send) => send.at === undefined).length;
console.log(
  `\nSend times for today's ${schedule.length} messages, planned at ${runAt.toISOString()}: ` +
    `${schedule.length - waiting - refused} can go now, ${waiting} wait for the customer's business hours, ${refused} refused by the contact rules`,
);
const autoSends = schedule.filter((send) => send.slot !== undefined);
const shownSends = [...autoSends.slice(0, 4), ...schedule.filter((send) => send.slot === undefined).slice(0, 6)];
console.log(
  formatTable(
    [
      { header: 'Customer', maxWidth: 28 },
      { header: 'Step' },
      { header: 'Channel' },
      { header: 'Sends at (local)' },
      { header: 'Why', maxWidth: 90 },
    ],
    shownSends.map((send) => [
      names.get(send.customerId) ?? send.customerId,
      send.step,
      send.channel,
      send.local,
      send.why,
    ]),
  ),
);

// What the scenario would do over the next 60 days for the first customer reminded today, if it paid nothing.
const firstReminded = plan.actions.find((action) => action.step.startsWith('overdue'))?.customerId;
const previewed = snapshots.find((snapshot) => snapshot.customer.id === firstReminded);
if (previewed !== undefined) {
  const preview = previewScenario(scenario, previewed, { from: asOf, to: addDays(asOf, 60) });
  console.log(`\nIf ${previewed.customer.name} paid nothing for 60 days, the scenario would:`);
  for (const day of preview.days) {
    for (const action of day.actions) console.log(`  ${day.date}  ${action.stepId}: ${describeAction(action, LOCALE)}`);
  }
}

// 9. What a collection policy would do to this book before it touches a customer: synthetic portfolios fitted
//    to how this ledger pays (@overdue/simulator), with no reminders, a fixed email ladder and the adaptive
//    policy (payer scores, the dunning scenario, the outreach learner and payment plans).
// The raw ledger, not the prepared one: the fit also reads where the customers are and what they consented to.
const book = backtestBook(ledger, { asOf, seed: SEED });
const target = book.fit.target;
const fitted = book.fit.fitted;
const share = (value: number) => `${(value * 100).toFixed(1)}%`;
console.log(
  `\nBacktest on this book: ${book.comparison.seeds.length} synthetic portfolios of ${book.comparison.customers.toLocaleString('en')} customers fitted to how it pays, ${book.comparison.days} days each`,
);
console.log(
  `  Payers fitted as ${sharesInWords(book.fit.mix)}; median days to pay ${target.medianDaysToPay.toFixed(1)} in the ledger, ${fitted.medianDaysToPay.toFixed(1)} fitted; paid late ${share(target.lateShare)} and ${share(fitted.lateShare)}.`,
);
const backtest = backtestRows(book.comparison);
console.log(
  formatTable(
    [
      { header: 'Policy' },
      { header: `Average overdue (${book.comparison.currency})`, align: 'right' },
      { header: 'vs no reminders', align: 'right' },
      { header: 'Messages', align: 'right' },
      { header: 'Plans accepted', align: 'right' },
    ],
    backtest.map((row) => [
      row.policy,
      estimate(row.averageOverdueMinor, book.comparison.currency),
      row.lessThanNoReminders === undefined ? '—' : `${row.lessThanNoReminders.toFixed(1)}% less`,
      row.messages.toFixed(0),
      row.plans.toFixed(0),
    ]),
  ),
);
console.log('  (means over the portfolios; the model and its limits: docs/guides/simulator.md)');

// 10. The same as a self-contained HTML page.
const html = renderHtmlReport({
  title: 'Receivables report',
  subtitle: `Sample ledger, seed "${SEED}" · amounts in EUR, GBP converted at ${RATES.rates.GBP}`,
  asOf,
  locale: LOCALE,
  aging,
  topCustomers: top,
  reportingCurrency: RATES.base,
  rates: RATES,
  kpis: series.points,
  scoring: { modelSummary, segments, riskiest, forecasts, intervalLevel: 0.8 },
  dunning: { scenarioName: scenario.name ?? scenario.id, plan },
  backtest: { ...book, rows: backtest },
});
const outputDirectory = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'out');
mkdirSync(outputDirectory, { recursive: true });
const reportPath = path.join(outputDirectory, 'report.html');
writeFileSync(reportPath, html);
console.log(`\nHTML report written to ${reportPath}`);
