import type { Channel } from '@overdue/core';
import { z } from 'zod';
import type { SendSlot } from '../../learner/learner-types';
import type { ContactRecipient } from '../next-contact-window';

/**
 * The checks of `contactRecipientSchema`, by hand, for the usual recipient: nextContactWindow runs once per
 * message, and zod's object parse was most of its cost. Returns what the schema would return (a contact's unknown keys
 * dropped, `contact.consent` defaulted to `{}`), or undefined whenever anything is off or unusual (an unknown field, a
 * `window` field, say): the caller then parses with the schema, which names the bad field. A property test
 * holds the two to the same answers.
 */

const CHANNELS: ReadonlySet<unknown> = new Set<Channel>(['email', 'sms', 'voice', 'whatsapp']);
const SLOTS: ReadonlySet<unknown> = new Set<SendSlot>(['morning', 'midday', 'afternoon', 'evening']);
const CONSENT_KEYS = ['email', 'sms', 'voice', 'whatsapp'] as const;
// `satisfies` keeps the recipient's fields in step with its type.
const RECIPIENT_KEYS: ReadonlySet<string> = new Set(
  Object.keys({
    timeZone: true,
    country: true,
    region: true,
    channel: true,
    contact: true,
    recentContacts: true,
    optedOut: true,
    slot: true,
    window: true,
  } satisfies Record<keyof ContactRecipient, true>),
);
const COUNTRY = /^[A-Z]{2}$/;
// The patterns of core's contactSchema: zod's own email pattern (z.email's default) and E.164.
const EMAIL = z.regexes.email;
const PHONE = /^\+[1-9]\d{6,14}$/;

type Row = Record<string, unknown>;

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}

/** Copies the keys present in `from` (as zod does: an absent key stays absent). */
function pick(from: Row, keys: readonly string[], into: Row): void {
  for (const key of keys) if (key in from) into[key] = from[key];
}

function readContact(value: unknown): Row | undefined {
  if (!isRow(value)) return undefined;
  const { id, name, email, phone, role, consent } = value;
  if (typeof id !== 'string' || id.length === 0 || !optionalString(name) || !optionalString(role)) return undefined;
  if (email !== undefined && (typeof email !== 'string' || !EMAIL.test(email))) return undefined;
  if (phone !== undefined && (typeof phone !== 'string' || !PHONE.test(phone))) return undefined;
  let consentOut: Row = {};
  if (consent !== undefined) {
    if (!isRow(consent)) return undefined;
    consentOut = {};
    for (const key in consent) if (!(CONSENT_KEYS as readonly string[]).includes(key)) return undefined;
    for (const key of CONSENT_KEYS) {
      const given = consent[key];
      if (given !== undefined && typeof given !== 'boolean') return undefined;
      if (key in consent) consentOut[key] = given;
    }
  }
  const out: Row = { id };
  pick(value, ['name', 'email', 'phone', 'role'], out);
  out.consent = consentOut;
  return out;
}

function readRecentContacts(value: unknown): Row[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out: Row[] = new Array(value.length);
  for (let index = 0; index < value.length; index++) {
    const contact = value[index];
    if (!isRow(contact)) return undefined;
    const at = contact.at;
    if (!(at instanceof Date) || Number.isNaN(at.getTime()) || !CHANNELS.has(contact.channel)) return undefined;
    out[index] = { at, channel: contact.channel };
  }
  return out;
}

function readOptedOut(value: unknown): boolean {
  if (typeof value === 'boolean') return true;
  if (!Array.isArray(value)) return false;
  for (const channel of value) if (!CHANNELS.has(channel)) return false;
  return true;
}

/** The parsed recipient, or undefined when the schema must read it (bad or unusual input). */
export function readRecipient(recipient: unknown): Row | undefined {
  if (!isRow(recipient)) return undefined;
  for (const key in recipient) if (!RECIPIENT_KEYS.has(key)) return undefined;
  const { timeZone, country, region, channel, contact, recentContacts, optedOut, slot } = recipient;
  if (typeof timeZone !== 'string' || !CHANNELS.has(channel) || recipient.window !== undefined) return undefined;
  if (country !== undefined && (typeof country !== 'string' || !COUNTRY.test(country))) return undefined;
  if (region !== undefined && (typeof region !== 'string' || region.length === 0)) return undefined;
  if (slot !== undefined && !SLOTS.has(slot)) return undefined;
  if (optedOut !== undefined && !readOptedOut(optedOut)) return undefined;
  const contactOut = readContact(contact);
  if (contactOut === undefined) return undefined;
  const out: Row = { timeZone };
  pick(recipient, ['country', 'region', 'channel'], out);
  out.contact = contactOut;
  if ('recentContacts' in recipient) {
    if (recentContacts === undefined) out.recentContacts = undefined;
    else {
      const recent = readRecentContacts(recentContacts);
      if (recent === undefined) return undefined;
      out.recentContacts = recent;
    }
  }
  if ('optedOut' in recipient) out.optedOut = Array.isArray(optedOut) ? [...optedOut] : optedOut;
  if ('slot' in recipient) out.slot = slot;
  if ('window' in recipient) out.window = undefined;
  return out;
}
