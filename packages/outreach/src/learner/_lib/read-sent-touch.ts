import { assertKnownFields, COLLECTIONS_EVENT_TYPES, InvalidArgumentError } from '@overdue/core';
import { listOf, received } from '../../_lib/received';
import type { SentOutreachTouch } from '../touch-outcome-types';
import { isPlainObject } from './normalize-settings';
import { ALL_CHANNELS, ALL_SLOTS, ALL_TONES, CHANNEL_SET, SLOT_SET, TONE_SET } from './option-lists';

const TOUCH_FIELDS = Object.keys({
  customerId: true,
  segment: true,
  channel: true,
  slot: true,
  tone: true,
  sentAt: true,
  messageId: true,
  contactId: true,
  invoiceIds: true,
} satisfies Record<keyof SentOutreachTouch, true>);

const EVENT_TYPES: ReadonlySet<string> = new Set(COLLECTIONS_EVENT_TYPES);

function text(value: unknown, path: string, optional: boolean): void {
  if (optional && value === undefined) return;
  if (typeof value !== 'string' || value === '')
    throw new InvalidArgumentError(`expected a non-empty string, got ${received(value)}`, path);
}

function optionalString(value: unknown, path: string): void {
  if (value !== undefined && typeof value !== 'string')
    throw new InvalidArgumentError(`expected a string, got ${received(value)}`, path);
}

function oneOf(value: unknown, set: ReadonlySet<string>, list: readonly string[], path: string): void {
  if (typeof value !== 'string' || !set.has(value))
    throw new InvalidArgumentError(`expected one of ${listOf(list)}, got ${received(value)}`, path);
}

/** `value` as a valid instant in ms; `hint` tells how to get one. */
export function instantOf(value: unknown, path: string, hint = ''): number {
  if (!(value instanceof Date)) throw new InvalidArgumentError(`expected a Date${hint}, got ${received(value)}`, path);
  const time = value.getTime();
  if (Number.isNaN(time)) throw new InvalidArgumentError('expected a valid Date, got an invalid Date', path);
  return time;
}

function ids(value: unknown, path: string): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) throw new InvalidArgumentError(`expected an array of ids, got ${received(value)}`, path);
  for (let index = 0; index < value.length; index++) text(value[index], `${path}[${index}]`, false);
}

/** Checks a sent touch; errors name `touch.<field>`. */
export function readSentTouch(touch: unknown): SentOutreachTouch {
  assertKnownFields(touch as object, TOUCH_FIELDS, 'touch');
  const value = touch as Record<string, unknown>;
  text(value.customerId, 'touch.customerId', false);
  text(value.segment, 'touch.segment', false);
  oneOf(value.channel, CHANNEL_SET, ALL_CHANNELS, 'touch.channel');
  oneOf(value.slot, SLOT_SET, ALL_SLOTS, 'touch.slot');
  oneOf(value.tone, TONE_SET, ALL_TONES, 'touch.tone');
  instantOf(value.sentAt, 'touch.sentAt');
  text(value.messageId, 'touch.messageId', true);
  text(value.contactId, 'touch.contactId', true);
  ids(value.invoiceIds, 'touch.invoiceIds');
  return value as unknown as SentOutreachTouch;
}

/**
 * Checks the fields of an event that matching reads (it may carry more: events come from other systems);
 * returns its time in ms. Errors name `events[i].<field>`.
 */
export function readEvent(event: unknown, path: string): number {
  if (!isPlainObject(event)) throw new InvalidArgumentError(`expected an object, got ${received(event)}`, path);
  if (typeof event.type !== 'string' || !EVENT_TYPES.has(event.type))
    throw new InvalidArgumentError(
      `expected a collections event type (${COLLECTIONS_EVENT_TYPES.join(', ')}), got ${received(event.type)}`,
      `${path}.type`,
    );
  text(event.customerId, `${path}.customerId`, false);
  const time = instantOf(event.at, `${path}.at`, ' (parse events with collectionsEventSchema)');
  if (event.channel !== undefined) oneOf(event.channel, CHANNEL_SET, ALL_CHANNELS, `${path}.channel`);
  else if (event.type === 'opted-out')
    throw new InvalidArgumentError('an opt-out needs its channel', `${path}.channel`);
  optionalString(event.messageId, `${path}.messageId`);
  optionalString(event.contactId, `${path}.contactId`);
  ids(event.invoiceIds, `${path}.invoiceIds`);
  return time;
}
