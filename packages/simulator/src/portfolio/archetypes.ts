import type { Channel } from '@overdue/core';

/**
 * The kinds of payer a synthetic portfolio is made of. Each is a documented behaviour, not a segment a
 * policy can read: policies see only invoices, payments and events, and must infer the rest.
 *
 * - `prompt`: pays on or before the due date; rarely a few days late.
 * - `forgetful`: means to pay on time but often forgets; pays within days of noticing a reminder.
 * - `chronic-late`: pays on its own schedule, weeks late; reminders help a little, firm ones more.
 * - `cash-constrained`: often short of cash; pays very late unless offered a payment plan, which it keeps.
 * - `disputer`: disputes a share of its invoices and pays them only once the dispute is resolved.
 * - `unresponsive`: pays late and rarely reacts to any message; a call reaches it more than an email.
 *
 * @category Portfolio
 * @example
 * ```ts
 * const archetype: PayerArchetype = 'forgetful';
 * PAYER_ARCHETYPES[archetype].forgetShare;
 * //=> 0.22
 * ```
 */
export type PayerArchetype = 'prompt' | 'forgetful' | 'chronic-late' | 'cash-constrained' | 'disputer' | 'unresponsive';

/**
 * The hidden behaviour of one archetype: how it pays with no reminders (calibrated to the real figures in
 * {@link CALIBRATION_TARGETS}) and how it reacts to messages (fixed from the stated behaviour, before any
 * policy was run, and never tuned to policy results). Delays are in days; shares and probabilities in 0-1.
 *
 * @category Portfolio
 * @example
 * ```ts
 * const parameters: ArchetypeParameters = PAYER_ARCHETYPES.prompt;
 * parameters.lateShare;
 * //=> 0.03
 * ```
 */
export interface ArchetypeParameters {
  /** Share of its invoices paid after the due date with no reminder (besides forgotten, constrained and disputed ones). */
  lateShare: number;
  /** Median days late of a late invoice (log-normal). */
  lateMedianDays: number;
  /** Spread of the log-normal days late (sigma of the logarithm). */
  lateSpread: number;
  /** When on time: pays between this many days before the due date and the due date itself. */
  earlyDays: number;
  /** Share of its invoices it forgets; a forgotten invoice is paid late as above unless a reminder is noticed. */
  forgetShare: number;
  /** Share of its invoices it cannot pay when due (cash-constrained); paid 10-35 days late without a plan. */
  constrainedShare: number;
  /** Share of its invoices it disputes; a disputed invoice is paid 1-5 days after the dispute is resolved (10-30 days after it is opened). */
  disputeShare: number;
  /** Chance of noticing a message sent in its active hours, by channel (scaled per customer). */
  channelResponse: Readonly<Record<Channel, number>>;
  /** Chance that a noticed message on a late (not forgotten) invoice makes it pay within days, by tone. */
  payOnNotice: Readonly<Record<'friendly' | 'neutral' | 'firm' | 'final', number>>;
  /** Chance that a noticed firm or final message makes it opt out of the channel. */
  firmOptOut: number;
  /** Chance that a noticed firm or final message makes it stop buying (churn). */
  firmChurn: number;
  /** Median days between two of its invoices. */
  invoiceEveryDays: number;
  /** Median invoice amount, in major units of its currency. */
  medianAmount: number;
}

// Channel response: the share of people who read a message in the hours they deal with mail. Email about
// half, SMS and WhatsApp a little more, an automated call less but harder to ignore for some payers.
const usualResponse = { email: 0.5, sms: 0.6, voice: 0.45, whatsapp: 0.65 } as const;

/**
 * The parameters of every archetype. No-reminder parameters (late shares, delays, forget, constrained and
 * dispute shares) are set so that a portfolio of {@link DEFAULT_ARCHETYPE_MIX} with no reminders matches
 * the median days to pay and late share of UK payment-practices reports and the days-late spread of the
 * IBM receivables sample (see {@link CALIBRATION_TARGETS}); reaction parameters follow the stated behaviour
 * of each archetype. See docs/guides/simulator.md for the reasoning.
 *
 * @category Portfolio
 * @example
 * ```ts
 * PAYER_ARCHETYPES['cash-constrained'].constrainedShare;
 * //=> 0.35
 * ```
 */
export const PAYER_ARCHETYPES: Readonly<Record<PayerArchetype, Readonly<ArchetypeParameters>>> = {
  prompt: {
    lateShare: 0.03,
    lateMedianDays: 3,
    lateSpread: 0.5,
    earlyDays: 3,
    forgetShare: 0,
    constrainedShare: 0,
    disputeShare: 0.01,
    channelResponse: usualResponse,
    payOnNotice: { friendly: 0.6, neutral: 0.6, firm: 0.6, final: 0.6 },
    firmOptOut: 0.06,
    firmChurn: 0.03,
    invoiceEveryDays: 30,
    medianAmount: 1200,
  },
  forgetful: {
    lateShare: 0.02,
    lateMedianDays: 6,
    lateSpread: 0.55,
    earlyDays: 2,
    forgetShare: 0.22,
    constrainedShare: 0,
    disputeShare: 0.01,
    channelResponse: usualResponse,
    payOnNotice: { friendly: 0.85, neutral: 0.85, firm: 0.85, final: 0.85 },
    firmOptOut: 0.1,
    firmChurn: 0.05,
    invoiceEveryDays: 30,
    medianAmount: 900,
  },
  'chronic-late': {
    lateShare: 0.5,
    lateMedianDays: 7,
    lateSpread: 0.55,
    earlyDays: 2,
    forgetShare: 0,
    constrainedShare: 0,
    disputeShare: 0.02,
    channelResponse: { email: 0.4, sms: 0.5, voice: 0.45, whatsapp: 0.5 },
    payOnNotice: { friendly: 0.08, neutral: 0.12, firm: 0.25, final: 0.3 },
    firmOptOut: 0.01,
    firmChurn: 0.005,
    invoiceEveryDays: 30,
    medianAmount: 1500,
  },
  'cash-constrained': {
    lateShare: 0.05,
    lateMedianDays: 6,
    lateSpread: 0.5,
    earlyDays: 1,
    forgetShare: 0,
    constrainedShare: 0.35,
    disputeShare: 0.02,
    channelResponse: { email: 0.5, sms: 0.55, voice: 0.5, whatsapp: 0.6 },
    payOnNotice: { friendly: 0.04, neutral: 0.05, firm: 0.06, final: 0.08 },
    firmOptOut: 0.03,
    firmChurn: 0.03,
    invoiceEveryDays: 30,
    medianAmount: 1000,
  },
  disputer: {
    lateShare: 0.08,
    lateMedianDays: 6,
    lateSpread: 0.5,
    earlyDays: 3,
    forgetShare: 0,
    constrainedShare: 0,
    disputeShare: 0.2,
    channelResponse: usualResponse,
    payOnNotice: { friendly: 0.3, neutral: 0.3, firm: 0.3, final: 0.3 },
    firmOptOut: 0.08,
    firmChurn: 0.05,
    invoiceEveryDays: 30,
    medianAmount: 1400,
  },
  unresponsive: {
    lateShare: 0.65,
    lateMedianDays: 10,
    lateSpread: 0.5,
    earlyDays: 1,
    forgetShare: 0,
    constrainedShare: 0,
    disputeShare: 0.01,
    channelResponse: { email: 0.04, sms: 0.08, voice: 0.25, whatsapp: 0.08 },
    payOnNotice: { friendly: 0.25, neutral: 0.3, firm: 0.4, final: 0.45 },
    firmOptOut: 0.02,
    firmChurn: 0.01,
    invoiceEveryDays: 30,
    medianAmount: 800,
  },
};

/**
 * The default share of each archetype in a portfolio (sums to 1). Chosen with the parameters above so the
 * no-reminder portfolio matches the real figures; see docs/guides/simulator.md.
 *
 * @category Portfolio
 * @example
 * ```ts
 * DEFAULT_ARCHETYPE_MIX.prompt;
 * //=> 0.5
 * ```
 */
export const DEFAULT_ARCHETYPE_MIX: Readonly<Record<PayerArchetype, number>> = {
  prompt: 0.5,
  forgetful: 0.2,
  'chronic-late': 0.1,
  'cash-constrained': 0.07,
  disputer: 0.06,
  unresponsive: 0.07,
};

/**
 * The share of messages that get through, by channel, the same for every payer (bounces, unreachable
 * numbers, calls not picked up by anyone); a message that does not get through is a public
 * `message-failed` event. Part of the documented model, like {@link PAYER_ARCHETYPES}.
 *
 * @category Portfolio
 * @example
 * ```ts
 * CHANNEL_DELIVERY_RATES.voice;
 * //=> 0.85
 * ```
 */
export const CHANNEL_DELIVERY_RATES: Readonly<Record<Channel, number>> = {
  email: 0.97,
  sms: 0.98,
  voice: 0.85,
  whatsapp: 0.95,
};
