import type { Channel, Contact, Customer } from '@overdue/core';
import { createRandom, customerSchema, parseInput } from '@overdue/core';
import { z } from 'zod';
import { ARCHETYPE_ORDER, CHANNEL_ORDER, SLOT_ORDER } from '../_lib/archetype-order';
import { logNormal, pickWeighted, uniform } from '../_lib/draws';
import type { PayerArchetype } from './archetypes';
import { DEFAULT_ARCHETYPE_MIX, PAYER_ARCHETYPES } from './archetypes';
import type { CustomerTraits, Portfolio } from './portfolio-types';

/**
 * Options of {@link generatePortfolio}.
 *
 * @category Portfolio
 * @example
 * ```ts
 * const options: GeneratePortfolioOptions = { customers: 2000, seed: 1, billing: 'local-currency' };
 * ```
 */
export interface GeneratePortfolioOptions {
  /** How many customers, an integer from 1 to 1,000,000. Required. */
  customers: number;
  /** The seed (number or string); the same seed gives the same portfolio. Required. */
  seed: number | string;
  /** Weight of each archetype (non-negative, need not sum to 1; missing ones are 0 when any is given). Optional; default {@link DEFAULT_ARCHETYPE_MIX}. */
  mix?: Partial<Record<PayerArchetype, number>>;
  /** `seller-currency`: every customer billed in `currency`; `local-currency`: GBP, EUR or USD by country. Optional; default `seller-currency`. */
  billing?: 'seller-currency' | 'local-currency';
  /** The seller's currency with `seller-currency` billing. Optional; default `GBP`. */
  currency?: string;
  /**
   * Payment terms: each customer's terms are drawn from these, in proportion to `share` (days from 0 to
   * 365, shares non-negative and not all 0, at most 12 entries, each `days` once). Optional; default 30 days
   * for 65% of customers, 45 for 20%, 60 for 10% and 14 for 5%.
   */
  terms?: readonly PortfolioTerms[];
  /**
   * Median days between two invoices of a customer, for every archetype (each customer gets this times a
   * factor from 0.6 to 1.4, at least 1 day), an integer from 1 to 365. Optional; default each archetype's
   * `invoiceEveryDays` (30).
   */
  invoiceEveryDays?: number;
  /**
   * Days before the due date from which an invoice paid on time is paid, for every archetype (evenly from
   * this many days before up to the due date), an integer from 0 to 120. Optional; default each archetype's
   * `earlyDays` (1 to 3).
   */
  earlyDays?: number;
  /**
   * Factor on every archetype's `medianAmount`, above 0 and at most 1,000, such as 0.05 for a book whose
   * invoices are a twentieth of the default size. Optional; default 1.
   */
  amountScale?: number;
  /**
   * Where the customers are: each customer's country, time zone and locale are drawn from these, in
   * proportion to `share` (at most 24 entries, shares not all 0). Optional; default a UK seller's book: GB
   * 60%, IE, NL and DE 8% each, US East 10%, US West 6%.
   */
  places?: readonly PortfolioPlace[];
  /**
   * The share of customers who gave consent to be contacted by SMS, call and WhatsApp, each from 0 to 1
   * (email is always consented to). Optional; default SMS 0.5, call 0.35, WhatsApp 0.3; a channel left out
   * keeps its default.
   */
  consentShares?: Partial<Record<'sms' | 'voice' | 'whatsapp', number>>;
}

/**
 * One place of {@link GeneratePortfolioOptions.places}: where a share of the customers are.
 *
 * @category Portfolio
 * @example
 * ```ts
 * const place: PortfolioPlace = { country: 'FR', timeZone: 'Europe/Paris', locale: 'fr-FR', currency: 'EUR', share: 0.3 };
 * ```
 */
export interface PortfolioPlace {
  /** ISO 3166-1 alpha-2 country code, upper case, such as `FR` (its public holidays apply). */
  country: string;
  /** IANA time zone, such as `Europe/Paris`. */
  timeZone: string;
  /** BCP 47 locale of the customers' messages and replies, such as `fr-FR`. Optional; default `en`. */
  locale?: string;
  /** The currency the customers are billed in with `local-currency` billing: GBP, EUR or USD. Optional; default the seller's. */
  currency?: string;
  /** Share of customers there, non-negative (the shares need not sum to 1). */
  share: number;
}

/**
 * One payment term of {@link GeneratePortfolioOptions.terms}: days from issue to due date, and the share of
 * customers on it.
 *
 * @category Portfolio
 * @example
 * ```ts
 * const terms: PortfolioTerms[] = [{ days: 30, share: 0.8 }, { days: 60, share: 0.2 }];
 * ```
 */
export interface PortfolioTerms {
  /** Days from issue to due date, an integer from 0 to 365. */
  days: number;
  /** Share of customers on these terms, non-negative (the shares need not sum to 1). */
  share: number;
}

// The customer schema's own checks of a country, a time zone and a locale.
const customerFields = customerSchema.in.shape;

const archetypeSchema = z.enum(['prompt', 'forgetful', 'chronic-late', 'cash-constrained', 'disputer', 'unresponsive']);

const optionsSchema = z.strictObject({
  customers: z.number().int().min(1).max(1_000_000),
  seed: z.union([z.string(), z.number().refine(Number.isFinite, { error: 'expected a finite number' })]),
  mix: z
    .partialRecord(archetypeSchema, z.number().min(0).refine(Number.isFinite, { error: 'expected a finite number' }))
    .refine((mix) => Object.values(mix).some((weight) => (weight ?? 0) > 0), {
      error: 'expected at least one archetype with a weight above 0',
    })
    .optional(),
  billing: z.enum(['seller-currency', 'local-currency']).optional(),
  currency: z.enum(['GBP', 'EUR', 'USD']).optional(),
  terms: z
    .array(
      z.strictObject({
        days: z.number().int().min(0).max(365),
        share: z.number().min(0).refine(Number.isFinite, { error: 'expected a finite number' }),
      }),
    )
    .min(1)
    .max(12)
    .refine((terms) => terms.some((entry) => entry.share > 0), { error: 'expected at least one share above 0' })
    .refine((terms) => new Set(terms.map((entry) => entry.days)).size === terms.length, {
      error: 'expected each days value once',
    })
    .optional(),
  invoiceEveryDays: z.number().int().min(1).max(365).optional(),
  earlyDays: z.number().int().min(0).max(120).optional(),
  amountScale: z.number().gt(0).max(1000).optional(),
  places: z
    .array(
      z.strictObject({
        country: customerFields.country.unwrap(),
        timeZone: customerFields.timeZone.unwrap(),
        locale: customerFields.locale,
        currency: z.enum(['GBP', 'EUR', 'USD']).optional(),
        share: z.number().min(0).refine(Number.isFinite, { error: 'expected a finite number' }),
      }),
    )
    .min(1)
    .max(24)
    .refine((places) => places.some((place) => place.share > 0), { error: 'expected at least one share above 0' })
    .optional(),
  consentShares: z
    .strictObject({
      sms: z.number().min(0).max(1).optional(),
      voice: z.number().min(0).max(1).optional(),
      whatsapp: z.number().min(0).max(1).optional(),
    })
    .optional(),
});

// Where the customers are: a UK seller with customers in the UK, Ireland, the Netherlands, Germany and
// the United States (two time zones), so send times matter.
const DEFAULT_PLACES: readonly PortfolioPlace[] = [
  { share: 0.6, country: 'GB', timeZone: 'Europe/London', currency: 'GBP', locale: 'en-GB' },
  { share: 0.08, country: 'IE', timeZone: 'Europe/Dublin', currency: 'EUR', locale: 'en-IE' },
  { share: 0.08, country: 'NL', timeZone: 'Europe/Amsterdam', currency: 'EUR', locale: 'en-GB' },
  { share: 0.08, country: 'DE', timeZone: 'Europe/Berlin', currency: 'EUR', locale: 'de-DE' },
  { share: 0.1, country: 'US', timeZone: 'America/New_York', currency: 'USD', locale: 'en-US' },
  { share: 0.06, country: 'US', timeZone: 'America/Los_Angeles', currency: 'USD', locale: 'en-US' },
];
// When people deal with mail: mornings most, evenings least.
const SLOT_WEIGHTS = [0.4, 0.2, 0.25, 0.15];
// Consent beyond email (always given): the share of customers who gave a phone number and agreed.
const CONSENT_SHARE: Record<Channel, number> = { email: 1, sms: 0.5, voice: 0.35, whatsapp: 0.3 };
// Payment terms: mostly 30 days (the UK and IBM medians), some 14, 45 and 60.
const DEFAULT_TERMS: readonly PortfolioTerms[] = [
  { days: 30, share: 0.65 },
  { days: 14, share: 0.05 },
  { days: 45, share: 0.2 },
  { days: 60, share: 0.1 },
];

/**
 * Generates a seeded synthetic portfolio of customers of documented archetypes (see
 * {@link PAYER_ARCHETYPES}), each with hidden traits: response per channel, the part of the day when it
 * acts, reaction to tone, payment terms, invoice amounts and frequency. Public customers carry a time zone,
 * a country, a locale and one contact with consent per channel; nothing public names the archetype.
 *
 * @param options - Size, seed, archetype mix and billing currency.
 * @returns The portfolio.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} naming the bad option, such as `options.customers`.
 * @category Portfolio
 * @example
 * ```ts
 * const portfolio = generatePortfolio({ customers: 2, seed: 7 });
 * portfolio.customers.map((customer) => customer.id);
 * //=> ['C000001', 'C000002']
 * ```
 */
export function generatePortfolio(options: GeneratePortfolioOptions): Portfolio {
  const parsed = parseInput(optionsSchema, options, 'options');
  const mix = parsed.mix ?? DEFAULT_ARCHETYPE_MIX;
  const mixWeights = ARCHETYPE_ORDER.map((archetype) => mix[archetype] ?? 0);
  const random = createRandom(`portfolio:${typeof parsed.seed}:${String(parsed.seed)}`);
  const sellerCurrency = parsed.currency ?? 'GBP';
  const terms = parsed.terms ?? DEFAULT_TERMS;
  const termsWeights = terms.map((entry) => entry.share);
  const amountScale = parsed.amountScale ?? 1;
  const places = parsed.places ?? DEFAULT_PLACES;
  const placeWeights = places.map((place) => place.share);
  const consentShares: Record<Channel, number> = { ...CONSENT_SHARE };
  for (const channel of ['sms', 'voice', 'whatsapp'] as const) {
    const share = parsed.consentShares?.[channel];
    if (share !== undefined) consentShares[channel] = share;
  }
  const customers: Customer[] = [];
  const traits: CustomerTraits[] = [];
  const width = Math.max(6, String(parsed.customers).length);
  for (let index = 0; index < parsed.customers; index++) {
    const archetype = ARCHETYPE_ORDER[pickWeighted(random, mixWeights)] as PayerArchetype;
    const parameters = PAYER_ARCHETYPES[archetype];
    const place = places[pickWeighted(random, placeWeights)] as PortfolioPlace;
    const id = `C${String(index + 1).padStart(width, '0')}`;
    const consent: Record<Channel, boolean> = { email: true, sms: false, voice: false, whatsapp: false };
    for (const channel of CHANNEL_ORDER)
      if (channel !== 'email') consent[channel] = random.next() < consentShares[channel];
    const hasPhone = consent.sms || consent.voice || consent.whatsapp;
    const contact: Contact = {
      id: `${id}-ap`,
      name: 'Accounts payable',
      email: `ap@${id.toLowerCase()}.example.com`,
      role: 'accounts payable',
      consent,
      ...(hasPhone ? { phone: `+4477009${String(index % 100000).padStart(5, '0')}` } : {}),
    };
    // Built directly in the shape core's customer schema outputs (a test checks the schema accepts it):
    // parsing every customer would re-create a time-zone formatter per customer.
    customers.push({
      id,
      name: `Customer ${index + 1}`,
      currency: parsed.billing === 'local-currency' ? (place.currency ?? sellerCurrency) : sellerCurrency,
      locale: place.locale ?? 'en',
      timeZone: place.timeZone,
      country: place.country,
      contacts: [contact],
    });
    const channelResponse: Record<Channel, number> = { email: 0, sms: 0, voice: 0, whatsapp: 0 };
    const favourite = CHANNEL_ORDER[random.integer(CHANNEL_ORDER.length)] as Channel;
    for (const channel of CHANNEL_ORDER) {
      const scale = uniform(random, 0.6, 1.3) * (channel === favourite ? 1.4 : 1);
      channelResponse[channel] = Math.min(0.95, parameters.channelResponse[channel] * scale);
    }
    const amountMajor = logNormal(random, parameters.medianAmount, 0.6) * amountScale;
    traits.push({
      archetype,
      channelResponse,
      activeSlot: SLOT_ORDER[pickWeighted(random, SLOT_WEIGHTS)] as CustomerTraits['activeSlot'],
      lateMedianDays: parameters.lateMedianDays * uniform(random, 0.7, 1.3),
      firmOptOut: parameters.firmOptOut * uniform(random, 0.5, 1.5),
      firmChurn: parameters.firmChurn * uniform(random, 0.5, 1.5),
      termsDays: (terms[pickWeighted(random, termsWeights)] as PortfolioTerms).days,
      earlyDays: parsed.earlyDays ?? parameters.earlyDays,
      invoiceEveryDays: Math.max(
        1,
        Math.round((parsed.invoiceEveryDays ?? parameters.invoiceEveryDays) * uniform(random, 0.6, 1.4)),
      ),
      // Whole major units, at least one.
      medianAmountMinor: Math.max(1, Math.round(amountMajor)) * 100,
    });
  }
  return { version: 1, seed: parsed.seed, customers, traits };
}
