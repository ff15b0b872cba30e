import { z } from 'zod';
import { toMoneyField } from './money-field';
import {
  channelSchema,
  civilDateSchema,
  currencySchema,
  idSchema,
  instantSchema,
  moneyInputSchema,
} from './primitives';

const base = {
  /** A unique id of the event, when the source has one (used to drop duplicates). */
  id: z.string().optional(),
  /**
   * When it happened: a `Date`, or an ISO 8601 string with a time and an offset (`2026-02-01T10:00:00Z`).
   * Required. Parsed, it is a `Date`.
   */
  at: instantSchema,
  /** The id of the customer it concerns. Required, non-empty. */
  customerId: idSchema,
  /** The ids of the invoices it concerns. Optional. */
  invoiceIds: z.array(idSchema).optional(),
  /** The channel it happened on: `email`, `sms`, `voice` or `whatsapp`. Optional. */
  channel: channelSchema.optional(),
  /** The id of the contact involved: the one written to, or the one who answered. Optional. */
  contactId: z.string().optional(),
};
const amount = {
  /**
   * The amount paid, promised or disputed, in major units of `currency` (`'50.00'`), more than zero.
   * Optional; needs `currency`. Parsed, it is exact money in minor units.
   */
  amount: moneyInputSchema.optional(),
  /**
   * ISO 4217 code of `amount`, such as `EUR`. Optional; required with `amount`. Not kept once parsed: the
   * parsed `amount` carries its currency.
   */
  currency: currencySchema.optional(),
};

const eventUnion = z.discriminatedUnion('type', [
  z.object({
    /** `message-sent`: a message went out to the customer. */
    type: z.literal('message-sent'),
    ...base,
    /** The provider's id of the message (Message-ID, Twilio SID...). Optional. */
    messageId: z.string().optional(),
    /** The id of the message template used. Optional. */
    templateId: z.string().optional(),
    /** The tone of the message, such as `friendly` or `firm`. Optional. */
    tone: z.string().optional(),
  }),
  z.object({
    /** `message-delivered`: the provider reports the message delivered. */
    type: z.literal('message-delivered'),
    ...base,
    /** The provider's id of the message. Optional. */
    messageId: z.string().optional(),
  }),
  z.object({
    /** `message-failed`: the provider could not deliver the message. */
    type: z.literal('message-failed'),
    ...base,
    /** The provider's id of the message. Optional. */
    messageId: z.string().optional(),
    /** Why it failed, in the provider's words. Optional. */
    reason: z.string().optional(),
  }),
  z.object({
    /** `message-opened`: the recipient opened the message. */
    type: z.literal('message-opened'),
    ...base,
    /** The provider's id of the message. Optional. */
    messageId: z.string().optional(),
  }),
  z.object({
    /** `link-clicked`: the recipient followed a link in the message. */
    type: z.literal('link-clicked'),
    ...base,
    /** The provider's id of the message. Optional. */
    messageId: z.string().optional(),
    /** The URL followed. Optional. */
    url: z.string().optional(),
  }),
  z.object({
    /** `reply-received`: the customer answered. */
    type: z.literal('reply-received'),
    ...base,
    /** The provider's id of the message answered, or of the reply. Optional. */
    messageId: z.string().optional(),
    /** The text of the reply. Optional. */
    text: z.string().optional(),
  }),
  z.object({
    /** `opted-out`: the contact withdrew consent to a channel. */
    type: z.literal('opted-out'),
    ...base,
    /** The channel the contact opted out of. Required. */
    channel: channelSchema,
  }),
  z.object({
    /** `opted-in`: the contact gave consent to a channel. */
    type: z.literal('opted-in'),
    ...base,
    /** The channel the contact opted in to. Required. */
    channel: channelSchema,
  }),
  z.object({
    /** `payment-received`: the customer paid. */
    type: z.literal('payment-received'),
    ...base,
    ...amount,
    /** The id of the payment in the ledger. Optional. */
    paymentId: z.string().optional(),
  }),
  z.object({
    /** `promise-made`: the customer promised to pay. */
    type: z.literal('promise-made'),
    ...base,
    ...amount,
    /** The day the customer promised to pay by, civil date `YYYY-MM-DD`. Required. */
    promisedDate: civilDateSchema,
  }),
  z.object({
    /** `promise-broken`: a promised payment did not arrive. */
    type: z.literal('promise-broken'),
    ...base,
    ...amount,
    /** The day that was promised, civil date `YYYY-MM-DD`. Optional. */
    promisedDate: civilDateSchema.optional(),
  }),
  z.object({
    /** `dispute-opened`: the customer disputes an invoice or an amount. */
    type: z.literal('dispute-opened'),
    ...base,
    ...amount,
    /** What is disputed and why, in words. Optional. */
    reason: z.string().optional(),
  }),
  z.object({
    /** `dispute-resolved`: a dispute was closed. */
    type: z.literal('dispute-resolved'),
    ...base,
    /**
     * How it ended: `upheld` (the customer was right), `rejected` (the amount stands) or `credited` (a
     * credit was issued). Optional.
     */
    outcome: z.enum(['upheld', 'rejected', 'credited']).optional(),
  }),
  z.object({
    /** `invoice-updated`: the source changed an invoice. */
    type: z.literal('invoice-updated'),
    ...base,
  }),
]);

/**
 * Schema of a {@link CollectionsEvent}: a discriminated union on `type`. `at` accepts a `Date` or an ISO
 * 8601 instant; an `amount` (major units) needs its `currency` and becomes exact {@link Money}.
 *
 * @category Schemas
 * @example
 * ```ts
 * collectionsEventSchema.parse({
 *   type: 'promise-made', at: '2026-02-01T10:00:00Z', customerId: 'C1', promisedDate: '2026-02-10',
 * }).type;
 * //=> 'promise-made'
 * ```
 */
export const collectionsEventSchema = eventUnion.transform((event, context) => {
  if (!('amount' in event) || event.amount === undefined) {
    const {
      amount: _amount,
      currency: _currency,
      ...rest
    } = event as typeof event & { amount?: unknown; currency?: unknown };
    return rest as WithMoney<RawEvent>;
  }
  if (event.currency === undefined) {
    context.addIssue({ code: 'custom', message: 'an amount needs its currency', path: ['currency'], input: undefined });
    return z.NEVER;
  }
  const money = toMoneyField(event.amount, event.currency, ['amount'], context, { positive: true });
  if (money === undefined) return z.NEVER;
  const { currency: _currency, ...rest } = event;
  return { ...rest, amount: money } as WithMoney<RawEvent>;
});

type RawEvent = z.output<typeof eventUnion>;
type WithMoney<E> = E extends { amount?: unknown; currency?: unknown }
  ? Omit<E, 'amount' | 'currency'> & {
      /** The amount paid, promised or disputed, exact money in minor units, more than zero. Optional. */
      amount?: import('../money/money').Money;
    }
  : E;

/**
 * Something that happened in collections: a message sent or answered, a payment, a promise, a dispute.
 * Discriminated on `type`; `at` is an instant.
 *
 * @category Domain
 * @example
 * ```ts
 * const event: CollectionsEvent = { type: 'dispute-opened', at: new Date('2026-02-01T10:00:00Z'), customerId: 'C1', invoiceIds: ['i1'] };
 * ```
 */
export type CollectionsEvent = z.output<typeof collectionsEventSchema>;

/**
 * The `type` of a {@link CollectionsEvent}.
 *
 * @category Domain
 * @example
 * ```ts
 * const type: CollectionsEventType = 'payment-received';
 * ```
 */
export type CollectionsEventType = CollectionsEvent['type'];

/**
 * Every `type` a {@link CollectionsEvent} may have, in the order of the schema: for checking a type by hand
 * and for listing the valid ones in an error.
 *
 * @category Domain
 * @example
 * ```ts
 * COLLECTIONS_EVENT_TYPES.includes('payment-received');
 * //=> true
 * COLLECTIONS_EVENT_TYPES.length;
 * //=> 14
 * ```
 */
export const COLLECTIONS_EVENT_TYPES: readonly CollectionsEventType[] = Object.freeze(
  eventUnion.options.map((option) => option.shape.type.value),
);

/**
 * A collections event as hosts supply it.
 *
 * @category Domain
 * @example
 * ```ts
 * const input: CollectionsEventInput = { type: 'payment-received', at: '2026-02-01T10:00:00Z', customerId: 'C1', amount: '50', currency: 'EUR' };
 * ```
 */
export type CollectionsEventInput = z.input<typeof collectionsEventSchema>;
