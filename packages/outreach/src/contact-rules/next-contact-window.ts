import type { Channel, Contact } from '@overdue/core';
import {
  channelSchema,
  contactSchema,
  dayNumberToCivilDate,
  describeReceived,
  InvalidArgumentError,
  parseInput,
} from '@overdue/core';
import { z } from 'zod';
import { DAY_MS, formatMinuteOfDay, MINUTE_MS, weekdayName, weekdayOfDayNumber } from '../_lib/civil-day';
import type { MinuteWindow } from '../_lib/compiled-rules-state';
import { intersect, toMinuteWindow } from '../_lib/compiled-rules-state';
import type { SendSlot } from '../learner/learner-types';
import { readRecipient } from './_lib/read-recipient';
import type { CompiledContactRules, ContactRules, LocalWindow } from './compile-contact-rules';
import {
  CompiledContactRulesObject,
  compileContactRules,
  contactSlotSchema,
  localWindowSchema,
  SEND_SLOT_WINDOWS,
} from './compile-contact-rules';

/**
 * Schema of a {@link ContactRecipient}. An unknown field is rejected with the nearest known name: a
 * misspelt `optedOut` must not send to a contact who opted out. The contact and the recent contacts are
 * records from the host and keep their other fields (a contact's `consent` knows only the four channels).
 *
 * @category Contact rules
 * @example
 * ```ts
 * contactRecipientSchema.parse({ timeZone: 'Europe/London', channel: 'email', contact: { id: 'c1', email: 'ap@example.com' } }).channel;
 * //=> 'email'
 * ```
 */
export const contactRecipientSchema = z.strictObject({
  /** The recipient's IANA time zone, such as `Europe/London`. Required. */
  timeZone: z.string({
    error: (issue) => `expected an IANA time zone such as "Europe/Paris", got ${describeReceived(issue.input)}`,
  }),
  /** ISO 3166-1 alpha-2 country for public holidays, such as `GB`. Optional; default none (no holidays). */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, {
      error: (issue) => `expected an ISO 3166-1 country code such as "GB", got ${describeReceived(issue.input)}`,
    })
    .optional(),
  /** Region of the country as date-holidays names it (`BY` in DE, `ENG` in GB). Optional; needs `country`. */
  region: z.string().min(1).optional(),
  /** The channel of the message. Required. */
  channel: channelSchema,
  /** The contact the message goes to, with consent per channel. Required. */
  contact: contactSchema,
  /** The customer's earlier contacts on every channel, for caps and the minimum gap. Optional; default none. */
  recentContacts: z
    .array(
      z.object({
        /** When it went out. */
        at: z.date({ error: (issue) => `expected a valid Date, got ${describeReceived(issue.input)}` }),
        /** On which channel. */
        channel: channelSchema,
      }),
    )
    .optional(),
  /** `true` when the contact opted out of everything, or the channels opted out of. Optional; default none. */
  optedOut: z.union([z.boolean(), z.array(channelSchema)]).optional(),
  /** A send-time slot for this message, intersected with the hours. Optional; default none. */
  slot: contactSlotSchema.optional(),
  /** A local window for this message, intersected with the hours. Optional; default none. */
  window: localWindowSchema.optional(),
});

/**
 * Who a message goes to and what came before: the recipient's zone and country, the channel, the
 * contact with its consent, and the customer's recent contacts. See {@link contactRecipientSchema} for
 * every field and its default.
 *
 * @category Contact rules
 * @example
 * ```ts
 * const recipient: ContactRecipient = {
 *   timeZone: 'Europe/London', country: 'GB', region: 'ENG', channel: 'sms',
 *   contact: { id: 'c1', phone: '+447700900123', consent: { sms: true } },
 *   recentContacts: [{ at: new Date('2026-11-30T10:00:00Z'), channel: 'email' }],
 * };
 * ```
 */
export interface ContactRecipient {
  /** The recipient's IANA time zone, such as `Europe/London`. Required. */
  readonly timeZone: string;
  /** ISO 3166-1 alpha-2 country for public holidays, such as `GB`. Default none (no holidays). */
  readonly country?: string | undefined;
  /** Region as date-holidays names it (`BY` in DE, `ENG` in GB); needs `country`. Default none. */
  readonly region?: string | undefined;
  /** The channel of the message. Required. */
  readonly channel: Channel;
  /** The contact the message goes to: `consent[channel] === false` or no address for the channel means never. Required. */
  readonly contact: z.input<typeof contactSchema>;
  /** The customer's earlier contacts on every channel, for caps and the minimum gap. Default none. */
  readonly recentContacts?: readonly RecentContact[] | undefined;
  /** `true` when the contact opted out of everything, or the channels opted out of. Default none. */
  readonly optedOut?: boolean | readonly Channel[] | undefined;
  /** A send-time slot for this message, intersected with the hours. Default none. */
  readonly slot?: SendSlot | undefined;
  /** A local window for this message, intersected with the hours. Default none. */
  readonly window?: LocalWindow | undefined;
}

/**
 * An earlier contact with the customer, on any channel.
 *
 * @category Contact rules
 * @example
 * ```ts
 * const contact: RecentContact = { at: new Date('2026-11-30T10:00:00Z'), channel: 'email' };
 * ```
 */
export interface RecentContact {
  /** When it went out. */
  readonly at: Date;
  /** On which channel. */
  readonly channel: Channel;
}

/**
 * Why a message was postponed or refused.
 *
 * @category Contact rules
 * @example
 * ```ts
 * const code: ContactWindowReasonCode = 'public-holiday';
 * ```
 */
export type ContactWindowReasonCode =
  | 'outside-hours'
  | 'weekend'
  | 'public-holiday'
  | 'closed-day'
  | 'contact-cap'
  | 'minimum-gap'
  | 'consent-refused'
  | 'consent-missing'
  | 'opted-out'
  | 'no-address'
  | 'channel-closed'
  | 'no-window'
  | 'beyond-horizon';

/**
 * One postponement or refusal, machine-readable and in words.
 *
 * @category Contact rules
 * @example
 * ```ts
 * const reason: ContactWindowReason = {
 *   code: 'public-holiday', message: '2026-12-25 is Christmas Day, a public holiday in GB-ENG',
 *   date: '2026-12-25', name: 'Christmas Day',
 * };
 * ```
 */
export interface ContactWindowReason {
  /** What happened. */
  code: ContactWindowReasonCode;
  /** A short sentence for people. */
  message: string;
  /** The local date concerned (weekend, public holiday, outside hours), `YYYY-MM-DD`. */
  date?: string;
  /** The holiday's name (`public-holiday`). */
  name?: string;
  /** The instant a cap or the minimum gap lifts (`contact-cap`, `minimum-gap`). */
  until?: Date;
}

/**
 * The answer of {@link nextContactWindow} when a message may go out.
 *
 * @category Contact rules
 * @example
 * ```ts
 * const window: ContactWindowAllowed = {
 *   allowed: true, at: new Date('2026-12-29T08:00:00Z'), localDate: '2026-12-29', localTime: '08:00',
 *   timeZone: 'Europe/London', reasons: [],
 * };
 * ```
 */
export interface ContactWindowAllowed {
  /** Always `true`. */
  allowed: true;
  /** The earliest instant the message may go out, never before `from`. */
  at: Date;
  /** Its date in the recipient's zone, `YYYY-MM-DD`. */
  localDate: string;
  /** Its wall time in the recipient's zone, `HH:MM` (seconds dropped). */
  localTime: string;
  /** The recipient's zone. */
  timeZone: string;
  /** Every postponement from `from` to `at`, in order; empty when `from` itself is allowed. */
  reasons: ContactWindowReason[];
}

/**
 * The answer of {@link nextContactWindow} when no message may go out within the horizon.
 *
 * @category Contact rules
 * @example
 * ```ts
 * const refused: ContactWindowRefused = {
 *   allowed: false, reasons: [{ code: 'consent-refused', message: 'the contact refused consent to sms' }],
 * };
 * ```
 */
export interface ContactWindowRefused {
  /** Always `false`. */
  allowed: false;
  /** Why: consent refused, opted out, no address, closed channel, or nothing within the horizon. */
  reasons: ContactWindowReason[];
}

/**
 * The answer of {@link nextContactWindow}.
 *
 * @category Contact rules
 * @example
 * ```ts
 * const result: ContactWindow = { allowed: false, reasons: [] };
 * ```
 */
export type ContactWindow = ContactWindowAllowed | ContactWindowRefused;

const EARLIEST_FROM = Date.UTC(1000, 0, 1);
const LATEST_FROM = Date.UTC(9999, 0, 1);

const channelWords: Record<Channel, string> = { email: 'email', sms: 'SMS', voice: 'call', whatsapp: 'WhatsApp' };

function resolveRules(rules: ContactRules | CompiledContactRules): CompiledContactRulesObject {
  if (rules instanceof CompiledContactRulesObject) return rules;
  if (typeof rules === 'object' && rules !== null && (rules as { kind?: unknown }).kind === 'compiled-contact-rules') {
    // Compiled by another copy of this package: compile its resolved rules again.
    return compileContactRules((rules as CompiledContactRules).rules as ContactRules) as CompiledContactRulesObject;
  }
  return compileContactRules(rules as ContactRules) as CompiledContactRulesObject;
}

function consentReasons(
  recipient: z.output<typeof contactRecipientSchema>,
  requireConsent: readonly Channel[],
): ContactWindowReason[] {
  const { channel, contact } = recipient;
  const reasons: ContactWindowReason[] = [];
  const consent = (contact as Contact).consent[channel];
  if (consent === false)
    reasons.push({ code: 'consent-refused', message: `the contact refused consent to ${channelWords[channel]}` });
  else if (consent !== true && requireConsent.includes(channel))
    reasons.push({
      code: 'consent-missing',
      message: `${channelWords[channel]} needs recorded consent and the contact has none`,
    });
  const optedOut = recipient.optedOut;
  if (optedOut === true || (Array.isArray(optedOut) && optedOut.includes(channel)))
    reasons.push({
      code: 'opted-out',
      message: `the contact opted out of ${optedOut === true ? 'all messages' : channelWords[channel]}`,
    });
  if (channel === 'email' ? contact.email === undefined : contact.phone === undefined)
    reasons.push({
      code: 'no-address',
      message: `the contact has no ${channel === 'email' ? 'email address' : 'phone number'} for ${channelWords[channel]}`,
    });
  return reasons;
}

/**
 * The earliest instant a message may go out to a recipient, in the recipient's own time zone: inside the
 * channel's hours (and the slot or window asked for), on a business day that is not a public holiday of
 * the recipient's country and region (unless the rules allow every day), after every cap on contacts per
 * rolling window and the minimum gap have lifted, and only with consent. Every postponement is
 * explained; a refusal says why. Pure: the clock is never read.
 *
 * Wall times: a window opening at a local time that does not exist (clocks jump forward) opens at the
 * first instant after the gap; an ambiguous one (clocks go back) takes the earlier instant.
 *
 * Pass rules compiled once with {@link compileContactRules} on hot paths: raw rules are validated and
 * compiled on every call, and their holiday calendars are rebuilt each time.
 *
 * @param recipient - Zone, country, region, channel, contact and recent contacts.
 * @param from - The earliest instant wanted (usually now).
 * @param rules - Contact rules, raw or compiled.
 * @returns `{ allowed: true, at, localDate, localTime, timeZone, reasons }`, or `{ allowed: false, reasons }`.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} naming the field, such as
 * `recipient.timeZone: expected an IANA time zone such as "Europe/Paris", got "Mars/Base"`.
 * @category Contact rules
 * @example
 * ```ts
 * const rules = compileContactRules({});
 * const recipient = { timeZone: 'Europe/London', country: 'GB', region: 'ENG', channel: 'email', contact: { id: 'c1', email: 'ap@example.com' } };
 * const window = nextContactWindow(recipient, new Date('2026-12-24T19:00:00Z'), rules); // Thursday evening
 * window.allowed && [window.localDate, window.localTime, window.reasons.map((reason) => reason.code)];
 * //=> ['2026-12-29', '08:00', ['outside-hours', 'public-holiday', 'weekend', 'weekend', 'public-holiday']]
 * ```
 */
export function nextContactWindow(
  recipient: ContactRecipient,
  from: Date,
  rules: ContactRules | CompiledContactRules,
): ContactWindow {
  const compiled = resolveRules(rules);
  // The hand check answers for the usual recipient; zod reads the rest and names a bad field.
  const target =
    (readRecipient(recipient) as z.output<typeof contactRecipientSchema> | undefined) ??
    parseInput(contactRecipientSchema, recipient, 'recipient');
  if (!(from instanceof Date) || Number.isNaN(from.getTime()))
    throw new InvalidArgumentError(`expected a valid Date, got ${describeReceived(from)}`, 'from');
  if (from.getTime() < EARLIEST_FROM || from.getTime() > LATEST_FROM)
    throw new InvalidArgumentError(`expected an instant from year 1000 to 9998, got ${describeReceived(from)}`, 'from');
  const { state } = compiled;
  const resolved = compiled.rules;
  const clock = state.zone(target.timeZone, 'recipient.timeZone');
  if (target.region !== undefined && target.country === undefined)
    throw new InvalidArgumentError(
      'a region needs a country, such as { country: "DE", region: "BY" }',
      'recipient.region',
    );
  const calendar =
    target.country !== undefined ? state.calendar(target.country, target.region, 'recipient') : undefined;
  const place = target.region === undefined ? target.country : `${target.country}-${target.region}`;

  const channel = target.channel;
  const reasons = consentReasons(target, resolved.requireConsent);
  const channelHours = state.hours[channel];
  let hours: MinuteWindow | undefined = channelHours;
  if (resolved.hours[channel] === null)
    reasons.push({ code: 'channel-closed', message: `the rules close the ${channelWords[channel]} channel` });
  else {
    if (hours !== undefined && target.slot !== undefined)
      hours = intersect(hours, toMinuteWindow(SEND_SLOT_WINDOWS[target.slot]));
    if (hours !== undefined && target.window !== undefined) hours = intersect(hours, toMinuteWindow(target.window));
    if (hours === undefined)
      reasons.push({
        code: 'no-window',
        message: `the ${channelWords[channel]} hours, the window and the slot asked for do not overlap`,
      });
  }
  if (reasons.length > 0 || hours === undefined) return { allowed: false, reasons };

  // Caps and the minimum gap: each is a threshold `at >= bound`, so the earliest start is their maximum.
  const fromMs = from.getTime();
  let earliest = fromMs;
  const recent = target.recentContacts ?? [];
  for (const cap of resolved.caps) {
    if (cap.channels !== undefined && !cap.channels.includes(channel)) continue;
    const windowMs = cap.windowDays * DAY_MS;
    const times: number[] = [];
    for (const contact of recent) {
      if (cap.channels === undefined || cap.channels.includes(contact.channel)) times.push(contact.at.getTime());
    }
    const scope =
      cap.channels === undefined ? 'contacts' : `${cap.channels.map((c) => channelWords[c]).join(', ')} contacts`;
    if (cap.max === 0) {
      reasons.push({ code: 'contact-cap', message: `the rules allow no ${scope} at all` });
      return { allowed: false, reasons };
    }
    if (times.length < cap.max) continue;
    times.sort((a, b) => b - a);
    const bound = (times[cap.max - 1] as number) + windowMs;
    if (bound > fromMs) {
      const until = new Date(bound);
      reasons.push({
        code: 'contact-cap',
        message: `at most ${cap.max} ${scope} in ${cap.windowDays} days; the cap lifts at ${until.toISOString()}`,
        until,
      });
      if (bound > earliest) earliest = bound;
    }
  }
  if (resolved.minimumGapMinutes > 0 && recent.length > 0) {
    let last = Number.NEGATIVE_INFINITY;
    for (const contact of recent) if (contact.at.getTime() > last) last = contact.at.getTime();
    const bound = last + resolved.minimumGapMinutes * MINUTE_MS;
    if (bound > fromMs) {
      const until = new Date(bound);
      reasons.push({
        code: 'minimum-gap',
        message: `the last contact was at ${new Date(last).toISOString()} and ${resolved.minimumGapMinutes} minutes must pass`,
        until,
      });
      if (bound > earliest) earliest = bound;
    }
  }

  const horizonEnd = fromMs + resolved.horizonDays * DAY_MS;
  const label = `${formatMinuteOfDay(hours.start)}-${formatMinuteOfDay(hours.end)}`;
  const checkHolidays = calendar !== undefined && resolved.days === 'business' && resolved.publicHolidays;
  const firstDay = Math.floor((earliest + clock.offsetAt(earliest)) / DAY_MS);
  for (let day = firstDay; day * DAY_MS <= horizonEnd + clock.offsetAt(horizonEnd); day += 1) {
    if (state.weekendMask[weekdayOfDayNumber(day)] === true) {
      const date = dayNumberToCivilDate(day);
      reasons.push({
        code: 'weekend',
        message: `${date} is a ${weekdayName(weekdayOfDayNumber(day))}, not a business day`,
        date,
      });
      continue;
    }
    if (state.closedDays.has(day)) {
      const date = dayNumberToCivilDate(day);
      reasons.push({ code: 'closed-day', message: `${date} is one of the sender's closed days`, date });
      continue;
    }
    if (checkHolidays) {
      const name = calendar.holidayOn(day, Number(dayNumberToCivilDate(day).slice(0, 4)));
      if (name !== undefined) {
        const date = dayNumberToCivilDate(day);
        reasons.push({
          code: 'public-holiday',
          message: `${date} is ${name}, a public holiday in ${place}`,
          date,
          name,
        });
        continue;
      }
    }
    const opens = clock.instantOf(day * DAY_MS + hours.start * MINUTE_MS);
    const closes = clock.instantOf(day * DAY_MS + hours.end * MINUTE_MS);
    if (earliest >= closes) {
      if (day === firstDay) {
        const local = earliest + clock.offsetAt(earliest);
        const date = dayNumberToCivilDate(day);
        const time = formatMinuteOfDay(Math.floor((local - day * DAY_MS) / MINUTE_MS));
        reasons.push({
          code: 'outside-hours',
          message: `${time} on ${date} is after the ${channelWords[channel]} hours ${label} in ${target.timeZone}`,
          date,
        });
      }
      continue;
    }
    let at = Math.max(earliest, opens);
    if (at === earliest) {
      // Clocks went back over the opening time: `earliest` may be an instant whose wall time repeats
      // before the opening; then the window opens when the wall clock reaches it the second time.
      const wall = earliest + clock.offsetAt(earliest);
      if (wall < day * DAY_MS + hours.start * MINUTE_MS)
        at = clock.laterInstantOf(day * DAY_MS + hours.start * MINUTE_MS);
    }
    if (at > horizonEnd) break;
    if (at > earliest && day === firstDay) {
      const local = earliest + clock.offsetAt(earliest);
      const date = dayNumberToCivilDate(day);
      const time = formatMinuteOfDay(Math.floor((local - day * DAY_MS) / MINUTE_MS));
      reasons.push({
        code: 'outside-hours',
        message: `${time} on ${date} is before the ${channelWords[channel]} hours ${label} in ${target.timeZone}`,
        date,
      });
    }
    const local = at + clock.offsetAt(at);
    const localDay = Math.floor(local / DAY_MS);
    return {
      allowed: true,
      at: new Date(at),
      localDate: dayNumberToCivilDate(localDay),
      localTime: formatMinuteOfDay(Math.floor((local - localDay * DAY_MS) / MINUTE_MS)),
      timeZone: target.timeZone,
      reasons,
    };
  }
  reasons.push({
    code: 'beyond-horizon',
    message: `no allowed time within ${resolved.horizonDays} days of ${from.toISOString()}`,
  });
  return { allowed: false, reasons };
}
