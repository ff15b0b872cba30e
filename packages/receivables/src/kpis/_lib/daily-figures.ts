import { AmountOverflowError } from '@overdue/core';
import type { LedgerTimeline } from '../../_lib/ledger-timeline';
import type { CurrencyScope } from './currency-scope';

/**
 * Running totals per day over `[lo, hi]`, per measured currency, from which every KPI of every period
 * inside that range is read in constant time. Each array holds `slots` blocks of `length` days; entry
 * `slot * length + (day - lo)` is the value at the end of `day`, and entry 0 of a block also holds
 * everything dated before `lo`. Built in one pass over invoices and settlements (a difference array per
 * measure, then prefix sums), so a million invoices cost one linear scan whatever the number of periods.
 *
 * `[lo, hi]` is the requested range narrowed to the days on which something happens in the ledger, so a
 * range of centuries costs no more memory than the ledger's own span. Days outside it read as its nearest
 * end (see {@link entryOf}), which is exact: nothing changes there.
 */
export interface DailyFigures {
  lo: number;
  hi: number;
  length: number;
  slots: number;
  /** Open receivables at the end of the day: issued on or before it, minus settlements on or before it. */
  receivables: Float64Array;
  /** The part of `receivables` past due at the end of the day (the day is after the due date). */
  overdue: Float64Array;
  /** Sum over past-due open amounts of `open × (hi - dueDay)`; see {@link openDaysLateAt}. */
  overdueByDueDay: Float64Array;
  /** Cumulative totals of invoices issued up to the day. */
  sales: Float64Array;
  /** Cumulative count of invoices fully paid (not written off) up to the day. */
  paidCount: Float64Array;
  /** Cumulative sum of `paidDay - issueDay` over those invoices. */
  paidDays: Float64Array;
  /** Cumulative sum of their totals. */
  paidTotal: Float64Array;
  /** Cumulative sum of `total × (paidDay - issueDay)`. */
  paidTotalDays: Float64Array;
  /** Cumulative sum of `total × max(0, paidDay - dueDay)`. */
  paidTotalLateDays: Float64Array;
}

/**
 * Builds the daily running totals of the measured invoices for reads on days `lo` to `hi` (`lo` being the
 * day before the first period or countback window to be read).
 *
 * Money sums (receivables, overdue, sales, paid totals) are integers well inside
 * `Number.MAX_SAFE_INTEGER`, checked below, so they are exact. Amount-weighted day sums are money times
 * days: exact while below 2^53, and beyond that carry a relative error under 1e-15, far below any decimal
 * a KPI reports.
 *
 * @throws {@link AmountOverflowError} when one currency's invoice totals exceed `Number.MAX_SAFE_INTEGER`.
 */
export function buildDailyFigures(
  timeline: LedgerTimeline,
  scope: CurrencyScope,
  requestedLo: number,
  requestedHi: number,
): DailyFigures {
  const [lo, hi] = activeRange(timeline, scope, requestedLo, requestedHi);
  const length = hi - lo + 1;
  const slots = scope.currencies.length;
  const size = slots * length;
  const receivables = new Float64Array(size);
  const overdue = new Float64Array(size);
  const overdueByDueDay = new Float64Array(size);
  const sales = new Float64Array(size);
  const paidCount = new Float64Array(size);
  const paidDays = new Float64Array(size);
  const paidTotal = new Float64Array(size);
  const paidTotalDays = new Float64Array(size);
  const paidTotalLateDays = new Float64Array(size);
  const totals = new Float64Array(slots);

  const { issueDay, dueDay, totalMinor, paidDay, writtenOff, settleStart, settleDay, settleMinor } = timeline;
  const { codeIndex, slotByCode } = scope;
  for (let index = 0; index < timeline.count; index++) {
    const total = totalMinor[index] as number;
    if (total === 0) continue;
    const slot = slotByCode[codeIndex[index] as number] as number;
    if (slot < 0) continue;
    const issue = issueDay[index] as number;
    if (issue > hi) continue;
    const paid = paidDay[index] as number;
    // Issued and fully settled by `lo`: every event lands in entry 0 and cancels out.
    if (paid <= lo) continue;
    totals[slot] = (totals[slot] as number) + total;
    const block = slot * length;
    const issueAt = block + (issue <= lo ? 0 : issue - lo);
    receivables[issueAt] = (receivables[issueAt] as number) + total;
    sales[issueAt] = (sales[issueAt] as number) + total;

    const due = dueDay[index] as number;
    const lateFrom = due + 1;
    const countsLate = lateFrom <= hi;
    const weight = hi - due;
    const lateAt = block + (lateFrom <= lo ? 0 : lateFrom - lo);
    if (countsLate) {
      overdue[lateAt] = (overdue[lateAt] as number) + total;
      overdueByDueDay[lateAt] = (overdueByDueDay[lateAt] as number) + total * weight;
    }
    const end = settleStart[index + 1] as number;
    for (let settlement = settleStart[index] as number; settlement < end; settlement++) {
      const day = settleDay[settlement] as number;
      if (day > hi) break;
      const amount = settleMinor[settlement] as number;
      const at = block + (day <= lo ? 0 : day - lo);
      receivables[at] = (receivables[at] as number) - amount;
      if (countsLate) {
        const lateSettleAt = day < lateFrom ? lateAt : at;
        overdue[lateSettleAt] = (overdue[lateSettleAt] as number) - amount;
        overdueByDueDay[lateSettleAt] = (overdueByDueDay[lateSettleAt] as number) - amount * weight;
      }
    }

    if (paid <= hi && writtenOff[index] === 0) {
      const paidAt = block + (paid - lo);
      const daysToPay = paid - issue;
      paidCount[paidAt] = (paidCount[paidAt] as number) + 1;
      paidDays[paidAt] = (paidDays[paidAt] as number) + daysToPay;
      paidTotal[paidAt] = (paidTotal[paidAt] as number) + total;
      paidTotalDays[paidAt] = (paidTotalDays[paidAt] as number) + total * daysToPay;
      if (paid > due) paidTotalLateDays[paidAt] = (paidTotalLateDays[paidAt] as number) + total * (paid - due);
    }
  }

  for (let slot = 0; slot < slots; slot++) {
    if ((totals[slot] as number) > Number.MAX_SAFE_INTEGER) {
      throw new AmountOverflowError(`the sum of ${scope.currencies[slot] as string} invoice totals`, 'invoices');
    }
  }
  for (const values of [
    receivables,
    overdue,
    overdueByDueDay,
    sales,
    paidCount,
    paidDays,
    paidTotal,
    paidTotalDays,
    paidTotalLateDays,
  ]) {
    for (let slot = 0; slot < slots; slot++) {
      const start = slot * length;
      let running = 0;
      for (let at = start; at < start + length; at++) {
        running += values[at] as number;
        values[at] = running;
      }
    }
  }
  return {
    lo,
    hi,
    length,
    slots,
    receivables,
    overdue,
    overdueByDueDay,
    sales,
    paidCount,
    paidDays,
    paidTotal,
    paidTotalDays,
    paidTotalLateDays,
  };
}

/**
 * Narrows `[lo, hi]` to the days where the measured invoices have events: from the day before the first
 * issue to the last issue, settlement or first past-due day. Running totals are constant outside it.
 */
function activeRange(timeline: LedgerTimeline, scope: CurrencyScope, lo: number, hi: number): [number, number] {
  const { issueDay, dueDay, totalMinor, paidDay, settleStart, settleDay } = timeline;
  const { codeIndex, slotByCode } = scope;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < timeline.count; index++) {
    if ((totalMinor[index] as number) === 0 || (slotByCode[codeIndex[index] as number] as number) < 0) continue;
    const issue = issueDay[index] as number;
    if (issue > hi || (paidDay[index] as number) <= lo) continue;
    if (issue < first) first = issue;
    const end = settleStart[index + 1] as number;
    const lastSettlement = end > (settleStart[index] as number) ? (settleDay[end - 1] as number) : issue;
    const lastEvent = Math.max(issue, (dueDay[index] as number) + 1, lastSettlement);
    if (lastEvent > last) last = lastEvent;
  }
  const narrowLo = Math.max(lo, first - 1);
  const narrowHi = Math.min(hi, last);
  return narrowLo <= narrowHi ? [narrowLo, narrowHi] : [lo, lo];
}

/** The entry of `day` in the block of `slot`; days outside `[lo, hi]` read as the nearest end. */
export function entryOf(figures: DailyFigures, slot: number, day: number): number {
  const clamped = Math.min(Math.max(day, figures.lo), figures.hi);
  return slot * figures.length + (clamped - figures.lo);
}

/** A running total over `[from, to]` (`from - 1` must not be before `lo`). */
export function rangeSum(figures: DailyFigures, values: Float64Array, slot: number, from: number, to: number): number {
  return (values[entryOf(figures, slot, to)] as number) - (values[entryOf(figures, slot, from - 1)] as number);
}

/**
 * Sum of `open × (day - dueDay)` over invoices open and past due at the end of `day`, in minor-unit days:
 * `overdueByDueDay` holds `open × (hi - dueDay)`, so subtract `(hi - day) × overdue` (which adds for days
 * after `hi`, where the same items keep ageing).
 */
export function openDaysLateAt(figures: DailyFigures, slot: number, day: number): number {
  const at = entryOf(figures, slot, day);
  return (figures.overdueByDueDay[at] as number) - (figures.hi - day) * (figures.overdue[at] as number);
}
