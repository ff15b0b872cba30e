// How much room the simulator's reaction model leaves: no reminders, the fixed ladder and the adaptive
// policy beside the ORACLE (which cheats: it reads the hidden traits; see oracle-policy.ts), on the same
// portfolios and seeds as comparePolicies (generatePortfolio then simulatePortfolio per seed).
// `pnpm oracle [--customers 2000] [--days 180] [--seeds 5]`.
import type { CollectionPolicy, Portfolio, SimulationResult } from '@overdue/simulator';
import {
  createAdaptivePolicy,
  createFixedLadderPolicy,
  createNoReminderPolicy,
  generatePortfolio,
  simulatePortfolio,
} from '@overdue/simulator';
import { createOraclePolicy } from './oracle-policy';

interface Entry {
  name: string;
  make: (portfolio: Portfolio) => CollectionPolicy;
}

const ENTRIES: readonly Entry[] = [
  { name: 'no-reminders', make: () => createNoReminderPolicy() },
  { name: 'fixed-ladder', make: () => createFixedLadderPolicy() },
  { name: 'adaptive', make: () => createAdaptivePolicy() },
  { name: 'oracle (<=3 a week)', make: (portfolio) => createOraclePolicy(portfolio) },
  {
    name: 'oracle, daily (no limit)',
    make: (portfolio) => createOraclePolicy(portfolio, { maxMessagesPerWeek: 7, minGapDays: 1 }),
  },
  {
    name: 'oracle, ladder-sized (1 a week, from 1 day before due)',
    make: (portfolio) => createOraclePolicy(portfolio, { maxMessagesPerWeek: 1, minGapDays: 7, preDueDays: 1 }),
  },
  {
    name: 'oracle, each plan offered once',
    make: (portfolio) => createOraclePolicy(portfolio, { retryPlans: false }),
  },
  {
    name: 'oracle, messages only',
    make: (portfolio) => createOraclePolicy(portfolio, { planOffers: 'none' }),
  },
  {
    name: 'oracle, plans only',
    make: (portfolio) => createOraclePolicy(portfolio, { messages: false }),
  },
  {
    name: 'oracle, plans for all (loophole)',
    make: (portfolio) => createOraclePolicy(portfolio, { planOffers: 'all' }),
  },
];

function argument(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name}: expected a positive integer`);
  return value;
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const sd = (values: readonly number[]) => {
  if (values.length < 2) return 0;
  const average = mean(values);
  return Math.sqrt(values.reduce((sum, value) => sum + (value - average) ** 2, 0) / (values.length - 1));
};
const pm = (values: readonly number[], digits: number, scale = 1) =>
  `${(mean(values) / scale).toFixed(digits)} ± ${(sd(values) / scale).toFixed(digits)}`;

const customers = argument('--customers', 2000);
const days = argument('--days', 180);
const seeds = Array.from({ length: argument('--seeds', 5) }, (_, index) => index + 1);
const runs: SimulationResult[][] = ENTRIES.map(() => []);
for (const seed of seeds) {
  const portfolio = generatePortfolio({ customers, seed, currency: 'GBP' });
  ENTRIES.forEach((entry, index) => {
    const started = performance.now();
    (runs[index] as SimulationResult[]).push(
      simulatePortfolio({ portfolio, policy: entry.make(portfolio), days, seed }),
    );
    process.stderr.write(`seed ${seed} ${entry.name}: ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  });
}
const overdue = runs.map((list) => list.map((run) => (run.totals.byCurrency[0]?.averageOverdue.minor ?? 0) / 100));
const reduction = (index: number, against: number) =>
  (overdue[index] as number[]).map((value, seed) => {
    const theirs = (overdue[against] as number[])[seed] as number;
    return ((theirs - value) / theirs) * 100;
  });
const lines = [
  `${customers} customers, ${days} days, seeds ${seeds.join(', ')}; mean ± sample sd; reductions paired by seed`,
  '',
  '| Policy | Average overdue (£) | vs none % | vs ladder % | DSO | Messages | Opt-outs | Churned | Plans | Plan offers |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
];
ENTRIES.forEach((entry, index) => {
  const list = runs[index] as SimulationResult[];
  lines.push(
    `| ${entry.name} | ${pm(overdue[index] as number[], 0)} | ${index === 0 ? '—' : pm(reduction(index, 0), 1)} | ${
      index === 1 ? '—' : pm(reduction(index, 1), 1)
    } | ${pm(
      list.map((run) => run.totals.byCurrency[0]?.daysSalesOutstanding ?? 0),
      1,
    )} | ${pm(
      list.map((run) => run.totals.messagesSent),
      0,
    )} | ${pm(
      list.map((run) => run.totals.optOuts),
      1,
    )} | ${pm(
      list.map((run) => run.totals.churned),
      1,
    )} | ${pm(
      list.map((run) => run.totals.plansAccepted),
      1,
    )} | ${pm(
      list.map((run) => run.totals.plansOffered),
      0,
    )} |`,
  );
});
process.stdout.write(`${lines.join('\n')}\n`);
