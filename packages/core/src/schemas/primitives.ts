import Decimal from 'decimal.js';
import { z } from 'zod';
import { isCivilDate } from '../dates/civil-date';
import { describeBadDate } from '../dates/day-number';
import { isCurrencyCode } from '../money/currency';
import type { MoneyInput } from '../money/money';
import { describeReceived } from '../validation/parse-input';

/**
 * A civil date `YYYY-MM-DD` (a real calendar day, no time zone).
 *
 * @category Schemas
 * @example
 * ```ts
 * civilDateSchema.parse('2025-12-31');
 * //=> '2025-12-31'
 * ```
 */
export const civilDateSchema = z.custom<string>(isCivilDate, { error: (issue) => describeBadDate(issue.input) });

/**
 * An ISO 4217 currency code known to the runtime (`EUR`, `JPY`, `KWD`).
 *
 * @category Schemas
 * @example
 * ```ts
 * currencySchema.parse('EUR');
 * //=> 'EUR'
 * ```
 */
export const currencySchema = z.custom<string>(isCurrencyCode, {
  error: (issue) => `expected an ISO 4217 currency code such as "EUR", got ${describeReceived(issue.input)}`,
});

/**
 * An amount in major units before its currency is applied: a decimal string, a number or a Decimal.
 *
 * @category Schemas
 * @example
 * ```ts
 * moneyInputSchema.parse('12.50');
 * //=> '12.50'
 * ```
 */
export const moneyInputSchema = z.custom<MoneyInput>(
  (value) => typeof value === 'string' || typeof value === 'number' || Decimal.isDecimal(value),
  { error: (issue) => `expected an amount such as "1234.50", got ${describeReceived(issue.input)}` },
);

/**
 * A non-empty identifier.
 *
 * @category Schemas
 * @example
 * ```ts
 * idSchema.parse('INV-001');
 * //=> 'INV-001'
 * ```
 */
export const idSchema = z.string().min(1, { error: 'expected a non-empty identifier' });

/**
 * A messaging channel.
 *
 * @category Schemas
 * @example
 * ```ts
 * channelSchema.parse('sms');
 * //=> 'sms'
 * ```
 */
export const channelSchema = z.enum(['email', 'sms', 'voice', 'whatsapp']);

/**
 * A messaging channel: `email`, `sms`, `voice` or `whatsapp`.
 *
 * @category Domain
 * @example
 * ```ts
 * const channel: Channel = 'email';
 * ```
 */
export type Channel = z.infer<typeof channelSchema>;

const instantError = (issue: { input?: unknown }) =>
  `expected a Date or an ISO 8601 instant with an offset, got ${describeReceived(issue.input)}`;

/**
 * An instant: a `Date`, or an ISO 8601 string with a time and an offset (`2026-01-05T09:30:00Z`). Parsed to a
 * `Date`.
 *
 * @category Schemas
 * @example
 * ```ts
 * instantSchema.parse('2026-01-05T09:30:00Z').toISOString();
 * //=> '2026-01-05T09:30:00.000Z'
 * ```
 */
export const instantSchema = z
  .union([z.date(), z.iso.datetime({ offset: true, error: instantError })], { error: instantError })
  .transform((value) => (typeof value === 'string' ? new Date(value) : value))
  .refine((value) => !Number.isNaN(value.getTime()), { error: 'expected a valid instant, got an invalid Date' });
