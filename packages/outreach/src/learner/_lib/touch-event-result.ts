import type { CollectionsEvent, CollectionsEventType } from '@overdue/core';
import type { OutreachResult } from '../learner-types';
import type { SentOutreachTouch } from '../touch-outcome-types';

/** The result each event type shows about a touch it concerns, and the event in words for a reason; other types show nothing. */
export const EVENT_READINGS: Partial<
  Readonly<Record<CollectionsEventType, { result: OutreachResult; words: string }>>
> = {
  'payment-received': { result: 'paid', words: 'a payment' },
  'promise-made': { result: 'promised', words: 'a promise to pay' },
  'reply-received': { result: 'replied', words: 'a reply' },
  'link-clicked': { result: 'clicked', words: 'a click' },
  'message-opened': { result: 'opened', words: 'an open' },
  'message-delivered': { result: 'delivered', words: 'a delivery receipt' },
  'message-failed': { result: 'failed', words: 'a delivery failure' },
  'opted-out': { result: 'opted-out', words: 'an opt-out' },
};

/** How good a result is: the best one seen is the touch's outcome. An opt-out outweighs even a payment. */
export const RESULT_RANK: Readonly<Record<OutreachResult, number>> = {
  failed: 1,
  ignored: 2,
  delivered: 3,
  opened: 4,
  clicked: 5,
  replied: 6,
  promised: 7,
  paid: 8,
  'opted-out': 9,
};

function sharesInvoice(ours: readonly string[] | undefined, theirs: readonly string[] | undefined): boolean {
  if (ours === undefined || theirs === undefined) return true;
  for (const id of theirs) if (ours.includes(id)) return true;
  return false;
}

/**
 * The result `event` shows about `touch`, or `undefined` when it does not concern it. The event is assumed
 * checked, of the touch's customer and inside its window.
 */
export function touchEventResult(touch: SentOutreachTouch, event: CollectionsEvent): OutreachResult | undefined {
  const result = EVENT_READINGS[event.type]?.result;
  if (result === undefined) return undefined;
  switch (event.type) {
    case 'payment-received':
    case 'promise-made':
      return sharesInvoice(touch.invoiceIds, event.invoiceIds) ? result : undefined;
    case 'opted-out':
      if (event.channel !== touch.channel) return undefined;
      if (touch.contactId !== undefined && event.contactId !== undefined && event.contactId !== touch.contactId)
        return undefined;
      return result;
    default: {
      // A message event: the same provider id when both have one. A reply may carry its own id instead of
      // the id of the message it answers, so a reply with another id still matches by channel and invoices.
      const messageId = (event as { messageId?: string }).messageId;
      if (touch.messageId !== undefined && messageId !== undefined) {
        if (messageId === touch.messageId) return result;
        if (event.type !== 'reply-received') return undefined;
      }
      if (event.channel !== undefined && event.channel !== touch.channel) return undefined;
      return sharesInvoice(touch.invoiceIds, event.invoiceIds) ? result : undefined;
    }
  }
}
