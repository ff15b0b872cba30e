import type { Channel } from '@overdue/core';
import type { OutreachResult, OutreachTone, SendSlot } from './learner-types';

/**
 * Discounted reward counts of one option (one channel, slot or tone): a Beta posterior without its prior.
 * A reward r in [0, 1] adds r to `successes` and 1 - r to `failures`; forgetting multiplies both by the
 * discount before each update.
 *
 * @category Learner
 * @example
 * ```ts
 * const counts: OutreachArmCounts = { successes: 3.2, failures: 11.7 };
 * ```
 */
export interface OutreachArmCounts {
  /** Sum of (discounted) rewards. */
  successes: number;
  /** Sum of (discounted) 1 - reward, plus opt-out penalties. */
  failures: number;
}

/**
 * The reward counts of one segment, or of the whole population, per channel, slot and tone.
 *
 * @category Learner
 * @example
 * ```ts
 * const zero = { successes: 0, failures: 0 };
 * const counts: OutreachFactorCounts = {
 *   updates: 0,
 *   channels: { email: zero, sms: zero },
 *   slots: { morning: zero },
 *   tones: { friendly: zero },
 * };
 * ```
 */
export interface OutreachFactorCounts {
  /** How many outcomes were recorded (not discounted). */
  updates: number;
  /** Counts per channel of the learner. */
  channels: Partial<Record<Channel, OutreachArmCounts>>;
  /** Counts per send-time slot of the learner. */
  slots: Partial<Record<SendSlot, OutreachArmCounts>>;
  /** Counts per tone of the learner. */
  tones: Partial<Record<OutreachTone, OutreachArmCounts>>;
}

/**
 * The learner's settings with every default filled in, as stored in its state.
 *
 * @category Learner
 * @example
 * ```ts
 * createOutreachLearner().settings.forgetting;
 * //=> 0.999
 * ```
 */
export interface OutreachLearnerSettings {
  /** Channels the learner chooses among, in a fixed order (the order samples are drawn in). */
  channels: Channel[];
  /** Send-time slots the learner chooses among. */
  slots: SendSlot[];
  /** Tones the learner chooses among. */
  tones: OutreachTone[];
  /** The reward window in days: the caller reports `paid` when payment came within this many days of the message. */
  rewardWindowDays: number;
  /** The reward in [0, 1] of each result. */
  rewards: Record<OutreachResult, number>;
  /** Extra failures added on `opted-out`, on top of its reward. */
  optOutPenalty: number;
  /** Population prior pseudo-counts of every option. */
  prior: OutreachArmCounts;
  /** Population prior pseudo-counts for particular channels, replacing `prior` for them. */
  channelPriors: Partial<Record<Channel, OutreachArmCounts>>;
  /** How many pseudo-observations a segment borrows from the population posterior. */
  priorStrength: number;
  /** Discount in (0, 1] applied to a segment's counts at each update of that segment. */
  forgetting: number;
  /** Discount in (0, 1] applied to the population counts at each update. */
  populationForgetting: number;
  /** Fraction in [0, 1) taken off a channel's sampled score per unanswered touch in a row on it. */
  unansweredPenalty: number;
  /** After this many unanswered touches in a row on a channel, it is left out unless nothing else is allowed. */
  maxUnanswered: number;
}

/**
 * The state of an outreach learner: plain JSON, to store anywhere and load back with
 * {@link parseOutreachLearnerState}. Create it with {@link createOutreachLearner}; update it with
 * {@link recordOutreachOutcome}, which returns a new state.
 *
 * @category Learner
 * @example
 * ```ts
 * const state: OutreachLearnerState = createOutreachLearner();
 * state.version;
 * //=> 1
 * ```
 */
export interface OutreachLearnerState {
  /** Format version. */
  version: 1;
  /** The settings, every default filled in. */
  settings: OutreachLearnerSettings;
  /** Counts pooled over every segment: the cold-start prior of segments. */
  population: OutreachFactorCounts;
  /** Counts per segment name. */
  segments: Record<string, OutreachFactorCounts>;
}
