import { AmountOverflowError } from '@overdue/core';
import { PartitionedGroupSums } from '../../_lib/partitioned-group-sums';
import type { AgingRow, AgingTotal } from '../aging-report';

/**
 * Sums open amounts into (customer, currency) rows of aging buckets plus an unapplied column, through a
 * {@link PartitionedGroupSums}. Currencies become small integer tags.
 */
export class AgingAccumulator {
  private readonly sums: PartitionedGroupSums;
  private readonly currencies: string[] = [];
  private lastCurrency = '';
  private lastTag = -1;

  constructor(
    private readonly bucketCount: number,
    expectedRows?: number,
  ) {
    this.sums = new PartitionedGroupSums(bucketCount + 1, bucketCount, expectedRows);
  }

  private tagOf(currency: string): number {
    if (currency === this.lastCurrency) return this.lastTag;
    let tag = this.currencies.indexOf(currency);
    if (tag < 0) tag = this.currencies.push(currency) - 1;
    this.lastCurrency = currency;
    this.lastTag = tag;
    return tag;
  }

  /** Adds an open item's amount to a bucket of its customer's row. */
  add(customerId: string, currency: string, bucket: number, minor: number): void {
    this.sums.add(customerId, this.tagOf(currency), bucket, minor);
  }

  /** Adds unapplied cash or credit to a customer's row. */
  addUnapplied(customerId: string, currency: string, minor: number): void {
    this.sums.add(customerId, this.tagOf(currency), this.bucketCount, minor);
  }

  /** Releases working memory after an error. */
  discard(): void {
    this.sums.discard();
  }

  /**
   * The rows and per-currency totals; throws when a currency's sum could have lost exactness. With
   * `hasCurrentBucket` (due-date basis) bucket 0 is `current` and the rest is overdue.
   */
  finish(
    includeRows: boolean,
    hasCurrentBucket: boolean,
    names?: ReadonlyMap<string, string>,
  ): { rows: AgingRow[]; totals: AgingTotal[] } {
    const { bucketCount } = this;
    const width = bucketCount + 1;
    const { groups, keys, tags, sums, counts } = this.sums.finish();
    const totals: AgingTotal[] = [];
    const totalByTag: AgingTotal[] = [];
    const rows: AgingRow[] = [];
    for (let group = 0; group < groups; group++) {
      const tag = tags[group] as number;
      let total = totalByTag[tag];
      if (total === undefined) {
        total = {
          currency: this.currencies[tag] as string,
          bucketsMinor: new Array<number>(bucketCount).fill(0),
          totalMinor: 0,
          overdueMinor: hasCurrentBucket ? 0 : null,
          unappliedMinor: 0,
          netMinor: 0,
          itemCount: 0,
          customerCount: 0,
        };
        totalByTag[tag] = total;
        totals.push(total);
      }
      const base = group * width;
      const bucketsMinor = new Array<number>(bucketCount);
      let rowTotal = 0;
      for (let bucket = 0; bucket < bucketCount; bucket++) {
        const minor = sums[base + bucket] as number;
        bucketsMinor[bucket] = minor;
        rowTotal += minor;
        total.bucketsMinor[bucket] = (total.bucketsMinor[bucket] as number) + minor;
      }
      const unappliedMinor = sums[base + bucketCount] as number;
      const itemCount = counts[group] as number;
      const overdueMinor = hasCurrentBucket ? rowTotal - (bucketsMinor[0] as number) : null;
      total.totalMinor += rowTotal;
      if (overdueMinor !== null) total.overdueMinor = (total.overdueMinor as number) + overdueMinor;
      total.unappliedMinor += unappliedMinor;
      total.itemCount += itemCount;
      total.customerCount += 1;
      if (includeRows) {
        const customerId = keys[group] as string;
        const row: AgingRow = {
          customerId,
          currency: total.currency,
          bucketsMinor,
          totalMinor: rowTotal,
          overdueMinor,
          unappliedMinor,
          netMinor: rowTotal - unappliedMinor,
          itemCount,
        };
        const customerName = names?.get(customerId);
        if (customerName !== undefined) row.customerName = customerName;
        rows.push(row);
      }
    }
    for (const total of totals) {
      // All amounts are non-negative, so no partial sum exceeded these; below 2^53 every sum was exact.
      if (total.totalMinor > Number.MAX_SAFE_INTEGER || total.unappliedMinor > Number.MAX_SAFE_INTEGER) {
        throw new AmountOverflowError(`the ${total.currency} receivables total`, 'items');
      }
      total.netMinor = total.totalMinor - total.unappliedMinor;
    }
    return { rows, totals };
  }
}
