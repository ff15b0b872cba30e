import { describe, expect, it } from 'vitest';
import { smsEncoding } from './sms-encoding';

describe('smsEncoding', () => {
  it('counts plain GSM-7 text one septet per character', () => {
    expect(smsEncoding('Hello')).toEqual({
      encoding: 'GSM-7',
      segments: 1,
      characters: 5,
      units: 5,
      unitsPerSegment: 160,
    });
  });

  it('counts € and ^ as two septets each (GSM 03.38 extension table)', () => {
    expect(smsEncoding('€').units).toBe(2);
    expect(smsEncoding('^').units).toBe(2);
    expect(smsEncoding('{}[]~|\\').units).toBe(14);
    expect(smsEncoding('12 €').encoding).toBe('GSM-7');
  });

  it('keeps accented letters of the basic table in GSM-7 (é, ñ, ü, ß, à)', () => {
    expect(smsEncoding('éñüßàÄÖÑÜ¿¡£¥').encoding).toBe('GSM-7');
  });

  it('switches to UCS-2 for ł, an emoji, a curly apostrophe or a narrow no-break space', () => {
    expect(smsEncoding('Zapłać').encoding).toBe('UCS-2');
    expect(smsEncoding('Thanks 👍').encoding).toBe('UCS-2');
    expect(smsEncoding('l’échéance').encoding).toBe('UCS-2');
    expect(smsEncoding('1\u202F234').encoding).toBe('UCS-2');
  });

  it('counts an emoji as two UTF-16 code units but one character', () => {
    expect(smsEncoding('👍')).toMatchObject({ encoding: 'UCS-2', characters: 1, units: 2 });
  });

  it('fits 160 GSM septets in one segment and needs two for 161', () => {
    expect(smsEncoding('a'.repeat(160)).segments).toBe(1);
    expect(smsEncoding('a'.repeat(161))).toMatchObject({ segments: 2, unitsPerSegment: 153 });
  });

  it('fits 153 septets per concatenated segment: 306 in two, 307 in three', () => {
    expect(smsEncoding('a'.repeat(306)).segments).toBe(2);
    expect(smsEncoding('a'.repeat(307)).segments).toBe(3);
  });

  it('counts 159 letters and a € as 161 septets, two segments', () => {
    expect(smsEncoding(`${'a'.repeat(159)}€`)).toMatchObject({ units: 161, segments: 2 });
  });

  it('never splits an escape sequence: 152 letters then € start a new segment', () => {
    // 152 + 2 would be 154 in the first segment; the € moves to the second one.
    expect(smsEncoding(`${'a'.repeat(152)}€${'a'.repeat(152)}`).segments).toBe(3);
    expect(smsEncoding(`${'a'.repeat(151)}€${'a'.repeat(153)}`).segments).toBe(2);
  });

  it('fits 70 UCS-2 units in one segment and needs two for 71', () => {
    expect(smsEncoding(`ł${'a'.repeat(69)}`).segments).toBe(1);
    expect(smsEncoding(`ł${'a'.repeat(70)}`)).toMatchObject({ segments: 2, unitsPerSegment: 67 });
  });

  it('fits 67 UCS-2 units per concatenated segment: 134 in two, 135 in three', () => {
    expect(smsEncoding(`ł${'a'.repeat(133)}`).segments).toBe(2);
    expect(smsEncoding(`ł${'a'.repeat(134)}`).segments).toBe(3);
  });

  it('never splits a surrogate pair across segments', () => {
    // 66 units then an emoji (2 units) would straddle the 67-unit boundary.
    // 134 units would fit in two segments if the pair could be split; it cannot, so three.
    expect(smsEncoding(`${'ł'.repeat(66)}👍${'a'.repeat(66)}`)).toMatchObject({ units: 134, segments: 3 });
    expect(smsEncoding(`${'ł'.repeat(65)}👍${'a'.repeat(67)}`)).toMatchObject({ units: 134, segments: 2 });
  });

  it('counts an empty text as one segment', () => {
    expect(smsEncoding('')).toMatchObject({ segments: 1, units: 0, characters: 0 });
  });
});
