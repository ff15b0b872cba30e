// Public exports of this folder; re-exported by src/index.ts.
export { BUILT_IN_TEMPLATES } from './built-in-templates';
export type {
  BuiltInTemplateId,
  ChannelTemplates,
  MessageChannel,
  MessageCharge,
  MessageContext,
  MessageInvoice,
  MessageLanguage,
  MessageTemplates,
  MessageTone,
  RenderedEmail,
  RenderedMessageFor,
  RenderedMessages,
  RenderedSms,
  RenderedVoice,
  RenderedWhatsapp,
  TemplateOverride,
} from './message-types';
export type { RenderMessageOptions } from './render-message';
export { renderMessage } from './render-message';
export type { SmsEncoding } from './sms-encoding';
export { smsEncoding } from './sms-encoding';
