import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GroupSumsResult } from './partitioned-group-sums';
import { PartitionedGroupSums } from './partitioned-group-sums';

interface Row {
  key: string;
  tag: number;
  column: number;
  amount: number;
}

interface Group {
  key: string;
  tag: number;
  sums: number[];
  count: number;
}

/**
 * The reference: an exact GROUP BY (key, tag) with a Map, BigInt sums and groups in order of first row.
 * Sums are converted back to numbers only after checking they are exact.
 */
function referenceGroups(rows: readonly Row[], columns: number, countedColumns: number): Group[] {
  const byTag = new Map<number, Map<string, { key: string; tag: number; sums: bigint[]; count: number }>>();
  const order: { key: string; tag: number; sums: bigint[]; count: number }[] = [];
  for (const { key, tag, column, amount } of rows) {
    let byKey = byTag.get(tag);
    if (byKey === undefined) {
      byKey = new Map();
      byTag.set(tag, byKey);
    }
    let group = byKey.get(key);
    if (group === undefined) {
      group = { key, tag, sums: new Array<bigint>(columns).fill(0n), count: 0 };
      byKey.set(key, group);
      order.push(group);
    }
    group.sums[column] = (group.sums[column] as bigint) + BigInt(amount);
    if (column < countedColumns) group.count++;
  }
  return order.map(({ key, tag, sums, count }) => ({
    key,
    tag,
    sums: sums.map((sum) => {
      if (sum > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error('test data must keep sums exact');
      return Number(sum);
    }),
    count,
  }));
}

/** The groups of a result, in the same shape as the reference. */
function groupsOf(result: GroupSumsResult, columns: number): Group[] {
  expect(result.keys).toHaveLength(result.groups);
  expect(result.tags).toHaveLength(result.groups);
  expect(result.counts).toHaveLength(result.groups);
  expect(result.sums).toHaveLength(result.groups * columns);
  return result.keys.map((key, group) => ({
    key,
    tag: result.tags[group] as number,
    sums: Array.from(result.sums.subarray(group * columns, (group + 1) * columns)),
    count: result.counts[group] as number,
  }));
}

/** Compares groups element by element (toEqual on 100,000 groups at once is slow); reports the first difference. */
function expectSameGroups(actual: readonly Group[], expected: readonly Group[]): void {
  expect(actual.length).toBe(expected.length);
  for (let index = 0; index < expected.length; index++) {
    const a = actual[index] as Group;
    const e = expected[index] as Group;
    if (
      a.key !== e.key ||
      a.tag !== e.tag ||
      a.count !== e.count ||
      a.sums.some((sum, column) => sum !== e.sums[column])
    ) {
      expect({ index, ...a }).toEqual({ index, ...e });
    }
  }
}

function group(rows: readonly Row[], columns: number, countedColumns: number, expectedRows?: number): Group[] {
  const sums = new PartitionedGroupSums(columns, countedColumns, expectedRows);
  for (const { key, tag, column, amount } of rows) sums.add(key, tag, column, amount);
  return groupsOf(sums.finish(), columns);
}

/** A small seeded generator (mulberry32), so large data sets are reproducible without fast-check shrinking. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Keys designed to defeat a grouping that is not exact: near-duplicates (one code unit changed, a trailing
 * NUL so the packed words are equal but the lengths differ, a prefix), surrogate pairs and lone surrogates,
 * code units with the top bit set (negative packed words), and long keys (over 4,096 units).
 */
function trickyKeys(random: () => number, count: number): string[] {
  const keys = new Set<string>([
    '',
    'a',
    'a\u0000',
    'a\u0000\u0000',
    '\u0000',
    '\u0000a',
    'ab',
    'ba',
    '😀',
    '\ud83d',
    '\ude00',
  ]);
  const codeUnit = () => {
    const pick = random();
    if (pick < 0.5) return 97 + Math.floor(random() * 4);
    if (pick < 0.7) return Math.floor(random() * 0x10000);
    if (pick < 0.85) return 0xd800 + Math.floor(random() * 0x800);
    return pick < 0.95 ? 0x8000 + Math.floor(random() * 0x8000) : 0;
  };
  while (keys.size < count) {
    const length = random() < 0.02 ? 4000 + Math.floor(random() * 500) : Math.floor(random() * 12);
    const units: number[] = [];
    for (let index = 0; index < length; index++) units.push(codeUnit());
    const key = String.fromCharCode(...units);
    keys.add(key);
    if (key.length > 0) {
      const at = Math.floor(random() * key.length);
      keys.add(key.slice(0, at) + String.fromCharCode(key.charCodeAt(at) ^ 1) + key.slice(at + 1));
      keys.add(key.slice(0, -1));
    }
    keys.add(`${key}\u0000`);
    keys.add(`${key}😀`);
  }
  return [...keys];
}

function randomRows(seed: number, rowCount: number, keyCount: number, columns: number, tags: number): Row[] {
  const random = seeded(seed);
  const keys = trickyKeys(random, keyCount);
  const rows: Row[] = [];
  for (let index = 0; index < rowCount; index++) {
    rows.push({
      key: keys[Math.floor(random() * keys.length)] as string,
      tag: Math.floor(random() * tags),
      column: Math.floor(random() * columns),
      amount: Math.floor(random() * 1_000_000_000),
    });
  }
  return rows;
}

const codeUnitString = (maxLength: number) =>
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength });

/** Key pools for fast-check: random keys plus their one-unit variations and NUL-padded twins. */
const keyPool = fc
  .array(fc.oneof(codeUnitString(8), fc.string({ unit: 'binary', maxLength: 6 }), fc.string({ maxLength: 300 })), {
    minLength: 1,
    maxLength: 30,
  })
  .map((keys) => [
    ...keys,
    ...keys.map((key) => `${key}\u0000`),
    ...keys
      .filter((key) => key.length > 0)
      .map((key) => `${key.slice(0, -1)}${String.fromCharCode(key.charCodeAt(key.length - 1) ^ 1)}`),
  ]);

const rowsArbitrary = (minRows: number, maxRows: number) =>
  fc.integer({ min: 1, max: 8 }).chain((columns) =>
    fc.record({
      columns: fc.constant(columns),
      countedColumns: fc.integer({ min: 0, max: columns }),
      rows: keyPool.chain((keys) =>
        fc.array(
          fc.record({
            key: fc.constantFrom(...keys),
            tag: fc.integer({ min: 0, max: 3 }),
            column: fc.integer({ min: 0, max: columns - 1 }),
            amount: fc.integer({ min: 0, max: 1_000_000_000_000 }),
          }),
          { minLength: minRows, maxLength: maxRows, size: 'max' },
        ),
      ),
    }),
  );

describe('PartitionedGroupSums', () => {
  it('sums per (key, tag) and column, counts rows in counted columns, in order of first row', () => {
    const sums = new PartitionedGroupSums(3, 2);
    sums.add('B', 0, 0, 100);
    sums.add('A', 0, 1, 5);
    sums.add('B', 1, 0, 7); // same key, other tag: a separate group
    sums.add('B', 0, 2, 40); // column 2 is not counted
    sums.add('B', 0, 1, 1);
    const result = sums.finish();
    // By hand: B/0 = [100, 1, 40] from 3 rows of which 2 counted; A/0 = [0, 5, 0]; B/1 = [7, 0, 0].
    expect(groupsOf(result, 3)).toEqual([
      { key: 'B', tag: 0, sums: [100, 1, 40], count: 2 },
      { key: 'A', tag: 0, sums: [0, 5, 0], count: 1 },
      { key: 'B', tag: 1, sums: [7, 0, 0], count: 1 },
    ]);
  });

  it('returns no groups when nothing was added', () => {
    const result = new PartitionedGroupSums(2, 2).finish();
    expect([
      result.groups,
      result.keys,
      Array.from(result.tags),
      Array.from(result.sums),
      Array.from(result.counts),
    ]).toEqual([0, [], [], [], []]);
  });

  it.each([
    ['a', 'a\u0000'],
    ['a\u0000', 'a\u0000\u0000'],
    ['', '\u0000'],
    ['ab', 'ba'],
    ['abc', 'abd'],
    ['\ud83d\ude00', '\ude00\ud83d'],
    ['\ud83d', '\ud83d\ude00'],
    ['\uffff', '\uffff\u0000'],
    ['\u8000\u0001', '\u0001\u8000'],
  ])('keeps %j and %j apart and decodes both exactly', (first, second) => {
    // Each key once in column 0 with a distinct amount: two groups, keys unchanged.
    const groups = group(
      [
        { key: first, tag: 0, column: 0, amount: 1 },
        { key: second, tag: 0, column: 0, amount: 2 },
        { key: first, tag: 0, column: 0, amount: 10 },
      ],
      1,
      1,
    );
    expect(groups).toEqual([
      { key: first, tag: 0, sums: [11], count: 2 },
      { key: second, tag: 0, sums: [2], count: 1 },
    ]);
  });

  it('keeps apart keys of equal length whose hashes collide', () => {
    // Pairs found by brute force against the row hash at the time of writing (same 32-bit hash, same
    // length): only the exact comparison of the key's words can tell them apart.
    const pairs = [
      ['CU9pYyu8', 'CxqpY26p'],
      ['Cnj1HoUZ', 'CvQ1J8H8'],
      ['CS4frcfz', 'CSreX6Mi'],
    ];
    const rows: Row[] = pairs.flatMap(([first, second], index) => [
      { key: first as string, tag: 0, column: 0, amount: index * 10 + 1 },
      { key: second as string, tag: 0, column: 0, amount: index * 10 + 2 },
      { key: first as string, tag: 0, column: 0, amount: 100 },
    ]);
    expect(group(rows, 1, 1)).toEqual(referenceGroups(rows, 1, 1));
    expect(group(rows, 1, 1)).toHaveLength(6);
  });

  it('returns each row’s group and each group’s first row when asked (rowGroups)', () => {
    const rows = randomRows(61, 7_000, 2_500, 2, 2);
    const sums = new PartitionedGroupSums(2, 2);
    for (const { key, tag, column, amount } of rows) sums.add(key, tag, column, amount);
    const result = sums.finish({ rowGroups: true });
    // Reference: groups numbered in order of first appearance.
    const numbering = new Map<string, number>();
    const expectedFirst: number[] = [];
    const expectedGroups = rows.map(({ key, tag }, row) => {
      const id = `${tag}|${key}`;
      let number = numbering.get(id);
      if (number === undefined) {
        number = numbering.size;
        numbering.set(id, number);
        expectedFirst.push(row);
      }
      return number;
    });
    expect(Array.from(result.rowGroups ?? [])).toEqual(expectedGroups);
    expect(Array.from(result.firstRows)).toEqual(expectedFirst);
    expectSameGroups(groupsOf(result, 2), referenceGroups(rows, 2, 2));
  });

  it('groups the same way without decoding keys (decodeKeys: false) and with no columns', () => {
    const rows = randomRows(62, 3_000, 1_000, 1, 1).map((row) => ({ ...row, column: 0, amount: 0 }));
    const sums = new PartitionedGroupSums(0, 0);
    for (const { key, tag } of rows) sums.add(key, tag, 0, 0);
    const result = sums.finish({ rowGroups: true, decodeKeys: false });
    const expected = referenceGroups(rows, 1, 1);
    expect(result.groups).toBe(expected.length);
    expect(result.keys).toEqual([]);
    expect(Array.from(result.counts)).toEqual(expected.map(() => 0));
    // Rows with the same key share a group; rows with different keys never do.
    const groupOfKey = new Map<string, number>();
    (result.rowGroups as Int32Array).forEach((groupNumber, row) => {
      const key = `${(rows[row] as Row).tag}|${(rows[row] as Row).key}`;
      const known = groupOfKey.get(key);
      if (known === undefined) groupOfKey.set(key, groupNumber);
      else expect(groupNumber).toBe(known);
    });
    expect(new Set(groupOfKey.values()).size).toBe(groupOfKey.size);
  });

  it('accepts the empty string as a key', () => {
    expect(group([{ key: '', tag: 2, column: 1, amount: 9 }], 2, 2)).toEqual([
      { key: '', tag: 2, sums: [0, 9], count: 1 },
    ]);
  });

  it('decodes keys longer than 4,096 code units', () => {
    const long = Array.from({ length: 10_000 }, (_, index) => String.fromCharCode((index * 7919) % 0x10000)).join('');
    const groups = group(
      [
        { key: long, tag: 0, column: 0, amount: 3 },
        { key: `${long}x`, tag: 0, column: 0, amount: 4 },
        { key: long, tag: 0, column: 0, amount: 5 },
      ],
      1,
      1,
    );
    expect(groups.map((entry) => [entry.key === long, entry.key === `${long}x`, entry.sums[0]])).toEqual([
      [true, false, 8],
      [false, true, 4],
    ]);
  });

  it('groups exactly like a Map for random rows and keys (property)', () => {
    fc.assert(
      fc.property(rowsArbitrary(0, 300), ({ columns, countedColumns, rows }) => {
        expectSameGroups(group(rows, columns, countedColumns), referenceGroups(rows, columns, countedColumns));
      }),
      { numRuns: 300 },
    );
  });

  it('groups exactly like a Map when more than 5,000 rows spread over several partitions (property)', () => {
    // Above ~2,048 rows per partition the rows are scattered into 2^k partitions by hash.
    fc.assert(
      fc.property(rowsArbitrary(5_001, 6_500), ({ columns, countedColumns, rows }) => {
        expectSameGroups(group(rows, columns, countedColumns, 16), referenceGroups(rows, columns, countedColumns));
      }),
      { numRuns: 15 },
    );
  });

  it.each([
    // [seed, rows, distinct keys (at least), columns, tags]
    [1, 5_001, 1_500, 7, 3],
    [2, 20_000, 20_000, 2, 1],
    [3, 60_000, 2_000, 6, 4],
    [4, 120_000, 40_000, 7, 2],
  ])('groups exactly like a Map for a seeded set (seed %i, %i rows)', (seed, rowCount, keyCount, columns, tags) => {
    const rows = randomRows(seed, rowCount, keyCount, columns, tags);
    expectSameGroups(group(rows, columns, columns - 1), referenceGroups(rows, columns, columns - 1));
  });

  it('gives the same groups whatever the capacity hint', () => {
    const rows = randomRows(5, 9_000, 3_000, 3, 2);
    const expected = referenceGroups(rows, 3, 3);
    expect(group(rows, 3, 3, 1)).toEqual(expected);
    expect(group(rows, 3, 3, 9_000)).toEqual(expected);
    expect(group(rows, 3, 3, 1_000_000)).toEqual(expected);
  });

  describe('scratch buffers', () => {
    it('reuses them safely across consecutive computations, large then small then large', () => {
      const large = randomRows(11, 40_000, 10_000, 4, 3);
      const small = randomRows(12, 50, 20, 4, 3);
      const other = randomRows(13, 30_000, 25_000, 4, 2);
      const first = new PartitionedGroupSums(4, 4);
      for (const row of large) first.add(row.key, row.tag, row.column, row.amount);
      const firstResult = first.finish();
      const firstGroups = groupsOf(firstResult, 4);
      expectSameGroups(firstGroups, referenceGroups(large, 4, 4));
      expectSameGroups(group(small, 4, 4), referenceGroups(small, 4, 4));
      expectSameGroups(group(other, 4, 4), referenceGroups(other, 4, 4));
      // The first result does not share memory with the buffers the later computations reused.
      expectSameGroups(groupsOf(firstResult, 4), firstGroups);
    });

    it('reuses them safely after a computation that was discarded part-way (as after an error)', () => {
      const abandoned = new PartitionedGroupSums(5, 5);
      for (const row of randomRows(21, 30_000, 9_000, 5, 4)) abandoned.add(row.key, row.tag, row.column, row.amount);
      abandoned.discard();
      const rows = randomRows(22, 7_000, 2_000, 5, 4);
      expectSameGroups(group(rows, 5, 5), referenceGroups(rows, 5, 5));
      const few = [
        { key: 'x', tag: 0, column: 0, amount: 1 },
        { key: 'y', tag: 1, column: 4, amount: 2 },
      ];
      expectSameGroups(group(few, 5, 5), referenceGroups(few, 5, 5));
    });

    it('stays exact when a computation is abandoned without being discarded or finished', () => {
      const abandoned = new PartitionedGroupSums(2, 2);
      for (const row of randomRows(31, 10_000, 3_000, 2, 2)) abandoned.add(row.key, row.tag, row.column, row.amount);
      const rows = randomRows(32, 6_000, 1_000, 2, 2);
      expectSameGroups(group(rows, 2, 2), referenceGroups(rows, 2, 2));
    });

    it('keeps two computations that run at the same time apart', () => {
      const left = randomRows(41, 8_000, 2_000, 3, 2);
      const right = randomRows(42, 8_000, 2_000, 3, 2);
      const a = new PartitionedGroupSums(3, 3);
      const b = new PartitionedGroupSums(3, 3);
      for (let index = 0; index < left.length; index++) {
        const l = left[index] as Row;
        const r = right[index] as Row;
        a.add(l.key, l.tag, l.column, l.amount);
        b.add(r.key, r.tag, r.column, r.amount);
      }
      const resultA = a.finish();
      // `a` returned its buffers; a third computation takes them while `b` is still adding into its own.
      const third = randomRows(43, 3_000, 500, 3, 2);
      expectSameGroups(group(third, 3, 3), referenceGroups(third, 3, 3));
      expectSameGroups(groupsOf(resultA, 3), referenceGroups(left, 3, 3));
      expectSameGroups(groupsOf(b.finish(), 3), referenceGroups(right, 3, 3));
    });

    it('gives identical results for the same rows computed twice (deterministic)', () => {
      const rows = randomRows(51, 12_000, 4_000, 6, 3);
      expect(group(rows, 6, 5)).toEqual(group(rows, 6, 5));
    });
  });
});
