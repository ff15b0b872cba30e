import { describe, expect, it } from 'vitest';
import { parseTemplate } from './_lib/template-engine';
import { goldenContext, longContext } from './_test/contexts';
import { BUILT_IN_TEMPLATES } from './built-in-templates';
import type { BuiltInTemplateId, MessageChannel, MessageContext, MessageLanguage, MessageTone } from './message-types';
import { renderMessage } from './render-message';

const languages: Record<MessageLanguage, string> = {
  en: 'en-GB',
  fr: 'fr-FR',
  de: 'de-DE',
  nl: 'nl-NL',
  es: 'es-ES',
};
const ids: readonly BuiltInTemplateId[] = ['upcoming', 'overdue', 'promise-broken', 'payment-plan-installment'];
const tones: readonly MessageTone[] = ['friendly', 'neutral', 'firm', 'final'];
const channels: readonly MessageChannel[] = ['email', 'sms', 'voice', 'whatsapp'];

/** The context each template is shown with: upcoming invoices are not yet due, the installment is overdue. */
function contextFor(id: BuiltInTemplateId, base: MessageContext): MessageContext {
  if (id === 'upcoming') return { ...base, today: '2026-09-20' };
  if (id === 'payment-plan-installment') return { ...base, today: '2026-10-25' };
  return base;
}

function renderAll(locale: string): string {
  const parts: string[] = [];
  for (const id of ids) {
    for (const tone of tones) {
      for (const channel of channels) {
        const rendered = renderMessage(id, contextFor(id, goldenContext), { channel, locale, tone });
        const body =
          rendered.channel === 'email'
            ? `Subject: ${rendered.subject}\n\n${rendered.text}\n\n${rendered.html}`
            : rendered.channel === 'sms'
              ? `${rendered.text}\n[${rendered.encoding}, ${rendered.segments} segment(s), ${rendered.units} units]`
              : rendered.channel === 'voice'
                ? rendered.script
                : rendered.text;
        parts.push(`=== ${id} / ${tone} / ${channel} ===\n${body}\n`);
      }
    }
  }
  return parts.join('\n');
}

describe('BUILT_IN_TEMPLATES', () => {
  it('has every template id, tone and channel in every language', () => {
    for (const language of Object.keys(languages) as MessageLanguage[]) {
      expect(Object.keys(BUILT_IN_TEMPLATES[language])).toEqual(ids);
      for (const id of ids) {
        expect(Object.keys(BUILT_IN_TEMPLATES[language][id])).toEqual(tones);
      }
    }
  });

  it('uses only known placeholders and balanced sections', () => {
    for (const [language, byId] of Object.entries(BUILT_IN_TEMPLATES)) {
      for (const [id, byTone] of Object.entries(byId)) {
        for (const [tone, templates] of Object.entries(byTone)) {
          for (const [channel, fields] of Object.entries(templates)) {
            for (const [field, text] of Object.entries(fields as Record<string, string>)) {
              expect(() => parseTemplate(text, `${language}.${id}.${tone}.${channel}.${field}`)).not.toThrow();
            }
          }
        }
      }
    }
  });

  for (const [language, locale] of Object.entries(languages)) {
    it(`renders every ${language} template, tone and channel as in the golden file`, async () => {
      await expect(renderAll(locale)).toMatchFileSnapshot(`./_test/__golden__/${language}.txt`);
    });

    it(`mentions the sender, the amount and the payment link in every ${language} email, SMS and WhatsApp`, () => {
      for (const id of ids) {
        for (const tone of tones) {
          const context = contextFor(id, goldenContext);
          for (const channel of ['email', 'sms', 'whatsapp'] as const) {
            const rendered = renderMessage(id, context, { channel, locale, tone });
            const text = rendered.channel === 'email' ? `${rendered.subject}\n${rendered.text}` : rendered.text;
            expect(text).toContain('Acme Supplies Ltd');
            expect(text).toContain('https://pay.acme.example/c/globex');
            expect(text).toMatch(/1[\s.,\u202F]?714,50|1,714\.50|285,75|285\.75/);
          }
        }
      }
    });

    it(`keeps every ${language} SMS within 2 GSM-7 segments for a realistic worst case`, () => {
      for (const id of ids) {
        for (const tone of tones) {
          for (const base of [goldenContext, longContext]) {
            const sms = renderMessage(id, contextFor(id, base), { channel: 'sms', locale, tone });
            expect({ id, tone, encoding: sms.encoding, fits: sms.segments <= 2 }).toEqual({
              id,
              tone,
              encoding: 'GSM-7',
              fits: true,
            });
          }
        }
      }
    });

    it(`keeps every ${language} voice script under 60 words (names aside) and without a URL`, () => {
      for (const id of ids) {
        for (const tone of tones) {
          const { script } = renderMessage(id, contextFor(id, goldenContext), { channel: 'voice', locale, tone });
          expect(script.split(/\s+/).length, `${id} ${tone}: ${script}`).toBeLessThanOrEqual(60);
          // With very long names, the words of the template and the amounts stay under 60.
          const long = renderMessage(id, contextFor(id, longContext), { channel: 'voice', locale, tone }).script;
          const names = `${longContext.sender.name} ${longContext.customer.name}`.split(/\s+/).length;
          expect(long.split(/\s+/).length - names, `${id} ${tone}: ${long}`).toBeLessThanOrEqual(60);
          expect(script).not.toMatch(/https?:/);
        }
      }
    });
  }
});
