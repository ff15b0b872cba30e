import type { CivilDate } from '@overdue/core';
import { civilDateSchema, civilDateToDayNumber, InvalidArgumentError, parseInput } from '@overdue/core';
import { z } from 'zod';
import { runEngine } from '../_lib/engine';
import type { CollectionPolicy } from '../policies/policy-types';
import type { Portfolio } from '../portfolio/portfolio-types';
import type { SimulationResult } from './simulation-types';

/**
 * Options of {@link simulatePortfolio}.
 *
 * @category Simulation
 * @example
 * ```ts
 * const options: SimulatePortfolioOptions = { portfolio, policy: createNoReminderPolicy(), days: 180, seed: 1 };
 * ```
 */
export interface SimulatePortfolioOptions {
  /** The portfolio, from {@link generatePortfolio}. Required. */
  portfolio: Portfolio;
  /** The collection policy. Required. */
  policy: CollectionPolicy;
  /** Days to simulate after the warm-up, an integer from 1 to 3,650. Required. */
  days: number;
  /** The seed of invoices, customer reactions and the policy's own generator. Required. */
  seed: number | string;
  /** The first simulated day. Optional; default `2026-01-01`. */
  startDate?: CivilDate;
  /** Days simulated before the start with no reminders, so the book is in a steady state and there is payment history; an integer from 0 to 730. Optional; default 120. */
  warmUpDays?: number;
  /** Days between two samples of the time series, an integer from 1 to 365. Optional; default 7. */
  sampleEveryDays?: number;
  /** The trailing window of DSO, ADD and CEI, in days, an integer from 1 to 365. Optional; default 30. */
  kpiWindowDays?: number;
}

const traitsSchema = z.object({
  archetype: z.enum(['prompt', 'forgetful', 'chronic-late', 'cash-constrained', 'disputer', 'unresponsive']),
  channelResponse: z.object({
    email: z.number().min(0).max(1),
    sms: z.number().min(0).max(1),
    voice: z.number().min(0).max(1),
    whatsapp: z.number().min(0).max(1),
  }),
  activeSlot: z.enum(['morning', 'midday', 'afternoon', 'evening']),
  lateMedianDays: z.number().positive().max(3650),
  firmOptOut: z.number().min(0).max(1),
  firmChurn: z.number().min(0).max(1),
  termsDays: z.number().int().min(0).max(365),
  earlyDays: z.number().int().min(0).max(365).optional(),
  invoiceEveryDays: z.number().int().min(1).max(3650),
  medianAmountMinor: z.number().int().positive().max(1e12),
});

const customerSchema = z.looseObject({
  id: z.string().min(1),
  contacts: z.array(z.looseObject({ consent: z.looseObject({}) })),
});

const optionsSchema = z.strictObject({
  portfolio: z.object({
    version: z.literal(1),
    seed: z.union([z.string(), z.number()]),
    customers: z.array(customerSchema).min(1),
    traits: z.array(traitsSchema),
  }),
  policy: z.object({ name: z.string(), start: z.function() }),
  days: z.number().int().min(1).max(3650),
  seed: z.union([z.string(), z.number().refine(Number.isFinite, { error: 'expected a finite number' })]),
  startDate: civilDateSchema.optional(),
  warmUpDays: z.number().int().min(0).max(730).optional(),
  sampleEveryDays: z.number().int().min(1).max(365).optional(),
  kpiWindowDays: z.number().int().min(1).max(365).optional(),
});

/**
 * Simulates a portfolio day by day under a collection policy. Each day invoices are issued, scheduled
 * payments and disputes happen, the policy sees only public data (customers, open invoices, events) and
 * returns messages and payment-plan offers, and customers react to them according to their hidden traits.
 * Returns DSO, overdue balance, average days delinquent, CEI, messages per channel, opt-outs and churn as
 * a time series and as totals. Money is exact; dates are civil dates; there is no clock; randomness comes
 * from generators seeded by `seed` (invoices and their no-reminder payment dates from one stream, reactions
 * from another, the policy's from a third, so every policy faces the same invoices).
 *
 * @param options - The portfolio, the policy, the number of days and the seed.
 * @returns The result.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} naming the bad option, such as `options.days`.
 * @category Simulation
 * @example
 * ```ts
 * const portfolio = generatePortfolio({ customers: 50, seed: 1 });
 * const result = simulatePortfolio({ portfolio, policy: createNoReminderPolicy(), days: 60, seed: 1 });
 * result.totals.messagesSent;
 * //=> 0
 * ```
 */
export function simulatePortfolio(options: SimulatePortfolioOptions): SimulationResult {
  const parsed = parseInput(optionsSchema, options, 'options');
  if (parsed.portfolio.traits.length !== parsed.portfolio.customers.length) {
    throw new InvalidArgumentError(
      `expected one traits entry per customer (${parsed.portfolio.customers.length}), got ${parsed.portfolio.traits.length}`,
      'options.portfolio.traits',
    );
  }
  const startDate = parsed.startDate ?? '2026-01-01';
  return runEngine({
    portfolio: options.portfolio,
    policy: options.policy,
    days: parsed.days,
    seed: parsed.seed,
    startDay: civilDateToDayNumber(startDate, 'options.startDate'),
    warmUpDays: parsed.warmUpDays ?? 120,
    sampleEveryDays: parsed.sampleEveryDays ?? 7,
    kpiWindowDays: parsed.kpiWindowDays ?? 30,
  });
}
