import { describe, expect, it } from 'vitest';
import { formatWholeMoney } from './format-whole-money';

describe('formatWholeMoney', () => {
  it('rounds to whole major units of the currency', () => {
    expect(formatWholeMoney(24265085, 'EUR', 'en-GB')).toBe('€242,651');
    expect(formatWholeMoney(4678349, 'GBP', 'en-GB')).toBe('£46,783');
    expect(formatWholeMoney(0, 'EUR', 'en-GB')).toBe('€0');
    expect(formatWholeMoney(1234, 'JPY', 'en-GB')).toBe('JP¥1,234');
  });
});
