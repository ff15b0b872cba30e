/**
 * The `q`-quantile of `values[from..to)` with linear interpolation between order statistics (the same
 * definition as `quantileOf` on the sorted values), found by quickselect in expected linear time instead
 * of sorting. Reorders that range of `values` (pass a scratch copy). The range must not be empty.
 */
export function selectQuantile(values: Float64Array, from: number, to: number, q: number): number {
  const position = q * (to - from - 1);
  const lower = Math.floor(position);
  const k = from + lower;
  const low = selectKth(values, from, to, k);
  const fraction = position - lower;
  // After selection everything right of k is >= values[k], so the next order statistic is their minimum.
  let high = low;
  if (fraction > 0) {
    high = values[k + 1] as number;
    for (let at = k + 2; at < to; at++) high = Math.min(high, values[at] as number);
  }
  // The interpolation runs on every call (no arithmetic on a rarely taken path, which would make
  // optimised code bail out when it is first reached).
  const interpolated = low + fraction * (high - low);
  return fraction > 0 ? interpolated : low;
}

/**
 * Rearranges `values[from..to)` so position `k` holds the value it would have if sorted, with no larger
 * value before it and no smaller one after; returns that value. Hoare partitioning around a median of
 * three, which stays fast on the many ties that residuals and bins produce.
 */
export function selectKth(values: Float64Array, from: number, to: number, k: number): number {
  let left = from;
  let right = to - 1;
  while (right > left) {
    const middle = (left + right) >>> 1;
    let a = values[left] as number;
    let b = values[middle] as number;
    const c = values[right] as number;
    if (a > b) {
      const swap = a;
      a = b;
      b = swap;
    }
    const pivot = Math.min(Math.max(c, a), b);
    let i = left;
    let j = right;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i] = values[j] as number;
        values[j] = swap;
        i++;
        j--;
      }
    }
    // Now [left..j] <= pivot <= [i..right], and anything strictly between j and i equals the pivot.
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return values[k] as number;
  }
  return values[k] as number;
}
