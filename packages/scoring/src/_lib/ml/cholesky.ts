/**
 * Cholesky factorisation `A = L Lᵀ` of a small symmetric positive definite matrix, for Newton steps.
 * `a` is `n × n` row-major and only its upper triangle is read; `l` receives L (lower triangle, row-major).
 *
 * @returns `false` when a pivot is not positive (the matrix is not numerically positive definite).
 */
export function choleskyFactor(a: Float64Array, n: number, l: Float64Array): boolean {
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      // a is symmetric: A[i][j] for j <= i is stored at A[j][i].
      let sum = a[j * n + i] as number;
      for (let k = 0; k < j; k++) sum -= (l[i * n + k] as number) * (l[j * n + k] as number);
      if (i === j) {
        if (!(sum > 0)) return false;
        l[i * n + i] = Math.sqrt(sum);
      } else {
        l[i * n + j] = sum / (l[j * n + j] as number);
      }
    }
  }
  return true;
}

/** Solves `L Lᵀ x = b` for x (`out` may be `b`), given the factor from {@link choleskyFactor}. */
export function choleskySolve(l: Float64Array, n: number, b: Float64Array, out: Float64Array): void {
  // Forward substitution: L z = b.
  for (let i = 0; i < n; i++) {
    let sum = b[i] as number;
    for (let k = 0; k < i; k++) sum -= (l[i * n + k] as number) * (out[k] as number);
    out[i] = sum / (l[i * n + i] as number);
  }
  // Back substitution: Lᵀ x = z.
  for (let i = n - 1; i >= 0; i--) {
    let sum = out[i] as number;
    for (let k = i + 1; k < n; k++) sum -= (l[k * n + i] as number) * (out[k] as number);
    out[i] = sum / (l[i * n + i] as number);
  }
}
