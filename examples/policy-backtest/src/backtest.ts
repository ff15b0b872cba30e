// The policy backtest: calibration beside the real figures, then no reminders vs a fixed ladder vs the
// adaptive policy (plan offers alone, and in its reminders) over several seeds, printed and written as an HTML report with inline SVG charts.
import { basename } from 'node:path';
import type { Money } from '@overdue/core';
import { formatMoney } from '@overdue/core';
import type {
  PaymentBehaviour,
  PolicyComparison,
  PolicySummary,
  SimulationResult,
  SummaryStatistic,
} from '@overdue/simulator';
import {
  CALIBRATION_TARGETS,
  comparePolicies,
  createAdaptivePolicy,
  createFixedLadderPolicy,
  createNoReminderPolicy,
  measurePaymentBehaviour,
} from '@overdue/simulator';
import type { LedgerFit } from './ledger-fit';
import { fitLedger, ledgerFitLines } from './ledger-fit';
import type { RealFigures } from './real-figures';
import { barChart, groupedBarChart, lineChart } from './svg-charts';

/** What the backtest needs from the outside world. */
export interface BacktestIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readRealFigures: (directory: string) => RealFigures;
  readFile: (path: string) => string;
  writeFile: (path: string, text: string) => void;
}

/** Parsed command-line options. */
export interface BacktestOptions {
  customers: number;
  days: number;
  seeds: number;
  out: string;
  data: string;
  /** A receivables export (IBM layout) to fit the portfolio to, instead of the default mix. */
  ledger?: string;
}

/** The adaptive policy with its plan offers carried in its reminders instead of made on their own. */
const IN_REMINDERS = 'adaptive-in-reminders';

const COLOURS: Record<string, string> = {
  'no-reminders': '#9e9e9e',
  'fixed-ladder': '#1f77b4',
  adaptive: '#2ca02c',
  [IN_REMINDERS]: '#ff7f0e',
};

/** Reads `--customers 2000 --days 180 --seeds 5 --out report.html --data ../shared/data --ledger export.csv`. */
export function parseArgs(args: readonly string[], defaults: BacktestOptions): BacktestOptions | string {
  const options = { ...defaults };
  for (let index = 0; index < args.length; index += 2) {
    const name = args[index];
    const value = args[index + 1];
    if (value === undefined) return `missing value after ${name}`;
    if (name === '--customers' || name === '--days' || name === '--seeds') {
      const number = Number(value);
      if (!Number.isInteger(number) || number < 1) return `${name}: expected a positive integer, got "${value}"`;
      options[name.slice(2) as 'customers' | 'days' | 'seeds'] = number;
    } else if (name === '--out') options.out = value;
    else if (name === '--data') options.data = value;
    else if (name === '--ledger') options.ledger = value;
    else return `unknown option ${name}`;
  }
  return options;
}

const pad = (text: string, width: number) => text.padStart(width);
const gbp = (money: Money) =>
  formatMoney({ currency: money.currency, minor: Math.round(money.minor / 100) * 100 }, 'en-GB').replace(/\.00$/, '');
const plusMinus = (statistic: SummaryStatistic, digits = 1) =>
  `${statistic.mean.toFixed(digits)} ± ${statistic.standardDeviation.toFixed(digits)}`;

function averageBehaviour(behaviours: readonly PaymentBehaviour[]) {
  const mean = (pick: (behaviour: PaymentBehaviour) => number) =>
    behaviours.reduce((sum, behaviour) => sum + pick(behaviour), 0) / behaviours.length;
  return {
    medianDaysToPay: mean((behaviour) => behaviour.medianDaysToPay),
    lateShare: mean((behaviour) => behaviour.lateShare),
    q1: mean((behaviour) => behaviour.daysLateQuantiles.q1),
    median: mean((behaviour) => behaviour.daysLateQuantiles.median),
    q3: mean((behaviour) => behaviour.daysLateQuantiles.q3),
    p90: mean((behaviour) => behaviour.daysLateQuantiles.p90),
    early: [
      mean((behaviour) => behaviour.daysEarlyQuantiles.q1),
      mean((behaviour) => behaviour.daysEarlyQuantiles.median),
      mean((behaviour) => behaviour.daysEarlyQuantiles.q3),
      mean((behaviour) => behaviour.daysEarlyQuantiles.p90),
    ],
  };
}

/** Runs the backtest; returns the exit code. */
export function runBacktest(options: BacktestOptions, io: BacktestIo): number {
  const seeds = Array.from({ length: options.seeds }, (_, index) => index + 1);
  const baselineRuns: SimulationResult[] = [];
  const ledger = options.ledger === undefined ? undefined : fitLedger(options.ledger, io.readFile(options.ledger));
  const started = performance.now();
  const comparison = comparePolicies({
    ...(ledger === undefined ? {} : { ...ledger.fit.portfolioOptions, currency: ledger.currency }),
    policies: [
      createNoReminderPolicy(),
      createFixedLadderPolicy(),
      createAdaptivePolicy(),
      { ...createAdaptivePolicy({ planDelivery: 'in-reminders' }), name: IN_REMINDERS },
    ],
    customers: options.customers,
    days: options.days,
    seeds,
    onResult: (result) => {
      if (result.policy === 'no-reminders') baselineRuns.push(result);
      io.stderr(`  simulated ${result.policy}, seed ${String(result.seed)}\n`);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const simulated = averageBehaviour(baselineRuns.map((result) => measurePaymentBehaviour(result)));
  const lines: string[] = [];
  if (ledger === undefined) lines.push(...calibrationLines(options, simulated, io.readRealFigures(options.data)));
  else lines.push(...ledgerFitLines(ledger), ...ledgerCalibrationLines(options, simulated, ledger, comparison));
  lines.push('');
  lines.push(...comparisonLines(comparison));
  lines.push('', `${comparison.policies.length * seeds.length} simulations in ${seconds.toFixed(1)} s.`);
  const report = renderReport(comparison, lines, ledger);
  io.writeFile(options.out, report);
  lines.push(`Report written to ${options.out}`);
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}

type SimulatedBehaviour = ReturnType<typeof averageBehaviour>;

/** The no-reminder runs of the fitted portfolio beside the ledger they were fitted to. */
function ledgerCalibrationLines(
  options: BacktestOptions,
  simulated: SimulatedBehaviour,
  { fit, kpis }: LedgerFit,
  comparison: PolicyComparison,
): string[] {
  const none = comparison.policies.find((policy) => policy.name === 'no-reminders');
  const target = fit.target;
  const late = [simulated.q1, simulated.median, simulated.q3, simulated.p90];
  const rows = [
    ['median days to pay', simulated.medianDaysToPay.toFixed(1), target.medianDaysToPay.toFixed(1)],
    ['share paid late', `${(simulated.lateShare * 100).toFixed(1)}%`, `${(target.lateShare * 100).toFixed(1)}%`],
    [
      'days late q1 / median / q3 / p90',
      late.map((value) => value.toFixed(0)).join(' / '),
      [
        target.daysLateQuantiles.q1,
        target.daysLateQuantiles.median,
        target.daysLateQuantiles.q3,
        target.daysLateQuantiles.p90,
      ].join(' / '),
    ],
    [
      'days early q1 / median / q3 / p90',
      simulated.early.map((value) => value.toFixed(0)).join(' / '),
      [
        target.daysEarlyQuantiles.q1,
        target.daysEarlyQuantiles.median,
        target.daysEarlyQuantiles.q3,
        target.daysEarlyQuantiles.p90,
      ].join(' / '),
    ],
    [
      'DSO, trailing 30 days (not fitted)',
      none === undefined ? '—' : none.daysSalesOutstanding.mean.toFixed(1),
      kpis.daysSalesOutstanding.toFixed(1),
    ],
    [
      'ADD, trailing 30 days (not fitted)',
      none === undefined ? '—' : none.averageDaysDelinquent.mean.toFixed(2),
      kpis.averageDaysDelinquent.toFixed(2),
    ],
  ];
  const lines = [
    `Check: the fitted portfolio with no reminders, ${options.customers.toLocaleString('en')} customers, ${options.days} days, mean over ${options.seeds} seeds`,
    `  ${'figure'.padEnd(36)}${pad('simulated', 18)}${pad('ledger', 18)}`,
  ];
  for (const row of rows)
    lines.push(`  ${(row[0] as string).padEnd(36)}${pad(row[1] as string, 18)}${pad(row[2] as string, 18)}`);
  lines.push(
    `  (DSO and ADD: means of each day's trailing 30-day figure, the ledger's over ${kpis.from} to ${kpis.to}; the fit does not use them)`,
  );
  return lines;
}

/** The no-reminder runs of the default portfolio beside the real figures it is calibrated to. */
function calibrationLines(options: BacktestOptions, simulated: SimulatedBehaviour, real: RealFigures): string[] {
  const lines: string[] = [];
  lines.push(
    `Calibration: no reminders, ${options.customers.toLocaleString('en')} customers, ${options.days} days, mean over ${options.seeds} seeds (invoices due at least 60 days before the end)`,
  );
  if (real.uk === undefined && real.ibm === undefined) {
    lines.push(
      `  The real data was not found in ${real.directory}: showing the documented targets (CALIBRATION_TARGETS) instead of re-reading the files.`,
    );
  }
  const uk = real.uk ?? {
    medianDaysToPay: CALIBRATION_TARGETS.medianDaysToPay,
    lateShare: CALIBRATION_TARGETS.lateShare,
  };
  const ibm = real.ibm ?? { ...CALIBRATION_TARGETS.daysLateQuantiles, invoices: 0, lateShare: Number.NaN };
  const ukSource = real.uk === undefined ? 'documented target' : 'UK payment practices, read from the file';
  const ibmSource =
    real.ibm === undefined ? 'documented target' : `IBM sample, ${ibm.invoices.toLocaleString('en')} invoices`;
  const calibrationRows = [
    [
      'median days to pay',
      simulated.medianDaysToPay.toFixed(1),
      String(uk.medianDaysToPay),
      `±${CALIBRATION_TARGETS.medianDaysToPayTolerance}`,
      ukSource,
    ],
    [
      'share paid late',
      `${(simulated.lateShare * 100).toFixed(1)}%`,
      `${(uk.lateShare * 100).toFixed(0)}%`,
      `±${CALIBRATION_TARGETS.lateShareTolerance * 100} pts`,
      ukSource,
    ],
    [
      'days late q1 / median / q3 / p90',
      [simulated.q1, simulated.median, simulated.q3, simulated.p90].map((value) => value.toFixed(0)).join(' / '),
      [ibm.q1, ibm.median, ibm.q3, ibm.p90].join(' / '),
      `median ±${CALIBRATION_TARGETS.daysLateMedianTolerance}`,
      ibmSource,
    ],
  ];
  lines.push(`  ${'figure'.padEnd(34)}${pad('simulated', 16)}${pad('real', 16)}${pad('tolerance', 14)}  source`);
  for (const row of calibrationRows) {
    lines.push(
      `  ${(row[0] as string).padEnd(34)}${pad(row[1] as string, 16)}${pad(row[2] as string, 16)}${pad(row[3] as string, 14)}  ${row[4]}`,
    );
  }
  if (real.ibm !== undefined) {
    lines.push(
      `  (the IBM sample's own late share is ${(real.ibm.lateShare * 100).toFixed(1)}%; the simulator follows the UK 20% and takes only the shape of days late from IBM; --ledger fits a portfolio to an export instead)`,
    );
  }
  return lines;
}

function comparisonLines(comparison: PolicyComparison): string[] {
  const nameWidth = Math.max(14, ...comparison.policies.map((policy) => policy.name.length + 2));
  const lines = [
    `Policies over ${comparison.seeds.length} seeds (mean ± sample standard deviation), ${comparison.customers.toLocaleString('en')} customers, ${comparison.days} days, ${comparison.currency}:`,
    `  ${'policy'.padEnd(nameWidth)}${pad('avg overdue', 22)}${pad('end overdue', 22)}${pad('DSO', 14)}${pad('ADD', 12)}${pad('CEI %', 14)}${pad('messages', 18)}${pad('opt-outs', 14)}${pad('churned', 12)}${pad('plans', 14)}${pad('plan offers', 16)}`,
  ];
  for (const policy of comparison.policies) {
    lines.push(
      `  ${policy.name.padEnd(nameWidth)}${pad(`${gbp(policy.averageOverdue.mean)} ± ${gbp(policy.averageOverdue.standardDeviation)}`, 22)}${pad(`${gbp(policy.endOverdue.mean)} ± ${gbp(policy.endOverdue.standardDeviation)}`, 22)}${pad(plusMinus(policy.daysSalesOutstanding), 14)}${pad(plusMinus(policy.averageDaysDelinquent, 2), 12)}${pad(plusMinus(policy.collectionEffectivenessIndex), 14)}${pad(plusMinus(policy.messagesSent, 0), 18)}${pad(plusMinus(policy.optOuts), 14)}${pad(plusMinus(policy.churned), 12)}${pad(plusMinus(policy.plansAccepted), 14)}${pad(plusMinus(policy.plansOffered, 0), 16)}`,
    );
  }
  lines.push(
    '  (plans: payment plans accepted; plan offers: offers that reached a payer, not counted in messages;',
    `   ${IN_REMINDERS}: the adaptive policy with its unasked plan offers carried in its reminders)`,
    '',
    ...archetypeLines(comparison),
  );
  const ladder = comparison.policies.find((policy) => policy.name === 'fixed-ladder');
  const variants = comparison.policies.filter((policy) => policy.name === 'adaptive' || policy.name === IN_REMINDERS);
  if (ladder !== undefined && variants.length > 0) {
    lines.push('', 'Targets (average overdue balance, paired by seed):');
    for (const adaptive of variants) lines.push(...targetLines(adaptive, ladder));
    const ladderNone = ladder.overdueReduction.find((entry) => entry.against === 'no-reminders')?.percent;
    if (ladderNone !== undefined) lines.push(`  fixed ladder vs no reminders: ${plusMinus(ladderNone)}% less overdue`);
  }
  return lines;
}

/** The issue's targets for one adaptive variant against the ladder and against no reminders. */
function targetLines(adaptive: PolicySummary, ladder: PolicySummary): string[] {
  const name = adaptive.name;
  const against = (other: string) => adaptive.overdueReduction.find((entry) => entry.against === other)?.percent;
  const versusLadder = against('fixed-ladder');
  const versusNone = against('no-reminders');
  const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
  const lines: string[] = [];
  if (versusLadder !== undefined) {
    lines.push(
      `  ${name} vs fixed ladder: ${plusMinus(versusLadder)}% less overdue (target at least 25%): ${verdict(versusLadder.mean >= 25)}`,
    );
  }
  lines.push(
    `  ${name} messages ${adaptive.messagesSent.mean.toFixed(0)} vs ladder ${ladder.messagesSent.mean.toFixed(0)} (target: no more): ${verdict(adaptive.messagesSent.mean <= ladder.messagesSent.mean)}`,
    `  ${name} contacts (messages and plans offered on their own) ${adaptive.contacts.mean.toFixed(0)} vs ladder ${ladder.contacts.mean.toFixed(0)}: ${verdict(adaptive.contacts.mean <= ladder.contacts.mean)}`,
  );
  if (versusNone !== undefined) {
    lines.push(
      `  ${name} vs no reminders: ${plusMinus(versusNone)}% less overdue (target at least 60%): ${verdict(versusNone.mean >= 60)}`,
    );
  }
  return lines;
}

/** Where the overdue balance sits and what each policy spent, by hidden archetype (analysis only). */
function archetypeLines(comparison: PolicyComparison): string[] {
  const first = comparison.policies[0];
  if (first === undefined) return [];
  const width = Math.max(18, ...comparison.policies.map((policy) => policy.name.length + 2));
  const header = comparison.policies.map((policy) => pad(policy.name, width)).join('');
  const lines = [
    'By hidden archetype (mean over seeds; for analysis: no policy sees archetypes):',
    `  average overdue    ${pad('customers', 10)}${header}`,
  ];
  first.byArchetype.forEach((entry, position) => {
    const cells = comparison.policies.map((policy) => {
      const mean = policy.byArchetype[position]?.averageOverdue.mean;
      return pad(mean === undefined ? '' : gbp(mean), width);
    });
    lines.push(`  ${entry.archetype.padEnd(19)}${pad(entry.customers.toFixed(0), 10)}${cells.join('')}`);
  });
  lines.push('  messages · plan offers · plans accepted');
  first.byArchetype.forEach((entry, position) => {
    const cells = comparison.policies.map((policy) => {
      const own = policy.byArchetype[position];
      const text =
        own === undefined
          ? ''
          : `${own.messagesSent.toFixed(0)} · ${own.plansOffered.toFixed(0)} · ${own.plansAccepted.toFixed(0)}`;
      return pad(text, width);
    });
    lines.push(`  ${entry.archetype.padEnd(19)}${pad('', 10)}${cells.join('')}`);
  });
  return lines;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The fit at a glance: days late and days early of the ledger, the fitted mix and the default mix. */
function fitChart({ fit, path }: LedgerFit): string {
  const quantiles = (figures: typeof fit.target) => [
    figures.daysLateQuantiles.q1,
    figures.daysLateQuantiles.median,
    figures.daysLateQuantiles.q3,
    figures.daysLateQuantiles.p90,
    figures.daysEarlyQuantiles.median,
    figures.medianDaysToPay,
  ];
  return groupedBarChart(
    `How ${basename(path)} pays, and the fitted portfolio (days, no reminders)`,
    ['late q1', 'late median', 'late q3', 'late p90', 'early median', 'days to pay'],
    [
      { name: 'ledger', colour: '#444444', values: quantiles(fit.target) },
      { name: 'fitted mix', colour: COLOURS.adaptive as string, values: quantiles(fit.fitted) },
      { name: 'default mix', colour: COLOURS['no-reminders'] as string, values: quantiles(fit.defaultMix) },
    ],
    (value) => value.toFixed(0),
  );
}

function renderReport(comparison: PolicyComparison, lines: readonly string[], ledger: LedgerFit | undefined): string {
  const colour = (name: string) => COLOURS[name] ?? '#d62728';
  const overdue = lineChart(
    `Overdue balance (${comparison.currency}), mean over seeds`,
    comparison.policies.map((policy) => ({
      name: policy.name,
      colour: colour(policy.name),
      points: policy.series.map((point) => ({ x: point.day, y: point.overdue.minor / 100 })),
    })),
    (value) => `${Math.round(value / 1000).toLocaleString('en')}k`,
  );
  const dso = lineChart(
    'DSO (trailing 30 days), mean over seeds',
    comparison.policies.map((policy) => ({
      name: policy.name,
      colour: colour(policy.name),
      points: policy.series.map((point) => ({ x: point.day, y: point.daysSalesOutstanding })),
    })),
    (value) => value.toFixed(0),
  );
  const messages = barChart(
    'Contacts: messages and plan offers alone (± one sd)',
    comparison.policies.map((policy) => ({
      name: policy.name,
      colour: colour(policy.name),
      value: policy.contacts.mean,
      spread: policy.contacts.standardDeviation,
    })),
    (value) => value.toFixed(0),
  );
  const average = barChart(
    `Average overdue balance (${comparison.currency}, ± one standard deviation)`,
    comparison.policies.map((policy) => ({
      name: policy.name,
      colour: colour(policy.name),
      value: policy.averageOverdue.mean.minor / 100,
      spread: policy.averageOverdue.standardDeviation.minor / 100,
    })),
    (value) => `${Math.round(value / 1000).toLocaleString('en')}k`,
  );
  const archetypes = comparison.policies[0]?.byArchetype.map((entry) => entry.archetype) ?? [];
  const byArchetype = groupedBarChart(
    `Average overdue balance by hidden archetype (${comparison.currency}), mean over seeds`,
    archetypes,
    comparison.policies.map((policy) => ({
      name: policy.name,
      colour: colour(policy.name),
      values: policy.byArchetype.map((entry) => entry.averageOverdue.mean.minor / 100),
    })),
    (value) => `${Math.round(value / 1000).toLocaleString('en')}k`,
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Overdue policy backtest</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:1100px}pre{background:#f6f6f6;padding:1rem;overflow-x:auto;font-size:12px}</style>
</head><body>
<h1>Policy backtest</h1>
<p>No reminders, a fixed email ladder (1, 7, 14 and 30 days past due) and the adaptive policy (its plan offers made on their own, and carried in its reminders) on synthetic portfolios of ${comparison.customers.toLocaleString('en')} customers over ${comparison.days} days, seeds ${comparison.seeds.join(', ')}${ledger === undefined ? '' : `, with the archetype mix, terms, cadence and invoice size fitted to ${escapeHtml(ledger.path)}`}. See docs/guides/simulator.md for the model.</p>
${ledger === undefined ? '' : `${fitChart(ledger)}\n`}${overdue}
${average}
${byArchetype}
<p>Archetypes are hidden traits: no policy sees them. The split shows where the overdue balance sits and which payers a policy moves.</p>
${messages}
${dso}
<h2>Figures</h2>
<pre>${escapeHtml(lines.join('\n'))}</pre>
</body></html>
`;
}
