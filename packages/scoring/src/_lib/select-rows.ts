import type { FeatureMatrix } from './ml/matrix';
import { createMatrix } from './ml/matrix';

/** A new matrix of the given rows of `x`, in that order. */
export function selectRows(x: FeatureMatrix, rows: Int32Array): FeatureMatrix {
  const out = createMatrix(rows.length, x.cols);
  for (let k = 0; k < rows.length; k++) {
    const from = (rows[k] as number) * x.cols;
    out.values.set(x.values.subarray(from, from + x.cols), k * x.cols);
  }
  return out;
}
