import type { CollectionsEvent } from '@overdue/core';
import { assertKnownFields, InvalidArgumentError } from '@overdue/core';
import { listOf, received } from '../_lib/received';
import { instantOf, readEvent, readSentTouch } from './_lib/read-sent-touch';
import { EVENT_READINGS, RESULT_RANK, touchEventResult } from './_lib/touch-event-result';
import type { OutreachResult, OutreachTouch } from './learner-types';
import type { OutcomeOfTouchOptions, SentOutreachTouch, TouchOutcome } from './touch-outcome-types';

const DAY_MS = 86_400_000;
const DEFAULT_WINDOW_DAYS = 7;
const MAX_WINDOW_DAYS = 90;

const OPTION_FIELDS = Object.keys({ asOf: true, rewardWindowDays: true, resultSoFar: true } satisfies Record<
  keyof OutcomeOfTouchOptions,
  true
>);

/** Results a touch can still have while its window is open; the others settle it or close it. */
const PENDING_RESULTS: readonly OutreachResult[] = ['promised', 'replied', 'clicked', 'opened', 'delivered'];

function readOptions(options: OutcomeOfTouchOptions): { asOf: number; windowDays: number; soFar?: OutreachResult } {
  if (options === undefined) throw new InvalidArgumentError('expected a Date, got undefined', 'options.asOf');
  assertKnownFields(options, OPTION_FIELDS, 'options');
  const asOf = instantOf(options.asOf, 'options.asOf');
  const windowDays = options.rewardWindowDays ?? DEFAULT_WINDOW_DAYS;
  if (!Number.isInteger(windowDays) || windowDays < 1 || windowDays > MAX_WINDOW_DAYS)
    throw new InvalidArgumentError(
      `expected an integer from 1 to ${MAX_WINDOW_DAYS}, got ${received(options.rewardWindowDays)}`,
      'options.rewardWindowDays',
    );
  const soFar = options.resultSoFar;
  if (soFar !== undefined && !PENDING_RESULTS.includes(soFar))
    throw new InvalidArgumentError(
      `expected the result of a pending touch (${listOf(PENDING_RESULTS)}), got ${received(soFar)}; a settled touch is recorded once and not read again`,
      'options.resultSoFar',
    );
  return soFar === undefined ? { asOf, windowDays } : { asOf, windowDays, soFar };
}

/** Whether the result settles the touch at once: a payment, an opt-out, or a failure when nothing else came of it. */
function settles(result: OutreachResult, best: OutreachResult): boolean {
  return result === 'paid' || result === 'opted-out' || (result === 'failed' && best === 'failed');
}

/**
 * The outcome of a touch the learner advised, read from the events that followed it: the best thing that
 * came of it within its reward window (`rewardWindowDays` after `sentAt`), ready for
 * {@link recordOutreachOutcome} once it is settled. This is the bookkeeping between sending and learning:
 * "record one outcome per touch, the best thing that came of it".
 *
 * An event concerns the touch when it is of the same customer, at or after `sentAt` and before the window
 * closes, and:
 * - a payment (`paid`) or a promise to pay (`promised`) names one of the touch's invoices (or either side
 *   names none);
 * - a delivery receipt (`delivered`), a failure (`failed`), an open (`opened`), a click (`clicked`) or a reply
 *   (`replied`) carries the touch's `messageId` when both carry one, else is on the touch's channel (or names
 *   none) and names one of its invoices (or either side names none); a reply with another message id still
 *   matches this way, as a reply may carry its own id;
 * - an opt-out (`opted-out`) is of the touch's channel, and of its contact when both name one.
 *
 * Other events (a message sent, a dispute, an invoice update...) show nothing about a touch. The best
 * result wins (`opted-out` > `paid` > `promised` > `replied` > `clicked` > `opened` > `delivered` >
 * `failed`). A payment or an opt-out settles the touch at once, and so does a failure when nothing else
 * came of the touch; otherwise it settles when the window closes by `asOf`, as `ignored` when nothing came
 * of it. Events are read in time order, and at the same instant the better result first, so they may be
 * given in any order and may be given again: the answer is the same, and a webhook delivered twice is never
 * counted twice. Webhooks arrive late: pass an `asOf` earlier than now by the longest delay seen, so that a
 * late event of the window still counts. Pure: the clock is never read.
 *
 * @param touch - The message as the host sent it.
 * @param events - Events of the customer (others are skipped), parsed with `collectionsEventSchema`; all
 * since `sentAt`, or only those since the last call with `options.resultSoFar`.
 * @param options - `asOf` (required), `rewardWindowDays` (default 7) and `resultSoFar`.
 * @returns `{ settled: false, result, settlesAt, ... }` while the window is open, or `{ settled: true,
 * result, settledAt, outcome, touch, reason }`.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} naming the field, such as
 * `touch.slot: expected one of "morning", ..., got "noon"` or `events[2].type: expected a collections
 * event type (...), got "payment-recieved"`.
 * @category Learner
 * @example
 * ```ts
 * const touch: SentOutreachTouch = {
 *   customerId: 'C1', segment: 'slow', channel: 'email', slot: 'morning', tone: 'neutral',
 *   sentAt: new Date('2026-03-02T09:00:00Z'), invoiceIds: ['INV-7'],
 * };
 * const events: CollectionsEvent[] = [
 *   { type: 'message-opened', at: new Date('2026-03-02T10:12:00Z'), customerId: 'C1', channel: 'email' },
 *   { type: 'payment-received', at: new Date('2026-03-04T15:30:00Z'), customerId: 'C1', invoiceIds: ['INV-7'] },
 * ];
 * const outcome = outcomeOfTouch(touch, events, { asOf: new Date('2026-03-05T00:00:00Z') });
 * outcome.settled && outcome.outcome;
 * //=> { segment: 'slow', channel: 'email', slot: 'morning', tone: 'neutral', result: 'paid' }
 * outcome.reason;
 * //=> 'paid: a payment at 2026-03-04T15:30:00.000Z, 2.3 days after the message.'
 * ```
 */
export function outcomeOfTouch(
  touch: SentOutreachTouch,
  events: readonly CollectionsEvent[],
  options: OutcomeOfTouchOptions,
): TouchOutcome {
  const sent = readSentTouch(touch);
  if (!Array.isArray(events))
    throw new InvalidArgumentError(`expected an array of events, got ${received(events)}`, 'events');
  const { asOf, windowDays, soFar } = readOptions(options);
  const start = sent.sentAt.getTime();
  const end = start + windowDays * DAY_MS;

  // The events that concern the touch, in time order; at the same instant the better result first, so
  // that the order they are given in never matters (a payment and an opt-out at once settle as opted-out).
  const matches: { time: number; result: OutreachResult; event: CollectionsEvent }[] = [];
  for (let index = 0; index < events.length; index++) {
    const event = events[index] as CollectionsEvent;
    const time = readEvent(event, `events[${index}]`);
    if (event.customerId !== sent.customerId || time < start || time >= end) continue;
    const result = touchEventResult(sent, event);
    if (result !== undefined) matches.push({ time, result, event });
  }
  matches.sort((a, b) => a.time - b.time || RESULT_RANK[b.result] - RESULT_RANK[a.result]);

  let best = soFar;
  let from: CollectionsEvent | undefined;
  for (const match of matches) {
    if (best === undefined || RESULT_RANK[match.result] > RESULT_RANK[best]) {
      best = match.result;
      from = match.event;
    }
    if (settles(match.result, best))
      return settled(sent, best, from, match.time, describe(best, from, start, windowDays));
  }
  if (asOf >= end) {
    const result = best ?? 'ignored';
    return settled(sent, result, from, end, describe(result, from, start, windowDays, end));
  }
  const soFarText =
    best === undefined
      ? 'nothing so far'
      : `${best} so far${from === undefined ? '' : ` (${EVENT_READINGS[from.type]?.words})`}`;
  return {
    settled: false,
    result: best,
    event: from,
    settlesAt: new Date(end),
    touch: touchOf(sent, undefined),
    reason: `${soFarText}; the ${windowDays}-day window closes at ${new Date(end).toISOString()}.`,
  };
}

function touchOf(sent: SentOutreachTouch, result: OutreachResult | undefined): OutreachTouch {
  return { channel: sent.channel, slot: sent.slot, tone: sent.tone, result };
}

function settled(
  sent: SentOutreachTouch,
  result: OutreachResult,
  event: CollectionsEvent | undefined,
  time: number,
  reason: string,
): TouchOutcome {
  return {
    settled: true,
    result,
    event,
    settledAt: new Date(time),
    outcome: { segment: sent.segment, channel: sent.channel, slot: sent.slot, tone: sent.tone, result },
    touch: touchOf(sent, result),
    reason,
  };
}

function describe(
  result: OutreachResult,
  event: CollectionsEvent | undefined,
  start: number,
  windowDays: number,
  closed?: number,
): string {
  const window = closed === undefined ? '' : `the ${windowDays}-day window closed at ${new Date(closed).toISOString()}`;
  if (event === undefined) {
    if (result === 'ignored') return `ignored: ${window} with nothing from the payer.`;
    return `${result}: found by an earlier reading (resultSoFar); ${window}.`;
  }
  const days = ((event.at.getTime() - start) / DAY_MS).toFixed(1);
  const what = `${EVENT_READINGS[event.type]?.words} at ${event.at.toISOString()}, ${days} days after the message`;
  return closed === undefined ? `${result}: ${what}.` : `${result}: ${what}; ${window}.`;
}
