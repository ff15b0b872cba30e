/**
 * The dunning benchmark, in its own process: `dunning-evaluate.ts <customers> <invoices each> <runs>`
 * prints one JSON line. Customers come from generate-dunning-customers.ts. Timed: evaluateScenario of every
 * customer with the standard and the strict scenario on one day (every step already due fires, nothing done
 * yet), and the next day after recording what the first day did (the usual nightly run, where most
 * customers have nothing new). As the baseline in the same run: checking the same invoices with core's
 * zod invoice schema alone, which is what validating snapshots with zod on every call would cost.
 */
import { addDays, invoiceSchema } from '@overdue/core';
import type { CustomerSnapshot, ScenarioEvaluation } from './dunning-api';
import { evaluateScenario, parseScenario, STANDARD_SCENARIO, STRICT_SCENARIO } from './dunning-api';
import { generateDunningCustomers } from './generate-dunning-customers';
import { measure, median, peakRssMiB } from './measure';

const [customersText = '100000', invoicesText = '10', runsText = '5'] = process.argv.slice(2);
const asOf = '2026-06-30';
const runs = Number(runsText);
const snapshots = generateDunningCustomers({
  customers: Number(customersText),
  invoicesPerCustomer: Number(invoicesText),
  asOf,
  seed: 17,
});
(globalThis as { gc?: () => void }).gc?.();
const dataRss = peakRssMiB();
const standard = parseScenario(STANDARD_SCENARIO);
const strict = parseScenario(STRICT_SCENARIO);

const evaluateAll = (scenario: typeof standard, list: readonly CustomerSnapshot[], now: string) => {
  const results: ScenarioEvaluation[] = [];
  for (const snapshot of list) results.push(evaluateScenario(scenario, snapshot, { now }));
  return results;
};

const standardTimes = await measure(() => evaluateAll(standard, snapshots, asOf), runs, 1);
const strictTimes = await measure(() => evaluateAll(strict, snapshots, asOf), runs, 1);
const firstDay = evaluateAll(standard, snapshots, asOf);

// Record what the first day did, as a host would after executing the actions, and evaluate the next day.
const nextDay = addDays(asOf, 1);
const recorded = snapshots.map((snapshot, k) => {
  const done: Record<string, string> = {};
  for (const action of (firstDay[k] as ScenarioEvaluation).actions) done[action.key] = asOf;
  return { ...snapshot, done };
});
const nextTimes = await measure(() => evaluateAll(standard, recorded, nextDay), runs, 1);
const secondDay = evaluateAll(standard, recorded, nextDay);

const zodTimes = await measure(
  () => {
    for (const snapshot of snapshots) {
      for (const invoice of snapshot.invoices)
        invoiceSchema.parse({
          ...invoice,
          total: String(invoice.total.minor / 100),
          amountDue: String(invoice.amountDue.minor / 100),
        });
    }
  },
  Math.min(runs, 3),
  1,
);

const count = (results: readonly ScenarioEvaluation[]) => {
  const kinds: Record<string, number> = {};
  const skipped: Record<string, number> = {};
  for (const result of results) {
    for (const action of result.actions) kinds[action.kind] = (kinds[action.kind] ?? 0) + 1;
    for (const skip of result.skipped) skipped[skip.kind] = (skipped[skip.kind] ?? 0) + 1;
  }
  return { kinds, skipped };
};
const firstKeys = new Set(firstDay.flatMap((result) => result.actions.map((action) => action.key)));
const repeated = secondDay.reduce(
  (sum, result) => sum + result.actions.filter((action) => firstKeys.has(action.key)).length,
  0,
);

console.log(
  JSON.stringify({
    customers: snapshots.length,
    invoices: snapshots.reduce((sum, snapshot) => sum + snapshot.invoices.length, 0),
    standardMedianMs: median(standardTimes),
    standardTimesMs: standardTimes.map((time) => Math.round(time)),
    strictMedianMs: median(strictTimes),
    nextDayMedianMs: median(nextTimes),
    zodInvoicesMedianMs: median(zodTimes),
    firstDay: count(firstDay),
    nextDay: count(secondDay),
    keysRepeatedNextDay: repeated,
    dataRssMiB: dataRss,
    peakRssMiB: peakRssMiB(),
  }),
);
