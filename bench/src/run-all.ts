/**
 * `pnpm bench`: runs every benchmark, each engine in its own process (so peak memory is its own), and
 * prints the figures. Sizes can be lowered for a quick look: BENCH_SCALE=0.1 pnpm bench.
 */
import { child, fixed } from './child-process';

const scale = Number(process.env.BENCH_SCALE ?? '1');
const runs = process.env.BENCH_RUNS ?? '7';

const count = Math.round(1_000_000 * scale);
const customers = Math.round(100_000 * scale);

console.log(
  `Aging: ${count.toLocaleString('en')} open invoices of ${customers.toLocaleString('en')} customers, plain objects with YYYY-MM-DD dates and decimal-string amounts`,
);
const both = child('aging-engine.ts', ['both', String(count), String(customers), runs]);
const overdueMemory = child('aging-engine.ts', ['overdue', String(count), String(customers), '1']);
const duckMemory = child('aging-engine.ts', ['duckdb', String(count), String(customers), '1']);
const ratio = (both.overdueMedianMs as number) / (both.duckdbMedianMs as number);
console.log(`  Overdue ageReceivables (validation included): median ${fixed(both.overdueMedianMs)} ms`);
console.log(
  `  DuckDB GROUP BY (in memory, data loaded, 2 threads): median ${fixed(both.duckdbMedianMs)} ms; ${fixed(both.duckdbWithRowsMedianMs)} ms with the grouped rows read into JS`,
);
console.log(`  Ratio Overdue / DuckDB: ${fixed(ratio, 2)} (runs alternate between the two in one process)`);
const backToBack = (both.overdueBackToBackMedianMs as number) / (both.duckdbBackToBackMedianMs as number);
console.log(
  `  Each engine back to back: Overdue ${fixed(both.overdueBackToBackMedianMs)} ms, DuckDB ${fixed(both.duckdbBackToBackMedianMs)} ms, ratio ${fixed(backToBack, 2)}`,
);
console.log(
  `  Peak RSS: Overdue ${fixed(overdueMemory.peakRssMiB, 0)} MiB, DuckDB ${fixed(duckMemory.peakRssMiB, 0)} MiB (input rows alone ${fixed(overdueMemory.dataRssMiB, 0)} MiB)`,
);
console.log(`  Results agree: ${both.agree ? 'yes' : 'NO'} (${JSON.stringify(both.overdue)})`);
if (!both.agree) process.exitCode = 1;

const invoices = Math.round(1_000_000 * scale);
console.log(
  `\nKPIs: ${invoices.toLocaleString('en')} invoices and about as many payments over 24 months (decimal strings, allocations)`,
);
const kpis = child('kpi-engine.ts', [
  String(invoices),
  String(Math.round(100_000 * scale)),
  String(Math.min(Number(runs), 5)),
]);
console.log(
  `  prepareLedger (validate and index ${fixed(kpis.invoices, 0)} invoices, ${fixed(kpis.payments, 0)} payments): median ${fixed(kpis.prepareMedianMs)} ms`,
);
console.log(
  `  kpiSeries, ${fixed(kpis.points, 0)} monthly points on the prepared ledger: median ${fixed(kpis.seriesMedianMs)} ms`,
);
console.log(
  `  kpiSeries on the raw ledger (both together): median ${fixed(kpis.rawMedianMs)} ms; peak RSS ${fixed(kpis.peakRssMiB, 0)} MiB (input data alone ${fixed(kpis.dataRssMiB, 0)} MiB)`,
);
console.log(`  last point: ${JSON.stringify(kpis.lastPoint)}`);

// Scoring (also on its own: node --import tsx --conditions=@overdue/source src/run-scoring.ts).
await import('./run-scoring');

// Dunning (also on its own: node --import tsx --conditions=@overdue/source src/run-dunning.ts).
await import('./run-dunning');

// Outreach (also on its own: node --import tsx --conditions=@overdue/source src/run-outreach.ts).
await import('./run-outreach');

// Simulator (also on its own: node --import tsx --conditions=@overdue/source src/run-simulator.ts).
await import('./run-simulator');
