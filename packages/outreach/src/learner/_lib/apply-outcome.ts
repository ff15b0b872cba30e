import { InvalidArgumentError } from '@overdue/core';
import { listOf, received } from '../../_lib/received';
import type { OutreachArmCounts, OutreachFactorCounts, OutreachLearnerSettings } from '../learner-state';
import type { OutreachOutcome, OutreachResult } from '../learner-types';
import { emptyCounts } from './empty-counts';
import { isPlainObject } from './normalize-settings';
import { ALL_RESULTS, RESULT_SET } from './option-lists';

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
  discount: number,
  successes: number,
  failures: number,
): OutreachFactorCounts {
  // `failed` (not delivered) teaches only about the channel: the slot and tone never reached anyone.
  const channelOnly = outcome.result === 'failed';
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

/** Checks one outcome against the learner's settings; errors name `path` and the field under it. */
export function checkOutcome(outcome: unknown, settings: OutreachLearnerSettings, path: string): OutreachOutcome {
  if (!isPlainObject(outcome)) throw new InvalidArgumentError(`expected an object, got ${received(outcome)}`, path);
  const { segment, result } = outcome as Partial<Record<keyof OutreachOutcome, unknown>>;
  if (typeof segment !== 'string' || segment === '') {
    throw new InvalidArgumentError(`expected a non-empty string, got ${received(segment)}`, `${path}.segment`);
  }
  checkOption(outcome.channel, settings.channels, `${path}.channel`, 'channel');
  checkOption(outcome.slot, settings.slots, `${path}.slot`, 'slot');
  checkOption(outcome.tone, settings.tones, `${path}.tone`, 'tone');
  if (typeof result !== 'string' || !RESULT_SET.has(result)) {
    throw new InvalidArgumentError(`expected one of ${listOf(ALL_RESULTS)}, got ${received(result)}`, `${path}.result`);
  }
  return outcome as unknown as OutreachOutcome;
}

/** The segment's and the population's counts after one checked outcome. */
export function applyOutcome(
  settings: OutreachLearnerSettings,
  segmentCounts: OutreachFactorCounts | undefined,
  population: OutreachFactorCounts,
  outcome: OutreachOutcome,
): { segment: OutreachFactorCounts; population: OutreachFactorCounts } {
  const reward = settings.rewards[outcome.result as OutreachResult];
  const failures = 1 - reward + (outcome.result === 'opted-out' ? settings.optOutPenalty : 0);
  return {
    segment: updateCounts(segmentCounts ?? emptyCounts(settings), outcome, settings.forgetting, reward, failures),
    population: updateCounts(population, outcome, settings.populationForgetting, reward, failures),
  };
}
