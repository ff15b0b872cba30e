import { createRandom } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { matrixOf, normal } from './_test/synthetic';
import type { BinnedFeatures } from './gbdt-bins';
import { BIN_SAMPLE_ROWS, binFeatures, MAX_JOINT_BINS } from './gbdt-bins';
import { createMatrix } from './matrix';

/** The edges of feature `col`. */
function edgesOf(bins: BinnedFeatures, col: number): number[] {
  const start = bins.binStart[col] as number;
  const end = (bins.binStart[col + 1] as number) - 1;
  return Array.from(bins.edges.subarray(start, end));
}

/** Checks every value's bin: the number of edges below it, so `value <= edges[b]` iff `bin <= b`. */
function expectConsistent(bins: BinnedFeatures, values: Float64Array): void {
  for (let col = 0; col < bins.cols; col++) {
    const edges = edgesOf(bins, col);
    for (let k = 1; k < edges.length; k++) expect(edges[k]).toBeGreaterThan(edges[k - 1] as number);
    for (let row = 0; row < bins.rows; row++) {
      const value = values[row * bins.cols + col] as number;
      expect(bins.columns[col * bins.rows + row]).toBe(edges.filter((edge) => edge < value).length);
    }
  }
}

describe('binFeatures', () => {
  it('gives each of a few distinct values its own bin, split at midpoints', () => {
    const x = matrixOf([[3], [1], [2], [1], [3], [10]]);
    const bins = binFeatures(x, 64);
    expect(edgesOf(bins, 0)).toEqual([1.5, 2.5, 6.5]);
    expect(Array.from(bins.columns)).toEqual([2, 0, 1, 0, 2, 3]);
    expectConsistent(bins, x.values);
  });

  it('fills at most maxBins bins with about equal counts from continuous values', () => {
    const random = createRandom('bins');
    const rows = 5_000;
    const x = createMatrix(rows, 2);
    for (let k = 0; k < x.values.length; k++) x.values[k] = k % 2 === 0 ? random.next() : Math.exp(3 * normal(random));
    const bins = binFeatures(x, 16);
    for (let col = 0; col < 2; col++) {
      expect(edgesOf(bins, col).length + 1).toBeLessThanOrEqual(16);
      const counts = new Array<number>(16).fill(0);
      for (let row = 0; row < rows; row++) {
        const bin = bins.columns[col * rows + row] as number;
        counts[bin] = (counts[bin] as number) + 1;
      }
      for (const count of counts.slice(0, edgesOf(bins, col).length + 1)) {
        expect(count).toBeGreaterThan(rows / 16 / 2);
        expect(count).toBeLessThan((rows / 16) * 2);
      }
    }
    expectConsistent(bins, x.values);
  });

  it('isolates a heavily tied value in a bin of its own', () => {
    const random = createRandom('ties');
    const x = createMatrix(4_000, 1);
    for (let row = 0; row < 4_000; row++) x.values[row] = row % 2 === 0 ? 0 : random.next() * 2 - 1;
    const bins = binFeatures(x, 32);
    const zeroBin = bins.columns[0] as number;
    for (let row = 0; row < 4_000; row++) {
      expect(bins.columns[row] === zeroBin).toBe(x.values[row] === 0);
    }
    expectConsistent(bins, x.values);
  });

  it('keeps a rare extreme value separable when the edges come from a sample', () => {
    const rows = BIN_SAMPLE_ROWS * 3 + 7;
    const x = createMatrix(rows, 1);
    x.values[12_345] = 1;
    const bins = binFeatures(x, 64);
    expect(edgesOf(bins, 0)).toEqual([0.5]);
    expect(bins.columns[12_345]).toBe(1);
  });

  it('bundles features with few bins so every row still reaches each feature’s bin', () => {
    const random = createRandom('bundles');
    const rows = 300;
    const x = createMatrix(rows, 7);
    for (let row = 0; row < rows; row++) {
      x.values.set(
        [
          random.next(),
          random.integer(2),
          random.integer(3),
          7,
          random.integer(5),
          random.next() * 9,
          random.integer(16),
        ],
        row * 7,
      );
    }
    const bins = binFeatures(x, 64);
    expectConsistent(bins, x.values);
    // Constant column 3 gets no unit; 2- 3- and 5-bin features share one; the 16-bin one is alone.
    expect(bins.units).toBe(4);
    expect(bins.wordsPerRow).toBe(2);
    expect(bins.histogramBins - (bins.binStart[7] as number)).toBeLessThanOrEqual(MAX_JOINT_BINS);
    for (let row = 0; row < rows; row++) {
      const reached = new Set<number>();
      for (let unit = 0; unit < bins.units; unit++) {
        const word = bins.codeWords[row * bins.wordsPerRow + (unit >> 1)] as number;
        const code = unit % 2 === 0 ? word & 0xffff : word >>> 16;
        if (code < 2 * (bins.binStart[7] as number)) reached.add(code);
        for (let pair = 0; pair < bins.expandFrom.length; pair++) {
          if (bins.expandFrom[pair] === code) reached.add(bins.expandTo[pair] as number);
        }
      }
      const expected = new Set<number>();
      for (let col = 0; col < 7; col++) {
        if (col !== 3) expected.add(2 * ((bins.binStart[col] as number) + (bins.columns[col * rows + row] as number)));
      }
      expect(reached).toEqual(expected);
    }
  });
});
