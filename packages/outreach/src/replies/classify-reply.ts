import type { CivilDate } from '@overdue/core';
import { civilDateSchema, describeReceived, InvalidArgumentError, parseInput } from '@overdue/core';
import { z } from 'zod';
import { findStatedDates } from './_lib/find-promise-date';
import { normalizeText, originalSlice } from './_lib/normalize-text';
import type { LanguagePhrases, PhraseOutcome, ReplyLanguage } from './_lib/reply-phrases';
import { outcomeOrder, replyPhrases } from './_lib/reply-phrases';
import { stripQuotedText } from './_lib/strip-quoted-text';

/**
 * What a reply says: `promise-to-pay`, `paid-already`, `dispute`, `invoice-not-received`,
 * `payment-plan-request` (asks to pay in installments or for more time), `wrong-contact`, `opt-out`, or
 * `other` when no known phrase was found.
 *
 * @category Replies
 * @example
 * ```ts
 * const outcome: ReplyOutcome = 'promise-to-pay';
 * ```
 */
export type ReplyOutcome =
  | 'promise-to-pay'
  | 'paid-already'
  | 'dispute'
  | 'invoice-not-received'
  | 'payment-plan-request'
  | 'wrong-contact'
  | 'opt-out'
  | 'other';

/**
 * Options of {@link classifyReply}.
 *
 * @category Replies
 * @example
 * ```ts
 * const options: ClassifyReplyOptions = { locale: 'fr-FR', receivedOn: '2026-12-02' };
 * ```
 */
export interface ClassifyReplyOptions {
  /**
   * BCP 47 locale of the customer, such as `fr` or `en-US`. Its language picks the phrases (`en`, `fr`,
   * `de`, `nl`, `es`); English phrases are tried too. Other languages use English only. `en-US` reads
   * `12/15` as month first. Required.
   */
  locale: string;
  /**
   * The day the reply arrived, `YYYY-MM-DD`, to resolve a date stated without a year (the next such day
   * on or after it) and relative dates (`tomorrow`, `Friday`: the next Friday after it). Optional; default
   * none, and then such dates are not resolved. The clock is never read.
   */
  receivedOn?: CivilDate;
}

/**
 * One piece of evidence for a classification.
 *
 * @category Replies
 * @example
 * ```ts
 * const reason: ReplyReason = { code: 'opt-out', phrase: 'STOP', message: 'the reply is the opt-out keyword "STOP"' };
 * ```
 */
export interface ReplyReason {
  /** The outcome the phrase points to, or `promise-date` for the date of a promise. */
  code: ReplyOutcome | 'promise-date';
  /** The words of the reply, as written (empty for `other`). */
  phrase: string;
  /** A short sentence for people. */
  message: string;
}

/**
 * What {@link classifyReply} found.
 *
 * @category Replies
 * @example
 * ```ts
 * const result: ReplyClassification = {
 *   outcome: 'promise-to-pay', confidence: 0.9, promiseDate: '2026-12-15',
 *   reasons: [{ code: 'promise-to-pay', phrase: 'will pay', message: '"will pay" reads as a promise to pay' }],
 * };
 * ```
 */
export interface ReplyClassification {
  /** The outcome; when phrases of several outcomes appear, the first of opt-out, wrong contact, dispute, invoice not received, payment plan request, paid already, promise to pay. */
  outcome: ReplyOutcome;
  /** 1 for a bare opt-out keyword, 0.9 when one outcome's phrases were found, 0.7 when several outcomes' were, 0 for `other`. */
  confidence: number;
  /** The date promised, `YYYY-MM-DD`, when the outcome is `promise-to-pay` and a date could be resolved. */
  promiseDate?: CivilDate;
  /** The phrases found: the outcome's first, then the others, then the promised date. */
  reasons: ReplyReason[];
}

const optionsSchema = z
  .object({
    locale: z.string().regex(/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/, {
      error: (issue) => `expected a BCP 47 locale such as "fr" or "en-US", got ${describeReceived(issue.input)}`,
    }),
    receivedOn: civilDateSchema.optional(),
  })
  .strict();

const descriptions: Record<PhraseOutcome, string> = {
  'opt-out': 'a request to stop messages',
  'wrong-contact': 'a wrong contact',
  dispute: 'a dispute',
  'invoice-not-received': 'an invoice not received',
  'payment-plan-request': 'a request for a payment plan or more time',
  'paid-already': 'a payment already made',
  'promise-to-pay': 'a promise to pay',
};

const withGlobal = (pattern: RegExp) => new RegExp(pattern.source, `${pattern.flags}g`);
const globalPhrases = Object.fromEntries(
  Object.entries(replyPhrases).map(([language, table]) => [
    language,
    Object.fromEntries(outcomeOrder.map((outcome) => [outcome, table.phrases[outcome].map(withGlobal)])),
  ]),
) as Record<ReplyLanguage, Record<PhraseOutcome, RegExp[]>>;

const negatable = new Set<PhraseOutcome>(['paid-already', 'promise-to-pay']);
/** Languages whose verbs come late, where a negation may follow the phrase (`wir zahlen nicht`). */
const negationAfter = new Set<ReplyLanguage>(['de', 'nl']);

function isNegated(text: string, start: number, end: number, language: ReplyLanguage, table: LanguagePhrases): boolean {
  if (table.negation.test(text.slice(start, end))) return true;
  const clauseStart =
    Math.max(
      text.lastIndexOf(',', start - 1),
      text.lastIndexOf('.', start - 1),
      text.lastIndexOf(';', start - 1),
      text.lastIndexOf('!', start - 1),
      text.lastIndexOf('?', start - 1),
      text.lastIndexOf('\n', start - 1),
    ) + 1;
  const before = text.slice(clauseStart, start).trim().split(' ').slice(-3).join(' ');
  if (table.negation.test(before)) return true;
  if (negationAfter.has(language)) {
    const after =
      text
        .slice(end)
        .split(/[,.;!?\n]/)[0]
        ?.trim()
        .split(' ')
        .slice(0, 2)
        .join(' ') ?? '';
    if (table.negation.test(after)) return true;
  }
  return false;
}

/**
 * Reads an inbound reply (email or SMS) and says what it means for collections: a promise to pay (with
 * the date when one is stated), a payment already made, a dispute, an invoice not received, a request
 * for a payment plan or more time, a wrong contact, an opt-out, or `other`. Phrases of the locale's language (`en`, `fr`, `de`, `nl`, `es`) and of
 * English are matched regardless of case and accents; quoted earlier messages (lines starting with `>`,
 * and everything from "On ... wrote:", "Le ... a écrit :", "Am ... schrieb", "Op ... schreef",
 * "El ... escribió") are ignored; a payment phrase just after a negation ("we have not paid") does not
 * count. Rule-based and pure: no clock, no model.
 *
 * @param text - The reply's text.
 * @param options - The locale, and the day the reply arrived.
 * @returns The outcome, a confidence, the promised date when stated, and the phrases found.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} when `text` is not a string (or is over 100,000 characters),
 * `options.locale` is not a BCP 47 locale, or `options.receivedOn` is not a real `YYYY-MM-DD` date.
 * @category Replies
 * @example
 * ```ts
 * classifyReply('Bonjour, nous paierons le 15/12. Cordialement', { locale: 'fr', receivedOn: '2026-12-02' }).promiseDate;
 * //=> '2026-12-15'
 * classifyReply('STOP', { locale: 'en' }).outcome;
 * //=> 'opt-out'
 * ```
 */
export function classifyReply(text: string, options: ClassifyReplyOptions): ReplyClassification {
  if (typeof text !== 'string')
    throw new InvalidArgumentError(`expected the reply as a string, got ${describeReceived(text)}`, 'text');
  if (text.length > 100_000)
    throw new InvalidArgumentError(
      `expected at most 100,000 characters, got ${text.length}; pass the reply without attachments`,
      'text',
    );
  const { locale, receivedOn } = parseInput(optionsSchema, options, 'options');
  const language = locale.slice(0, 2).toLowerCase();
  const languages: ReplyLanguage[] =
    Object.hasOwn(replyPhrases, language) && language !== 'en' ? [language as ReplyLanguage, 'en'] : ['en'];
  const monthFirst = /^en[-_]us\b/i.test(locale);

  const normalized = normalizeText(stripQuotedText(text));
  const body = normalized.text.trim();
  const keyword = body.replace(/[^\p{L}\p{N} ]/gu, '').trim();
  for (const name of languages) {
    if (replyPhrases[name].optOutKeywords.includes(keyword)) {
      const phrase = originalSlice(
        normalized,
        normalized.text.indexOf(keyword),
        normalized.text.indexOf(keyword) + keyword.length,
      );
      return {
        outcome: 'opt-out',
        confidence: 1,
        reasons: [{ code: 'opt-out', phrase, message: `the reply is the opt-out keyword "${phrase}"` }],
      };
    }
  }

  const found: { outcome: PhraseOutcome; start: number; end: number }[] = [];
  for (const outcome of outcomeOrder) {
    search: for (const name of languages) {
      for (const pattern of globalPhrases[name][outcome]) {
        for (const match of normalized.text.matchAll(pattern)) {
          const end = match.index + match[0].length;
          if (negatable.has(outcome) && isNegated(normalized.text, match.index, end, name, replyPhrases[name]))
            continue;
          found.push({ outcome, start: match.index, end });
          break search;
        }
      }
    }
  }
  const first = found[0];
  if (first === undefined) {
    return {
      outcome: 'other',
      confidence: 0,
      reasons: [
        {
          code: 'other',
          phrase: '',
          message: `no phrase of a known outcome was found (languages tried: ${languages.join(', ')})`,
        },
      ],
    };
  }
  const reasons: ReplyReason[] = found.map(({ outcome, start, end }) => {
    const phrase = originalSlice(normalized, start, end);
    return { code: outcome, phrase, message: `"${phrase}" reads as ${descriptions[outcome]}` };
  });
  const result: ReplyClassification = { outcome: first.outcome, confidence: found.length === 1 ? 0.9 : 0.7, reasons };
  if (first.outcome === 'promise-to-pay') {
    const dates = findStatedDates(
      normalized.text,
      languages.map((name) => replyPhrases[name]),
      monthFirst,
      receivedOn,
    );
    const stated = dates.find((date) => date.start >= first.start) ?? dates[0];
    if (stated !== undefined) {
      const phrase = originalSlice(normalized, stated.start, stated.end);
      if (stated.date !== undefined) {
        result.promiseDate = stated.date;
        reasons.push({ code: 'promise-date', phrase, message: `"${phrase}" is read as ${stated.date}` });
      } else {
        reasons.push({
          code: 'promise-date',
          phrase,
          message: `"${phrase}" could not be resolved to a date${receivedOn === undefined ? ' without options.receivedOn' : ''}`,
        });
      }
    }
  }
  return result;
}
