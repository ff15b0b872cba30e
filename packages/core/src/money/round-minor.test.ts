import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { isRoundingMode, roundMinor } from './round-minor';

describe('roundMinor', () => {
  it('rounds exact minor units with each mode', () => {
    expect(roundMinor('2.5')).toBe(2);
    expect(roundMinor('3.5')).toBe(4);
    expect(roundMinor('2.5', 'half-up')).toBe(3);
    expect(roundMinor('-2.5', 'half-up')).toBe(-3);
    expect(roundMinor('2.9', 'down')).toBe(2);
    expect(roundMinor('2.1', 'up')).toBe(3);
    expect(roundMinor('-2.1', 'floor')).toBe(-3);
    expect(roundMinor('-2.9', 'ceil')).toBe(-2);
    expect(Object.is(roundMinor('-0.4', 'half-even'), 0)).toBe(true);
    expect(roundMinor(new Decimal(10).div(3), 'half-up')).toBe(3);
  });

  it('names a bad mode or an unsafe result', () => {
    expect(() => roundMinor('1', 'HALF_UP' as never)).toThrow(/mode: expected a rounding mode/);
    expect(() => roundMinor('1e20')).toThrow(/value: expected a result within safe integers/);
  });

  it('recognises the rounding mode names', () => {
    expect(['half-even', 'half-up', 'down', 'up', 'floor', 'ceil'].every(isRoundingMode)).toBe(true);
    expect(isRoundingMode('nearest')).toBe(false);
    expect(isRoundingMode(2)).toBe(false);
  });
});
