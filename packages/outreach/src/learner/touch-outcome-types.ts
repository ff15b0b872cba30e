import type { Channel, CollectionsEvent } from '@overdue/core';
import type { OutreachOutcome, OutreachResult, OutreachTone, OutreachTouch, SendSlot } from './learner-types';

/**
 * A message the host sent on the learner's advice, as it keeps it in its outbox: who it went to, the
 * segment, channel, slot and tone chosen, when it went out and, when known, the provider's message id, the
 * contact written to and the invoices it chased.
 *
 * @category Learner
 * @example
 * ```ts
 * const touch: SentOutreachTouch = {
 *   customerId: 'C1', segment: 'slow', channel: 'sms', slot: 'midday', tone: 'neutral',
 *   sentAt: new Date('2026-03-02T12:05:00Z'), messageId: 'SM123', invoiceIds: ['INV-7'],
 * };
 * ```
 */
export interface SentOutreachTouch {
  /** The customer written to. Required, non-empty. */
  customerId: string;
  /** The segment the choice was made for (`OutreachContext.segment`). Required, non-empty. */
  segment: string;
  /** The channel used. */
  channel: Channel;
  /** The slot it was sent in. */
  slot: SendSlot;
  /** Its tone. */
  tone: OutreachTone;
  /** When it went out; the reward window starts here. */
  sentAt: Date;
  /**
   * The provider's id of the message (Message-ID, Twilio SID...). Optional; when both the touch and a
   * delivery, failure, open or click event carry one, they match only on the same id.
   */
  messageId?: string;
  /** The contact written to. Optional; when both carry one, an opt-out counts only from that contact. */
  contactId?: string;
  /**
   * The invoices the message chased. Optional; when both carry some, a payment, promise or message event
   * counts only if it names one of them.
   */
  invoiceIds?: readonly string[];
}

/**
 * Options of {@link outcomeOfTouch}.
 *
 * @category Learner
 * @example
 * ```ts
 * const options: OutcomeOfTouchOptions = { asOf: new Date('2026-03-10T00:00:00Z'), rewardWindowDays: 7 };
 * ```
 */
export interface OutcomeOfTouchOptions {
  /** What the host knows up to (usually now): the touch settles once its reward window has closed by then. Required. */
  asOf: Date;
  /**
   * Days after `sentAt` (24 hours each) in which what the payer does counts for the touch, an integer from
   * 1 to 90. Optional; default 7, the learner's default `rewardWindowDays`.
   */
  rewardWindowDays?: number;
  /**
   * The best result an earlier call found for this touch while it was still pending (its `result`), so that
   * only the events since then need passing; `undefined` (nothing so far) is accepted as it comes. Optional;
   * default none. A result that settles a touch
   * (`paid`, `opted-out`, `failed`) or `ignored` is refused: a settled touch is recorded once, not read again.
   */
  resultSoFar?: OutreachResult | undefined;
}

/**
 * A touch still inside its reward window: the best result so far (or none), and when the window closes.
 *
 * @category Learner
 * @example
 * ```ts
 * const pending: TouchOutcomePending = {
 *   settled: false, result: 'opened', event: undefined, settlesAt: new Date('2026-03-09T12:05:00Z'),
 *   touch: { channel: 'email', slot: 'midday', tone: 'neutral', result: undefined },
 *   reason: 'opened so far; the 7-day window closes at 2026-03-09T12:05:00.000Z.',
 * };
 * ```
 */
export interface TouchOutcomePending {
  /** `false`: wait for more events or for the window to close. */
  settled: false;
  /** The best result so far; `undefined` when nothing has come of it yet. Pass it back as `resultSoFar`. */
  result: OutreachResult | undefined;
  /** The event, among those given, that gave `result`; `undefined` when it came from `resultSoFar` or nothing came. */
  event: CollectionsEvent | undefined;
  /** When the reward window closes. */
  settlesAt: Date;
  /** The touch for `OutreachContext.previousTouches`, its result not known yet. */
  touch: OutreachTouch;
  /** Why, in a sentence. */
  reason: string;
}

/**
 * A touch whose outcome is known: record `outcome` once with `recordOutreachOutcome`, and use `touch` in the
 * customer's `previousTouches`.
 *
 * @category Learner
 * @example
 * ```ts
 * const settled: TouchOutcomeSettled = {
 *   settled: true, result: 'ignored', event: undefined, settledAt: new Date('2026-03-09T12:05:00Z'),
 *   outcome: { segment: 'slow', channel: 'email', slot: 'midday', tone: 'neutral', result: 'ignored' },
 *   touch: { channel: 'email', slot: 'midday', tone: 'neutral', result: 'ignored' },
 *   reason: 'ignored: the 7-day window closed at 2026-03-09T12:05:00.000Z with nothing from the payer.',
 * };
 * ```
 */
export interface TouchOutcomeSettled {
  /** `true`: the outcome is final. */
  settled: true;
  /** The best thing that came of the touch. */
  result: OutreachResult;
  /** The event, among those given, that gave `result`; `undefined` when it came from `resultSoFar` or nothing came. */
  event: CollectionsEvent | undefined;
  /** When it settled: the time of a payment, an opt-out or a failure, or the end of the window. */
  settledAt: Date;
  /** What to pass to `recordOutreachOutcome`. */
  outcome: OutreachOutcome;
  /** The touch for `OutreachContext.previousTouches`, with its result. */
  touch: OutreachTouch;
  /** Why, in a sentence. */
  reason: string;
}

/**
 * What {@link outcomeOfTouch} returns: pending, or settled with the outcome to learn from.
 *
 * @category Learner
 * @example
 * ```ts
 * const isFinal = (outcome: TouchOutcome) => outcome.settled;
 * ```
 */
export type TouchOutcome = TouchOutcomePending | TouchOutcomeSettled;
