import { z } from 'zod';
import { idSchema } from './primitives';

/**
 * Schema of a {@link Contact}. Consent is per channel; a channel without `true` consent is never used for
 * marketing-like outreach, and a channel set to `false` is never used at all.
 *
 * @category Schemas
 * @example
 * ```ts
 * contactSchema.parse({ id: 'c1', email: 'ap@example.com', consent: { email: true } }).consent.email;
 * //=> true
 * ```
 */
export const contactSchema = z.object({
  id: idSchema,
  name: z.string().optional(),
  email: z.email({ error: 'expected an email address such as "ap@example.com"' }).optional(),
  phone: z
    .string()
    .regex(/^\+[1-9]\d{6,14}$/, { error: 'expected a phone number in E.164 form such as "+447700900123"' })
    .optional(),
  role: z.string().optional(),
  consent: z
    .object({
      email: z.boolean().optional(),
      sms: z.boolean().optional(),
      voice: z.boolean().optional(),
      whatsapp: z.boolean().optional(),
    })
    .default({}),
});

/**
 * A person or mailbox at a customer who can be contacted, with consent per channel.
 *
 * @category Domain
 * @example
 * ```ts
 * const contact: Contact = { id: 'c1', email: 'ap@example.com', consent: { email: true, sms: false } };
 * ```
 */
export type Contact = z.output<typeof contactSchema>;
