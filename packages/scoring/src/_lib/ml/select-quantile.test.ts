import { createRandom } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { quantileOf } from './metrics';
import { selectKth, selectQuantile } from './select-quantile';

describe('selectQuantile', () => {
  it('equals quantileOf on the sorted values, ties and all', () => {
    const random = createRandom('select');
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + random.integer(60);
      const distinct = 1 + random.integer(8);
      const values = Float64Array.from({ length: n }, () => random.integer(distinct) - random.next() * (trial % 2));
      const sorted = values.slice().sort();
      for (const q of [0, 0.1, 0.5, 0.9, 0.999, 1, random.next()]) {
        expect(selectQuantile(values.slice(), 0, n, q)).toBe(quantileOf(sorted, q));
      }
    }
  });

  it('works on a sub-range and leaves the k-th value in place', () => {
    const values = Float64Array.of(100, 5, 3, 9, 1, 7, -100);
    expect(selectQuantile(values, 1, 6, 0.5)).toBe(5);
    expect(values[0]).toBe(100);
    expect(values[6]).toBe(-100);
    const other = Float64Array.of(4, 4, 1, 4, 2, 4, 3);
    expect(selectKth(other, 0, 7, 2)).toBe(3);
    expect(other[2]).toBe(3);
    expect(Math.max(...other.subarray(0, 2))).toBeLessThanOrEqual(3);
    expect(Math.min(...other.subarray(3))).toBeGreaterThanOrEqual(3);
  });
});
