/**
 * The simulator benchmark, printed in words. Run by run-all.ts, or alone: BENCH_SCALE=0.1 node --import tsx
 * --conditions=@overdue/source src/run-simulator.ts. BENCH_SCALE and BENCH_RUNS as in run-all.ts (at most
 * 3 runs here: one run of the adaptive policy takes seconds).
 */
import { child, fixed } from './child-process';

const scale = Number(process.env.BENCH_SCALE ?? '1');
const runs = Math.min(Number(process.env.BENCH_RUNS ?? '3'), 3);
const customers = Math.round(10_000 * scale);
const target = 10_000 * scale;

interface Timing {
  medianMs: number;
  cpuMedianMs: number;
  messages: number;
  averageOverdueMinor: number;
  fastestMs: number;
  /** Steal time on the machine during the median run (all cores), or undefined off Linux. */
  stealMs: number | undefined;
}

console.log(
  `\nSimulator: simulatePortfolio, ${customers.toLocaleString('en')} customers of the default archetype mix, 365 days (plus the default 120 warm-up days), seed 1, median of ${runs} run(s)`,
);
const result = child('simulate-portfolio.ts', [String(customers), '365', String(runs)]);
const note = scale === 1 ? '' : `, scaled to this size: ${fixed(target, 0)} ms`;
const none = result.none as Timing;
const ladder = result.ladder as Timing;
const adaptive = result.adaptive as Timing;
const stolen = (timing: Timing) =>
  timing.stealMs === undefined ? '' : `, ${fixed(timing.stealMs, 0)} ms steal on the machine during that run`;
const line = (name: string, timing: Timing) =>
  `  ${name}: ${fixed(timing.medianMs, 0)} ms wall (${fixed(timing.cpuMedianMs, 0)} ms CPU; fastest run ${fixed(timing.fastestMs, 0)} ms${stolen(timing)}), ${timing.messages.toLocaleString('en')} messages`;
console.log(
  `${line('adaptive policy (the one the 10 s target is for)', adaptive)}, ${fixed(adaptive.medianMs / target, 2)} × the 10 s target${note}`,
);
console.log(line('fixed ladder', ladder));
console.log(line('no-reminder baseline, same run', none));
console.log(
  `  adaptive / no-reminder baseline: ${fixed(adaptive.medianMs / none.medianMs, 2)} × wall, ${fixed(adaptive.cpuMedianMs / none.cpuMedianMs, 2)} × CPU`,
);
console.log(
  '  (steal: CPU time the hypervisor gave other machines, from /proc/stat; well above 0, the wall figures are slowed by neighbours and the CPU figures are the better guide)',
);
console.log(`  generatePortfolio: ${fixed(result.generateMs, 0)} ms; peak RSS ${fixed(result.peakRssMiB, 0)} MiB`);

console.log('\nFitting: profileLedger and fitPortfolio (500 customers per archetype, 365 days), median of 3 runs');
const fitted = child('fit-portfolio.ts', [String(Math.round(100_000 * scale)), '3']);
console.log(
  `  profileLedger over ${Number(fitted.invoices).toLocaleString('en')} invoices paid by allocated payments (${Number(fitted.measured).toLocaleString('en')} measured): ${fixed(fitted.profileMs, 0)} ms`,
);
console.log(
  `  fitPortfolio: ${fixed(fitted.fitMs, 0)} ms; one no-reminder simulation of the same size (3,000 customers, 365 days), same run: ${fixed(fitted.baselineMs, 0)} ms (fit / simulation: ${fixed((fitted.fitMs as number) / (fitted.baselineMs as number), 2)} ×)`,
);
console.log(
  `  late share ${fixed(fitted.lateShare, 3)} in the ledger, ${fixed(fitted.fittedLateShare, 3)} fitted; distance ${fixed(fitted.distance, 3)}`,
);
