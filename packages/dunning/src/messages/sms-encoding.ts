/**
 * How an SMS text is encoded and how many segments it takes.
 *
 * @category Messages
 * @example
 * ```ts
 * const info: SmsEncoding = smsEncoding('Hello');
 * //=> { encoding: 'GSM-7', segments: 1, characters: 5, units: 5, unitsPerSegment: 160 }
 * ```
 */
export interface SmsEncoding {
  /** `'GSM-7'` when every character is in the GSM 03.38 basic or extension table, otherwise `'UCS-2'`. */
  encoding: 'GSM-7' | 'UCS-2';
  /** The number of SMS segments (1 for an empty text). */
  segments: number;
  /** The number of characters (Unicode code points) in the text. */
  characters: number;
  /** Septets for GSM-7 (an extension character such as `€` counts 2), UTF-16 code units for UCS-2. */
  units: number;
  /** Units per segment: 160 / 70 for a single segment, 153 / 67 when the message is concatenated. */
  unitsPerSegment: number;
}

const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENSION = '\f^{}\\[~]|€';
const basic = new Set(GSM_BASIC);
const extension = new Set(GSM_EXTENSION);

/**
 * Works out the encoding and the segment count of an SMS with the GSM 03.38 rules: GSM-7 when every
 * character is in the basic table or the extension table (`^ { } \ [ ~ ] | €` and form feed take two
 * septets), otherwise UCS-2 (UTF-16 code units, so an emoji takes two). One segment holds 160 septets or
 * 70 units; a concatenated message holds 153 or 67 per segment, and a two-septet character or a
 * surrogate pair is never split across two segments.
 *
 * @param text - The message text.
 * @returns The encoding, segments, characters and units.
 * @category Messages
 * @example
 * ```ts
 * smsEncoding('Total: 12 €');
 * //=> { encoding: 'GSM-7', segments: 1, characters: 11, units: 12, unitsPerSegment: 160 }
 * smsEncoding('Zapłać 12 zł');
 * //=> { encoding: 'UCS-2', segments: 1, characters: 12, units: 12, unitsPerSegment: 70 }
 * ```
 */
export function smsEncoding(text: string): SmsEncoding {
  const characters = Array.from(text);
  const gsm = characters.every((character) => basic.has(character) || extension.has(character));
  const sizes = characters.map((character) => (gsm ? (extension.has(character) ? 2 : 1) : character.length));
  const units = sizes.reduce((sum, size) => sum + size, 0);
  const single = gsm ? 160 : 70;
  const encoding = gsm ? 'GSM-7' : 'UCS-2';
  if (units <= single) return { encoding, segments: 1, characters: characters.length, units, unitsPerSegment: single };
  const perSegment = gsm ? 153 : 67;
  let segments = 1;
  let used = 0;
  for (const size of sizes) {
    if (used + size > perSegment) {
      segments += 1;
      used = 0;
    }
    used += size;
  }
  return { encoding, segments, characters: characters.length, units, unitsPerSegment: perSegment };
}
