import { z } from 'zod';
import type { Money } from '../money/money';
import { contactSchema } from './contact';
import { toMoneyField } from './money-field';
import { currencySchema, idSchema, moneyInputSchema } from './primitives';

function isLocale(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/**
 * Schema of a {@link Customer}. `creditLimit` is in major units in the customer's `currency`, which it
 * therefore requires.
 *
 * @category Schemas
 * @example
 * ```ts
 * customerSchema.parse({ id: 'C1', name: 'Acme', currency: 'EUR', creditLimit: '5000' }).creditLimit;
 * //=> { currency: 'EUR', minor: 500000 }
 * ```
 */
export const customerSchema = z
  .object({
    /** Its id in the source. Required, non-empty. */
    id: idSchema,
    /** The name people know it by. Required. */
    name: z.string(),
    /** ISO 4217 code of the currency it is billed in, such as `EUR`. Optional; required with `creditLimit`. */
    currency: currencySchema.optional(),
    /** BCP 47 locale of its messages and formatted amounts, such as `en-GB`. Optional. */
    locale: z.string().refine(isLocale, { error: 'expected a BCP 47 locale such as "en-GB"' }).optional(),
    /** IANA time zone where it is, such as `Europe/Paris`. Optional. */
    timeZone: z.string().refine(isTimeZone, { error: 'expected an IANA time zone such as "Europe/Paris"' }).optional(),
    /** ISO 3166-1 alpha-2 country code, upper case, such as `FR`. Optional. */
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, { error: 'expected an ISO 3166-1 alpha-2 country code such as "FR"' })
      .optional(),
    /** The people and mailboxes to contact. Optional; default `[]`. */
    contacts: z.array(contactSchema).default([]),
    /** Free labels from the source, for grouping and filtering. Optional. */
    tags: z.array(z.string()).optional(),
    /**
     * The most it may owe, in major units of `currency` (`'5000.00'`), zero or more. Optional; needs
     * `currency`. Parsed, it is exact {@link Money} in minor units.
     */
    creditLimit: moneyInputSchema.optional(),
  })
  .transform((customer, context) => {
    const { creditLimit, ...rest } = customer;
    if (creditLimit === undefined)
      return rest as typeof rest & {
        /** The most it may owe, exact money in minor units of `currency`. Absent when the source gave none. */
        creditLimit?: Money;
      };
    if (customer.currency === undefined) {
      context.addIssue({
        code: 'custom',
        message: 'a credit limit needs the customer currency',
        path: ['currency'],
        input: undefined,
      });
      return z.NEVER;
    }
    const limit = toMoneyField(creditLimit, customer.currency, ['creditLimit'], context, { nonNegative: true });
    return limit === undefined
      ? z.NEVER
      : {
          ...rest,
          /** The most it may owe, exact money in minor units of `currency`. */
          creditLimit: limit,
        };
  });

/**
 * A customer (payer) with its contacts and preferences.
 *
 * @category Domain
 * @example
 * ```ts
 * const customer: Customer = { id: 'C1', name: 'Acme', contacts: [] };
 * ```
 */
export type Customer = z.output<typeof customerSchema>;

/**
 * A customer as hosts supply it (amounts in major units).
 *
 * @category Domain
 * @example
 * ```ts
 * const input: CustomerInput = { id: 'C1', name: 'Acme', currency: 'EUR', creditLimit: '5000.00' };
 * ```
 */
export type CustomerInput = z.input<typeof customerSchema>;
