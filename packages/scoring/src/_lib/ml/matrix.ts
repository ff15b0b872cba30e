import { InvalidArgumentError } from '@overdue/core';

/**
 * A dense matrix of features, one row per example, stored row-major in a single `Float64Array` so models
 * read a row's features from one cache line or two and nothing is allocated per row. Values must be
 * finite (callers guarantee no NaN).
 */
export interface FeatureMatrix {
  readonly rows: number;
  readonly cols: number;
  /** Row-major: feature `j` of row `i` is at `i * cols + j`; length `rows * cols`. */
  readonly values: Float64Array;
}

/** A zero-filled {@link FeatureMatrix} of `rows × cols`. */
export function createMatrix(rows: number, cols: number): FeatureMatrix {
  if (!(Number.isInteger(rows) && rows >= 0))
    throw new InvalidArgumentError(`expected a row count, got ${rows}`, 'rows');
  if (!(Number.isInteger(cols) && cols >= 0))
    throw new InvalidArgumentError(`expected a column count, got ${cols}`, 'cols');
  return { rows, cols, values: new Float64Array(rows * cols) };
}

/** Throws unless `x` is a well-formed matrix (its values array holds exactly `rows * cols` numbers). */
export function assertMatrix(x: FeatureMatrix, path: string): void {
  if (
    !(Number.isInteger(x.rows) && x.rows >= 0 && Number.isInteger(x.cols) && x.cols >= 0) ||
    !(x.values instanceof Float64Array) ||
    x.values.length !== x.rows * x.cols
  ) {
    throw new InvalidArgumentError('expected a matrix whose values hold rows × cols numbers', path);
  }
}
