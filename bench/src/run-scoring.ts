/**
 * The scoring benchmarks (training, then prediction, payer scores and forecast at scale), each in its own
 * process, printed in words. Run by run-all.ts, or alone: BENCH_SCALE=0.1 node --import tsx
 * --conditions=@overdue/source src/run-scoring.ts. BENCH_SCALE and BENCH_RUNS as in run-all.ts.
 */
import { child, fixed } from './child-process';

const scale = Number(process.env.BENCH_SCALE ?? '1');
const runs = process.env.BENCH_RUNS ?? '7';

const trainInvoices = Math.round(100_000 * scale);
const trainCustomers = Math.round(5_000 * scale);
console.log(
  `\nScoring, training: ${trainInvoices.toLocaleString('en')} synthetic invoices of ${trainCustomers.toLocaleString('en')} customers over 12–24 months (habits: prompt, a few days late, weeks late, worsening), plain objects`,
);
const train = child('scoring-train.ts', [
  String(trainInvoices),
  String(trainCustomers),
  String(Math.min(Number(runs), 5)),
]);
// Targets: train on 100,000 invoices in 3 s, score 1,000,000 in 1 s; scaled linearly when BENCH_SCALE is not 1.
const scaledNote = scale === 1 ? '' : `, scaled to this size: ${fixed(3000 * scale, 0)} ms`;
const trainTarget = 3000 * scale;
console.log(
  `  preparePaymentHistory (validate and index ${fixed(train.invoices, 0)} invoices): median ${fixed(train.prepareMedianMs)} ms`,
);
console.log(
  `  trainPaymentModel on the prepared history, ${fixed(train.trainingInvoices, 0)} settled invoices learned from, lateMethod 'auto' (chose ${train.chosenLate}): median ${fixed(train.autoMedianMs)} ms, ${fixed((train.autoMedianMs as number) / trainTarget, 2)} × the 3 s target${scaledNote}`,
);
console.log(
  `  (${train.timedRuns === 1 ? `one timed run each, after a ${fixed(train.firstMs, 0)} ms warm-up training` : `median of ${train.timedRuns} runs`})`,
);
console.log(
  `  forced 'logistic': median ${fixed(train.logisticMedianMs)} ms; forced 'gbdt': median ${fixed(train.gbdtMedianMs)} ms`,
);
console.log(
  `  trainPaymentModel on the raw ledger (both together): median ${fixed(train.rawMedianMs)} ms, ${fixed((train.rawMedianMs as number) / trainTarget, 2)} × the target; peak RSS ${fixed(train.peakRssMiB, 0)} MiB (input data alone ${fixed(train.dataRssMiB, 0)} MiB)`,
);
console.log(
  `  held-out late classifiers ${JSON.stringify(train.candidates)}; days to settle ${JSON.stringify(train.daysToSettle)}`,
);

const scoreOpen = Math.round(1_000_000 * scale);
const scoreCustomers = Math.round(100_000 * scale);
const scoreHistory = Math.round(1_800_000 * scale);
const score = child('scoring-predict.ts', [
  String(scoreOpen),
  String(scoreCustomers),
  String(scoreHistory),
  String(Math.min(Number(runs), 3)),
]);
console.log(
  `\nScoring, predicting: ${fixed(score.open, 0)} open invoices (${fixed(score.overdue, 0)} overdue) of ${fixed(score.customers, 0)} customers, whose ${fixed(score.settled, 0)} settled invoices of the last 12–24 months are in the same ledger (${fixed(score.invoices, 0)} invoices); model (${score.chosenLate}) trained on ${fixed(score.modelInvoices, 0)} settled invoices of a portfolio made the same way with ${fixed(score.modelCustomers, 0)} customers`,
);
const scoreTarget = 1000 * scale;
console.log(`  preparePaymentHistory of that ledger: median ${fixed(score.prepareMedianMs)} ms`);
const columns = child('scoring-columns.ts', [
  String(scoreOpen),
  String(scoreCustomers),
  String(scoreHistory),
  String(Math.min(Number(runs), 3)),
]);
console.log(
  `  predictOpenPayments, every open invoice of the prepared history (${fixed(columns.open, 0)}) into columns, raw ledger dropped (heap ${fixed(columns.heapMiB, 0)} MiB): median ${fixed(columns.columnsMedianMs)} ms, ${fixed((columns.columnsMedianMs as number) / scoreTarget, 2)} × the 1 s target${scale === 1 ? '' : `, scaled to this size: ${fixed(scoreTarget, 0)} ms`}; in the same process predictPayments of the same ${fixed(columns.listed, 0)} invoices as a list, no reasons: median ${fixed(columns.objectsMedianMs)} ms (${fixed((columns.objectsMedianMs as number) / (columns.columnsMedianMs as number), 2)} × the columns); peak RSS ${fixed(columns.peakRssMiB, 0)} MiB`,
);
console.log(
  `  predictOpenPaymentsInParallel, the same invoices on ${fixed(columns.threads, 0)} threads (the calling one and ${fixed((columns.threads as number) - 1, 0)} worker${columns.threads === 2 ? '' : 's'}): median ${fixed(columns.parallelMedianMs)} ms, ${fixed((columns.parallelMedianMs as number) / scoreTarget, 2)} × the 1 s target, ${fixed((columns.columnsMedianMs as number) / (columns.parallelMedianMs as number), 2)} × faster than one thread; same result as predictOpenPayments: ${columns.parallelIdentical ? 'yes' : 'NO'}`,
);
console.log(
  `  predictPayments, no reasons: median ${fixed(score.bareMedianMs)} ms, ${fixed((score.bareMedianMs as number) / scoreTarget, 2)} × the 1 s target${scale === 1 ? '' : `, scaled to this size: ${fixed(scoreTarget, 0)} ms`}`,
);
console.log(
  `  predictPayments, 3 reasons each (default): median ${fixed(score.reasonsMedianMs)} ms, ${fixed((score.reasonsMedianMs as number) / scoreTarget, 2)} × the target`,
);
console.log(
  `  scorePayers, ${fixed(score.payers, 0)} customers: median ${fixed(score.payersMedianMs)} ms (${JSON.stringify(score.segments)})`,
);
console.log(`  forecastCollections, 13 weeks of the open invoices: median ${fixed(score.forecastMedianMs)} ms`);
console.log(
  `  Peak RSS ${fixed(score.peakRssMiB, 0)} MiB (ledger and open invoices alone ${fixed(score.dataRssMiB, 0)} MiB, with the prepared history ${fixed(score.preparedRssMiB, 0)} MiB, after predicting without reasons ${fixed(score.afterBareRssMiB, 0)} MiB)`,
);
console.log(`  mean late probability of open invoices not yet due, by habit: ${JSON.stringify(score.lateByHabit)}`);
