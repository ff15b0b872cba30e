/**
 * The kpiSeries benchmark, in its own process: `kpi-engine.ts <invoices> <customers> <runs>` prints one
 * JSON line with the time to validate and index the ledger (prepareLedger) and the time of a 24-month
 * kpiSeries on it, and of both together on the raw ledger.
 */
import { kpiSeries, prepareLedger } from '@overdue/receivables';
import { generateLedger } from './generate-ledger';
import { measure, median, peakRssMiB } from './measure';

const [countText = '1000000', customersText = '100000', runsText = '5'] = process.argv.slice(2);
const end = '2026-06-30';
const ledger = generateLedger(Number(countText), Number(customersText), 24, end, 7);
const runs = Number(runsText);
const dataRss = peakRssMiB();
const options = { from: '2024-07-01', to: end, period: 'month' as const };

const prepareTimes = await measure(() => prepareLedger(ledger), runs, 1);
const prepared = prepareLedger(ledger);
const seriesTimes = await measure(() => kpiSeries(prepared, options), runs);
const rawTimes = await measure(() => kpiSeries(ledger, options), Math.min(runs, 3), 1);
const series = kpiSeries(prepared, options);
const last = series.points[series.points.length - 1];
console.log(
  JSON.stringify({
    invoices: ledger.invoices.length,
    payments: ledger.payments.length,
    points: series.points.length,
    prepareMedianMs: median(prepareTimes),
    seriesMedianMs: median(seriesTimes),
    rawMedianMs: median(rawTimes),
    peakRssMiB: peakRssMiB(),
    dataRssMiB: dataRss,
    lastPoint: { label: last?.period.label, dso: last?.dso, cei: last?.cei },
  }),
);
