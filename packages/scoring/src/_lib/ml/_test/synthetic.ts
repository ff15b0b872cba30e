import type { Random } from '@overdue/core';
import type { FeatureMatrix } from '../matrix';
import { createMatrix } from '../matrix';

/** A standard normal draw (Box-Muller). */
export function normal(random: Random): number {
  const u = 1 - random.next();
  const v = random.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** A matrix from rows of numbers. */
export function matrixOf(rows: readonly (readonly number[])[]): FeatureMatrix {
  const cols = rows[0]?.length ?? 0;
  const x = createMatrix(rows.length, cols);
  rows.forEach((row, index) => {
    x.values.set(row, index * cols);
  });
  return x;
}

/** Row `row` of `x` as a fresh array. */
export function rowOf(x: FeatureMatrix, row: number): Float64Array {
  return x.values.slice(row * x.cols, (row + 1) * x.cols);
}

export function sigmoid(logit: number): number {
  return 1 / (1 + Math.exp(-logit));
}

/** True when every number reachable in a JSON value is finite (JSON would turn NaN and ±Infinity into null). */
export function isFiniteJson(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (value === null) return false;
  if (Array.isArray(value)) return value.every(isFiniteJson);
  if (typeof value === 'object') return Object.values(value as object).every(isFiniteJson);
  return true;
}
