import type { Channel } from '@overdue/core';
import { assertKnownFields, InvalidArgumentError } from '@overdue/core';
import { listOf, received } from '../../_lib/received';
import type { OutreachLearnerOptions } from '../create-outreach-learner';
import type { OutreachArmCounts, OutreachLearnerSettings } from '../learner-state';
import type { OutreachResult } from '../learner-types';
import {
  ALL_CHANNELS,
  ALL_RESULTS,
  ALL_SLOTS,
  ALL_TONES,
  CHANNEL_SET,
  DEFAULT_REWARDS,
  DEFAULT_TONES,
  RESULT_SET,
  SLOT_SET,
  TONE_SET,
} from './option-lists';

// `satisfies` keeps the lists of fields in step with the types.
const COUNT_FIELDS = Object.keys({ successes: true, failures: true } satisfies Record<keyof OutreachArmCounts, true>);
const KNOWN_FIELDS = Object.keys({
  channels: true,
  slots: true,
  tones: true,
  rewardWindowDays: true,
  rewards: true,
  optOutPenalty: true,
  prior: true,
  channelPriors: true,
  priorStrength: true,
  forgetting: true,
  populationForgetting: true,
  unansweredPenalty: true,
  maxUnanswered: true,
} satisfies Record<keyof OutreachLearnerOptions, true>);

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list<T extends string>(
  value: unknown,
  path: string,
  known: ReadonlySet<string>,
  all: readonly T[],
  fallback: readonly T[],
  kind: string,
): T[] {
  if (value === undefined) return [...fallback];
  if (!Array.isArray(value) || value.length === 0) {
    throw new InvalidArgumentError(`expected a non-empty array of ${kind}s, got ${received(value)}`, path);
  }
  const seen = new Set<string>();
  value.forEach((item: unknown, index) => {
    if (typeof item !== 'string' || !known.has(item)) {
      throw new InvalidArgumentError(`expected one of ${listOf(all)}, got ${received(item)}`, `${path}[${index}]`);
    }
    if (seen.has(item)) throw new InvalidArgumentError(`"${item}" is listed twice`, `${path}[${index}]`);
    seen.add(item);
  });
  return [...value] as T[];
}

function number(
  value: unknown,
  path: string,
  fallback: number,
  test: (value: number) => boolean,
  expected: string,
): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || !test(value)) {
    throw new InvalidArgumentError(`expected ${expected}, got ${received(value)}`, path);
  }
  return value;
}

function counts(value: unknown, path: string, fallback: OutreachArmCounts): OutreachArmCounts {
  if (value === undefined) return { ...fallback };
  if (!isPlainObject(value)) {
    throw new InvalidArgumentError(`expected { successes, failures } pseudo-counts, got ${received(value)}`, path);
  }
  assertKnownFields(value, COUNT_FIELDS, path);
  const positive = (x: number) => x > 0;
  return {
    successes: number(value.successes, `${path}.successes`, fallback.successes, positive, 'a number above 0'),
    failures: number(value.failures, `${path}.failures`, fallback.failures, positive, 'a number above 0'),
  };
}

/**
 * Checks learner options (or stored settings) and fills in every default. Errors name the field,
 * `${path}.forgetting: expected a number in (0, 1], got 1.5`.
 */
export function normalizeSettings(given: OutreachLearnerOptions | unknown, path: string): OutreachLearnerSettings {
  const input = given === undefined ? {} : given;
  if (!isPlainObject(input)) throw new InvalidArgumentError(`expected an object, got ${received(input)}`, path);
  assertKnownFields(input, KNOWN_FIELDS, path);
  const channels = list(input.channels, `${path}.channels`, CHANNEL_SET, ALL_CHANNELS, ALL_CHANNELS, 'channel');
  const slots = list(input.slots, `${path}.slots`, SLOT_SET, ALL_SLOTS, ALL_SLOTS, 'slot');
  const tones = list(input.tones, `${path}.tones`, TONE_SET, ALL_TONES, DEFAULT_TONES, 'tone');

  const rewardWindowDays = number(
    input.rewardWindowDays,
    `${path}.rewardWindowDays`,
    7,
    (x) => Number.isInteger(x) && x >= 1,
    'a whole number of days, at least 1',
  );

  const rewards: Record<OutreachResult, number> = { ...DEFAULT_REWARDS };
  if (input.rewards !== undefined) {
    if (!isPlainObject(input.rewards)) {
      throw new InvalidArgumentError(
        `expected an object of rewards per result, got ${received(input.rewards)}`,
        `${path}.rewards`,
      );
    }
    for (const [key, value] of Object.entries(input.rewards)) {
      if (!RESULT_SET.has(key)) {
        throw new InvalidArgumentError(
          `unknown result; expected one of ${listOf(ALL_RESULTS)}`,
          `${path}.rewards.${key}`,
        );
      }
      rewards[key as OutreachResult] = number(
        value,
        `${path}.rewards.${key}`,
        DEFAULT_REWARDS[key as OutreachResult],
        (x) => x >= 0 && x <= 1,
        'a number in [0, 1]',
      );
    }
  }

  const optOutPenalty = number(
    input.optOutPenalty,
    `${path}.optOutPenalty`,
    3,
    (x) => x >= 0,
    'a number of at least 0',
  );
  const prior = counts(input.prior, `${path}.prior`, { successes: 1, failures: 1 });

  const channelPriors: Partial<Record<Channel, OutreachArmCounts>> = {};
  if (input.channelPriors !== undefined) {
    if (!isPlainObject(input.channelPriors)) {
      throw new InvalidArgumentError(
        `expected an object of pseudo-counts per channel, got ${received(input.channelPriors)}`,
        `${path}.channelPriors`,
      );
    }
    for (const [key, value] of Object.entries(input.channelPriors)) {
      if (!(channels as string[]).includes(key)) {
        throw new InvalidArgumentError(
          `not a channel of this learner (${listOf(channels)})`,
          `${path}.channelPriors.${key}`,
        );
      }
      channelPriors[key as Channel] = counts(value, `${path}.channelPriors.${key}`, prior);
    }
  }

  const priorStrength = number(input.priorStrength, `${path}.priorStrength`, 10, (x) => x > 0, 'a number above 0');
  const inUnit = (x: number) => x > 0 && x <= 1;
  const forgetting = number(input.forgetting, `${path}.forgetting`, 0.999, inUnit, 'a number in (0, 1]');
  const populationForgetting = number(
    input.populationForgetting,
    `${path}.populationForgetting`,
    forgetting,
    inUnit,
    'a number in (0, 1]',
  );
  const unansweredPenalty = number(
    input.unansweredPenalty,
    `${path}.unansweredPenalty`,
    0.5,
    (x) => x >= 0 && x < 1,
    'a number in [0, 1)',
  );
  const maxUnanswered = number(
    input.maxUnanswered,
    `${path}.maxUnanswered`,
    2,
    (x) => Number.isInteger(x) && x >= 1,
    'a whole number, at least 1',
  );

  return {
    channels,
    slots,
    tones,
    rewardWindowDays,
    rewards,
    optOutPenalty,
    prior,
    channelPriors,
    priorStrength,
    forgetting,
    populationForgetting,
    unansweredPenalty,
    maxUnanswered,
  };
}
