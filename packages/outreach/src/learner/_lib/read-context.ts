import type { Channel } from '@overdue/core';
import { assertKnownFields, InvalidArgumentError } from '@overdue/core';
import { listOf, received } from '../../_lib/received';
import type { OutreachLearnerSettings } from '../learner-state';
import type { OutreachContext, OutreachTone, OutreachTouch, SendSlot } from '../learner-types';
import { isPlainObject } from './normalize-settings';
import {
  ALL_CHANNELS,
  ALL_RESULTS,
  ALL_SLOTS,
  ALL_TONES,
  CHANNEL_SET,
  RESULT_SET,
  SLOT_SET,
  TONE_SET,
} from './option-lists';

/** A checked context: the allowed options in the learner's own order. */
export interface ReadContext {
  segment: string;
  channels: Channel[];
  slots: SendSlot[];
  tones: OutreachTone[];
  touches: readonly OutreachTouch[];
}

function allowedList<T extends string>(
  value: unknown,
  path: string,
  own: readonly T[],
  kind: string,
  required: boolean,
): T[] {
  if (value === undefined && !required) return own as T[];
  if (!Array.isArray(value))
    throw new InvalidArgumentError(`expected an array of ${kind}s, got ${received(value)}`, path);
  if (value.length === 0) throw new InvalidArgumentError(`expected at least one ${kind}`, path);
  const wanted = new Set<string>();
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    if (typeof item !== 'string' || !(own as readonly string[]).includes(item)) {
      throw new InvalidArgumentError(
        `expected a ${kind} of this learner (${listOf(own)}), got ${received(item)}`,
        `${path}[${index}]`,
      );
    }
    wanted.add(item);
  }
  if (wanted.size === own.length) return own as T[];
  const result: T[] = [];
  for (const option of own) if (wanted.has(option)) result.push(option);
  return result;
}

function touchField(
  value: unknown,
  path: string,
  known: ReadonlySet<string>,
  all: readonly string[],
  optional: boolean,
): void {
  if (optional && value === undefined) return;
  if (typeof value !== 'string' || !known.has(value)) {
    throw new InvalidArgumentError(`expected one of ${listOf(all)}, got ${received(value)}`, path);
  }
}

// `satisfies` keeps the lists of fields in step with the types.
const CONTEXT_FIELDS = Object.keys({ segment: true, allowed: true, previousTouches: true } satisfies Record<
  keyof OutreachContext,
  true
>);
const ALLOWED_FIELDS = Object.keys({ channels: true, slots: true, tones: true } satisfies Record<
  keyof OutreachContext['allowed'],
  true
>);
const TOUCH_FIELDS = Object.keys({ channel: true, slot: true, tone: true, result: true } satisfies Record<
  keyof OutreachTouch,
  true
>);

/** Checks a context against the learner's settings by hand (it runs on every decision, so no zod). */
export function readContext(context: OutreachContext, settings: OutreachLearnerSettings): ReadContext {
  if (!isPlainObject(context))
    throw new InvalidArgumentError(`expected an object, got ${received(context)}`, 'context');
  assertKnownFields(context, CONTEXT_FIELDS, 'context');
  const { segment, allowed, previousTouches } = context;
  if (typeof segment !== 'string' || segment === '') {
    throw new InvalidArgumentError(`expected a non-empty string, got ${received(segment)}`, 'context.segment');
  }
  if (!isPlainObject(allowed)) {
    throw new InvalidArgumentError(
      `expected { channels, slots?, tones? }, got ${received(allowed)}`,
      'context.allowed',
    );
  }
  assertKnownFields(allowed, ALLOWED_FIELDS, 'context.allowed');
  const channels = allowedList(allowed.channels, 'context.allowed.channels', settings.channels, 'channel', true);
  const slots = allowedList(allowed.slots, 'context.allowed.slots', settings.slots, 'slot', false);
  const tones = allowedList(allowed.tones, 'context.allowed.tones', settings.tones, 'tone', false);
  let touches: readonly OutreachTouch[] = [];
  if (previousTouches !== undefined) {
    if (!Array.isArray(previousTouches)) {
      throw new InvalidArgumentError(
        `expected an array of touches, got ${received(previousTouches)}`,
        'context.previousTouches',
      );
    }
    for (let index = 0; index < previousTouches.length; index++) {
      const touch: unknown = previousTouches[index];
      const path = `context.previousTouches[${index}]`;
      if (!isPlainObject(touch)) {
        throw new InvalidArgumentError(`expected { channel, slot, tone, result }, got ${received(touch)}`, path);
      }
      // A misspelt `result` would read as a touch still waiting, and its channel could be repeated.
      assertKnownFields(touch, TOUCH_FIELDS, path);
      touchField(touch.channel, `${path}.channel`, CHANNEL_SET, ALL_CHANNELS, false);
      touchField(touch.slot, `${path}.slot`, SLOT_SET, ALL_SLOTS, false);
      touchField(touch.tone, `${path}.tone`, TONE_SET, ALL_TONES, false);
      touchField(touch.result, `${path}.result`, RESULT_SET, ALL_RESULTS, true);
    }
    touches = previousTouches;
  }
  return { segment, channels, slots, tones, touches };
}
