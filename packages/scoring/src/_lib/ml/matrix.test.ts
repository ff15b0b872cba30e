import { describe, expect, it } from 'vitest';
import { assertMatrix, createMatrix } from './matrix';

describe('createMatrix and assertMatrix', () => {
  it('creates a zero-filled row-major matrix', () => {
    const x = createMatrix(3, 2);
    expect(x.rows).toBe(3);
    expect(x.cols).toBe(2);
    expect(x.values).toEqual(new Float64Array(6));
    expect(() => assertMatrix(x, 'x')).not.toThrow();
  });

  it('rejects bad shapes', () => {
    expect(() => createMatrix(-1, 2)).toThrow(/row count/);
    expect(() => createMatrix(2, 1.5)).toThrow(/column count/);
    expect(() => assertMatrix({ rows: 2, cols: 2, values: new Float64Array(3) }, 'x')).toThrow(/rows × cols/);
  });
});
