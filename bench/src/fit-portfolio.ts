/**
 * The fitting benchmark, in its own process: `fit-portfolio.ts <invoices> <runs>` prints one JSON line.
 * Timed, median of `runs`: profileLedger over a synthetic ledger of `invoices` invoices paid by allocated
 * payments (generate-ledger.ts); fitPortfolio on that profile (500 customers per archetype, 365 days); and,
 * as the baseline in the same run, one no-reminder simulation of 3,000 customers over 365 days, the same
 * simulated work as the fit's six archetype runs, so the ratio shows what the mix search adds.
 */
import {
  createNoReminderPolicy,
  fitPortfolio,
  generatePortfolio,
  profileLedger,
  simulatePortfolio,
} from '@overdue/simulator';
import { generateLedger } from './generate-ledger';
import { median } from './measure';

const [invoicesText = '100000', runsText = '3'] = process.argv.slice(2);
const invoices = Number(invoicesText);
const runs = Number(runsText);
const ledger = generateLedger(invoices, Math.max(10, Math.round(invoices / 20)), 24, '2026-06-30', 5);

const timed = <T>(work: () => T): { ms: number[]; result: T } => {
  const ms: number[] = [];
  let result: T | undefined;
  for (let run = 0; run < runs; run++) {
    (globalThis as { gc?: () => void }).gc?.();
    const start = performance.now();
    result = work();
    ms.push(performance.now() - start);
  }
  return { ms: ms.sort((a, b) => a - b), result: result as T };
};

const profile = timed(() => profileLedger(ledger));
const fit = timed(() => fitPortfolio(profile.result, { seed: 1 }));
const baseline = timed(() =>
  simulatePortfolio({
    portfolio: generatePortfolio({ customers: 3000, seed: 1, ...fit.result.portfolioOptions }),
    policy: createNoReminderPolicy(),
    days: 365,
    seed: 1,
  }),
);
console.log(
  JSON.stringify({
    invoices,
    measured: profile.result.behaviour.invoices,
    profileMs: median(profile.ms),
    fitMs: median(fit.ms),
    baselineMs: median(baseline.ms),
    distance: fit.result.distance,
    lateShare: profile.result.behaviour.lateShare,
    fittedLateShare: fit.result.fitted.lateShare,
  }),
);
