import { InvalidArgumentError, OverdueError } from '@overdue/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agingBuckets, bucketTable, DEFAULT_BUCKET_EDGES } from './aging-buckets';

/** Every kind of value fast-check can build, including BigInts and objects without a prototype. */
const anythingSettings = {
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
} as const;

/** The bucket an age falls in, worked out from the edges with no lookup table (the reference). */
function referenceBucket(age: number, edges: readonly number[], basis: 'due-date' | 'issue-date'): number {
  if (basis === 'due-date' && age <= 0) return 0;
  const offset = basis === 'due-date' ? 1 : 0;
  for (const [index, edge] of edges.entries()) if (age <= edge) return index + offset;
  return edges.length + offset;
}

describe('agingBuckets', () => {
  it('has the default due-date columns: current, 1-30, 31-60, 61-90, 91-120, 121+', () => {
    // Reference 3.1 / guide: edges [30, 60, 90, 120], inclusive upper bounds.
    expect(DEFAULT_BUCKET_EDGES).toEqual([30, 60, 90, 120]);
    expect(agingBuckets()).toEqual([
      { key: 'current', label: 'Current', fromDays: null, toDays: 0 },
      { key: '1-30', label: '1-30 days', fromDays: 1, toDays: 30 },
      { key: '31-60', label: '31-60 days', fromDays: 31, toDays: 60 },
      { key: '61-90', label: '61-90 days', fromDays: 61, toDays: 90 },
      { key: '91-120', label: '91-120 days', fromDays: 91, toDays: 120 },
      { key: '121+', label: '121+ days', fromDays: 121, toDays: null },
    ]);
  });

  it('starts the issue-date basis with 0-30 and has no current column', () => {
    expect(agingBuckets(undefined, 'issue-date')).toEqual([
      { key: '0-30', label: '0-30 days', fromDays: 0, toDays: 30 },
      { key: '31-60', label: '31-60 days', fromDays: 31, toDays: 60 },
      { key: '61-90', label: '61-90 days', fromDays: 61, toDays: 90 },
      { key: '91-120', label: '91-120 days', fromDays: 91, toDays: 120 },
      { key: '121+', label: '121+ days', fromDays: 121, toDays: null },
    ]);
  });

  it.each([
    [[15, 30, 60], 'due-date', ['current', '1-15', '16-30', '31-60', '61+']],
    [[15, 30, 60], 'issue-date', ['0-15', '16-30', '31-60', '61+']],
    [[1], 'due-date', ['current', '1-1', '2+']],
    [[1, 2], 'issue-date', ['0-1', '2-2', '3+']],
    [[36500], 'due-date', ['current', '1-36500', '36501+']],
  ] as const)('builds custom edges %j on the %s basis', (edges, basis, keys) => {
    expect(agingBuckets(edges, basis).map((bucket) => bucket.key)).toEqual(keys);
  });

  it('gives inclusive from/to days for custom edges', () => {
    expect(agingBuckets([7, 14]).map((bucket) => [bucket.fromDays, bucket.toDays])).toEqual([
      [null, 0],
      [1, 7],
      [8, 14],
      [15, null],
    ]);
  });

  it.each([
    [[], 'options.buckets', 'expected at least one bucket edge such as [30, 60, 90]'],
    ['30,60' as unknown as number[], 'options.buckets', 'expected at least one bucket edge such as [30, 60, 90]'],
    [[0, 30], 'options.buckets[0]', 'expected an integer edge above 0 (edges must increase), got number 0'],
    [[-5], 'options.buckets[0]', 'expected an integer edge above 0 (edges must increase), got number -5'],
    [[30, 30], 'options.buckets[1]', 'expected an integer edge above 30 (edges must increase), got number 30'],
    [[30, 20], 'options.buckets[1]', 'expected an integer edge above 30 (edges must increase), got number 20'],
    [[30, 45.5], 'options.buckets[1]', 'expected an integer edge above 30 (edges must increase), got number 45.5'],
    [[30, Number.NaN], 'options.buckets[1]', 'expected an integer edge above 30 (edges must increase), got number NaN'],
    [
      ['30'] as unknown as number[],
      'options.buckets[0]',
      'expected an integer edge above 0 (edges must increase), got "30"',
    ],
    [[36501], 'options.buckets[0]', 'expected an integer edge above 0 (edges must increase), got number 36501'],
  ])('rejects edges %j at %s', (edges, path, message) => {
    let thrown: unknown;
    try {
      agingBuckets(edges);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidArgumentError);
    expect((thrown as InvalidArgumentError).path).toBe(path);
    expect((thrown as InvalidArgumentError).message).toBe(`${path}: ${message}`);
  });

  it('covers every whole day exactly once: each bucket starts the day after the previous ends', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 36500 }), { minLength: 1, maxLength: 12 }),
        fc.constantFrom('due-date' as const, 'issue-date' as const),
        (raw, basis) => {
          const edges = [...raw].sort((a, b) => a - b);
          const buckets = agingBuckets(edges, basis);
          expect(buckets.length).toBe(edges.length + (basis === 'due-date' ? 2 : 1));
          const first = basis === 'due-date' ? 1 : 0;
          const pastDue = basis === 'due-date' ? buckets.slice(1) : buckets;
          expect(pastDue[0]?.fromDays).toBe(first);
          for (let index = 1; index < pastDue.length; index++) {
            expect(pastDue[index]?.fromDays).toBe((pastDue[index - 1]?.toDays as number) + 1);
          }
          expect(pastDue.at(-1)?.toDays).toBeNull();
          expect(new Set(buckets.map((bucket) => bucket.key)).size).toBe(buckets.length);
        },
      ),
    );
  });
});

describe('bucketTable', () => {
  it.each([
    // [age in days past due, bucket index] on the default due-date edges: 0 current, 1 1-30, 2 31-60,
    // 3 61-90, 4 91-120, 5 121+ (reference 3.1: "between 31 and 60 days overdue" is 31-60).
    [0, 0],
    [1, 1],
    [30, 1],
    [31, 2],
    [60, 2],
    [61, 3],
    [90, 3],
    [91, 4],
    [120, 4],
    [121, 5],
  ])('maps %i days past due to bucket %i on the due-date basis', (age, bucket) => {
    expect(bucketTable(DEFAULT_BUCKET_EDGES, 'due-date')[age]).toBe(bucket);
  });

  it.each([
    // Issue-date basis: 0 0-30, 1 31-60, 2 61-90, 3 91-120, 4 121+.
    [0, 0],
    [30, 0],
    [31, 1],
    [120, 3],
    [121, 4],
  ])('maps %i days since issue to bucket %i on the issue-date basis', (age, bucket) => {
    expect(bucketTable(DEFAULT_BUCKET_EDGES, 'issue-date')[age]).toBe(bucket);
  });

  it('covers ages up to one past the last edge', () => {
    // Ages beyond the table go to the last bucket in ageReceivables; the table must reach last + 1.
    expect(bucketTable([30, 60], 'due-date').length).toBeGreaterThanOrEqual(62);
    expect(bucketTable([30, 60], 'due-date')[61]).toBe(3);
  });

  it('agrees with a direct reading of the edges for random edges and ages', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('due-date' as const, 'issue-date' as const),
        (raw, basis) => {
          const edges = [...raw].sort((a, b) => a - b);
          const table = bucketTable(edges, basis);
          const last = edges.at(-1) as number;
          for (let age = 0; age <= last + 1; age++) expect(table[age]).toBe(referenceBucket(age, edges, basis));
        },
      ),
    );
  });

  // Fixed (was a bug): bucketTable stores bucket indices in a Uint8Array, so with more than 255 buckets (daily buckets
  // for a year: edges 1..300, all valid since each edge is an increasing integer <= 36500) the index wraps
  // modulo 256: 280 days past due maps to bucket 24 instead of 280.
  it('accepts 248 daily edges and maps each age to its own bucket, and rejects more', () => {
    const edges = Array.from({ length: 248 }, (_, index) => index + 1);
    expect(agingBuckets(edges)).toHaveLength(250);
    // Edge k is bucket k on the due-date basis (bucket 0 is current), so 240 days past due is bucket 240.
    expect(bucketTable(edges, 'due-date')[240]).toBe(240);
    expect(() => agingBuckets([...edges, 249])).toThrow('options.buckets: expected at most 248 bucket edges, got 249');
  });

  it('throws only OverdueErrors for arbitrary edges', () => {
    const settings = anythingSettings;
    fc.assert(
      fc.property(fc.oneof(fc.anything(settings), fc.array(fc.anything(settings), { minLength: 1 })), (edges) => {
        try {
          agingBuckets(edges as number[]);
        } catch (error) {
          expect(OverdueError.isInstance(error)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  // Fixed (was a bug): the edge error message is built with String(edge), which throws a TypeError ("Cannot convert
  // object to primitive value") for an object without a prototype, instead of an InvalidArgumentError.
  it('rejects an edge that is an object without a prototype with an InvalidArgumentError', () => {
    expect(() => agingBuckets([Object.create(null) as number])).toThrow(InvalidArgumentError);
  });
});
