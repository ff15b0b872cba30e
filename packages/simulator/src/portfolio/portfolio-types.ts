import type { Channel, Customer } from '@overdue/core';
import type { SendSlot } from '@overdue/outreach';
import type { PayerArchetype } from './archetypes';

/**
 * The hidden traits of one synthetic customer: what drives its behaviour in the simulation. The simulator
 * keeps them to itself; a policy never receives them.
 *
 * @category Portfolio
 * @example
 * ```ts
 * const traits: CustomerTraits = generatePortfolio({ customers: 1, seed: 1 }).traits[0];
 * typeof traits.archetype;
 * //=> 'string'
 * ```
 */
export interface CustomerTraits {
  /** Its archetype. */
  archetype: PayerArchetype;
  /** Chance of noticing a message sent in its active hours, by channel (0-0.95). */
  channelResponse: Record<Channel, number>;
  /** The part of its own day when it deals with mail and payments. */
  activeSlot: SendSlot;
  /** Median days late of its late invoices. */
  lateMedianDays: number;
  /** Chance that a noticed firm or final message makes it opt out of that channel. */
  firmOptOut: number;
  /** Chance that a noticed firm or final message makes it stop buying. */
  firmChurn: number;
  /** Payment terms in days (its invoices are due this many days after issue). */
  termsDays: number;
  /**
   * An invoice it pays on time is paid from this many days before the due date up to the due date (evenly).
   * Optional in a portfolio given to {@link simulatePortfolio}: absent, its archetype's `earlyDays`.
   */
  earlyDays?: number;
  /** Median days between two of its invoices. */
  invoiceEveryDays: number;
  /** Median invoice amount in minor units of its currency, an integer. */
  medianAmountMinor: number;
}

/**
 * A synthetic portfolio: public customers (what a host's ledger holds) and their hidden traits, in the
 * same order. Plain JSON.
 *
 * @category Portfolio
 * @example
 * ```ts
 * const portfolio: Portfolio = generatePortfolio({ customers: 3, seed: 'demo' });
 * portfolio.customers.length === portfolio.traits.length;
 * //=> true
 * ```
 */
export interface Portfolio {
  /** Format version. */
  version: 1;
  /** The seed it was generated from. */
  seed: number | string;
  /** The public customers, validated by core's customer schema. */
  customers: readonly Customer[];
  /** The hidden traits, one per customer, in the same order. */
  traits: readonly CustomerTraits[];
}
