import { describeReceived, InvalidArgumentError } from '@overdue/core';
import type { MessageChannel, MessageContext, MessageTemplates, RenderedMessageFor } from '../messages/message-types';
import type { RenderMessageOptions } from '../messages/render-message';
import { renderMessage } from '../messages/render-message';
import type { CustomerSnapshot, DunningAction } from '../scenario/evaluate/evaluation-types';
import {
  checkMessageAction,
  contactNameOf,
  deriveContext,
  rethrowWithInputPath,
  withContactName,
} from './_lib/derive-context';
import type { MessageContextOfOptions } from './message-context-of';

const CHANNELS: readonly string[] = ['email', 'sms', 'voice', 'whatsapp'];
/**
 * The fields of {@link ComposeMessagesOptions}: those of messageContextOf's options, and how to render;
 * `satisfies` keeps the list in step with the type.
 */
const OPTION_FIELDS = Object.keys({
  sender: true,
  today: true,
  paymentUrl: true,
  charges: true,
  locale: true,
  fallbackLocale: true,
  templates: true,
} satisfies Record<keyof ComposeMessagesOptions, true>);

/**
 * Options of {@link composeMessages}: those of {@link messageContextOf}, and how to render.
 *
 * @category Messages
 * @example
 * ```ts
 * const options: ComposeMessagesOptions = {
 *   sender: { name: 'Acme Supplies Ltd', replyTo: 'accounts@acme.example' },
 *   locale: 'en-GB',
 *   fallbackLocale: 'en-GB',
 * };
 * ```
 */
export interface ComposeMessagesOptions extends MessageContextOfOptions {
  /**
   * The locale used when the snapshot customer has none, such as `'en-GB'`. Default: none, and a customer
   * without a `locale` throws naming `snapshot.customer.locale`.
   */
  locale?: string;
  /**
   * The locale used, for texts and formatting, when the customer's language has no templates (English
   * for an `it-IT` customer with `'en-GB'`), as in {@link RenderMessageOptions}. Default: none, and such a
   * customer throws.
   */
  fallbackLocale?: string;
  /** Host templates, as in {@link RenderMessageOptions}; needed for a template id that is not built in. Default: none. */
  templates?: MessageTemplates;
}

/**
 * One rendered message of an action, for one channel, with the contacts to send it to.
 *
 * @category Messages
 * @example
 * ```ts
 * const composed: ComposedMessageFor<'voice'> = {
 *   channel: 'voice', contactIds: ['c2'], message: { channel: 'voice', script: 'Hello, this is Acme.' },
 * };
 * ```
 */
export interface ComposedMessageFor<C extends MessageChannel> {
  /** The channel, the same as the delivery's and `message.channel`. */
  channel: C;
  /** The contacts allowed on the channel, as in the action's delivery, in the customer's contact order. */
  contactIds: readonly string[];
  /** The message, rendered for the channel. */
  message: RenderedMessageFor<C>;
}

/**
 * A message returned by {@link composeMessages}; checking `channel` narrows `message`.
 *
 * @category Messages
 * @example
 * ```ts
 * for (const composed of composeMessages(action, snapshot, options)) {
 *   if (composed.channel === 'sms') console.log(composed.message.segments);
 * }
 * ```
 */
export type ComposedMessage = { [C in MessageChannel]: ComposedMessageFor<C> }[MessageChannel];

/**
 * Turns a message action of {@link evaluateScenario} into ready-to-send messages: one per delivery, in the
 * action's order, each rendered by {@link renderMessage} for its channel with the action's template and
 * tone, in the customer's locale, from the context {@link messageContextOf} derives. Each message greets
 * the first contact of its own delivery by name when that contact has one.
 *
 * For an `auto` action (an outreach learner picks the channel), every choice is rendered, so the host can
 * pick one after the learner has chosen; send only that one.
 *
 * The locale is the snapshot customer's `locale`, else `options.locale`. A customer in a language without
 * templates (`it-IT`) needs `options.fallbackLocale`. An action with no delivery gives `[]`.
 *
 * @param action - An action returned by {@link evaluateScenario}, of kind `message`.
 * @param snapshot - The snapshot the action was evaluated from.
 * @param options - The sender, the locale fallbacks, host templates, the payment URL.
 * @returns One `{ channel, contactIds, message }` per delivery, in order.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} naming the input field: `action.kind`
 *   for an action that is not a message, `snapshot.customer.locale` for a customer without a locale (and no
 *   `options.locale`) or in a language without templates (and no `options.fallbackLocale`),
 *   `options.sender.name`, `action.items[0].invoiceId`, and the fields listed by {@link messageContextOf}. A value
 *   the renderer rejects is named where it came from (`action.items[1].amount.minor`,
 *   `snapshot.invoices[3].number`, `action.template`). A field the options or the sender do not have is
 *   named too (`options.fallbackLocal: unknown field; did you mean "fallbackLocale"?`,
 *   `options.sender.replyToo`), and so is a misspelt key of the templates of the action's template id
 *   (`options.templates["overdue"]["en"].nuetral`).
 * @category Messages
 * @example
 * ```ts
 * const { actions } = evaluateScenario(parseScenario(STANDARD_SCENARIO), snapshot, { now: '2026-10-15' });
 * const messages = composeMessages(actions[0], snapshot, { sender: { name: 'Acme Supplies Ltd' } });
 * messages.map(({ channel, contactIds }) => [channel, contactIds]);
 * //=> [['email', ['c1']], ['sms', ['c2']]]
 * messages[0].message.subject;
 * //=> 'Zahlungserinnerung: 1.234,50 € überfällig'
 * ```
 */
export function composeMessages(
  action: DunningAction,
  snapshot: CustomerSnapshot,
  options: ComposeMessagesOptions,
): ComposedMessage[] {
  const message = checkMessageAction(action);
  const derived = deriveContext(message, snapshot, options, OPTION_FIELDS);
  const customerLocale = snapshot.customer.locale;
  let locale: string;
  let localePath: string;
  if (customerLocale !== undefined && customerLocale !== '') {
    if (typeof customerLocale !== 'string') {
      throw new InvalidArgumentError(
        `expected a BCP 47 locale such as "de-DE", got ${describeReceived(customerLocale)}`,
        'snapshot.customer.locale',
      );
    }
    locale = customerLocale;
    localePath = 'snapshot.customer.locale';
  } else if (options.locale !== undefined) {
    locale = options.locale;
    localePath = 'options.locale';
  } else {
    throw new InvalidArgumentError(
      `the customer has no locale to write its messages in, got ${describeReceived(customerLocale)}; set it, or pass options.locale`,
      'snapshot.customer.locale',
    );
  }
  const renderOptions: RenderMessageOptions = { channel: 'email', locale, tone: message.tone };
  if (options.fallbackLocale !== undefined) renderOptions.fallbackLocale = options.fallbackLocale;
  if (options.templates !== undefined) renderOptions.templates = options.templates;

  const composed: ComposedMessage[] = [];
  const deliveries = message.deliveries;
  for (let index = 0; index < deliveries.length; index++) {
    const delivery = deliveries[index];
    const channelPath = `action.deliveries[${index}].channel`;
    if (typeof delivery !== 'object' || delivery === null || !CHANNELS.includes(delivery.channel)) {
      throw new InvalidArgumentError(
        `expected "email", "sms", "voice" or "whatsapp", got ${describeReceived(delivery?.channel)}`,
        channelPath,
      );
    }
    if (!Array.isArray(delivery.contactIds)) {
      throw new InvalidArgumentError(
        `expected an array of contact ids, got ${describeReceived(delivery.contactIds)}`,
        `action.deliveries[${index}].contactIds`,
      );
    }
    const contact = contactNameOf(snapshot, delivery);
    const context: MessageContext = withContactName(derived.context, contact?.name);
    renderOptions.channel = delivery.channel;
    let rendered: RenderedMessageFor<MessageChannel>;
    try {
      rendered = renderMessage(message.template, context, renderOptions);
    } catch (error) {
      rethrowWithInputPath(error, derived, { contactName: contact?.path, channel: channelPath, locale: localePath });
    }
    composed.push({ channel: delivery.channel, contactIds: delivery.contactIds, message: rendered } as ComposedMessage);
  }
  return composed;
}
