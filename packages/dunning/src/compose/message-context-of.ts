import type { CivilDate } from '@overdue/core';
import type { MessageCharge, MessageContext } from '../messages/message-types';
import type { CustomerSnapshot, DunningAction } from '../scenario/evaluate/evaluation-types';
import {
  CONTEXT_OPTION_FIELDS,
  checkMessageAction,
  contactNameOf,
  deriveContext,
  withContactName,
} from './_lib/derive-context';

/**
 * Options of {@link messageContextOf} (and the context part of the options of {@link composeMessages}).
 *
 * @category Messages
 * @example
 * ```ts
 * const options: MessageContextOfOptions = {
 *   sender: { name: 'Acme Supplies Ltd', replyTo: 'accounts@acme.example' },
 *   paymentUrl: (action) => `https://pay.acme.example/c/${action.customerId}`,
 * };
 * ```
 */
export interface MessageContextOfOptions {
  /** Who sends the reminder: `{ name, replyTo?, phone? }`, as in {@link MessageContext}. Required. */
  sender: MessageContext['sender'];
  /**
   * The day the message is written for, `YYYY-MM-DD`: days overdue are counted to it, and the promise of
   * a `promise-broken` message is the latest one made on or before it. Default: the action's
   * `scheduledDate`.
   */
  today?: CivilDate;
  /**
   * The payment page: a URL, or a function of the action returning one (or `undefined`, to fall back).
   * Default: the `paymentUrl` of the chased invoices when they all have the same one, else none (and no
   * payment link is shown).
   */
  paymentUrl?: string | ((action: Extract<DunningAction, { kind: 'message' }>) => string | undefined);
  /** Fees or interest to list under the invoices and add to the totals, in the message's language. Default: none. */
  charges?: readonly MessageCharge[];
}

/**
 * The {@link MessageContext} of a message action: what {@link renderMessage} needs to write it, taken
 * from the action and the customer snapshot it was evaluated from. {@link composeMessages} calls it and
 * renders one message per delivery; use this function to add or change fields before rendering yourself.
 *
 * - `today`: `options.today`, else the action's `scheduledDate`.
 * - `sender`: `options.sender`.
 * - `customer`: the snapshot customer's `name`, and `contactName`, the name of the first contact of the
 *   action's first delivery, when it has one.
 * - `invoices`: one per chased item, in the action's order: the invoice's `number` and `issueDate`, the
 *   item's `dueDate` (an installment's own due date) and the item's `amount` as `amountDue`.
 * - `paymentUrl`: `options.paymentUrl`, else the invoices' `paymentUrl` when every item has the same one.
 * - `promise` (template `promise-broken` only): the latest `promise-made` event on or before `today` that
 *   names one of the chased invoices or none (customer-wide): its `promisedDate`, and its amount, else the
 *   balance of the chased items it covers.
 * - `installment` (template `payment-plan-installment` only): the first chased item with an installment:
 *   its number, the number of installments of its invoice, its due date and what is still owed on it.
 * - `charges`: `options.charges`.
 *
 * Only what is read is checked (cheaply, without schemas); {@link renderMessage} validates the result.
 *
 * @param action - An action returned by {@link evaluateScenario}, of kind `message`.
 * @param snapshot - The snapshot the action was evaluated from.
 * @param options - The sender, and optionally the day, the payment URL and charges.
 * @returns The message context, without `charges` and `paymentUrl` when there are none.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} naming the field: `action.kind` for an
 *   action that is not a message, `action.items[0].invoiceId` for an invoice missing from the snapshot,
 *   `options.sender.name`, `snapshot.events` when a `promise-broken` message has no promise to quote,
 *   `action.items` when a `payment-plan-installment` message chases no installment, or a field the options
 *   or the sender do not have (`options.sender.replyToo: unknown field; did you mean "replyTo"?`,
 *   `options.paymentURL`). The charges are copied as they are; {@link renderMessage} checks them.
 * @category Messages
 * @example
 * ```ts
 * const [action] = evaluateScenario(parseScenario(GENTLE_B2B_SCENARIO), snapshot, { now: '2026-10-08' }).actions;
 * messageContextOf(action, snapshot, { sender: { name: 'Acme Supplies Ltd' } });
 * //=> { today: '2026-10-08',
 * //     sender: { name: 'Acme Supplies Ltd' },
 * //     customer: { name: 'Globex GmbH', contactName: 'Anna Weber' },
 * //     invoices: [{ number: 'INV-1042', issueDate: '2026-09-01', dueDate: '2026-10-01',
 * //       amountDue: { currency: 'EUR', minor: 123450 } }],
 * //     paymentUrl: 'https://pay.acme.example/i/1042' }
 * ```
 */
export function messageContextOf(
  action: DunningAction,
  snapshot: CustomerSnapshot,
  options: MessageContextOfOptions,
): MessageContext {
  const message = checkMessageAction(action);
  const derived = deriveContext(message, snapshot, options, CONTEXT_OPTION_FIELDS);
  return withContactName(derived.context, contactNameOf(snapshot, message.deliveries[0])?.name);
}
