import type { Channel } from '@overdue/core';
import { emptyCounts } from './_lib/empty-counts';
import { normalizeSettings } from './_lib/normalize-settings';
import type { OutreachArmCounts, OutreachLearnerState } from './learner-state';
import type { OutreachResult, OutreachTone, SendSlot } from './learner-types';

/**
 * Options of {@link createOutreachLearner}. Every field is optional.
 *
 * @category Learner
 * @example
 * ```ts
 * const options: OutreachLearnerOptions = { channels: ['email', 'sms'], forgetting: 0.995, priorStrength: 20 };
 * ```
 */
export interface OutreachLearnerOptions {
  /** Channels to choose among, at least one, no repeats. Default: `['email', 'sms', 'voice', 'whatsapp']`. */
  channels?: readonly Channel[];
  /** Send-time slots to choose among. Default: `['morning', 'midday', 'afternoon', 'evening']`. */
  slots?: readonly SendSlot[];
  /** Tones to choose among. Default: `['friendly', 'neutral', 'firm']` (`final` only when listed). */
  tones?: readonly OutreachTone[];
  /**
   * The reward window, a whole number of days from 1. The learner does not read dates: the caller reports
   * `paid` when the payment came within this many days after the message (and, say, `ignored` when the
   * window passed with nothing). Stored so that every host reads the same figure. Default: 7.
   */
  rewardWindowDays?: number;
  /**
   * The reward in [0, 1] of each result; those not given keep their defaults: `paid` 1, `promised` 0.6,
   * `replied` 0.4, `clicked` 0.3, `opened` 0.1, `delivered` 0, `ignored` 0, `failed` 0, `opted-out` 0
   * (plus `optOutPenalty`).
   */
  rewards?: Partial<Record<OutreachResult, number>>;
  /** Extra failures (pseudo-observations of reward 0) recorded on `opted-out`, at least 0. Default: 3. */
  optOutPenalty?: number;
  /**
   * Population prior pseudo-counts of every channel, slot and tone, both above 0: a Beta(successes,
   * failures) prior before any outcome. Default: `{ successes: 1, failures: 1 }` (uniform).
   */
  prior?: OutreachArmCounts;
  /** Population prior pseudo-counts for particular channels of the learner, replacing `prior` for them. Default: none. */
  channelPriors?: Partial<Record<Channel, OutreachArmCounts>>;
  /**
   * How many pseudo-observations a segment borrows from the population posterior (at most as many as the
   * population has), above 0: a new segment starts from what every segment together has learnt, and
   * its own outcomes outweigh that after about this many. Default: 10.
   */
  priorStrength?: number;
  /**
   * The discount in (0, 1] applied to all of a segment's counts at each outcome recorded for that segment
   * (discounted Thompson sampling): about `1 / (1 - forgetting)` recent outcomes count. 1 never forgets.
   * Default: 0.999.
   */
  forgetting?: number;
  /** The same discount for the population counts, applied at every outcome. Default: `forgetting`. */
  populationForgetting?: number;
  /**
   * The fraction in [0, 1) taken off a channel's sampled score for each touch in a row on that channel that
   * went unanswered (`ignored` or `delivered`), so that an ignored channel is not simply repeated. Default: 0.5.
   */
  unansweredPenalty?: number;
  /**
   * After this many unanswered touches in a row on a channel, the channel is left out unless nothing else
   * is allowed; a whole number from 1. Default: 2.
   */
  maxUnanswered?: number;
}

/**
 * Creates the state of an outreach learner that picks a channel, a send-time slot and a tone per payer
 * segment with Thompson sampling, and learns from outcomes. The state is plain JSON: store it anywhere
 * and load it back with {@link parseOutreachLearnerState}.
 *
 * @param options - The channels, slots and tones to choose among, rewards, priors and forgetting. Default: every default.
 * @returns A state with no outcomes yet.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} when an option is invalid; the message names the field, such as
 * `options.forgetting: expected a number in (0, 1], got 1.5`.
 * @category Learner
 * @example
 * ```ts
 * const state = createOutreachLearner({ channels: ['email', 'sms'] });
 * state.settings.tones;
 * //=> ['friendly', 'neutral', 'firm']
 * ```
 */
export function createOutreachLearner(options?: OutreachLearnerOptions): OutreachLearnerState {
  const settings = normalizeSettings(options, 'options');
  return { version: 1, settings, population: emptyCounts(settings), segments: {} };
}
