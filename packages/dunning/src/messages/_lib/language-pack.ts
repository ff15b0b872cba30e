import type { BuiltInTemplateId, MessageTone } from '../message-types';

/** A text per tone. */
export type Tones = Readonly<Record<MessageTone, string>>;

/** Texts per tone; a tone left out takes the text of the tone before it. */
export function tones(friendly: string, neutral = friendly, firm = neutral, final = firm): Tones {
  return { friendly, neutral, firm, final };
}

/** The pieces of one template in one language, per tone. */
export interface TemplatePieces {
  /** Email subject. */
  subject: Tones;
  /** The paragraph that says what is due (uses `{{#single}}` / `{{#multiple}}`). */
  intro: Tones;
  /** The paragraph that asks for payment. */
  request: Tones;
  /** The SMS before the link and the reply line. */
  sms: Tones;
  /** The whole voice script. */
  voice: Tones;
}

/** Everything written in one language. */
export interface LanguagePack {
  /** Words used in tables and lists. */
  labels: {
    /** Table header: invoice number. */
    invoice: string;
    /** Table header: issue date. */
    issueDate: string;
    /** Table header: due date. */
    dueDate: string;
    /** Table header: days overdue. */
    daysOverdue: string;
    /** Table header: amount due. */
    amountDue: string;
    /** Total line. */
    total: string;
    /** The colon after a label, with its spacing (`': '`, French `' : '`). */
    colon: string;
    /** Payment button. */
    payNow: string;
    /** `invoice INV-1` or `3 invoices`. */
    invoices: (count: number, number: string) => string;
    /** A WhatsApp list line. */
    listLine: (number: string, amount: string, dueDate: string) => string;
  };
  /** Salutation. */
  greeting: Tones;
  /** Closing and signature. */
  signoff: Tones;
  /** Invitation to reply about a dispute or a payment already made. */
  reply: string;
  /** The same for a payment plan installment. */
  replyInstallment: string;
  /** Payment link paragraph (inside `{{#paymentUrl}}`). */
  pay: string;
  /** The consequence stated by tone `final`. */
  finalWarning: string;
  /** The SMS reply line. */
  smsReply: string;
  /** The pieces of each built-in template. */
  templates: Readonly<Record<BuiltInTemplateId, TemplatePieces>>;
}
