import { applyOutcome, checkOutcome } from './_lib/apply-outcome';
import { assertState } from './_lib/assert-state';
import { segmentOf } from './_lib/segment-entry';
import type { OutreachLearnerState } from './learner-state';
import type { OutreachOutcome } from './learner-types';

/**
 * Learns from what came of a touch: adds the result's reward (`paid` 1 ... `failed` 0 by default, see
 * {@link OutreachLearnerOptions.rewards}) to the segment's and the population's counts of the channel,
 * slot and tone used, after discounting every count of that segment (and of the population) by the
 * forgetting factor. A reward r adds r successes and 1 - r failures (a fractional Bernoulli observation);
 * `opted-out` adds `optOutPenalty` more failures; `failed` (not delivered) teaches only about the
 * channel, since the slot and tone never reached anyone. A segment not seen before is created, starting
 * from the population. Returns a new state and leaves the given one untouched; other segments and the
 * settings are shared with it. To learn from many outcomes at once, {@link recordOutreachOutcomes} gives the same
 * state faster.
 *
 * @param state - The learner state.
 * @param outcome - The segment, the channel, slot and tone used, and the result.
 * @returns The new state.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} when the state or the outcome is invalid, or the outcome names a
 * channel, slot or tone the learner does not choose among.
 * @category Learner
 * @example
 * ```ts
 * const state = recordOutreachOutcome(createOutreachLearner(), {
 *   segment: 'slow', channel: 'sms', slot: 'midday', tone: 'neutral', result: 'paid',
 * });
 * state.segments.slow?.channels.sms;
 * //=> { successes: 1, failures: 0 }
 * ```
 */
export function recordOutreachOutcome(state: OutreachLearnerState, outcome: OutreachOutcome): OutreachLearnerState {
  assertState(state);
  const checked = checkOutcome(outcome, state.settings, 'outcome');
  const next = applyOutcome(state.settings, segmentOf(state.segments, checked.segment), state.population, checked);
  return { ...state, population: next.population, segments: { ...state.segments, [checked.segment]: next.segment } };
}
