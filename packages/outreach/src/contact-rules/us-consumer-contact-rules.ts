import { deepFreeze } from '../_lib/deep-freeze';
import type { ContactRules } from './compile-contact-rules';

/**
 * Contact rules for consumer debts in the United States, as a floor to build on:
 *
 * - every channel only between 08:00 and 21:00 in the consumer's local time: FDCPA §805(a)(1),
 *   15 U.S.C. §1692c(a)(1), presumes a communication before 8 a.m. or after 9 p.m. local time
 *   inconvenient (and Regulation F 12 CFR 1006.6(b)(1)(i) repeats it);
 * - at most 7 telephone calls in 7 consecutive days: Regulation F 12 CFR 1006.14(b)(2)(i)(A) presumes
 *   more to be harassment (the rule's other presumption, no call within 7 days after a telephone
 *   conversation, needs conversation records and is left to the host);
 * - every day of the week, holidays not skipped (the law does not forbid them; use
 *   `{ ...US_CONSUMER_CONTACT_RULES, days: 'business' }` to skip them).
 *
 * Not legal advice: state laws (such as Massachusetts 940 CMR 7.04) may be stricter.
 *
 * @category Contact rules
 * @example
 * ```ts
 * const rules = compileContactRules(US_CONSUMER_CONTACT_RULES);
 * rules.rules.hours.voice;
 * //=> { start: '08:00', end: '21:00' }
 * ```
 */
export const US_CONSUMER_CONTACT_RULES: Readonly<ContactRules> = deepFreeze({
  hours: {
    email: { start: '08:00', end: '21:00' },
    sms: { start: '08:00', end: '21:00' },
    voice: { start: '08:00', end: '21:00' },
    whatsapp: { start: '08:00', end: '21:00' },
  },
  days: 'all',
  publicHolidays: false,
  caps: [{ max: 7, windowDays: 7, channels: ['voice'] }],
} satisfies ContactRules);
