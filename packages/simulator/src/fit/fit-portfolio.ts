import { describeReceived, InvalidArgumentError, minorDigits, parseInput } from '@overdue/core';
import { z } from 'zod';
import { ARCHETYPE_ORDER } from '../_lib/archetype-order';
import { paymentFigures } from '../_lib/payment-figures';
import { createNoReminderPolicy } from '../policies/create-no-reminder-policy';
import type { PayerArchetype } from '../portfolio/archetypes';
import { DEFAULT_ARCHETYPE_MIX, PAYER_ARCHETYPES } from '../portfolio/archetypes';
import type { DaysLateQuantiles } from '../portfolio/calibration-targets';
import type { GeneratePortfolioOptions } from '../portfolio/generate-portfolio';
import { generatePortfolio } from '../portfolio/generate-portfolio';
import { simulatePortfolio } from '../simulate/simulate-portfolio';
import type { LedgerProfile } from './profile-ledger';

/**
 * The no-reminder figures {@link fitPortfolio} matches: those of {@link PaymentBehaviour} and the dispute
 * share. Fitted and default figures are predicted from the archetypes' own runs, unrounded.
 *
 * @category Fitting
 * @example
 * ```ts
 * const figures: FitFigures = fit.fitted;
 * Math.abs(figures.lateShare - fit.target.lateShare) < 0.02; // on the IBM sample: 35.5% against 35.2%
 * //=> true
 * ```
 */
export interface FitFigures {
  /** Median over customers of their mean days from issue to payment. */
  medianDaysToPay: number;
  /** Share of invoices paid after their due date. */
  lateShare: number;
  /** Days late of late invoices: quartiles and 90th percentile. */
  daysLateQuantiles: DaysLateQuantiles;
  /** Days before the due date of invoices paid on time: quartiles and 90th percentile. */
  daysEarlyQuantiles: DaysLateQuantiles;
  /** Share of invoices disputed. */
  disputeShare: number;
}

/**
 * What {@link fitPortfolio} found: the archetype mix and the generator options that make a synthetic
 * portfolio pay like the ledger, and the figures side by side.
 *
 * @category Fitting
 * @example
 * ```ts
 * const fit: PortfolioFit = fitPortfolio(profile, { seed: 1 });
 * const portfolio = generatePortfolio({ customers: 2000, seed: 1, ...fit.portfolioOptions });
 * ```
 */
export interface PortfolioFit {
  /** The share of each archetype, in hundredths, summing to 1. */
  mix: Record<PayerArchetype, number>;
  /**
   * Options for {@link generatePortfolio}: the mix, the ledger's terms, cadence and early payment, the invoice
   * size, and where its customers are and what they consented to when the ledger lists its customers.
   */
  portfolioOptions: Required<Pick<GeneratePortfolioOptions, 'mix' | 'terms' | 'amountScale'>> &
    Pick<GeneratePortfolioOptions, 'invoiceEveryDays' | 'earlyDays' | 'places' | 'consentShares'>;
  /** The ledger's figures. */
  target: FitFigures;
  /** The figures the mix gives with no reminders, predicted from the archetypes' runs. */
  fitted: FitFigures;
  /** The figures {@link DEFAULT_ARCHETYPE_MIX} would give with the ledger's terms and cadence, for comparison. */
  defaultMix: FitFigures;
  /** Weighted squared distance of `fitted` from `target` (0 is exact), without the pull towards the default mix. */
  distance: number;
  /**
   * The figures the fitted mix misses by more than the difference the fit weighs as much as the others (2
   * points of a share, 2 days to pay, 15% of a days-late quantile and at least 2 days), in words, such as
   * `share disputed: 12.6% fitted against 19.9% in the ledger (more than 2.0 points apart)`; empty when none.
   */
  mismatches: string[];
}

/**
 * Options of {@link fitPortfolio}.
 *
 * @category Fitting
 * @example
 * ```ts
 * const options: FitPortfolioOptions = { seed: 1, customersPerArchetype: 500, days: 365 };
 * ```
 */
export interface FitPortfolioOptions {
  /** The seed of the archetypes' runs; the same profile and seed give the same fit. Required. */
  seed: number | string;
  /** Customers simulated per archetype, an integer from 50 to 20,000. Optional; default 500. */
  customersPerArchetype?: number;
  /** Days each archetype is simulated with no reminders, an integer from 120 to 1,095 (more than the profile's `settleDays` plus 60). Optional; default 365. */
  days?: number;
}

const optionsSchema = z.strictObject({
  seed: z.union([z.string(), z.number().refine(Number.isFinite, { error: 'expected a finite number' })]),
  customersPerArchetype: z.number().int().min(50).max(20_000).optional(),
  days: z.number().int().min(120).max(1095).optional(),
});

const quantilesSchema = z.strictObject({
  q1: z.number().min(0),
  median: z.number().min(0),
  q3: z.number().min(0),
  p90: z.number().min(0),
});
// A profile as profileLedger returns it; the fields the fit reads are checked.
const profileSchema = z.strictObject({
  asOf: z.string(),
  settleDays: z.number().int().min(0).max(3650),
  customers: z.number().int().min(0),
  behaviour: z.strictObject({
    invoices: z.number().int().min(1),
    stillOpen: z.number().int().min(0),
    medianDaysToPay: z.number().min(0),
    lateShare: z.number().min(0).max(1),
    daysLateQuantiles: quantilesSchema,
    daysEarlyQuantiles: quantilesSchema,
  }),
  disputeShare: z.number().min(0).max(1),
  terms: z
    .array(z.strictObject({ days: z.number().int().min(0).max(365), share: z.number().min(0).max(1) }))
    .min(1)
    .max(12),
  invoiceEveryDays: z.number().int().min(1).optional(),
  medianTotal: z.strictObject({ currency: z.string(), minor: z.number().int() }),
  warnings: z.array(z.unknown()),
  // Checked by generatePortfolio when the fit passes them on.
  places: z.array(z.unknown()).optional(),
  consentShares: z.unknown().optional(),
});

/** Hundredths: the mix is searched in whole hundredths so it sums to exactly 1. */
const UNITS = 100;
// How far each figure may be off before it costs as much as the others (the tolerances of the calibration
// tests, roughly): 2 points of late share or disputes, 2 days to pay, 15% of a days-late quantile (at least 2).
const SHARE_SCALE = 0.02;
const DAYS_SCALE = 2;
// The pull towards the default mix: among mixes that match about as well, the one closest to the default
// (whose reactions the guide documents) wins. Moving 10 points of share costs as much as 0.1 of a scale.
const PULL = 0.1;

/** One archetype's no-reminder run, reduced to what mixtures are computed from. */
interface ArchetypeSample {
  customers: number;
  invoices: number;
  late: number;
  /** Late invoices by days late. */
  lateByDays: Float64Array;
  /** Invoices paid on time by days before the due date. */
  earlyByDays: Float64Array;
  /** Its customers' mean days to pay, ascending. */
  averages: number[];
  /** Its customers' median invoice amounts in major units. */
  amounts: number[];
}

/**
 * Fits a synthetic portfolio to a real ledger: finds the archetype mix whose no-reminder behaviour matches
 * the ledger's (median days to pay, share paid late, days-late quartiles and 90th percentile, dispute
 * share), with the ledger's payment terms, invoice cadence and invoice size. Each archetype is simulated
 * once on its own with no reminders; a mix's figures are then computed from those runs weighted by its
 * shares, and the mix is searched in hundredths (a coarse grid, then moves of 5, 2 and 1 hundredths
 * between two archetypes), with a slight pull towards {@link DEFAULT_ARCHETYPE_MIX} so that among mixes
 * that match about equally the closest to the default wins. Deterministic for a profile and seed.
 *
 * The ledger shows how payers pay, not how they react to reminders: the fit sets the mix, and the
 * reactions stay those of each archetype (see docs/guides/simulator.md). A ledger of payers already chased
 * shows behaviour under its own reminders; read the fit as the portfolio that would pay like that with none.
 *
 * @param profile - A profile from {@link profileLedger}.
 * @param options - The seed, and the size and length of the archetypes' runs.
 * @returns The fit, with options to spread into {@link generatePortfolio}.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} naming the bad option, such as `options.days`, or `profile` when it is not a profile.
 * @category Fitting
 * @example
 * ```ts
 * const fit = fitPortfolio(profileLedger(ledger), { seed: 1 });
 * const portfolio = generatePortfolio({ customers: 2000, seed: 1, ...fit.portfolioOptions });
 * fit.mix.disputer > DEFAULT_ARCHETYPE_MIX.disputer; // a ledger with a fifth of its invoices disputed
 * //=> true
 * ```
 */
export function fitPortfolio(profile: LedgerProfile, options: FitPortfolioOptions): PortfolioFit {
  if (typeof profile !== 'object' || profile === null) {
    throw new InvalidArgumentError(
      `expected a profile from profileLedger, got ${describeReceived(profile)}`,
      'profile',
    );
  }
  parseInput(profileSchema, profile, 'profile');
  const parsed = parseInput(optionsSchema, options, 'options');
  const days = parsed.days ?? 365;
  if (days <= profile.settleDays + 60) {
    throw new InvalidArgumentError(
      `expected more than the profile's settleDays plus 60 (${profile.settleDays + 60}), got ${days}`,
      'options.days',
    );
  }
  const customers = parsed.customersPerArchetype ?? 500;
  const earlyDays = earlyDaysOf(profile);
  const shape = {
    terms: profile.terms,
    // A ledger whose customers buy less than once a year is simulated buying once a year.
    ...(profile.invoiceEveryDays === undefined ? {} : { invoiceEveryDays: Math.min(365, profile.invoiceEveryDays) }),
    ...(earlyDays === undefined ? {} : { earlyDays }),
    ...(profile.places === undefined ? {} : { places: profile.places }),
    ...(profile.consentShares === undefined ? {} : { consentShares: profile.consentShares }),
  };
  const samples = ARCHETYPE_ORDER.map((archetype) =>
    sampleArchetype(
      archetype,
      { ...shape, customers, seed: `fit:${String(parsed.seed)}:${archetype}` },
      days,
      profile.settleDays,
    ),
  );
  const { medianDaysToPay, lateShare, daysLateQuantiles, daysEarlyQuantiles } = profile.behaviour;
  const target: FitFigures = {
    medianDaysToPay,
    lateShare,
    daysLateQuantiles,
    daysEarlyQuantiles,
    disputeShare: profile.disputeShare,
  };
  const defaultUnits = ARCHETYPE_ORDER.map((archetype) => DEFAULT_ARCHETYPE_MIX[archetype] * UNITS);
  const cost = (units: readonly number[]) => {
    let pull = 0;
    for (let index = 0; index < units.length; index++) {
      const moved = ((units[index] as number) - (defaultUnits[index] as number)) / UNITS / 0.1;
      pull += moved * moved;
    }
    return distanceOf(figuresOf(samples, units), target) + PULL * pull;
  };
  const units = search(cost);
  const mix = Object.fromEntries(
    ARCHETYPE_ORDER.map((archetype, index) => [archetype, (units[index] as number) / UNITS]),
  ) as Record<PayerArchetype, number>;
  const fitted = figuresOf(samples, units);
  const amountScale = scaleOf(samples, units, profile);
  return {
    mix,
    portfolioOptions: { mix: { ...mix }, ...shape, terms: profile.terms.map((entry) => ({ ...entry })), amountScale },
    target,
    fitted,
    defaultMix: figuresOf(samples, defaultUnits),
    distance: Math.round(distanceOf(fitted, target) * 1000) / 1000,
    mismatches: mismatchesOf(fitted, target),
  };
}

function sampleArchetype(
  archetype: PayerArchetype,
  generate: GeneratePortfolioOptions,
  days: number,
  settleDays: number,
): ArchetypeSample {
  const portfolio = generatePortfolio({ ...generate, mix: { [archetype]: 1 } });
  const result = simulatePortfolio({ portfolio, policy: createNoReminderPolicy(), days, seed: generate.seed });
  const { customerIndex, issueDay, dueDay, paidDay } = result.invoices;
  const figures = paymentFigures({ customer: customerIndex, issueDay, dueDay, paidDay }, result.days - 1, settleDays);
  return {
    customers: figures.customerAverages.length,
    invoices: figures.invoices,
    late: figures.late,
    lateByDays: histogramOf(figures.daysLate),
    earlyByDays: histogramOf(figures.daysEarly),
    averages: figures.customerAverages,
    amounts: portfolio.traits.map((traits) => traits.medianAmountMinor / 100),
  };
}

/** The no-reminder figures of a mix (shares in hundredths), each archetype's invoices weighted by its share per customer. */
function figuresOf(samples: readonly ArchetypeSample[], units: readonly number[]): FitFigures {
  let invoices = 0;
  let late = 0;
  let disputes = 0;
  const weights = samples.map((sample, index) => (units[index] as number) / UNITS / Math.max(1, sample.customers));
  samples.forEach((sample, index) => {
    const weight = weights[index] as number;
    invoices += weight * sample.invoices;
    late += weight * sample.late;
    disputes += weight * sample.invoices * PAYER_ARCHETYPES[ARCHETYPE_ORDER[index] as PayerArchetype].disputeShare;
  });
  return {
    medianDaysToPay: weightedMedianOf(
      samples.map((sample) => sample.averages),
      weights,
    ),
    lateShare: invoices === 0 ? 0 : late / invoices,
    daysLateQuantiles: mixedQuantiles(
      samples.map((sample) => sample.lateByDays),
      weights,
    ),
    daysEarlyQuantiles: mixedQuantiles(
      samples.map((sample) => sample.earlyByDays),
      weights,
    ),
    disputeShare: invoices === 0 ? 0 : disputes / invoices,
  };
}

/** Counts of whole days: entry d is how many of `days` equal d. */
function histogramOf(days: readonly number[]): Float64Array {
  const counts = new Float64Array((days[days.length - 1] ?? 0) + 1);
  for (const day of days) counts[day] = (counts[day] as number) + 1;
  return counts;
}

/** Nearest-rank quantiles of weighted histograms added together; all 0 when they hold nothing. */
function mixedQuantiles(histograms: readonly Float64Array[], weights: readonly number[]): DaysLateQuantiles {
  let longest = 0;
  histograms.forEach((counts, index) => {
    if ((weights[index] as number) > 0) longest = Math.max(longest, counts.length);
  });
  const mixed = new Float64Array(longest);
  let total = 0;
  histograms.forEach((counts, index) => {
    const weight = weights[index] as number;
    if (weight === 0) return;
    for (let day = 0; day < counts.length; day++) {
      mixed[day] = (mixed[day] as number) + weight * (counts[day] as number);
      total += weight * (counts[day] as number);
    }
  });
  const quantile = (share: number) => {
    let seen = 0;
    for (let day = 0; day < longest; day++) {
      seen += mixed[day] as number;
      if (seen > 0 && seen >= share * total - 1e-9) return day;
    }
    return 0;
  };
  return { q1: quantile(0.25), median: quantile(0.5), q3: quantile(0.75), p90: quantile(0.9) };
}

/**
 * The `earlyDays` whose even spread (from 0 to it, so its quantiles are 0.25, 0.5, 0.75 and 0.9 of it)
 * best matches the ledger's days early, by least squares; undefined when no measured invoice was paid on time.
 */
function earlyDaysOf(profile: LedgerProfile): number | undefined {
  if (profile.behaviour.lateShare >= 1) return undefined;
  const early = profile.behaviour.daysEarlyQuantiles;
  const fit =
    (0.25 * early.q1 + 0.5 * early.median + 0.75 * early.q3 + 0.9 * early.p90) /
    (0.25 ** 2 + 0.5 ** 2 + 0.75 ** 2 + 0.9 ** 2);
  return Math.min(120, Math.round(fit));
}

/** The weighted median over several ascending lists, each value of list k weighing `weights[k]`. */
function weightedMedianOf(lists: readonly (readonly number[])[], weights: readonly number[]): number {
  let total = 0;
  lists.forEach((list, index) => {
    total += (weights[index] as number) * list.length;
  });
  if (total === 0) return 0;
  const at = lists.map(() => 0);
  let seen = 0;
  for (;;) {
    let next = -1;
    for (let index = 0; index < lists.length; index++) {
      if ((weights[index] as number) === 0) continue;
      const list = lists[index] as readonly number[];
      const position = at[index] as number;
      if (
        position < list.length &&
        (next < 0 || (list[position] as number) < ((lists[next] as number[])[at[next] as number] as number))
      )
        next = index;
    }
    if (next < 0) return 0;
    const value = (lists[next] as number[])[at[next] as number] as number;
    at[next] = (at[next] as number) + 1;
    seen += weights[next] as number;
    if (seen >= total / 2 - 1e-12) return value;
  }
}

/** One figure the fit matches: its words, the fitted and target values, the scale of a difference, its unit. */
interface FitTerm {
  name: string;
  fitted: number;
  target: number;
  scale: number;
  unit: 'share' | 'days';
}

const days = (value: number) => `${Number.isInteger(value) ? value : value.toFixed(1)} days`;
const show = (term: FitTerm, value: number) => (term.unit === 'share' ? `${(value * 100).toFixed(1)}%` : days(value));
const showApart = (term: FitTerm) =>
  term.unit === 'share' ? `${(term.scale * 100).toFixed(1)} points` : days(term.scale);

/** The figures the fit matches, each with the difference that costs as much as the others. */
function termsOf(fitted: FitFigures, target: FitFigures): FitTerm[] {
  const terms: FitTerm[] = [
    {
      name: 'share paid late',
      fitted: fitted.lateShare,
      target: target.lateShare,
      scale: SHARE_SCALE,
      unit: 'share',
    },
    {
      name: 'share disputed',
      fitted: fitted.disputeShare,
      target: target.disputeShare,
      scale: SHARE_SCALE,
      unit: 'share',
    },
    {
      name: 'median days to pay',
      fitted: fitted.medianDaysToPay,
      target: target.medianDaysToPay,
      scale: DAYS_SCALE,
      unit: 'days',
    },
  ];
  for (const [key, words] of [
    ['q1', 'first quartile'],
    ['median', 'median'],
    ['q3', 'third quartile'],
    ['p90', '90th percentile'],
  ] as const) {
    const goal = target.daysLateQuantiles[key];
    terms.push({
      name: `${words} of days late`,
      fitted: fitted.daysLateQuantiles[key],
      target: goal,
      scale: Math.max(2, 0.15 * goal),
      unit: 'days',
    });
  }
  return terms;
}

/** How far fitted figures are from the target, each difference over its scale, squared and summed. */
function distanceOf(fitted: FitFigures, target: FitFigures): number {
  let sum = 0;
  for (const term of termsOf(fitted, target)) sum += ((term.fitted - term.target) / term.scale) ** 2;
  return sum;
}

/** The figures the fitted mix misses by more than their scale, in words. */
function mismatchesOf(fitted: FitFigures, target: FitFigures): string[] {
  return termsOf(fitted, target)
    .filter((term) => Math.abs(term.fitted - term.target) > term.scale)
    .map(
      (term) =>
        `${term.name}: ${show(term, term.fitted)} fitted against ${show(term, term.target)} in the ledger (more than ${showApart(term)} apart)`,
    );
}

/** The mix in hundredths with the lowest cost: every mix on a grid of tenths, then moves between two archetypes. */
function search(cost: (units: readonly number[]) => number): number[] {
  const count = ARCHETYPE_ORDER.length;
  let best: number[] = [];
  let bestCost = Number.POSITIVE_INFINITY;
  const units = new Array<number>(count).fill(0);
  const walk = (index: number, left: number) => {
    if (index === count - 1) {
      units[index] = left;
      const value = cost(units);
      if (value < bestCost) {
        bestCost = value;
        best = [...units];
      }
      return;
    }
    for (let share = 0; share <= left; share += 10) {
      units[index] = share;
      walk(index + 1, left - share);
    }
  };
  walk(0, UNITS);
  for (const step of [5, 2, 1]) {
    let improved = true;
    while (improved) {
      improved = false;
      for (let from = 0; from < count; from++) {
        for (let to = 0; to < count; to++) {
          if (from === to || (best[from] as number) < step) continue;
          const next = [...best];
          next[from] = (next[from] as number) - step;
          next[to] = (next[to] as number) + step;
          const value = cost(next);
          if (value < bestCost - 1e-12) {
            bestCost = value;
            best = next;
            improved = true;
          }
        }
      }
    }
  }
  return best;
}

/** The factor on invoice amounts that brings the mix's median customer amount to the ledger's median invoice. */
function scaleOf(samples: readonly ArchetypeSample[], units: readonly number[], profile: LedgerProfile): number {
  const weights = samples.map((sample, index) => (units[index] as number) / UNITS / Math.max(1, sample.amounts.length));
  const median = weightedMedianOf(
    samples.map((sample) => [...sample.amounts].sort((a, b) => a - b)),
    weights,
  );
  const target = profile.medianTotal.minor / 10 ** minorDigits(profile.medianTotal.currency);
  if (median <= 0 || target <= 0) return 1;
  return Math.min(1000, Math.max(0.0001, Math.round((target / median) * 10_000) / 10_000));
}
