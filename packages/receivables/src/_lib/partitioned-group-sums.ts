import type { ScratchBuffers } from './scratch-buffers';
import { acquireScratch, releaseScratch } from './scratch-buffers';

/**
 * Exact GROUP BY (string key, small integer tag) with per-group sums over a fixed number of columns,
 * designed for millions of rows whose keys are fresh strings (rows from a database).
 *
 * A hash table over 100,000 keys probed once per row is bound by memory latency: every probe is a cache
 * and TLB miss. So this works like a radix-partitioned aggregation in a column store:
 * 1. `add` appends each row to flat typed arrays, sequentially: its key's UTF-16 code units packed two
 *    per 32-bit word, a hash of them, the tag, the column and the amount;
 * 2. `finish` scatters the rows into hash partitions of a few thousand rows each, then groups every
 *    partition with a small open-addressing table that stays in cache, comparing the length, the tag and
 *    every word of the key (so grouping is exact: no two different strings ever share a group);
 * 3. groups are returned in order of their first row, with the key string of that row.
 * Amounts are integer minor units summed in doubles, exact while every sum stays below 2^53 (the caller
 * checks the totals).
 */
export class PartitionedGroupSums {
  private rows = 0;
  private wordCount = 0;
  private readonly scratch: ScratchBuffers;
  private rowHash: Int32Array;
  /** Per row: tag * 256 + column (one scattered array instead of two). */
  private rowTagColumn: Int32Array;
  /** Per row: the key string itself, so a group's key is its first row's string (no decoding). */
  private rowKeys: string[];
  private rowAmount: Float64Array;
  private rowLength: Int32Array;
  private rowWordStart: Int32Array;
  private words: Int32Array;

  /**
   * @param columns - Columns per group (aging buckets plus one for unapplied amounts).
   * @param countedColumns - Rows in columns below this are counted as items.
   * @param expectedRows - A capacity hint.
   */
  constructor(
    private readonly columns: number,
    private readonly countedColumns: number,
    expectedRows = 1024,
  ) {
    if (!(columns >= 0 && columns <= 256 && countedColumns <= columns)) throw new RangeError('at most 256 columns');
    const capacity = Math.max(16, expectedRows);
    const scratch = acquireScratch();
    this.scratch = scratch;
    this.rowHash = scratch.int32Array('rowHash', capacity);
    this.rowTagColumn = scratch.int32Array('rowTagColumn', capacity);
    this.rowKeys = scratch.strings;
    this.rowAmount = scratch.float64Array('rowAmount', capacity);
    this.rowLength = scratch.int32Array('rowLength', capacity);
    this.rowWordStart = scratch.int32Array('rowWordStart', capacity);
    this.words = scratch.int32Array('words', capacity * 4);
  }

  /** Returns the scratch buffers without grouping (after an error). */
  discard(): void {
    this.rowKeys.fill('', 0, this.rows);
    releaseScratch(this.scratch);
  }

  /** Adds `amount` to column `column` of the group `(key, tag)`. */
  add(key: string, tag: number, column: number, amount: number): void {
    const row = this.rows;
    if (row === this.rowHash.length) this.growRows();
    const length = key.length;
    const wordCount = (length + 1) >> 1;
    let start = this.wordCount;
    if (start + wordCount > this.words.length) this.growWords(start + wordCount);
    const words = this.words;
    let hash = Math.imul(length ^ (tag << 20), 0x9e3779b1);
    let at = 0;
    for (const end = length - 1; at < end; at += 2) {
      const packed = key.charCodeAt(at) | (key.charCodeAt(at + 1) << 16);
      words[start++] = packed;
      hash = Math.imul(hash ^ packed, 0x85ebca6b);
      hash ^= hash >>> 15;
    }
    if (at < length) {
      const packed = key.charCodeAt(at);
      words[start++] = packed;
      hash = Math.imul(hash ^ packed, 0x85ebca6b);
    }
    hash = Math.imul(hash ^ (hash >>> 16), 0xc2b2ae35);
    this.rowHash[row] = hash ^ (hash >>> 13);
    this.rowTagColumn[row] = tag * 256 + column;
    if (row < this.rowKeys.length) this.rowKeys[row] = key;
    else this.rowKeys.push(key);
    this.rowAmount[row] = amount;
    this.rowLength[row] = length;
    this.rowWordStart[row] = this.wordCount;
    this.wordCount = start;
    this.rows = row + 1;
  }

  private growRows(): void {
    const capacity = this.rowHash.length * 2;
    const { scratch } = this;
    this.rowHash = scratch.int32Array('rowHash', capacity, true);
    this.rowTagColumn = scratch.int32Array('rowTagColumn', capacity, true);
    this.rowAmount = scratch.float64Array('rowAmount', capacity, true);
    this.rowLength = scratch.int32Array('rowLength', capacity, true);
    this.rowWordStart = scratch.int32Array('rowWordStart', capacity, true);
  }

  private growWords(needed: number): void {
    this.words = this.scratch.int32Array('words', needed, true);
  }

  /**
   * Groups the rows. With `rowGroups`, also returns every row's group (in the final numbering) and every
   * group's first row; with `decodeKeys: false`, skips rebuilding the key strings.
   */
  finish(options: { rowGroups?: boolean; decodeKeys?: boolean } = {}): GroupSumsResult {
    const trackRows = options.rowGroups === true;
    const decodeKeys = options.decodeKeys !== false;
    const rows = this.rows;
    const { columns, countedColumns } = this;
    const bits = Math.min(12, Math.max(0, Math.ceil(Math.log2(Math.max(1, rows) / 2048))));
    const partitions = 1 << bits;
    // The top `bits` bits of the hash; 0 when there is one partition (a shift by 32 would be a no-op).
    const shift = 31 - bits;
    const scratch = this.scratch;

    // Scatter rows (and their key words) into partitions: a counting sort on the hash's top bits.
    const rowStart = new Int32Array(partitions + 1);
    const wordStart = new Int32Array(partitions + 1);
    const { rowHash, rowTagColumn, rowAmount, rowLength, rowWordStart, words } = this;
    for (let row = 0; row < rows; row++) {
      const partition = ((rowHash[row] as number) >>> 1) >>> shift;
      rowStart[partition + 1] = (rowStart[partition + 1] as number) + 1;
      wordStart[partition + 1] = (wordStart[partition + 1] as number) + (((rowLength[row] as number) + 1) >> 1);
    }
    for (let partition = 0; partition < partitions; partition++) {
      rowStart[partition + 1] = (rowStart[partition + 1] as number) + (rowStart[partition] as number);
      wordStart[partition + 1] = (wordStart[partition + 1] as number) + (wordStart[partition] as number);
    }
    const rowCursor = rowStart.slice(0, partitions);
    const wordCursor = wordStart.slice(0, partitions);
    const hashOf = scratch.int32Array('hashOf', rows);
    const tagColumnOf = scratch.int32Array('tagColumnOf', rows);
    const amountOf = scratch.float64Array('amountOf', rows);
    const lengthOf = scratch.int32Array('lengthOf', rows);
    const firstOf = scratch.int32Array('firstOf', rows);
    const wordsOf = scratch.int32Array('wordsOf', this.wordCount);
    for (let row = 0; row < rows; row++) {
      const hash = rowHash[row] as number;
      const partition = (hash >>> 1) >>> shift;
      const at = rowCursor[partition] as number;
      rowCursor[partition] = at + 1;
      hashOf[at] = hash;
      tagColumnOf[at] = rowTagColumn[row] as number;
      amountOf[at] = rowAmount[row] as number;
      const length = rowLength[row] as number;
      lengthOf[at] = length;
      firstOf[at] = row;
      const count = (length + 1) >> 1;
      const from = rowWordStart[row] as number;
      let to = wordCursor[partition] as number;
      for (let word = 0; word < count; word++) wordsOf[to++] = words[from + word] as number;
      wordCursor[partition] = to;
    }

    // Group each partition with a small table; group records live in flat arrays.
    // At most one group per row, so per-group arrays are sized by rows; the sums grow as groups appear
    // and each group's sums and count are zeroed when it is created.
    let groups = 0;
    let groupSums = scratch.float64Array('groupSums', Math.min(rows, 65536) * columns);
    const groupCounts = scratch.int32Array('groupCounts', rows);
    const groupFirst = scratch.int32Array('groupFirst', rows);
    const groupTag = scratch.int32Array('groupTag', rows);
    const groupLength = scratch.int32Array('groupLength', rows);
    const groupWordStart = scratch.int32Array('groupWordStart', rows);
    const groupWords = scratch.int32Array('groupWords', this.wordCount);
    let groupWordCount = 0;
    let table = scratch.int32Array('table', 16);
    const groupOfRow = trackRows ? scratch.int32Array('groupOfRow', rows) : undefined;
    for (let partition = 0; partition < partitions; partition++) {
      const begin = rowStart[partition] as number;
      const end = rowStart[partition + 1] as number;
      if (begin === end) continue;
      let size = 16;
      while (size < (end - begin) * 2) size *= 2;
      table = scratch.int32Array('table', size);
      table.fill(0, 0, size);
      const mask = size - 1;
      let wordAt = wordStart[partition] as number;
      for (let at = begin; at < end; at++) {
        const hash = hashOf[at] as number;
        const tagColumn = tagColumnOf[at] as number;
        const tag = tagColumn >> 8;
        const length = lengthOf[at] as number;
        const count = (length + 1) >> 1;
        let position = hash & mask;
        let group = -1;
        for (;;) {
          const entry = table[position] as number;
          if (entry === 0) break;
          const candidate = entry - 1;
          if (groupLength[candidate] === length && groupTag[candidate] === tag) {
            const start = groupWordStart[candidate] as number;
            let word = 0;
            while (word < count && groupWords[start + word] === wordsOf[wordAt + word]) word++;
            if (word === count) {
              group = candidate;
              break;
            }
          }
          position = (position + 1) & mask;
        }
        if (group < 0) {
          group = groups++;
          if ((group + 1) * columns > groupSums.length)
            groupSums = scratch.float64Array('groupSums', (group + 1) * columns * 2, true);
          // Plain loops: `set(subarray(...))` would allocate a view per group.
          for (let column = group * columns, last = column + columns; column < last; column++) groupSums[column] = 0;
          groupCounts[group] = 0;
          for (let word = 0; word < count; word++) groupWords[groupWordCount + word] = wordsOf[wordAt + word] as number;
          groupWordStart[group] = groupWordCount;
          groupWordCount += count;
          groupLength[group] = length;
          groupTag[group] = tag;
          groupFirst[group] = firstOf[at] as number;
          table[position] = group + 1;
        }
        if (columns > 0) {
          const column = tagColumn & 255;
          const sumAt = group * columns + column;
          groupSums[sumAt] = (groupSums[sumAt] as number) + (amountOf[at] as number);
          if (column < countedColumns) groupCounts[group] = (groupCounts[group] as number) + 1;
        }
        if (groupOfRow !== undefined) groupOfRow[firstOf[at] as number] = group;
        wordAt += count;
      }
    }

    // Order groups by their first row: sort the first rows (unique) and map each back to its group.
    const firsts = new Int32Array(groups);
    const groupAtRow = scratch.int32Array('groupAtRow', rows);
    for (let group = 0; group < groups; group++) {
      const first = groupFirst[group] as number;
      firsts[group] = first;
      groupAtRow[first] = group;
    }
    firsts.sort();
    const order = new Int32Array(groups);
    const keys: string[] = [];
    const tags = new Int32Array(groups);
    const sums = new Float64Array(groups * columns);
    const counts = new Int32Array(groups);
    const rowKeys = this.rowKeys;
    for (let index = 0; index < groups; index++) {
      const first = firsts[index] as number;
      const group = groupAtRow[first] as number;
      order[index] = group;
      if (decodeKeys) keys.push(rowKeys[first] as string);
      tags[index] = groupTag[group] as number;
      counts[index] = groupCounts[group] as number;
      for (let column = 0; column < columns; column++)
        sums[index * columns + column] = groupSums[group * columns + column] as number;
    }
    // Drop the references to the caller's strings; the array itself is kept for the next call.
    rowKeys.fill('', 0, rows);
    let rowGroups: Int32Array | undefined;
    if (groupOfRow !== undefined) {
      // Renumber from partition order to first-appearance order.
      const rank = scratch.int32Array('rank', groups);
      for (let index = 0; index < groups; index++) rank[order[index] as number] = index;
      rowGroups = new Int32Array(rows);
      for (let row = 0; row < rows; row++) rowGroups[row] = rank[groupOfRow[row] as number] as number;
    }
    releaseScratch(scratch);
    return { groups, keys, tags, sums, counts, firstRows: firsts, rowGroups };
  }
}

/**
 * The groups found by {@link PartitionedGroupSums.finish}, in order of first appearance: group `g` has key
 * `keys[g]`, tag `tags[g]`, sums at `sums[g * columns ...]` and `counts[g]` counted rows.
 */
export interface GroupSumsResult {
  groups: number;
  /** Each group's key (empty with `decodeKeys: false`). */
  keys: string[];
  /** The first row of each group. */
  firstRows: Int32Array;
  /** The group of each row, with `rowGroups: true`. */
  rowGroups: Int32Array | undefined;
  tags: Int32Array;
  sums: Float64Array;
  counts: Int32Array;
}
