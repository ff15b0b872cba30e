/**
 * The dunning benchmark, printed in words. Run by run-all.ts, or alone: BENCH_SCALE=0.1 node --import tsx
 * --conditions=@overdue/source src/run-dunning.ts. BENCH_SCALE and BENCH_RUNS as in run-all.ts.
 */
import { child, fixed } from './child-process';

const scale = Number(process.env.BENCH_SCALE ?? '1');
const runs = process.env.BENCH_RUNS ?? '7';
const customers = Math.round(100_000 * scale);
const target = 1000 * scale;

console.log(
  `\nDunning: evaluateScenario for ${customers.toLocaleString('en')} customers with 10 open invoices each (EUR and some GBP; 60% not yet due, 25% up to 30 days past due, 15% older; 5% disputes, 5% promises, 2% holds, 3% unapplied cash, 2% email opt-outs)`,
);
const result = child('dunning-evaluate.ts', [String(customers), '10', String(Math.min(Number(runs), 5))]);
const note = scale === 1 ? '' : `, scaled to this size: ${fixed(target, 0)} ms`;
console.log(
  `  standard scenario, first evaluation (every step due fires): median ${fixed(result.standardMedianMs)} ms, ${fixed((result.standardMedianMs as number) / target, 2)} × the 1 s target${note}`,
);
console.log(`  strict scenario, same customers: median ${fixed(result.strictMedianMs)} ms`);
console.log(
  `  standard scenario, the next day after recording the first day's actions: median ${fixed(result.nextDayMedianMs)} ms; actions repeated from the first day: ${fixed(result.keysRepeatedNextDay, 0)}`,
);
console.log(
  `  baseline in the same run: core's zod invoice schema over the same ${fixed(result.invoices, 0)} invoices alone: median ${fixed(result.zodInvoicesMedianMs)} ms (${fixed((result.zodInvoicesMedianMs as number) / (result.standardMedianMs as number), 1)} × a whole evaluation)`,
);
console.log(`  first day: ${JSON.stringify(result.firstDay)}`);
console.log(`  next day: ${JSON.stringify(result.nextDay)}`);
console.log(`  peak RSS ${fixed(result.peakRssMiB, 0)} MiB (customers alone ${fixed(result.dataRssMiB, 0)} MiB)`);
