import type { Money } from '@overdue/core';

/**
 * The tone of a message, from an assumed oversight (`friendly`) to the last reminder before further
 * steps (`final`). The same names as a scenario step's `tone`.
 *
 * @category Messages
 * @example
 * ```ts
 * const tone: MessageTone = 'firm';
 * ```
 */
export type MessageTone = 'friendly' | 'neutral' | 'firm' | 'final';

/**
 * A channel a message is rendered for.
 *
 * @category Messages
 * @example
 * ```ts
 * const channel: MessageChannel = 'sms';
 * ```
 */
export type MessageChannel = 'email' | 'sms' | 'voice' | 'whatsapp';

/**
 * A language with built-in templates: English, French, German, Dutch and Spanish (the primary subtag of
 * a BCP 47 locale).
 *
 * @category Messages
 * @example
 * ```ts
 * const language: MessageLanguage = 'nl';
 * ```
 */
export type MessageLanguage = 'en' | 'fr' | 'de' | 'nl' | 'es';

/**
 * The id of a built-in template: `upcoming` (before the due date), `overdue` (one or more overdue
 * invoices), `promise-broken` (a promised payment did not arrive) and `payment-plan-installment` (an
 * installment of a payment plan is due or overdue). A last reminder is `overdue` with tone `final`.
 *
 * @category Messages
 * @example
 * ```ts
 * const id: BuiltInTemplateId = 'promise-broken';
 * ```
 */
export type BuiltInTemplateId = 'upcoming' | 'overdue' | 'promise-broken' | 'payment-plan-installment';

/**
 * One invoice shown in a message.
 *
 * @category Messages
 * @example
 * ```ts
 * const invoice: MessageInvoice = {
 *   number: 'INV-1042', issueDate: '2026-09-01', dueDate: '2026-10-01', amountDue: { currency: 'EUR', minor: 123450 },
 * };
 * ```
 */
export interface MessageInvoice {
  /** The invoice number the customer knows, such as `INV-1042`. */
  number: string;
  /** The issue date, `YYYY-MM-DD`. */
  issueDate: string;
  /** The due date, `YYYY-MM-DD`. Days overdue are computed from it and `context.today`. */
  dueDate: string;
  /** The amount still due, in integer minor units; zero or more. */
  amountDue: Money;
}

/**
 * An extra line of a grouped message, such as a late-payment fee or statutory interest. It is listed
 * under the invoices and counted in the totals of its currency.
 *
 * @category Messages
 * @example
 * ```ts
 * const charge: MessageCharge = { label: 'Late payment fee', amount: { currency: 'EUR', minor: 4000 } };
 * ```
 */
export interface MessageCharge {
  /** What the charge is, in the message's language (the host writes it). */
  label: string;
  /** The amount, zero or more. */
  amount: Money;
}

/**
 * Everything a message says. The renderer validates it and throws an `InvalidArgumentError` naming the
 * field (`context.invoices[2].amountDue.minor`).
 *
 * @category Messages
 * @example
 * ```ts
 * const context: MessageContext = {
 *   today: '2026-10-15',
 *   sender: { name: 'Acme Supplies Ltd', replyTo: 'accounts@acme.example' },
 *   customer: { name: 'Globex GmbH', contactName: 'Ms Weber' },
 *   invoices: [{
 *     number: 'INV-1042', issueDate: '2026-09-01', dueDate: '2026-10-01', amountDue: { currency: 'EUR', minor: 123450 },
 *   }],
 *   paymentUrl: 'https://pay.acme.example/i/1042',
 * };
 * ```
 */
export interface MessageContext {
  /** The day the message is written for, `YYYY-MM-DD`; days overdue are counted to it. */
  today: string;
  /** Who sends the reminder. */
  sender: {
    /** The company name, mentioned in every message. */
    name: string;
    /** An email address for replies. Default: none (placeholder `{{sender.replyTo}}` is empty). */
    replyTo?: string;
    /** A phone number for questions. Default: none (placeholder `{{sender.phone}}` is empty). */
    phone?: string;
  };
  /** Who owes the money. */
  customer: {
    /** The customer's (company) name. */
    name: string;
    /** The person addressed, such as `Ms Weber`. Default: the greeting uses `customer.name`. */
    contactName?: string;
  };
  /**
   * The invoices the message is about, in the order they are listed. `upcoming` and `overdue` need at
   * least one; `promise-broken` and `payment-plan-installment` may have none.
   */
  invoices: MessageInvoice[];
  /** Fees or interest to list under the invoices and add to the totals. Default: none. */
  charges?: MessageCharge[];
  /** A payment page for the customer (https or http). Default: none, and no payment link is shown. */
  paymentUrl?: string;
  /** The payment the customer promised; required by `promise-broken`. */
  promise?: {
    /** The promised payment date, `YYYY-MM-DD`. */
    date: string;
    /** The promised amount. */
    amount: Money;
  };
  /** The payment plan installment; required by `payment-plan-installment`. */
  installment?: {
    /** The installment's position in the plan, from 1. */
    number: number;
    /** How many installments the plan has, at least `number`. */
    of: number;
    /** The installment's due date, `YYYY-MM-DD`; the installment is overdue when it is before `today`. */
    dueDate: string;
    /** The installment amount. */
    amount: Money;
  };
}

/**
 * The texts of one template for one channel. Every field is a template string with `{{placeholders}}`
 * (see {@link renderMessage}).
 *
 * @category Messages
 * @example
 * ```ts
 * const templates: ChannelTemplates = {
 *   email: { subject: 'Invoice {{invoiceNumber}}', body: 'Dear {{recipient}},\n\n{{invoiceTable}}' },
 *   sms: { text: '{{sender.name}}: {{total}} due. {{paymentUrl}}' },
 *   voice: { script: 'This is {{sender.name}}. {{total}} is due on {{dueDate}}.' },
 *   whatsapp: { text: '{{total}} due. {{paymentUrl}}' },
 * };
 * ```
 */
export interface ChannelTemplates {
  /** The email: a subject line and a plain-text body whose blank lines separate paragraphs. */
  email: {
    /** The subject line. */
    subject: string;
    /** The body; the HTML version is made from it (paragraphs, the invoice table, the pay button). */
    body: string;
  };
  /** The SMS. */
  sms: {
    /** The text. */
    text: string;
  };
  /** The text-to-speech script. */
  voice: {
    /** The script. */
    script: string;
  };
  /** The WhatsApp message. */
  whatsapp: {
    /** The text; `*bold*` is allowed. */
    text: string;
  };
}

/**
 * A partial override of {@link ChannelTemplates}: any field left out falls back to the built-in text.
 *
 * @category Messages
 * @example
 * ```ts
 * const override: TemplateOverride = { email: { subject: 'Your account with {{sender.name}}' } };
 * ```
 */
export interface TemplateOverride {
  /** Email subject and/or body. */
  email?: {
    /** The subject line. */
    subject?: string;
    /** The body. */
    body?: string;
  };
  /** SMS text. */
  sms?: {
    /** The text. */
    text?: string;
  };
  /** Voice script. */
  voice?: {
    /** The script. */
    script?: string;
  };
  /** WhatsApp text. */
  whatsapp?: {
    /** The text. */
    text?: string;
  };
}

/**
 * Host templates: template id, then language (`'fr'`), full locale (`'fr-CA'`) or `'*'`, then tone or
 * `'*'`. Lookup tries the full locale, then the language, then `'*'`, and in each the tone, then `'*'`;
 * a field still missing comes from the built-in template. A new id is allowed when its texts are all
 * given.
 *
 * @category Messages
 * @example
 * ```ts
 * const templates: MessageTemplates = {
 *   overdue: { en: { final: { email: { subject: 'Last reminder before collection: {{total}}' } } } },
 *   'welcome-plan': { '*': { '*': { sms: { text: '{{sender.name}}: plan agreed. {{paymentUrl}}' } } } },
 * };
 * ```
 */
export type MessageTemplates = Record<string, Record<string, Partial<Record<MessageTone | '*', TemplateOverride>>>>;

/**
 * A rendered email.
 *
 * @category Messages
 * @example
 * ```ts
 * const email: RenderedEmail = { channel: 'email', subject: 'Hi', text: 'Hello', html: '<p>Hello</p>' };
 * ```
 */
export interface RenderedEmail {
  /** Always `'email'`. */
  channel: 'email';
  /** The subject line. */
  subject: string;
  /** The plain-text part. */
  text: string;
  /** The HTML part, a complete document with every value escaped. */
  html: string;
}

/**
 * A rendered SMS with its encoding and segment count.
 *
 * @category Messages
 * @example
 * ```ts
 * const sms: RenderedSms = {
 *   channel: 'sms', text: 'Hi', encoding: 'GSM-7', segments: 1, characters: 2, units: 2, unitsPerSegment: 160,
 * };
 * ```
 */
export interface RenderedSms {
  /** Always `'sms'`. */
  channel: 'sms';
  /** The text (no-break spaces from `Intl` are replaced by plain spaces, which GSM-7 has). */
  text: string;
  /** `'GSM-7'` or `'UCS-2'`. */
  encoding: 'GSM-7' | 'UCS-2';
  /** The number of segments. */
  segments: number;
  /** Characters (code points). */
  characters: number;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number;
  /** Units per segment (160, 153, 70 or 67). */
  unitsPerSegment: number;
}

/**
 * A rendered text-to-speech script.
 *
 * @category Messages
 * @example
 * ```ts
 * const voice: RenderedVoice = { channel: 'voice', script: 'Hello, this is Acme.' };
 * ```
 */
export interface RenderedVoice {
  /** Always `'voice'`. */
  channel: 'voice';
  /** The script: amounts with currency names, long dates, no URLs. */
  script: string;
}

/**
 * A rendered WhatsApp message.
 *
 * @category Messages
 * @example
 * ```ts
 * const message: RenderedWhatsapp = { channel: 'whatsapp', text: '*Total:* 12,00 €' };
 * ```
 */
export interface RenderedWhatsapp {
  /** Always `'whatsapp'`. */
  channel: 'whatsapp';
  /** Plain text with `*bold*`. */
  text: string;
}

/**
 * The rendered message of each channel, by channel name.
 *
 * @category Messages
 * @example
 * ```ts
 * const voice: RenderedMessages['voice'] = { channel: 'voice', script: 'Hello, this is Acme.' };
 * ```
 */
export interface RenderedMessages {
  /** Subject, text and HTML. */
  email: RenderedEmail;
  /** Text with encoding and segments. */
  sms: RenderedSms;
  /** A text-to-speech script. */
  voice: RenderedVoice;
  /** Plain text with `*bold*`. */
  whatsapp: RenderedWhatsapp;
}

/**
 * The result of {@link renderMessage} for a channel.
 *
 * @category Messages
 * @example
 * ```ts
 * const sms: RenderedMessageFor<'sms'> = renderMessage('overdue', context, { channel: 'sms', locale: 'en-GB', tone: 'neutral' });
 * ```
 */
export type RenderedMessageFor<C extends MessageChannel> = RenderedMessages[C];
