import { InvalidArgumentError } from '@overdue/core';
import { assertState } from './_lib/assert-state';
import { emptyCounts } from './_lib/empty-counts';
import { isPlainObject } from './_lib/normalize-settings';
import { ALL_RESULTS, RESULT_SET } from './_lib/option-lists';
import { listOf, received } from './_lib/received';
import type { OutreachArmCounts, OutreachFactorCounts, OutreachLearnerState } from './learner-state';
import type { OutreachOutcome, OutreachResult } from './learner-types';

type CountRecord = Partial<Record<string, OutreachArmCounts>>;

function updateRecord(
  record: CountRecord,
  chosen: string | undefined,
  discount: number,
  successes: number,
  failures: number,
): CountRecord {
  if (discount === 1) {
    // Nothing forgets: share every unchanged option.
    if (chosen === undefined) return record;
    const old = record[chosen] ?? { successes: 0, failures: 0 };
    return { ...record, [chosen]: { successes: old.successes + successes, failures: old.failures + failures } };
  }
  const next: CountRecord = {};
  for (const key of Object.keys(record)) {
    const old = record[key] as OutreachArmCounts;
    next[key] =
      key === chosen
        ? { successes: old.successes * discount + successes, failures: old.failures * discount + failures }
        : { successes: old.successes * discount, failures: old.failures * discount };
  }
  return next;
}

function updateCounts(
  counts: OutreachFactorCounts,
  outcome: OutreachOutcome,
  channelOnly: boolean,
  discount: number,
  successes: number,
  failures: number,
): OutreachFactorCounts {
  return {
    updates: counts.updates + 1,
    channels: updateRecord(counts.channels, outcome.channel, discount, successes, failures),
    slots: updateRecord(counts.slots, channelOnly ? undefined : outcome.slot, discount, successes, failures),
    tones: updateRecord(counts.tones, channelOnly ? undefined : outcome.tone, discount, successes, failures),
  };
}

function checkOption(value: unknown, own: readonly string[], path: string, kind: string): void {
  if (typeof value !== 'string' || !own.includes(value)) {
    throw new InvalidArgumentError(`expected a ${kind} of this learner (${listOf(own)}), got ${received(value)}`, path);
  }
}

/**
 * Learns from what came of a touch: adds the result's reward (`paid` 1 ... `failed` 0 by default, see
 * {@link OutreachLearnerOptions.rewards}) to the segment's and the population's counts of the channel,
 * slot and tone used, after discounting every count of that segment (and of the population) by the
 * forgetting factor. A reward r adds r successes and 1 - r failures (a fractional Bernoulli observation);
 * `opted-out` adds `optOutPenalty` more failures; `failed` (not delivered) teaches only about the
 * channel, since the slot and tone never reached anyone. A segment not seen before is created, starting
 * from the population. Returns a new state and leaves the given one untouched; other segments and the
 * settings are shared with it.
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
  const { settings } = state;
  if (!isPlainObject(outcome))
    throw new InvalidArgumentError(`expected an object, got ${received(outcome)}`, 'outcome');
  const { segment, result } = outcome;
  if (typeof segment !== 'string' || segment === '') {
    throw new InvalidArgumentError(`expected a non-empty string, got ${received(segment)}`, 'outcome.segment');
  }
  checkOption(outcome.channel, settings.channels, 'outcome.channel', 'channel');
  checkOption(outcome.slot, settings.slots, 'outcome.slot', 'slot');
  checkOption(outcome.tone, settings.tones, 'outcome.tone', 'tone');
  if (typeof result !== 'string' || !RESULT_SET.has(result)) {
    throw new InvalidArgumentError(`expected one of ${listOf(ALL_RESULTS)}, got ${received(result)}`, 'outcome.result');
  }
  const reward = settings.rewards[result as OutreachResult];
  const successes = reward;
  const failures = 1 - reward + (result === 'opted-out' ? settings.optOutPenalty : 0);
  const channelOnly = result === 'failed';
  const existing = Object.hasOwn(state.segments, segment) ? state.segments[segment] : undefined;
  const segmentCounts = updateCounts(
    existing ?? emptyCounts(settings),
    outcome,
    channelOnly,
    settings.forgetting,
    successes,
    failures,
  );
  const population = updateCounts(
    state.population,
    outcome,
    channelOnly,
    settings.populationForgetting,
    successes,
    failures,
  );
  return { ...state, population, segments: { ...state.segments, [segment]: segmentCounts } };
}
