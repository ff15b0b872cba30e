import { civilDateToDayNumber, dayNumberToCivilDate, dayOfWeek, isCivilDate } from '@overdue/core';
import type { LanguagePhrases } from './reply-phrases';

/** A date stated in a reply. */
export interface StatedDate {
  /** Where it starts in the normalised text. */
  readonly start: number;
  /** Where it ends in the normalised text. */
  readonly end: number;
  /** The civil date, when it could be resolved (a date without a year or a relative one needs `receivedOn`). */
  readonly date: string | undefined;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** A civil date from parts, the year inferred from `receivedOn` when missing (on or after it). */
function resolve(
  year: number | undefined,
  month: number,
  day: number,
  receivedOn: string | undefined,
): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  if (year !== undefined) {
    const full = year < 100 ? 2000 + year : year;
    const text = `${String(full).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
    return isCivilDate(text) ? text : undefined;
  }
  if (receivedOn === undefined) return undefined;
  const received = Number(receivedOn.slice(0, 4));
  for (const candidateYear of [received, received + 1]) {
    const text = `${candidateYear}-${pad(month)}-${pad(day)}`;
    if (isCivilDate(text) && text >= receivedOn) return text;
  }
  return undefined;
}

const isoPattern = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/gu;
const numericPattern = /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\d/-]|[.,]\d)/gu;

/** Every date stated in a normalised reply, in order, resolved where possible. */
export function findStatedDates(
  text: string,
  languages: readonly LanguagePhrases[],
  monthFirst: boolean,
  receivedOn: string | undefined,
): StatedDate[] {
  const found: StatedDate[] = [];
  for (const match of text.matchAll(isoPattern)) {
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      date: resolve(Number(match[1]), Number(match[2]), Number(match[3]), receivedOn),
    });
  }
  for (const match of text.matchAll(numericPattern)) {
    const first = Number(match[1]);
    const second = Number(match[3]);
    const year = match[4] === undefined ? undefined : Number(match[4]);
    const [month, day] = monthFirst ? [first, second] : [second, first];
    const date = resolve(year, month, day, receivedOn);
    // A bare pair like 12.50 is more likely an amount: keep it only when it makes a real date.
    if (date === undefined && (year === undefined || month > 12)) continue;
    found.push({ start: match.index, end: match.index + match[0].length, date });
  }
  for (const language of languages) {
    const monthNames = Object.keys(language.months)
      .sort((a, b) => b.length - a.length)
      .join('|');
    const dayFirst = new RegExp(
      `(?<![\\p{L}\\p{N}])(\\d{1,2})(?:st|nd|rd|th|er|e|\\.|º|o)? (?:de |of )?(${monthNames})\\.?(?![\\p{L}])(?:,? (?:de |del )?(\\d{4}))?`,
      'gu',
    );
    for (const match of text.matchAll(dayFirst)) {
      const month = language.months[match[2] as string] as number;
      found.push({
        start: match.index,
        end: match.index + match[0].length,
        date: resolve(match[3] === undefined ? undefined : Number(match[3]), month, Number(match[1]), receivedOn),
      });
    }
    const monthFirstNames = new RegExp(
      `(?<![\\p{L}\\p{N}])(${monthNames})\\.? (\\d{1,2})(?:st|nd|rd|th)?(?![\\p{N}])(?:,? (\\d{4}))?`,
      'gu',
    );
    for (const match of text.matchAll(monthFirstNames)) {
      const month = language.months[match[1] as string] as number;
      found.push({
        start: match.index,
        end: match.index + match[0].length,
        date: resolve(match[3] === undefined ? undefined : Number(match[3]), month, Number(match[2]), receivedOn),
      });
    }
    const weekdayNames = Object.keys(language.weekdays).join('|');
    const weekday = new RegExp(`(?<![\\p{L}\\p{N}])(${weekdayNames})(?![\\p{L}\\p{N}])`, 'gu');
    for (const match of text.matchAll(weekday)) {
      let date: string | undefined;
      if (receivedOn !== undefined) {
        const target = language.weekdays[match[1] as string] as number;
        const ahead = (target - dayOfWeek(receivedOn) + 7) % 7 || 7;
        date = dayNumberToCivilDate(civilDateToDayNumber(receivedOn) + ahead);
      }
      found.push({ start: match.index, end: match.index + match[0].length, date });
    }
    for (const relative of language.relative) {
      const pattern = new RegExp(relative.pattern.source, `${relative.pattern.flags}g`);
      for (const match of text.matchAll(pattern)) {
        let date: string | undefined;
        if (receivedOn !== undefined) {
          if (relative.endOfMonth === true) {
            const year = Number(receivedOn.slice(0, 4));
            const month = Number(receivedOn.slice(5, 7));
            date = dayNumberToCivilDate(
              civilDateToDayNumber(month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`) - 1,
            );
          } else date = dayNumberToCivilDate(civilDateToDayNumber(receivedOn) + (relative.days ?? 0));
        }
        found.push({ start: match.index, end: match.index + match[0].length, date });
      }
    }
  }
  // Earlier first; of two overlapping mentions, the longer (the more specific) one.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: StatedDate[] = [];
  for (const item of found) {
    const last = kept[kept.length - 1];
    if (last !== undefined && item.start < last.end) continue;
    kept.push(item);
  }
  return kept;
}
