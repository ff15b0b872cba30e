/**
 * Reading touch outcomes, in its own process; prints one JSON line.
 *
 * `touch-outcomes.ts <touches> <runs>`: outcomeOfTouch for sent messages, each with the events a nightly
 * job would hand it (its customer's events of the week: the delivery receipt, an open for half of them, a
 * payment of its invoice for a third, a receipt of another message on the same channel, and one webhook
 * delivered twice), as of the end of the window. In the same run, the baseline a host might write by hand:
 * a loop that keeps the best result of the events with the touch's message id or invoice, with no checks,
 * no window, no tie rule and no reason. The two must agree on every result for the figures to stand.
 */
import type { Channel, CollectionsEvent } from '@overdue/core';
import { createRandom } from '@overdue/core';
import type { OutreachResult, SentOutreachTouch } from '@overdue/outreach';
import { outcomeOfTouch } from '@overdue/outreach';
import { measure, median } from './measure';

const [first = '100000', second = '5'] = process.argv.slice(2);
const touches = Number(first);
const runs = Number(second);
const HOUR = 3_600_000;
const random = createRandom('touch-outcomes');
const start = Date.UTC(2026, 2, 2, 9);

const cases: { touch: SentOutreachTouch; events: CollectionsEvent[] }[] = [];
for (let index = 0; index < touches; index++) {
  const customerId = `C${index}`;
  const sent = start + random.integer(24 * 30) * HOUR;
  const channel: Channel = random.next() < 0.7 ? 'email' : 'sms';
  const touch: SentOutreachTouch = {
    customerId,
    segment: `s${index % 20}`,
    channel,
    slot: 'morning',
    tone: 'neutral',
    sentAt: new Date(sent),
    messageId: `M${index}`,
    invoiceIds: [`${customerId}-I1`],
  };
  const base = { customerId, channel, invoiceIds: [`${customerId}-I1`] };
  const events: CollectionsEvent[] = [
    { type: 'message-sent', at: new Date(sent), messageId: `M${index}`, ...base },
    { type: 'message-delivered', at: new Date(sent + 60_000), messageId: `M${index}`, ...base },
    { type: 'message-delivered', at: new Date(sent - 30 * HOUR), messageId: `M${index}-earlier`, ...base },
  ];
  if (random.next() < 0.5) {
    events.push({ type: 'message-opened', at: new Date(sent + 5 * HOUR), messageId: `M${index}`, ...base });
  }
  if (random.next() < 0.33) {
    events.push({
      type: 'payment-received',
      at: new Date(sent + (24 + random.integer(96)) * HOUR),
      customerId,
      invoiceIds: [`${customerId}-I1`],
    });
  }
  events.push(events[1] as CollectionsEvent); // a webhook delivered twice
  cases.push({ touch, events });
}
const asOf = new Date(start + 40 * 24 * HOUR);

const RANK: Record<string, number> = { delivered: 3, opened: 4, paid: 8 };
const RESULT: Record<string, OutreachResult> = {
  'message-delivered': 'delivered',
  'message-opened': 'opened',
  'payment-received': 'paid',
};
/** The hand-written baseline: best result of the events naming the message or the invoice. */
function byHand(touch: SentOutreachTouch, events: readonly CollectionsEvent[]): OutreachResult {
  let best: OutreachResult = 'ignored';
  for (const event of events) {
    const result = RESULT[event.type];
    if (result === undefined) continue;
    const ours =
      event.type === 'payment-received'
        ? event.invoiceIds?.includes(touch.invoiceIds?.[0] as string) === true
        : (event as { messageId?: string }).messageId === touch.messageId;
    if (ours && (RANK[result] as number) > (RANK[best] ?? 0)) best = result;
  }
  return best;
}

const library: OutreachResult[] = new Array(touches);
const libraryTimes = await measure(() => {
  for (let index = 0; index < touches; index++) {
    const item = cases[index] as (typeof cases)[number];
    library[index] = outcomeOfTouch(item.touch, item.events, { asOf }).result as OutreachResult;
  }
}, runs);
const baseline: OutreachResult[] = new Array(touches);
const baselineTimes = await measure(() => {
  for (let index = 0; index < touches; index++) {
    const item = cases[index] as (typeof cases)[number];
    baseline[index] = byHand(item.touch, item.events);
  }
}, runs);
let agree = 0;
const results: Record<string, number> = {};
for (let index = 0; index < touches; index++) {
  if (library[index] === baseline[index]) agree++;
  results[library[index] as string] = (results[library[index] as string] ?? 0) + 1;
}
const libraryMicros = (median(libraryTimes) * 1000) / touches;
const baselineMicros = (median(baselineTimes) * 1000) / touches;
console.log(
  JSON.stringify({
    touches,
    libraryMicros,
    baselineMicros,
    ratio: libraryMicros / baselineMicros,
    agreement: agree / touches,
    results,
  }),
);
