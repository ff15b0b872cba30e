// Public exports of this folder; re-exported by src/index.ts.
export type {
  CompiledContactRules,
  ContactCap,
  ContactCapInput,
  ContactHours,
  ContactRules,
  LocalWindow,
  ResolvedContactRules,
} from './compile-contact-rules';
export {
  compileContactRules,
  contactCapSchema,
  contactRulesSchema,
  contactSlotSchema,
  DEFAULT_CONTACT_HOURS,
  localWindowSchema,
  SEND_SLOT_WINDOWS,
} from './compile-contact-rules';
export type {
  ContactRecipient,
  ContactWindow,
  ContactWindowAllowed,
  ContactWindowReason,
  ContactWindowReasonCode,
  ContactWindowRefused,
  RecentContact,
} from './next-contact-window';
export { contactRecipientSchema, nextContactWindow } from './next-contact-window';
export { US_CONSUMER_CONTACT_RULES } from './us-consumer-contact-rules';
