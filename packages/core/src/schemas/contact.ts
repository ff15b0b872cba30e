import { z } from 'zod';
import { idSchema } from './primitives';

/**
 * Schema of a {@link Contact}. Consent is per channel; a channel without `true` consent is never used for
 * marketing-like outreach, and a channel set to `false` is never used at all. Other fields of a contact
 * record from the source are accepted and left out, but `consent` knows only the four channels: a
 * misspelt channel is rejected, since it would leave a refusal unrecorded.
 *
 * @category Schemas
 * @example
 * ```ts
 * contactSchema.parse({ id: 'c1', email: 'ap@example.com', consent: { email: true } }).consent.email;
 * //=> true
 * ```
 */
export const contactSchema = z.object({
  /** Its id in the source. Required, non-empty. */
  id: idSchema,
  /** The person's name, or the mailbox's label. Optional. */
  name: z.string().optional(),
  /** Email address, such as `ap@example.com`. Optional. */
  email: z.email({ error: 'expected an email address such as "ap@example.com"' }).optional(),
  /** Phone number in E.164 form (`+447700900123`), for SMS, voice and WhatsApp. Optional. */
  phone: z
    .string()
    .regex(/^\+[1-9]\d{6,14}$/, { error: 'expected a phone number in E.164 form such as "+447700900123"' })
    .optional(),
  /** What the contact does for the customer, in words (`accounts payable`). Optional. */
  role: z.string().optional(),
  /**
   * Consent per channel: `true` when given, `false` when refused or withdrawn, absent when unknown.
   * Optional; default `{}` (unknown on every channel).
   */
  consent: z
    .strictObject({
      /** Consent to email. Optional; absent means unknown. */
      email: z.boolean().optional(),
      /** Consent to SMS. Optional; absent means unknown. */
      sms: z.boolean().optional(),
      /** Consent to voice calls. Optional; absent means unknown. */
      voice: z.boolean().optional(),
      /** Consent to WhatsApp messages. Optional; absent means unknown. */
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
