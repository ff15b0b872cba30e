import type { Channel } from '@overdue/core';

// The contract of the outreach learner. `@overdue/simulator` and hosts code against these types; change
// them only by adding optional fields.

/**
 * A send-time slot in the recipient's own time zone: `morning` 08:00-11:00, `midday` 11:00-14:00,
 * `afternoon` 14:00-17:00, `evening` 17:00-20:00 (the contact rules still apply inside the slot).
 *
 * @category Learner
 * @example
 * ```ts
 * const slot: SendSlot = 'morning';
 * ```
 */
export type SendSlot = 'morning' | 'midday' | 'afternoon' | 'evening';

/**
 * The tone of a message; the same four tones as dunning scenarios and message templates.
 *
 * @category Learner
 * @example
 * ```ts
 * const tone: OutreachTone = 'friendly';
 * ```
 */
export type OutreachTone = 'friendly' | 'neutral' | 'firm' | 'final';

/**
 * What happened after a touch, as far as the learner is concerned. `paid` means paid within the
 * learner's reward window after the message.
 *
 * @category Learner
 * @example
 * ```ts
 * const result: OutreachResult = 'paid';
 * ```
 */
export type OutreachResult =
  | 'paid'
  | 'promised'
  | 'replied'
  | 'clicked'
  | 'opened'
  | 'delivered'
  | 'ignored'
  | 'failed'
  | 'opted-out';

/**
 * One earlier touch of the same customer in the current collection sequence, oldest first, so that the
 * next choice knows what was tried and how it went (omnichannel: one touch at a time).
 *
 * @category Learner
 * @example
 * ```ts
 * const touch: OutreachTouch = { channel: 'email', slot: 'morning', tone: 'friendly', result: 'ignored' };
 * ```
 */
export interface OutreachTouch {
  /** The channel used. */
  channel: Channel;
  /** The slot it was sent in. */
  slot: SendSlot;
  /** Its tone. */
  tone: OutreachTone;
  /** What came of it; `undefined` while not known yet. */
  result: OutreachResult | undefined;
}

/**
 * What {@link chooseOutreach} is choosing for: the payer's segment, what the contact rules and the
 * dunning step allow, and the earlier touches.
 *
 * @category Learner
 * @example
 * ```ts
 * const context: OutreachContext = {
 *   segment: 'slow',
 *   allowed: { channels: ['email', 'sms'] },
 *   previousTouches: [{ channel: 'email', slot: 'morning', tone: 'neutral', result: 'ignored' }],
 * };
 * ```
 */
export interface OutreachContext {
  /** The payer segment (from `@overdue/scoring`, or any label); unknown segments start from the population. */
  segment: string;
  /** What may be chosen. Each list defaults to every option the learner was created with. */
  allowed: {
    /** Channels allowed (consent, contact details, the step's channels). Required, at least one. */
    channels: readonly Channel[];
    /** Slots allowed. Optional; default every slot of the learner. */
    slots?: readonly SendSlot[];
    /** Tones allowed (a dunning step may fix the tone). Optional; default every tone of the learner. */
    tones?: readonly OutreachTone[];
  };
  /** Earlier touches in this sequence, oldest first. Optional; default none. */
  previousTouches?: readonly OutreachTouch[];
}

/**
 * An outcome to learn from: which arm was used for which segment, and what happened.
 *
 * @category Learner
 * @example
 * ```ts
 * const outcome: OutreachOutcome = {
 *   segment: 'slow', channel: 'sms', slot: 'midday', tone: 'neutral', result: 'paid',
 * };
 * ```
 */
export interface OutreachOutcome {
  /** The segment the choice was made for. */
  segment: string;
  /** The channel used. */
  channel: Channel;
  /** The slot used. */
  slot: SendSlot;
  /** The tone used. */
  tone: OutreachTone;
  /** What happened. */
  result: OutreachResult;
}
