import type { BuiltInTemplateId, ChannelTemplates, MessageTone } from '../message-types';
import type { LanguagePack } from './language-pack';

const toneList: readonly MessageTone[] = ['friendly', 'neutral', 'firm', 'final'];

/** Assembles the channel templates of one language from its pieces. */
export function buildTemplates(pack: LanguagePack): Record<BuiltInTemplateId, Record<MessageTone, ChannelTemplates>> {
  const result = {} as Record<BuiltInTemplateId, Record<MessageTone, ChannelTemplates>>;
  for (const [id, pieces] of Object.entries(pack.templates) as [
    BuiltInTemplateId,
    LanguagePack['templates'][BuiltInTemplateId],
  ][]) {
    const byTone = {} as Record<MessageTone, ChannelTemplates>;
    for (const tone of toneList) {
      // A consequence belongs to money already late, never to a reminder before the due date.
      const warning = tone === 'final' && id !== 'upcoming' ? [pack.finalWarning] : [];
      const body = (list: string) =>
        [
          pack.greeting[tone],
          pieces.intro[tone],
          list,
          pieces.request[tone],
          ...warning,
          `{{#paymentUrl}}${pack.pay}{{/paymentUrl}}`,
          id === 'payment-plan-installment' ? pack.replyInstallment : pack.reply,
          pack.signoff[tone],
        ].join('\n\n');
      byTone[tone] = {
        email: {
          subject: pieces.subject[tone],
          body: body(id === 'payment-plan-installment' ? '' : '{{invoiceTable}}'),
        },
        sms: { text: `${pieces.sms[tone]}{{#paymentUrl}} {{paymentUrl}}{{/paymentUrl}} ${pack.smsReply}` },
        voice: { script: pieces.voice[tone] },
        whatsapp: { text: body(id === 'payment-plan-installment' ? '' : '{{invoiceList}}') },
      };
    }
    result[id] = byTone;
  }
  return result;
}
