import { createRandom } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { choleskyFactor, choleskySolve } from './cholesky';

describe('choleskyFactor and choleskySolve', () => {
  it('solves a random symmetric positive definite system', () => {
    const random = createRandom('cholesky');
    const n = 7;
    const m = Float64Array.from({ length: n * n }, () => random.next() - 0.5);
    // A = MᵀM + I is positive definite.
    const a = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        let sum = i === j ? 1 : 0;
        for (let k = 0; k < n; k++) sum += (m[k * n + i] as number) * (m[k * n + j] as number);
        a[i * n + j] = sum;
      }
    }
    const expected = Float64Array.from({ length: n }, () => random.next() * 4 - 2);
    const b = new Float64Array(n);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) b[i] = (b[i] as number) + (a[i * n + j] as number) * (expected[j] as number);
    const l = new Float64Array(n * n);
    expect(choleskyFactor(a, n, l)).toBe(true);
    const x = new Float64Array(n);
    choleskySolve(l, n, b, x);
    for (let i = 0; i < n; i++) expect(x[i]).toBeCloseTo(expected[i] as number, 12);
  });

  it('reports a matrix that is not positive definite', () => {
    const l = new Float64Array(4);
    expect(choleskyFactor(Float64Array.of(1, 2, 2, 1), 2, l)).toBe(false);
    expect(choleskyFactor(Float64Array.of(0, 0, 0, 1), 2, l)).toBe(false);
  });
});
