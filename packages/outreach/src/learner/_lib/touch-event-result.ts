import type { CollectionsEvent, CollectionsEventType } from '@overdue/core';
import type { OutreachResult } from '../learner-types';
import type { SentOutreachTouch } from '../touch-outcome-types';

/** The result each event type shows about a touch it concerns; other types show nothing. */
export const RESULT_OF_EVENT: Partial<Readonly<Record<CollectionsEventType, OutreachResult>>> = {
  'payment-received': 'paid',
  'promise-made': 'promised',
  'reply-received': 'replied',
  'link-clicked': 'clicked',
  'message-opened': 'opened',
  'message-delivered': 'delivered',
  'message-failed': 'failed',
  'opted-out': 'opted-out',
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
  const result = RESULT_OF_EVENT[event.type];
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
