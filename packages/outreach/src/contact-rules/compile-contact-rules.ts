import type { Channel, CivilDate } from '@overdue/core';
import { channelSchema, civilDateSchema, describeReceived, parseInput } from '@overdue/core';
import { z } from 'zod';
import { CompiledRulesState } from '../_lib/compiled-rules-state';
import type { SendSlot } from '../learner/learner-types';

const localTimePattern = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** A local wall time `HH:MM` (00:00 to 24:00). */
const localTimeSchema = z.string().regex(localTimePattern, {
  error: (issue) => `expected a local time HH:MM such as "08:00", got ${describeReceived(issue.input)}`,
});

/**
 * Schema of a {@link LocalWindow}: a start and an end wall time, the start before the end.
 *
 * @category Contact rules
 * @example
 * ```ts
 * localWindowSchema.parse({ start: '08:00', end: '18:00' });
 * //=> { start: '08:00', end: '18:00' }
 * ```
 */
export const localWindowSchema = z
  .object({
    /** Opening time, `HH:MM`, inclusive. */
    start: localTimeSchema,
    /** Closing time, `HH:MM`, exclusive; `24:00` for midnight. */
    end: localTimeSchema,
  })
  .strict()
  .refine((window) => window.start < window.end, {
    error: (issue) => {
      const window = issue.input as { start: string; end: string };
      return `expected start before end (windows do not run past midnight), got ${window.start}-${window.end}`;
    },
  });

/**
 * A window of local wall time in the recipient's zone, `{ start: 'HH:MM', end: 'HH:MM' }`, start
 * inclusive and end exclusive, within one day.
 *
 * @category Contact rules
 * @example
 * ```ts
 * const window: LocalWindow = { start: '09:00', end: '18:00' };
 * ```
 */
export type LocalWindow = z.output<typeof localWindowSchema>;

/**
 * Schema of a send-time slot: `morning`, `midday`, `afternoon` or `evening` (the learner's `SendSlot`).
 *
 * @category Contact rules
 * @example
 * ```ts
 * contactSlotSchema.parse('morning');
 * //=> 'morning'
 * ```
 */
export const contactSlotSchema: z.ZodType<SendSlot, SendSlot> = z.enum(['morning', 'midday', 'afternoon', 'evening']);

/**
 * Local windows of the send-time slots: morning 08:00-11:00, midday 11:00-14:00, afternoon 14:00-17:00,
 * evening 17:00-20:00. A slot is intersected with the channel's hours, never widens them.
 *
 * @category Contact rules
 * @example
 * ```ts
 * SEND_SLOT_WINDOWS.evening;
 * //=> { start: '17:00', end: '20:00' }
 * ```
 */
export const SEND_SLOT_WINDOWS: Readonly<Record<SendSlot, LocalWindow>> = Object.freeze({
  morning: Object.freeze({ start: '08:00', end: '11:00' }),
  midday: Object.freeze({ start: '11:00', end: '14:00' }),
  afternoon: Object.freeze({ start: '14:00', end: '17:00' }),
  evening: Object.freeze({ start: '17:00', end: '20:00' }),
});

/**
 * Default hours per channel, in the recipient's zone: email 08:00-18:00; SMS, voice and WhatsApp
 * 09:00-18:00.
 *
 * @category Contact rules
 * @example
 * ```ts
 * DEFAULT_CONTACT_HOURS.sms;
 * //=> { start: '09:00', end: '18:00' }
 * ```
 */
export const DEFAULT_CONTACT_HOURS: Readonly<Record<Channel, LocalWindow>> = Object.freeze({
  email: Object.freeze({ start: '08:00', end: '18:00' }),
  sms: Object.freeze({ start: '09:00', end: '18:00' }),
  voice: Object.freeze({ start: '09:00', end: '18:00' }),
  whatsapp: Object.freeze({ start: '09:00', end: '18:00' }),
});

/**
 * Schema of a {@link ContactCap}.
 *
 * @category Contact rules
 * @example
 * ```ts
 * contactCapSchema.parse({ max: 3, windowDays: 7 });
 * //=> { max: 3, windowDays: 7 }
 * ```
 */
export const contactCapSchema = z
  .object({
    /** Most contacts allowed in any rolling window, an integer from 0. */
    max: z.int({ error: (issue) => `expected an integer from 0, got ${describeReceived(issue.input)}` }).min(0),
    /** Length of the rolling window in days (24-hour periods), more than 0, such as 7. */
    windowDays: z
      .number({ error: (issue) => `expected a number of days, got ${describeReceived(issue.input)}` })
      .positive({ error: 'expected more than 0 days' })
      .max(3660),
    /** Channels counted and limited. Optional; default every channel. */
    channels: z.array(channelSchema).min(1).optional(),
  })
  .strict();

/**
 * A cap on contacts with one customer per rolling window: a message may go out at instant `t` only when
 * fewer than `max` of the customer's contacts on the counted channels fall in `(t - windowDays, t]`
 * (contacts recorded after `t` count too, conservatively). A cap applies only when the message's own
 * channel is among `channels`.
 *
 * @category Contact rules
 * @example
 * ```ts
 * const cap: ContactCap = { max: 7, windowDays: 7, channels: ['voice'] };
 * ```
 */
export type ContactCap = z.output<typeof contactCapSchema>;

/**
 * Schema of {@link ContactRules}. Unknown fields are refused.
 *
 * @category Contact rules
 * @example
 * ```ts
 * contactRulesSchema.parse({ caps: [{ max: 3, windowDays: 7 }] }).caps.length;
 * //=> 1
 * ```
 */
export const contactRulesSchema = z
  .object({
    /**
     * Hours per channel in the recipient's zone; `null` closes a channel. A channel left out keeps its
     * default. Optional; default {@link DEFAULT_CONTACT_HOURS}.
     */
    hours: z
      .object({
        /** Email hours, or `null`. Default 08:00-18:00. */
        email: localWindowSchema.nullable().optional(),
        /** SMS hours, or `null`. Default 09:00-18:00. */
        sms: localWindowSchema.nullable().optional(),
        /** Voice call hours, or `null`. Default 09:00-18:00. */
        voice: localWindowSchema.nullable().optional(),
        /** WhatsApp hours, or `null`. Default 09:00-18:00. */
        whatsapp: localWindowSchema.nullable().optional(),
      })
      .strict()
      .optional(),
    /** `business`: weekdays that are not public holidays; `all`: every day. Optional; default `business`. */
    days: z.enum(['business', 'all']).optional(),
    /** Weekend days, 0 = Sunday to 6 = Saturday, when `days` is `business`. Optional; default `[0, 6]`. */
    weekend: z.array(z.int().min(0).max(6)).max(6, { error: 'expected at most 6 weekend days' }).optional(),
    /**
     * Skip the public holidays of the recipient's country and region (date-holidays, type `public`) when
     * `days` is `business`. Optional; default `true`.
     */
    publicHolidays: z.boolean().optional(),
    /**
     * The sender's own closed days (`YYYY-MM-DD`, in the recipient's zone), skipped whatever `days` says:
     * company closures, or holidays from another source. Optional; default none.
     */
    closedDates: z.array(civilDateSchema).optional(),
    /** Caps on contacts per rolling window. Optional; default none. */
    caps: z.array(contactCapSchema).optional(),
    /** Least time between two contacts with the customer on any channel, in minutes. Optional; default 0. */
    minimumGapMinutes: z.number().min(0).max(527_040).optional(),
    /** A local window every message must also fall in (intersected with the hours). Optional; default none. */
    window: localWindowSchema.optional(),
    /** A send-time slot every message must also fall in (see {@link SEND_SLOT_WINDOWS}). Optional; default none. */
    slot: contactSlotSchema.optional(),
    /**
     * Channels that need recorded consent (`true`); on the others unknown consent is enough and only
     * `false` forbids. Optional; default none.
     */
    requireConsent: z.array(channelSchema).optional(),
    /** How many days after `from` to search before giving up, an integer from 1 to 3,660. Optional; default 60. */
    horizonDays: z.int().min(1).max(3660).optional(),
  })
  .strict();

/**
 * Contact rules: when a message may go out. Every field is optional; see {@link contactRulesSchema} for
 * each field and its default.
 *
 * @category Contact rules
 * @example
 * ```ts
 * const rules: ContactRules = { caps: [{ max: 3, windowDays: 7 }], minimumGapMinutes: 24 * 60, horizonDays: 30 };
 * ```
 */
export interface ContactRules {
  /** Hours per channel in the recipient's zone; a channel left out keeps its default. Default {@link DEFAULT_CONTACT_HOURS}. */
  readonly hours?: ContactHours | undefined;
  /** `business`: weekdays that are not public holidays; `all`: every day. Default `business`. */
  readonly days?: 'business' | 'all' | undefined;
  /** Weekend days, 0 = Sunday to 6 = Saturday, when `days` is `business`. Default `[0, 6]`. */
  readonly weekend?: readonly number[] | undefined;
  /** Skip the public holidays (date-holidays type `public`) of the recipient's country and region. Default `true`. */
  readonly publicHolidays?: boolean | undefined;
  /** The sender's own closed days, `YYYY-MM-DD`, skipped whatever `days` says. Default none. */
  readonly closedDates?: readonly CivilDate[] | undefined;
  /** Caps on contacts per rolling window. Default none. */
  readonly caps?: readonly ContactCapInput[] | undefined;
  /** Least time between two contacts with the customer on any channel, in minutes. Default 0. */
  readonly minimumGapMinutes?: number | undefined;
  /** A local window every message must also fall in. Default none. */
  readonly window?: LocalWindow | undefined;
  /** A send-time slot every message must also fall in. Default none. */
  readonly slot?: SendSlot | undefined;
  /** Channels that need recorded consent (`true`). Default none. */
  readonly requireConsent?: readonly Channel[] | undefined;
  /** Days after `from` searched before giving up, 1 to 3,660. Default 60. */
  readonly horizonDays?: number | undefined;
}

/**
 * Hours per channel in {@link ContactRules}: a window, or `null` to close the channel.
 *
 * @category Contact rules
 * @example
 * ```ts
 * const hours: ContactHours = { sms: { start: '10:00', end: '17:00' }, voice: null };
 * ```
 */
export interface ContactHours {
  /** Email hours, or `null`. Default 08:00-18:00. */
  readonly email?: LocalWindow | null | undefined;
  /** SMS hours, or `null`. Default 09:00-18:00. */
  readonly sms?: LocalWindow | null | undefined;
  /** Voice call hours, or `null`. Default 09:00-18:00. */
  readonly voice?: LocalWindow | null | undefined;
  /** WhatsApp hours, or `null`. Default 09:00-18:00. */
  readonly whatsapp?: LocalWindow | null | undefined;
}

/**
 * A cap as written in {@link ContactRules}; see {@link ContactCap}.
 *
 * @category Contact rules
 * @example
 * ```ts
 * const cap: ContactCapInput = { max: 3, windowDays: 7, channels: ['sms', 'voice'] };
 * ```
 */
export interface ContactCapInput {
  /** Most contacts allowed in any rolling window, an integer from 0. */
  readonly max: number;
  /** Length of the rolling window in days (24-hour periods), more than 0. */
  readonly windowDays: number;
  /** Channels counted and limited. Default every channel. */
  readonly channels?: readonly Channel[] | undefined;
}

/**
 * Contact rules with every default filled in, as held by {@link CompiledContactRules}.
 *
 * @category Contact rules
 * @example
 * ```ts
 * compileContactRules({}).rules.horizonDays;
 * //=> 60
 * ```
 */
export interface ResolvedContactRules {
  /** Hours per channel; `null` when the channel is closed. */
  readonly hours: Readonly<Record<Channel, LocalWindow | null>>;
  /** `business` or `all` days. */
  readonly days: 'business' | 'all';
  /** Weekend days, 0 = Sunday. */
  readonly weekend: readonly number[];
  /** Whether public holidays are skipped. */
  readonly publicHolidays: boolean;
  /** The sender's own closed days, sorted, without repeats. */
  readonly closedDates: readonly CivilDate[];
  /** Caps per rolling window. */
  readonly caps: readonly ContactCap[];
  /** Least minutes between two contacts. */
  readonly minimumGapMinutes: number;
  /** The extra local window, if any. */
  readonly window: LocalWindow | undefined;
  /** The send-time slot, if any. */
  readonly slot: SendSlot | undefined;
  /** Channels that need recorded consent. */
  readonly requireConsent: readonly Channel[];
  /** Days searched after `from`. */
  readonly horizonDays: number;
}

/**
 * Contact rules validated once, with caches for time-zone offsets and holiday calendars held inside the
 * object (never in module state). Reuse one compiled object for many calls of {@link nextContactWindow};
 * it is safe to share, and its caches only grow with the zones, countries and years seen.
 *
 * @category Contact rules
 * @example
 * ```ts
 * const compiled: CompiledContactRules = compileContactRules({ caps: [{ max: 3, windowDays: 7 }] });
 * compiled.kind;
 * //=> 'compiled-contact-rules'
 * ```
 */
export interface CompiledContactRules {
  /** Marks a compiled rule set. */
  readonly kind: 'compiled-contact-rules';
  /** The validated rules, defaults filled in. */
  readonly rules: ResolvedContactRules;
}

/** @internal The object behind {@link CompiledContactRules}. */
export class CompiledContactRulesObject implements CompiledContactRules {
  readonly kind = 'compiled-contact-rules' as const;
  readonly rules: ResolvedContactRules;
  /** Caches and precomputed minute windows. */
  readonly state: CompiledRulesState;

  constructor(rules: ResolvedContactRules) {
    this.rules = rules;
    this.state = new CompiledRulesState(rules, rules.slot === undefined ? undefined : SEND_SLOT_WINDOWS[rules.slot]);
  }
}

/**
 * Validates contact rules once and prepares them for many calls of {@link nextContactWindow}: hours as
 * minutes, caps sorted by channel, and empty caches for time-zone offsets and holiday calendars.
 *
 * @param rules - The rules; every field optional.
 * @returns The compiled rules.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} naming the field (`rules.hours.sms.start: expected a local time HH:MM ...`).
 * @category Contact rules
 * @example
 * ```ts
 * const compiled = compileContactRules({ hours: { voice: null }, caps: [{ max: 3, windowDays: 7 }] });
 * compiled.rules.hours.voice;
 * //=> null
 * compiled.rules.hours.email;
 * //=> { start: '08:00', end: '18:00' }
 * ```
 */
export function compileContactRules(rules: ContactRules): CompiledContactRules {
  const parsed = parseInput(contactRulesSchema, rules, 'rules');
  // (The schema's input type is checked against ContactRules in the tests.)
  const hours = { ...DEFAULT_CONTACT_HOURS } as Record<Channel, LocalWindow | null>;
  for (const channel of channelSchema.options) {
    const given = parsed.hours?.[channel];
    if (given !== undefined) hours[channel] = given;
  }
  return new CompiledContactRulesObject({
    hours,
    days: parsed.days ?? 'business',
    weekend: [...new Set(parsed.weekend ?? [0, 6])].sort(),
    publicHolidays: parsed.publicHolidays ?? true,
    closedDates: [...new Set(parsed.closedDates ?? [])].sort(),
    caps: parsed.caps ?? [],
    minimumGapMinutes: parsed.minimumGapMinutes ?? 0,
    window: parsed.window,
    slot: parsed.slot,
    requireConsent: parsed.requireConsent ?? [],
    horizonDays: parsed.horizonDays ?? 60,
  });
}
