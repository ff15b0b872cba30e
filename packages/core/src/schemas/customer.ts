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
    id: idSchema,
    name: z.string(),
    currency: currencySchema.optional(),
    locale: z.string().refine(isLocale, { error: 'expected a BCP 47 locale such as "en-GB"' }).optional(),
    timeZone: z.string().refine(isTimeZone, { error: 'expected an IANA time zone such as "Europe/Paris"' }).optional(),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, { error: 'expected an ISO 3166-1 alpha-2 country code such as "FR"' })
      .optional(),
    contacts: z.array(contactSchema).default([]),
    tags: z.array(z.string()).optional(),
    creditLimit: moneyInputSchema.optional(),
  })
  .transform((customer, context) => {
    const { creditLimit, ...rest } = customer;
    if (creditLimit === undefined) return rest as typeof rest & { creditLimit?: Money };
    if (customer.currency === undefined) {
      context.addIssue({ code: 'custom', message: 'a credit limit needs the customer currency', path: ['currency'], input: undefined });
      return z.NEVER;
    }
    const limit = toMoneyField(creditLimit, customer.currency, ['creditLimit'], context, { nonNegative: true });
    return limit === undefined ? z.NEVER : { ...rest, creditLimit: limit };
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
