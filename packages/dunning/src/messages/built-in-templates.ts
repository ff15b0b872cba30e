import { buildTemplates } from './_lib/build-templates';
import { de } from './_lib/languages/de';
import { en } from './_lib/languages/en';
import { es } from './_lib/languages/es';
import { fr } from './_lib/languages/fr';
import { nl } from './_lib/languages/nl';
import type { BuiltInTemplateId, ChannelTemplates, MessageLanguage, MessageTone } from './message-types';

/**
 * The built-in templates: language, then template id, then tone, then channel. Every text uses the
 * placeholders of {@link renderMessage}; hosts can list or inspect them and override any of them.
 *
 * @category Messages
 * @example
 * ```ts
 * Object.keys(BUILT_IN_TEMPLATES.en);
 * //=> ['upcoming', 'overdue', 'promise-broken', 'payment-plan-installment']
 * BUILT_IN_TEMPLATES.de.overdue.final.email.subject;
 * //=> 'Letzte Zahlungserinnerung: {{total}} überfällig'
 * ```
 */
export const BUILT_IN_TEMPLATES: Readonly<
  Record<MessageLanguage, Readonly<Record<BuiltInTemplateId, Readonly<Record<MessageTone, ChannelTemplates>>>>>
> = {
  en: buildTemplates(en),
  fr: buildTemplates(fr),
  de: buildTemplates(de),
  nl: buildTemplates(nl),
  es: buildTemplates(es),
};
