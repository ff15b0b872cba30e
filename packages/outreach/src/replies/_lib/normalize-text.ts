/** Text lowered and stripped of accents, with a map from each of its characters back to the original. */
export interface NormalizedText {
  /** Lower case, no combining marks, typographic apostrophes as `'`, runs of spaces as one space. */
  readonly text: string;
  /** `offsets[i]` is the index in the original of the character `text[i]` came from. */
  readonly offsets: readonly number[];
  /** The original text. */
  readonly original: string;
}

/** Normalises text for matching and keeps the way back to the original for quoting phrases. */
export function normalizeText(original: string): NormalizedText {
  let text = '';
  const offsets: number[] = [];
  let lastWasSpace = true;
  for (let index = 0; index < original.length; index += 1) {
    const code = original.charCodeAt(index);
    const char =
      code >= 0xd800 && code <= 0xdbff && index + 1 < original.length
        ? original.slice(index, index + 2)
        : original[index];
    if (char === undefined) continue;
    let mapped = char
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc`´]/g, "'");
    if (char === 'ß') mapped = 'ss';
    if (/^\s+$/u.test(mapped)) {
      if (!lastWasSpace) {
        text += ' ';
        offsets.push(index);
      }
      lastWasSpace = true;
    } else {
      for (const piece of mapped) {
        text += piece;
        offsets.push(index);
      }
      lastWasSpace = false;
    }
    if (char.length === 2) index += 1;
  }
  return { text, offsets, original };
}

/** The original text behind `normalized.text.slice(start, end)`. */
export function originalSlice(normalized: NormalizedText, start: number, end: number): string {
  const from = normalized.offsets[start] ?? 0;
  const last = normalized.offsets[end - 1] ?? from;
  const lastCode = normalized.original.charCodeAt(last);
  return normalized.original.slice(from, last + (lastCode >= 0xd800 && lastCode <= 0xdbff ? 2 : 1));
}
