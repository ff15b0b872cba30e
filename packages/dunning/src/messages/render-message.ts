import { assertKnownFields, describeReceived, InvalidArgumentError } from '@overdue/core';
import type { LanguagePack } from './_lib/language-pack';
import { de } from './_lib/languages/de';
import { en } from './_lib/languages/en';
import { es } from './_lib/languages/es';
import { fr } from './_lib/languages/fr';
import { nl } from './_lib/languages/nl';
import { escapeHtml, messageValues } from './_lib/message-values';
import { parseContext } from './_lib/parse-context';
import { parseTemplate, renderNodes } from './_lib/template-engine';
import { BUILT_IN_TEMPLATES } from './built-in-templates';
import type {
  ChannelTemplates,
  MessageChannel,
  MessageContext,
  MessageLanguage,
  MessageTemplates,
  MessageTone,
  RenderedMessageFor,
  TemplateOverride,
} from './message-types';
import { smsEncoding } from './sms-encoding';

/**
 * Options of {@link renderMessage}.
 *
 * @category Messages
 * @example
 * ```ts
 * const options: RenderMessageOptions<'email'> = { channel: 'email', locale: 'fr-FR', tone: 'neutral' };
 * ```
 */
export interface RenderMessageOptions<C extends MessageChannel = MessageChannel> {
  /** `'email'`, `'sms'`, `'voice'` or `'whatsapp'`. Required. */
  channel: C;
  /**
   * A BCP 47 locale such as `'fr-FR'`, `'de-AT'` or `'es-MX'`. The language (`fr`) picks the texts; the
   * full locale formats amounts and dates. Required.
   */
  locale: string;
  /** `'friendly'`, `'neutral'`, `'firm'` or `'final'`. Required. */
  tone: MessageTone;
  /** Host templates that replace built-in texts or add template ids. Default: none. */
  templates?: MessageTemplates;
  /**
   * The locale used, for texts and formatting, when the language of `locale` has no templates (for
   * example `'en-GB'` for a `'pl-PL'` customer). Default: none, and such a locale throws.
   */
  fallbackLocale?: string;
}

const packs: Readonly<Record<MessageLanguage, LanguagePack>> = { en, fr, de, nl, es };
const channels: readonly string[] = ['email', 'sms', 'voice', 'whatsapp'];
const toneNames: readonly string[] = ['friendly', 'neutral', 'firm', 'final'];
const fields = { email: ['subject', 'body'], sms: ['text'], voice: ['script'], whatsapp: ['text'] } as const;
/** The fields of {@link RenderMessageOptions}; `satisfies` keeps the list in step with the type. */
const optionFields = Object.keys({
  channel: true,
  locale: true,
  tone: true,
  templates: true,
  fallbackLocale: true,
} satisfies Record<keyof RenderMessageOptions, true>);
/** The tone keys of a template's language entry. */
const toneKeys: readonly string[] = [...toneNames, '*'];

/** The path of a tone entry of host templates: `...["en"].firm`, or `...["en"]["*"]`. */
function tonePath(languagePath: string, toneKey: string): string {
  return toneKey === '*' ? `${languagePath}["*"]` : `${languagePath}.${toneKey}`;
}

function checkObject(value: unknown, path: string): asserts value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidArgumentError(`expected an object, got ${describeReceived(value)}`, path);
  }
}

/**
 * Checks the host templates of one template id: every tone key is a tone or `'*'`, every channel a channel
 * and every text field one of that channel's (`subject`, `body`, `text`, `script`), so that a misspelt key
 * (`nuetral`, `txt`) throws instead of quietly leaving the built-in text in place. Template ids and
 * language keys are the host's own names.
 */
function checkTemplates(templates: unknown, templateId: string): void {
  if (templates === undefined) return;
  checkObject(templates, 'options.templates');
  const byLanguage = templates[templateId];
  if (byLanguage === undefined) return;
  const idPath = `options.templates["${templateId}"]`;
  checkObject(byLanguage, idPath);
  for (const languageKey of Object.keys(byLanguage)) {
    const byTone = byLanguage[languageKey];
    const languagePath = `${idPath}["${languageKey}"]`;
    checkObject(byTone, languagePath);
    assertKnownFields(byTone, toneKeys, languagePath);
    for (const toneKey of Object.keys(byTone)) {
      const override = byTone[toneKey];
      if (override === undefined) continue;
      const path = tonePath(languagePath, toneKey);
      checkObject(override, path);
      assertKnownFields(override, channels, path);
      for (const channel of Object.keys(override) as MessageChannel[]) {
        const texts = override[channel];
        if (texts === undefined) continue;
        checkObject(texts, `${path}.${channel}`);
        assertKnownFields(texts, fields[channel], `${path}.${channel}`);
      }
    }
  }
}

function canonical(locale: unknown, path: string): string {
  try {
    if (typeof locale !== 'string' || locale === '') throw new TypeError('not a string');
    return Intl.getCanonicalLocales(locale)[0] as string;
  } catch (cause) {
    throw new InvalidArgumentError(
      `expected a BCP 47 locale such as "fr-FR", got ${describeReceived(locale)}`,
      path,
      cause,
    );
  }
}

function languageOf(locale: string): string {
  return (locale.split('-')[0] ?? '').toLowerCase();
}

function resolveLocale(options: RenderMessageOptions): { locale: string; language: MessageLanguage } {
  const locale = canonical(options.locale, 'options.locale');
  const language = languageOf(locale);
  if (language in packs) return { locale, language: language as MessageLanguage };
  if (options.fallbackLocale === undefined) {
    throw new InvalidArgumentError(
      `no templates in language "${language}" (${locale}); use en, fr, de, nl or es, or pass options.fallbackLocale`,
      'options.locale',
    );
  }
  const fallback = canonical(options.fallbackLocale, 'options.fallbackLocale');
  const fallbackLanguage = languageOf(fallback);
  if (!(fallbackLanguage in packs)) {
    throw new InvalidArgumentError(
      `expected a locale in en, fr, de, nl or es, got ${describeReceived(options.fallbackLocale)}`,
      'options.fallbackLocale',
    );
  }
  return { locale: fallback, language: fallbackLanguage as MessageLanguage };
}

/** Picks each text: host override (locale, language, '*'; tone, '*'), then the built-in text. */
function pickText(
  templateId: string,
  locale: string,
  language: MessageLanguage,
  tone: MessageTone,
  channel: MessageChannel,
  field: string,
  templates: MessageTemplates | undefined,
): { text: string; path: string } {
  const byLanguage = templates?.[templateId];
  if (byLanguage !== undefined) {
    for (const languageKey of [locale, language, '*']) {
      for (const toneKey of [tone, '*'] as const) {
        const override: TemplateOverride | undefined = byLanguage[languageKey]?.[toneKey];
        const text = (override?.[channel] as Record<string, unknown> | undefined)?.[field];
        const path = `${tonePath(`options.templates["${templateId}"]["${languageKey}"]`, toneKey)}.${channel}.${field}`;
        if (text === undefined) continue;
        if (typeof text !== 'string') {
          throw new InvalidArgumentError(`expected a template string, got ${describeReceived(text)}`, path);
        }
        return { text, path };
      }
    }
  }
  const builtIn = (BUILT_IN_TEMPLATES[language] as Record<string, Record<MessageTone, ChannelTemplates>>)[templateId];
  if (builtIn === undefined) {
    throw new InvalidArgumentError(
      `no template "${templateId}" for ${channel}.${field} in "${locale}": use a built-in id (${Object.keys(BUILT_IN_TEMPLATES.en).join(', ')}) or give it in options.templates`,
      'templateId',
    );
  }
  const text = (builtIn[tone][channel] as unknown as Record<string, string>)[field] as string;
  return { text, path: `BUILT_IN_TEMPLATES.${language}["${templateId}"].${tone}.${channel}.${field}` };
}

function tidy(text: string): string {
  return text
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Renders a reminder for one channel, in the customer's language and tone, from a built-in template or
 * a host override.
 *
 * Placeholders (`{{name}}`): `sender.name`, `sender.replyTo`, `sender.phone`, `customer.name`,
 * `customer.contactName`, `recipient` (contact name, else customer name), `today`, `invoiceCount`,
 * `invoiceNumber` (the first invoice), `invoiceNumbers`, `invoices` ("invoice INV-1" / "3 invoices"),
 * `total` (one amount per currency, never added across currencies), `dueDate` (the earliest),
 * `daysOverdue` (the most), `invoiceTable`, `invoiceList`, `paymentUrl`, `paymentLink` (a button in
 * email HTML), `promise.date`, `promise.amount`, `installment.number`, `installment.of`,
 * `installment.dueDate`, `installment.amount`. Sections `{{#name}}...{{/name}}` (shown when set) and
 * `{{^name}}...{{/name}}` (shown when not) work on any placeholder and on the flags `single`,
 * `multiple`, `overdue`, `installmentOverdue` and `charges`. Values are HTML-escaped in email HTML.
 *
 * Email returns a subject, a text part and an HTML document (invoice table with totals per currency, a
 * pay button). SMS returns the text with its GSM-7 / UCS-2 encoding and segment count (Intl no-break
 * spaces become plain spaces). Voice returns a short script with currency names and long dates and no
 * URL. WhatsApp returns plain text with `*bold*`.
 *
 * @param templateId - A built-in id (`upcoming`, `overdue`, `promise-broken`, `payment-plan-installment`)
 *   or an id given in `options.templates`.
 * @param context - What the message says; validated.
 * @param options - Channel, locale, tone, overrides.
 * @returns The rendered message for the channel.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} naming the field (`context.invoices[2].amountDue.minor`,
 *   `options.locale`, `templateId`) or the template and the unknown placeholder; or a field the options, the
 *   context (or an object in it) or the templates of `templateId` do not have: `options.fallbackLocal`
 *   (`unknown field; did you mean "fallbackLocale"?`), `context.sender.replyToo`, a tone
 *   `options.templates["overdue"]["en"].nuetral` or a text `options.templates["overdue"]["en"].firm.sms.txt`.
 * @category Messages
 * @example
 * ```ts
 * renderMessage('overdue', {
 *   today: '2026-10-15',
 *   sender: { name: 'Acme Supplies Ltd' },
 *   customer: { name: 'Globex GmbH' },
 *   invoices: [{ number: 'INV-1042', issueDate: '2026-09-01', dueDate: '2026-10-01',
 *     amountDue: { currency: 'EUR', minor: 123450 } }],
 *   paymentUrl: 'https://pay.acme.example/c/globex',
 * }, { channel: 'sms', locale: 'en-GB', tone: 'neutral' });
 * //=> { channel: 'sms',
 * //     text: 'Acme Supplies Ltd: the balance of €1,234.50 has been overdue since 1 Oct 2026 (invoice INV-1042). Please pay as soon as possible. https://pay.acme.example/c/globex Already paid or a query? Please reply.',
 * //     encoding: 'GSM-7', segments: 2, characters: 202, units: 203, unitsPerSegment: 153 }
 * ```
 */
export function renderMessage<C extends MessageChannel>(
  templateId: string,
  context: MessageContext,
  options: RenderMessageOptions<C>,
): RenderedMessageFor<C> {
  if (typeof templateId !== 'string' || templateId === '') {
    throw new InvalidArgumentError(
      `expected a template id such as "overdue", got ${describeReceived(templateId)}`,
      'templateId',
    );
  }
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError(`expected { channel, locale, tone }, got ${describeReceived(options)}`, 'options');
  }
  // A misspelt field first: `chanel` is reported as such, not as a missing channel.
  assertKnownFields(options, optionFields, 'options');
  if (!channels.includes(options.channel)) {
    throw new InvalidArgumentError(
      `expected "email", "sms", "voice" or "whatsapp", got ${describeReceived(options.channel)}`,
      'options.channel',
    );
  }
  if (!toneNames.includes(options.tone)) {
    throw new InvalidArgumentError(
      `expected "friendly", "neutral", "firm" or "final", got ${describeReceived(options.tone)}`,
      'options.tone',
    );
  }
  checkTemplates(options.templates, templateId);
  const { locale, language } = resolveLocale(options);
  const parsed = parseContext(context, templateId);
  const channel: MessageChannel = options.channel;
  const pack = packs[language];
  const texts = Object.fromEntries(
    fields[channel].map((field) => {
      const { text, path } = pickText(templateId, locale, language, options.tone, channel, field, options.templates);
      return [field, parseTemplate(text, path)];
    }),
  );
  const plain = messageValues(parsed, pack, locale, channel, false);
  const render = (field: string) => tidy(renderNodes(texts[field] ?? [], plain, (text) => text));
  let result: RenderedMessageFor<MessageChannel>;
  if (channel === 'email') {
    const subject = render('subject').replace(/\s+/g, ' ');
    const htmlValues = messageValues(parsed, pack, locale, channel, true);
    const body = renderNodes(texts.body ?? [], htmlValues, escapeHtml);
    const blocks = body
      .split(/\n{2,}/)
      .map((block) => block.trim())
      .filter((block) => block !== '')
      .map((block) => (block.startsWith('<table') ? block : `<p>${block.replace(/\n/g, '<br>\n')}</p>`));
    const html = [
      '<!DOCTYPE html>',
      `<html lang="${escapeHtml(locale)}">`,
      `<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
      '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#222">',
      ...blocks,
      '</body>',
      '</html>',
    ].join('\n');
    result = { channel, subject, text: render('body'), html };
  } else if (channel === 'sms') {
    const text = render('text')
      .replace(/[\u00A0\u202F]/g, ' ')
      .replace(/[ \t]+/g, ' ');
    result = { channel, text, ...smsEncoding(text) };
  } else if (channel === 'voice') {
    result = { channel, script: render('script').replace(/\s+/g, ' ') };
  } else {
    result = { channel, text: render('text') };
  }
  return result as RenderedMessageFor<C>;
}
