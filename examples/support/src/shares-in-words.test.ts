import { describe, expect, it } from 'vitest';
import { sharesInWords } from './shares-in-words';

describe('sharesInWords', () => {
  it('lists the shares above zero, largest first, in whole per cent; ties in the order given', () => {
    expect(
      sharesInWords({ prompt: 0.13, forgetful: 0, 'cash-constrained': 0.43, disputer: 0.13, unresponsive: 0.31 }),
    ).toBe('cash-constrained 43%, unresponsive 31%, prompt 13%, disputer 13%');
    expect(sharesInWords({ a: 0 })).toBe('');
  });
});
