import { describeReceived, InvalidArgumentError } from '@overdue/core';

/**
 * What ages an item: days past its due date (`due-date`, the default and the most common convention) or
 * days since it was issued (`issue-date`).
 *
 * @category Aging
 * @example
 * ```ts
 * const basis: AgingBasis = 'due-date';
 * ```
 */
export type AgingBasis = 'due-date' | 'issue-date';

/**
 * One column of an aging report. Days are inclusive: `{ fromDays: 1, toDays: 30 }` holds items 1 to 30
 * days past due (or old). `toDays` is `null` for the open-ended last bucket.
 *
 * @category Aging
 * @example
 * ```ts
 * const bucket: AgingBucket = { key: '31-60', label: '31-60 days', fromDays: 31, toDays: 60 };
 * ```
 */
export interface AgingBucket {
  /** Stable key: `current`, `1-30`, ..., `121+`. */
  key: string;
  /** A short English label. */
  label: string;
  /** Smallest age in the bucket, inclusive (`null` for `current`: anything not yet past due). */
  fromDays: number | null;
  /** Largest age in the bucket, inclusive; `null` when unbounded. */
  toDays: number | null;
}

/** At most this many edges (so at most 250 buckets, which the aging arithmetic stores in bytes). */
const MAX_BUCKET_EDGES = 248;

/** The default upper edges: 1-30, 31-60, 61-90, 91-120 and 121+ days. */
export const DEFAULT_BUCKET_EDGES: readonly number[] = [30, 60, 90, 120];

/**
 * Builds the bucket list of an aging report from upper edges. On the due-date basis the first bucket is
 * `current` (not yet past due: days past due ≤ 0), then `1-e1`, `e1+1-e2`, ..., `eN+1+`. On the issue-date
 * basis the first bucket is `0-e1`.
 *
 * @param edges - Strictly increasing positive integers, at most 248 of them. Default: `[30, 60, 90, 120]`.
 * @param basis - The aging basis. Default: `due-date`.
 * @returns The buckets, in order.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} when the edges are empty, more than 248, not integers or not increasing.
 * @category Aging
 * @example
 * ```ts
 * agingBuckets([30, 60]).map((bucket) => bucket.key);
 * //=> ['current', '1-30', '31-60', '61+']
 * ```
 */
export function agingBuckets(
  edges: readonly number[] = DEFAULT_BUCKET_EDGES,
  basis: AgingBasis = 'due-date',
): AgingBucket[] {
  if (!Array.isArray(edges) || edges.length === 0)
    throw new InvalidArgumentError('expected at least one bucket edge such as [30, 60, 90]', 'options.buckets');
  if (edges.length > MAX_BUCKET_EDGES) {
    throw new InvalidArgumentError(
      `expected at most ${MAX_BUCKET_EDGES} bucket edges, got ${edges.length}`,
      'options.buckets',
    );
  }
  let previous = 0;
  for (const [index, edge] of edges.entries()) {
    if (!Number.isInteger(edge) || edge <= previous || edge > 36500) {
      throw new InvalidArgumentError(
        `expected an integer edge above ${previous} (edges must increase), got ${describeReceived(edge)}`,
        `options.buckets[${index}]`,
      );
    }
    previous = edge;
  }
  const buckets: AgingBucket[] = [];
  let from = 1;
  if (basis === 'due-date') buckets.push({ key: 'current', label: 'Current', fromDays: null, toDays: 0 });
  else from = 0;
  for (const edge of edges) {
    buckets.push({ key: `${from}-${edge}`, label: `${from}-${edge} days`, fromDays: from, toDays: edge });
    from = edge + 1;
  }
  buckets.push({ key: `${from}+`, label: `${from}+ days`, fromDays: from, toDays: null });
  return buckets;
}

/**
 * A lookup table from age in days to bucket index, for ages 0..last edge + 1; ages below zero map to
 * bucket 0 and ages beyond the table to the last bucket.
 */
export function bucketTable(edges: readonly number[], basis: AgingBasis): Uint8Array {
  const last = edges[edges.length - 1] as number;
  const table = new Uint8Array(last + 2);
  const offset = basis === 'due-date' ? 1 : 0;
  let bucket = 0;
  for (let age = 0; age <= last + 1; age++) {
    if (basis === 'due-date' && age === 0) {
      table[age] = 0;
      continue;
    }
    while (bucket < edges.length && age > (edges[bucket] as number)) bucket++;
    table[age] = bucket + offset;
  }
  return table;
}
