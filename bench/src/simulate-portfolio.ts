/**
 * The simulator benchmark, in its own process: `simulate-portfolio.ts <customers> <days> <runs>` prints one
 * JSON line. One portfolio (seed 1); timed: simulatePortfolio with the no-reminder baseline, the fixed
 * ladder and the adaptive policy, each `runs` times (after no warm-up run: a run is long), median wall
 * time and the process CPU time of the median run. Every run also simulates the default 120 warm-up days.
 */
import type { CollectionPolicy, SimulationResult } from '@overdue/simulator';
import {
  createAdaptivePolicy,
  createFixedLadderPolicy,
  createNoReminderPolicy,
  generatePortfolio,
  simulatePortfolio,
} from '@overdue/simulator';
import { median, peakRssMiB, stealMs } from './measure';

const [customersText = '10000', daysText = '365', runsText = '3'] = process.argv.slice(2);
const customers = Number(customersText);
const days = Number(daysText);
const runs = Number(runsText);
const generateStart = performance.now();
const portfolio = generatePortfolio({ customers, seed: 1 });
const generateMs = performance.now() - generateStart;

function time(policy: () => CollectionPolicy) {
  const times: number[] = [];
  const cpu: number[] = [];
  const steal: (number | undefined)[] = [];
  let result: SimulationResult | undefined;
  for (let run = 0; run < runs; run++) {
    (globalThis as { gc?: () => void }).gc?.();
    const stealStart = stealMs();
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    result = simulatePortfolio({ portfolio, policy: policy(), days, seed: 1 });
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
    const stealEnd = stealMs();
    steal.push(stealStart === undefined || stealEnd === undefined ? undefined : stealEnd - stealStart);
  }
  // The steal time of the run whose wall time is the median.
  const order = times.map((_, run) => run).sort((a, b) => (times[a] as number) - (times[b] as number));
  const totals = (result as SimulationResult).totals;
  return {
    medianMs: median([...times].sort((a, b) => a - b)),
    cpuMedianMs: median([...cpu].sort((a, b) => a - b)),
    fastestMs: Math.min(...times),
    stealMs: steal[order[Math.floor((runs - 1) / 2)] as number],
    messages: totals.messagesSent,
    averageOverdueMinor: totals.byCurrency[0]?.averageOverdue.minor,
    invoicesIssued: totals.invoicesIssued,
  };
}

const none = time(createNoReminderPolicy);
const ladder = time(() => createFixedLadderPolicy());
const adaptive = time(() => createAdaptivePolicy());
console.log(JSON.stringify({ customers, days, runs, generateMs, none, ladder, adaptive, peakRssMiB: peakRssMiB() }));
