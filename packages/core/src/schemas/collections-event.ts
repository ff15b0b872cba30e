import { z } from 'zod';
import { toMoneyField } from './money-field';
import { channelSchema, civilDateSchema, currencySchema, idSchema, instantSchema, moneyInputSchema } from './primitives';

const base = {
  /** A unique id of the event, when the source has one (used to drop duplicates). */
  id: z.string().optional(),
  at: instantSchema,
  customerId: idSchema,
  invoiceIds: z.array(idSchema).optional(),
  channel: channelSchema.optional(),
  contactId: z.string().optional(),
};
const amount = { amount: moneyInputSchema.optional(), currency: currencySchema.optional() };

const eventUnion = z.discriminatedUnion('type', [
  z.object({ type: z.literal('message-sent'), ...base, messageId: z.string().optional(), templateId: z.string().optional(), tone: z.string().optional() }),
  z.object({ type: z.literal('message-delivered'), ...base, messageId: z.string().optional() }),
  z.object({ type: z.literal('message-failed'), ...base, messageId: z.string().optional(), reason: z.string().optional() }),
  z.object({ type: z.literal('message-opened'), ...base, messageId: z.string().optional() }),
  z.object({ type: z.literal('link-clicked'), ...base, messageId: z.string().optional(), url: z.string().optional() }),
  z.object({ type: z.literal('reply-received'), ...base, messageId: z.string().optional(), text: z.string().optional() }),
  z.object({ type: z.literal('opted-out'), ...base, channel: channelSchema }),
  z.object({ type: z.literal('opted-in'), ...base, channel: channelSchema }),
  z.object({ type: z.literal('payment-received'), ...base, ...amount, paymentId: z.string().optional() }),
  z.object({ type: z.literal('promise-made'), ...base, ...amount, promisedDate: civilDateSchema }),
  z.object({ type: z.literal('promise-broken'), ...base, ...amount, promisedDate: civilDateSchema.optional() }),
  z.object({ type: z.literal('dispute-opened'), ...base, ...amount, reason: z.string().optional() }),
  z.object({ type: z.literal('dispute-resolved'), ...base, outcome: z.enum(['upheld', 'rejected', 'credited']).optional() }),
  z.object({ type: z.literal('invoice-updated'), ...base }),
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
    const { amount: _amount, currency: _currency, ...rest } = event as typeof event & { amount?: unknown; currency?: unknown };
    return rest as CollectionsEventWithoutAmount;
  }
  if (event.currency === undefined) {
    context.addIssue({ code: 'custom', message: 'an amount needs its currency', path: ['currency'], input: undefined });
    return z.NEVER;
  }
  const money = toMoneyField(event.amount, event.currency, ['amount'], context, { positive: true });
  if (money === undefined) return z.NEVER;
  const { currency: _currency, ...rest } = event;
  return { ...rest, amount: money } as CollectionsEventWithoutAmount;
});

type RawEvent = z.output<typeof eventUnion>;
type WithMoney<E> = E extends { amount?: unknown; currency?: unknown }
  ? Omit<E, 'amount' | 'currency'> & { amount?: import('../money/money').Money }
  : E;
type CollectionsEventWithoutAmount = WithMoney<RawEvent>;

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
export type CollectionsEvent = CollectionsEventWithoutAmount;

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
 * A collections event as hosts supply it.
 *
 * @category Domain
 * @example
 * ```ts
 * const input: CollectionsEventInput = { type: 'payment-received', at: '2026-02-01T10:00:00Z', customerId: 'C1', amount: '50', currency: 'EUR' };
 * ```
 */
export type CollectionsEventInput = z.input<typeof collectionsEventSchema>;
