import type { CivilDate, Money } from '@overdue/core';
import { civilDateSchema, InvalidArgumentError, parseInput } from '@overdue/core';
import { z } from 'zod';
import { divideHalfEven } from '../_lib/engine';
import type { CollectionPolicy } from '../policies/policy-types';
import type { PayerArchetype } from '../portfolio/archetypes';
import type { GeneratePortfolioOptions } from '../portfolio/generate-portfolio';
import { generatePortfolio } from '../portfolio/generate-portfolio';
import { simulatePortfolio } from '../simulate/simulate-portfolio';
import type { ArchetypeTotals, SimulationResult } from '../simulate/simulation-types';

/**
 * Options of {@link comparePolicies}.
 *
 * @category Comparison
 * @example
 * ```ts
 * const options: ComparePoliciesOptions = {
 *   policies: [createNoReminderPolicy(), createFixedLadderPolicy(), createAdaptivePolicy()],
 *   customers: 2000, days: 180, seeds: [1, 2, 3, 4, 5],
 * };
 * ```
 */
export interface ComparePoliciesOptions {
  /** The policies, with distinct names. Required, at least one. */
  policies: readonly CollectionPolicy[];
  /** Customers per portfolio, an integer from 1 to 1,000,000. Required. */
  customers: number;
  /** Days simulated, an integer from 1 to 3,650. Required. */
  days: number;
  /** Seeds: each gives one portfolio and one simulation per policy. Required, at least one, distinct. */
  seeds: readonly (number | string)[];
  /** Archetype mix of the portfolios. Optional; default the portfolio default. */
  mix?: Partial<Record<PayerArchetype, number>>;
  /** The currency whose figures are compared (portfolios are billed in it). Optional; default `GBP`. */
  currency?: 'GBP' | 'EUR' | 'USD';
  /** Payment terms of the portfolios, as {@link GeneratePortfolioOptions.terms}. Optional; default the portfolio default. */
  terms?: GeneratePortfolioOptions['terms'];
  /** Median days between two invoices of a customer, as {@link GeneratePortfolioOptions.invoiceEveryDays}. Optional. */
  invoiceEveryDays?: number;
  /** Days before the due date from which on-time invoices are paid, as {@link GeneratePortfolioOptions.earlyDays}. Optional. */
  earlyDays?: number;
  /** Factor on invoice amounts, as {@link GeneratePortfolioOptions.amountScale}. Optional; default 1. */
  amountScale?: number;
  /** Where the customers are, as {@link GeneratePortfolioOptions.places}. Optional; default the portfolio default. */
  places?: GeneratePortfolioOptions['places'];
  /** Consent shares by channel, as {@link GeneratePortfolioOptions.consentShares}. Optional; default the portfolio default. */
  consentShares?: GeneratePortfolioOptions['consentShares'];
  /** The first simulated day. Optional; default `2026-01-01`. */
  startDate?: CivilDate;
  /** Warm-up days before the start. Optional; default 120. */
  warmUpDays?: number;
  /** Days between samples of the series. Optional; default 7. */
  sampleEveryDays?: number;
  /**
   * Called after each simulation, for progress output.
   *
   * @param result - The simulation just finished.
   */
  onResult?: (result: SimulationResult) => void;
}

/**
 * Mean, sample standard deviation, minimum and maximum of one figure over the seeds.
 *
 * @category Comparison
 * @example
 * ```ts
 * const statistic: SummaryStatistic = { mean: 2, standardDeviation: 1, min: 1, max: 3, values: [1, 2, 3] };
 * ```
 */
export interface SummaryStatistic {
  /** Mean, rounded to two decimals. */
  mean: number;
  /** Sample standard deviation (n - 1), rounded to two decimals; 0 with one seed. */
  standardDeviation: number;
  /** Smallest value. */
  min: number;
  /** Largest value. */
  max: number;
  /** The values, one per seed, in seed order. */
  values: number[];
}

/**
 * The same statistics for an amount, exact: mean and standard deviation rounded half-even to the minor unit.
 *
 * @category Comparison
 * @example
 * ```ts
 * const statistic: MoneyStatistic = {
 *   mean: { currency: 'GBP', minor: 200 }, standardDeviation: { currency: 'GBP', minor: 100 },
 *   min: { currency: 'GBP', minor: 100 }, max: { currency: 'GBP', minor: 300 },
 * };
 * ```
 */
export interface MoneyStatistic {
  /** Mean. */
  mean: Money;
  /** Sample standard deviation. */
  standardDeviation: Money;
  /** Smallest. */
  min: Money;
  /** Largest. */
  max: Money;
}

/**
 * One point of a policy's series, averaged over the seeds.
 *
 * @category Comparison
 * @example
 * ```ts
 * const point: ComparisonPoint = comparison.policies[0].series[0];
 * ```
 */
export interface ComparisonPoint {
  /** Days since the start. */
  day: number;
  /** Mean overdue balance. */
  overdue: Money;
  /** Mean open balance. */
  open: Money;
  /** Mean DSO (trailing window). */
  daysSalesOutstanding: number;
  /** Mean messages sent so far. */
  messages: number;
}

/**
 * How much less overdue one policy leaves than another, paired by seed.
 *
 * @category Comparison
 * @example
 * ```ts
 * const reduction: OverdueReduction = comparison.policies[2].overdueReduction[0];
 * reduction.against;
 * //=> 'no-reminders'
 * ```
 */
export interface OverdueReduction {
  /** The other policy's name. */
  against: string;
  /** `(other − this) / other × 100` of the average overdue balance, per seed, summarised. */
  percent: SummaryStatistic;
}

/**
 * The figures of one policy for the customers of one hidden archetype, over the seeds: where the overdue
 * balance sits and what the policy spent on them (for analysis; no policy sees archetypes).
 *
 * @category Comparison
 * @example
 * ```ts
 * const entry: ArchetypeSummary = comparison.policies[0].byArchetype[0];
 * entry.archetype;
 * //=> 'prompt'
 * ```
 */
export interface ArchetypeSummary {
  /** The archetype. */
  archetype: PayerArchetype;
  /** Mean number of its customers per portfolio. */
  customers: number;
  /** Mean daily overdue balance of its customers. */
  averageOverdue: MoneyStatistic;
  /** Mean messages sent to them. */
  messagesSent: number;
  /** Mean payment-plan offers that reached them. */
  plansOffered: number;
  /** Mean payment plans they accepted. */
  plansAccepted: number;
}

/**
 * The figures of one policy over the seeds.
 *
 * @category Comparison
 * @example
 * ```ts
 * const summary: PolicySummary = comparison.policies[0];
 * summary.name;
 * //=> 'no-reminders'
 * ```
 */
export interface PolicySummary {
  /** The policy's name. */
  name: string;
  /** Mean daily overdue balance over the run. */
  averageOverdue: MoneyStatistic;
  /** Overdue balance on the last day. */
  endOverdue: MoneyStatistic;
  /** Mean daily DSO. */
  daysSalesOutstanding: SummaryStatistic;
  /** Mean daily average days delinquent. */
  averageDaysDelinquent: SummaryStatistic;
  /** Mean daily CEI, percent. */
  collectionEffectivenessIndex: SummaryStatistic;
  /** Messages sent. */
  messagesSent: SummaryStatistic;
  /** Messages sent by channel (means). */
  messagesByChannel: Record<'email' | 'sms' | 'voice' | 'whatsapp', number>;
  /** Opt-outs. */
  optOuts: SummaryStatistic;
  /** Customers lost. */
  churned: SummaryStatistic;
  /** Payment-plan offers that reached a payer (not counted in `messagesSent`). */
  plansOffered: SummaryStatistic;
  /**
   * Times a payer was contacted: messages, plus plan offers made on their own (an offer in a message
   * is part of that message).
   */
  contacts: SummaryStatistic;
  /** Payment plans accepted. */
  plansAccepted: SummaryStatistic;
  /** The same figures per hidden archetype, in the order of `PAYER_ARCHETYPES`. */
  byArchetype: ArchetypeSummary[];
  /**
   * Reduction of the average overdue balance against each other policy, in percent, paired by seed
   * (`(other − this) / other × 100`): positive when this policy leaves less overdue.
   */
  overdueReduction: OverdueReduction[];
  /** The series, averaged over the seeds. */
  series: ComparisonPoint[];
}

/**
 * The result of {@link comparePolicies}.
 *
 * @category Comparison
 * @example
 * ```ts
 * const comparison: PolicyComparison = comparePolicies(options);
 * comparison.seeds.length;
 * //=> 5
 * ```
 */
export interface PolicyComparison {
  /** Customers per portfolio. */
  customers: number;
  /** Days simulated. */
  days: number;
  /** The seeds. */
  seeds: (number | string)[];
  /** The currency compared. */
  currency: string;
  /** One summary per policy, in the order given. */
  policies: PolicySummary[];
}

const SHAPE_KEYS = ['mix', 'terms', 'invoiceEveryDays', 'earlyDays', 'amountScale', 'places', 'consentShares'] as const;

const optionsSchema = z.strictObject({
  policies: z.array(z.object({ name: z.string().min(1), start: z.function() })).min(1),
  customers: z.number().int().min(1).max(1_000_000),
  days: z.number().int().min(1).max(3650),
  seeds: z
    .array(z.union([z.string(), z.number().refine(Number.isFinite, { error: 'expected a finite number' })]))
    .min(1),
  mix: z.record(z.string(), z.number()).optional(),
  currency: z.enum(['GBP', 'EUR', 'USD']).optional(),
  // Checked by generatePortfolio, which names the field.
  terms: z.array(z.unknown()).optional(),
  invoiceEveryDays: z.unknown().optional(),
  earlyDays: z.unknown().optional(),
  amountScale: z.unknown().optional(),
  places: z.unknown().optional(),
  consentShares: z.unknown().optional(),
  startDate: civilDateSchema.optional(),
  warmUpDays: z.number().int().min(0).max(730).optional(),
  sampleEveryDays: z.number().int().min(1).max(365).optional(),
  onResult: z.function().optional(),
});

/**
 * Backtests policies against each other: for every seed, generates a portfolio and simulates every
 * policy on it with the same seed (so all face the same invoices and the same customers), then reports
 * mean and spread over the seeds of the overdue balance, DSO, ADD, CEI, messages, opt-outs, churn and
 * plans, the paired reduction of the overdue balance against each other policy, and mean series.
 *
 * @param options - The policies, the portfolio size, the days and the seeds.
 * @returns The comparison.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} naming the bad option, such as `options.seeds` (also when two policies or two seeds are the same).
 * @category Comparison
 * @example
 * ```ts
 * const comparison = comparePolicies({
 *   policies: [createNoReminderPolicy(), createFixedLadderPolicy()], customers: 100, days: 60, seeds: [1, 2],
 * });
 * comparison.policies.map((policy) => policy.name);
 * //=> ['no-reminders', 'fixed-ladder']
 * ```
 */
export function comparePolicies(options: ComparePoliciesOptions): PolicyComparison {
  const parsed = parseInput(optionsSchema, options, 'options');
  const names = parsed.policies.map((policy) => policy.name);
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  if (repeated !== undefined) {
    throw new InvalidArgumentError(`expected distinct policy names, got "${repeated}" twice`, 'options.policies');
  }
  const seedKeys = parsed.seeds.map((seed) => `${typeof seed}:${String(seed)}`);
  if (new Set(seedKeys).size !== seedKeys.length) {
    throw new InvalidArgumentError('expected distinct seeds', 'options.seeds');
  }
  const currency = parsed.currency ?? 'GBP';
  const results: SimulationResult[][] = options.policies.map(() => []);
  // The portfolio's shape, as given (generatePortfolio checks it and names the field).
  const shape: Partial<GeneratePortfolioOptions> = {};
  for (const key of SHAPE_KEYS) if (options[key] !== undefined) Object.assign(shape, { [key]: options[key] });
  for (const seed of parsed.seeds) {
    const portfolio = generatePortfolio({
      customers: parsed.customers,
      seed,
      currency,
      ...shape,
    });
    options.policies.forEach((policy, index) => {
      const result = simulatePortfolio({
        portfolio,
        policy,
        days: parsed.days,
        seed,
        ...(parsed.startDate === undefined ? {} : { startDate: parsed.startDate }),
        ...(parsed.warmUpDays === undefined ? {} : { warmUpDays: parsed.warmUpDays }),
        ...(parsed.sampleEveryDays === undefined ? {} : { sampleEveryDays: parsed.sampleEveryDays }),
      });
      (results[index] as SimulationResult[]).push(result);
      options.onResult?.(result);
    });
  }
  const averageOverdueOf = (runs: SimulationResult[]) =>
    runs.map((run) => totalsOf(run, currency).averageOverdue.minor);
  const policies = options.policies.map((policy, index): PolicySummary => {
    const runs = results[index] as SimulationResult[];
    const totals = runs.map((run) => totalsOf(run, currency));
    const own = averageOverdueOf(runs);
    return {
      name: policy.name,
      averageOverdue: moneyStatistic(own, currency),
      endOverdue: moneyStatistic(
        totals.map((entry) => entry.overdue.minor),
        currency,
      ),
      daysSalesOutstanding: statistic(totals.map((entry) => entry.daysSalesOutstanding)),
      averageDaysDelinquent: statistic(totals.map((entry) => entry.averageDaysDelinquent)),
      collectionEffectivenessIndex: statistic(totals.map((entry) => entry.collectionEffectivenessIndex)),
      messagesSent: statistic(runs.map((run) => run.totals.messagesSent)),
      messagesByChannel: {
        email: mean(runs.map((run) => run.totals.messages.email)),
        sms: mean(runs.map((run) => run.totals.messages.sms)),
        voice: mean(runs.map((run) => run.totals.messages.voice)),
        whatsapp: mean(runs.map((run) => run.totals.messages.whatsapp)),
      },
      optOuts: statistic(runs.map((run) => run.totals.optOuts)),
      churned: statistic(runs.map((run) => run.totals.churned)),
      plansOffered: statistic(runs.map((run) => run.totals.plansOffered)),
      contacts: statistic(
        runs.map((run) => run.totals.messagesSent + run.totals.plansOffered - run.totals.plansOfferedInMessages),
      ),
      plansAccepted: statistic(runs.map((run) => run.totals.plansAccepted)),
      byArchetype: archetypeSummaries(runs, currency),
      overdueReduction: options.policies
        .map((other, otherIndex) => ({ other, otherIndex }))
        .filter(({ otherIndex }) => otherIndex !== index)
        .map(({ other, otherIndex }) => {
          const theirs = averageOverdueOf(results[otherIndex] as SimulationResult[]);
          return {
            against: other.name,
            percent: statistic(
              own.map((value, seed) => {
                const base = theirs[seed] as number;
                return base === 0 ? 0 : ((base - value) / base) * 100;
              }),
            ),
          };
        }),
      series: meanSeries(runs, currency),
    };
  });
  return { customers: parsed.customers, days: parsed.days, seeds: [...parsed.seeds], currency, policies };
}

function archetypeSummaries(runs: readonly SimulationResult[], currency: string): ArchetypeSummary[] {
  const first = runs[0];
  if (first === undefined) return [];
  const currencyIndex = runs.map((run) => run.currencies.indexOf(currency));
  return first.totals.byArchetype.map((entry, position) => {
    const of = (run: SimulationResult) => run.totals.byArchetype[position] as ArchetypeTotals;
    return {
      archetype: entry.archetype,
      customers: mean(runs.map((run) => of(run).customers)),
      averageOverdue: moneyStatistic(
        runs.map((run, seed) => of(run).averageOverdue[currencyIndex[seed] as number]?.minor ?? 0),
        currency,
      ),
      messagesSent: mean(runs.map((run) => of(run).messagesSent)),
      plansOffered: mean(runs.map((run) => of(run).plansOffered)),
      plansAccepted: mean(runs.map((run) => of(run).plansAccepted)),
    };
  });
}

function totalsOf(result: SimulationResult, currency: string) {
  const totals = result.totals.byCurrency.find((entry) => entry.currency === currency);
  if (totals === undefined) throw new InvalidArgumentError(`no figures in ${currency}`, 'options.currency');
  return totals;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function mean(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) sum += value;
  return round2(sum / values.length);
}

function statistic(values: number[]): SummaryStatistic {
  let sum = 0;
  for (const value of values) sum += value;
  const average = sum / values.length;
  let squares = 0;
  for (const value of values) squares += (value - average) ** 2;
  return {
    mean: round2(average),
    standardDeviation: values.length > 1 ? round2(Math.sqrt(squares / (values.length - 1))) : 0,
    min: Math.min(...values),
    max: Math.max(...values),
    values,
  };
}

function moneyStatistic(values: number[], currency: string): MoneyStatistic {
  let sum = 0;
  for (const value of values) sum += value;
  const average = sum / values.length;
  let squares = 0;
  for (const value of values) squares += (value - average) ** 2;
  const deviation = values.length > 1 ? Math.round(Math.sqrt(squares / (values.length - 1))) : 0;
  return {
    mean: { currency, minor: divideHalfEven(sum, values.length) },
    standardDeviation: { currency, minor: deviation },
    min: { currency, minor: Math.min(...values) },
    max: { currency, minor: Math.max(...values) },
  };
}

function meanSeries(runs: readonly SimulationResult[], currency: string): ComparisonPoint[] {
  const first = runs[0];
  if (first === undefined) return [];
  const currencyIndex = first.currencies.indexOf(currency);
  return first.series.map((_, position) => {
    let overdue = 0;
    let open = 0;
    let dso = 0;
    let messages = 0;
    for (const run of runs) {
      const sample = run.series[position];
      const figures = sample?.byCurrency[currencyIndex];
      if (sample === undefined || figures === undefined) continue;
      overdue += figures.overdue.minor;
      open += figures.open.minor;
      dso += figures.daysSalesOutstanding;
      messages += sample.messages.email + sample.messages.sms + sample.messages.voice + sample.messages.whatsapp;
    }
    const startDay = Date.parse(first.startDate);
    const date = first.series[position]?.date ?? first.startDate;
    return {
      day: Math.round((Date.parse(date) - startDay) / 86_400_000),
      overdue: { currency, minor: divideHalfEven(overdue, runs.length) },
      open: { currency, minor: divideHalfEven(open, runs.length) },
      daysSalesOutstanding: round2(dso / runs.length),
      messages: round2(messages / runs.length),
    };
  });
}
