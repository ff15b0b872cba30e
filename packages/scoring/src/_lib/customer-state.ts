import { DISPUTE_OPENED, DISPUTE_RESOLVED, PROMISE_BROKEN, PROMISE_MADE, type ReplayIndex } from './history-index';

/** Number of model columns; the order is that of `PAYMENT_FEATURES`. */
export const FEATURE_COUNT = 25;

/** Portfolio averages that shrink a thin history; stored in a trained model. */
export interface Priors {
  /** Share of settled invoices paid late. */
  lateShare: number;
  /** Mean days late of settled invoices. */
  daysLate: number;
  /** Median days from issue to settlement. */
  daysToSettle: number;
}

/** An invoice whose features are wanted: its facts known at issue, and where it stands in the history. */
export interface TargetInvoice {
  /**
   * Its position in the history's issue order when it is among the customer's open invoices at `asOf` (see
   * `findOpen`), so it is left out of them; -1 when not open.
   */
  openPosition: number;
  amountMinor: number;
  /** 10 ** minor digits of its currency. */
  minorScale: number;
  issueDay: number;
  dueDay: number;
  /** 0 unknown, 1 electronic, 2 paper. */
  delivery: number;
}

const SHRINK = 2;
const HALF_LIFE = 3;
const DECAY = 0.5 ** (1 / HALF_LIFE);
const RING = 32;

/**
 * One customer's history replayed up to a day. `reset` starts a customer, `advanceTo(asOf)` takes in every
 * invoice issued and every settlement made on or before `asOf` (days only ever increase), and `write` fills
 * one feature row. Nothing after `asOf` is ever read, which is what keeps the features free of leakage.
 */
export class CustomerState {
  private readonly index: ReplayIndex;
  private readonly priors: Priors;
  private issueCursor = 0;
  private issueEnd = 0;
  private settleCursor = 0;
  private settleEnd = 0;
  private eventFrom = 0;
  private eventEnd = 0;
  asOf = 0;

  settled = 0;
  lateSettled = 0;
  sumDaysLate = 0;
  sumSquaredDaysLate = 0;
  recentLateSum = 0;
  recentDaysLateSum = 0;
  recentWeight = 0;
  recentSettleSum = 0;
  /** The same weighted sums without the portfolio prior, for segment rules on the payer's own record. */
  ownRecentLateSum = 0;
  ownRecentDaysLateSum = 0;
  ownRecentWeight = 0;
  lastDaysLate = Number.NaN;
  private readonly settleRing = new Float64Array(RING);
  private settleRingCount = 0;
  private readonly amountRing = new Float64Array(RING);
  private amountRingCount = 0;
  private readonly issueDays = new Int32Array(RING * 4);
  issuedCount = 0;
  firstIssueDay = 0;
  lastIssueDay = 0;
  /** Issue-order positions of invoices issued and not yet settled, in issue order (removal keeps order). */
  private open = new Int32Array(64);
  private openCount = 0;
  private readonly scratch = new Float64Array(RING);

  constructor(index: ReplayIndex, priors: Priors) {
    this.index = index;
    this.priors = priors;
  }

  /** Starts customer `customer` (or an unknown customer, -1) with no history taken in. */
  reset(customer: number): void {
    const { issueStart, settleStart, eventStart } = this.index;
    this.issueCursor = customer < 0 ? 0 : (issueStart[customer] as number);
    this.issueEnd = customer < 0 ? 0 : (issueStart[customer + 1] as number);
    this.settleCursor = customer < 0 ? 0 : (settleStart[customer] as number);
    this.settleEnd = customer < 0 ? 0 : (settleStart[customer + 1] as number);
    this.eventFrom = customer < 0 ? 0 : (eventStart[customer] as number);
    this.eventEnd = customer < 0 ? 0 : (eventStart[customer + 1] as number);
    this.asOf = Number.NEGATIVE_INFINITY;
    this.payerValid = false;
    this.settled = 0;
    this.lateSettled = 0;
    this.sumDaysLate = 0;
    this.sumSquaredDaysLate = 0;
    this.recentLateSum = SHRINK * this.priors.lateShare;
    this.recentDaysLateSum = SHRINK * this.priors.daysLate;
    this.recentWeight = SHRINK;
    this.recentSettleSum = SHRINK * this.priors.daysToSettle;
    this.ownRecentLateSum = 0;
    this.ownRecentDaysLateSum = 0;
    this.ownRecentWeight = 0;
    this.lastDaysLate = Number.NaN;
    this.settleRingCount = 0;
    this.amountRingCount = 0;
    this.issuedCount = 0;
    this.firstIssueDay = 0;
    this.lastIssueDay = 0;
    this.openCount = 0;
  }

  /** Takes in everything issued or settled on or before `asOf`. */
  advanceTo(asOf: number): void {
    const { issued, settled } = this.index;
    if (asOf !== this.asOf) this.payerValid = false;
    this.asOf = asOf;
    const issuedDay = issued.day;
    while (this.issueCursor < this.issueEnd) {
      const cursor = this.issueCursor;
      const day = issuedDay[cursor] as number;
      if (day > asOf) break;
      if (this.issuedCount === 0) this.firstIssueDay = day;
      this.issueDays[this.issuedCount % this.issueDays.length] = day;
      this.issuedCount++;
      this.lastIssueDay = day;
      this.amountRing[this.amountRingCount % RING] = issued.totalMinor[cursor] as number;
      this.amountRingCount++;
      if (this.openCount === this.open.length) {
        const grown = new Int32Array(this.open.length * 2);
        grown.set(this.open);
        this.open = grown;
      }
      this.open[this.openCount++] = cursor;
      this.issueCursor++;
    }
    const settledDay = settled.day;
    while (this.settleCursor < this.settleEnd) {
      const cursor = this.settleCursor;
      const day = settledDay[cursor] as number;
      if (day > asOf) break;
      const daysLate = Math.max(0, day - (settled.dueDay[cursor] as number));
      const late = settled.late[cursor] as number;
      const daysToSettle = day - (settled.issueDay[cursor] as number);
      this.settled++;
      this.lateSettled += late;
      this.sumDaysLate += daysLate;
      this.sumSquaredDaysLate += daysLate * daysLate;
      this.recentLateSum = this.recentLateSum * DECAY + late;
      this.recentDaysLateSum = this.recentDaysLateSum * DECAY + daysLate;
      this.recentWeight = this.recentWeight * DECAY + 1;
      this.recentSettleSum = this.recentSettleSum * DECAY + daysToSettle;
      this.ownRecentLateSum = this.ownRecentLateSum * DECAY + late;
      this.ownRecentDaysLateSum = this.ownRecentDaysLateSum * DECAY + daysLate;
      this.ownRecentWeight = this.ownRecentWeight * DECAY + 1;
      this.lastDaysLate = daysLate;
      this.settleRing[this.settleRingCount % RING] = daysToSettle;
      this.settleRingCount++;
      this.removeOpen(settled.position[cursor] as number);
      this.settleCursor++;
    }
  }

  /** The unshrunk late share at `asOf`: settled late, or open past due, over all known outcomes. */
  rawLateShare(): number {
    if (!this.payerValid) this.computePayer();
    const overdue = this.payer.overdueCount;
    const known = this.settled + overdue;
    return known === 0 ? 0 : (this.lateSettled + overdue) / known;
  }

  /** The payer's own recent late share and days late (no prior; 0 before any settlement). */
  ownRecent(): { lateShare: number; daysLate: number } {
    if (this.ownRecentWeight === 0) return { lateShare: 0, daysLate: 0 };
    return {
      lateShare: this.ownRecentLateSum / this.ownRecentWeight,
      daysLate: this.ownRecentDaysLateSum / this.ownRecentWeight,
    };
  }

  /** The payer's own mean days late over settled invoices (no prior; 0 before any settlement). */
  ownMeanDaysLate(): number {
    return this.settled === 0 ? 0 : this.sumDaysLate / this.settled;
  }

  /** Standard deviation of the payer's own days late over settled invoices (0 with fewer than two). */
  ownDaysLateSpread(): number {
    if (this.settled < 2) return 0;
    const mean = this.sumDaysLate / this.settled;
    return Math.sqrt(Math.max(0, this.sumSquaredDaysLate / this.settled - mean * mean));
  }

  /** Mean days late of the settled invoices that were late (0 when none). */
  meanDaysLateWhenLate(): number {
    return this.lateSettled === 0 ? 0 : this.sumDaysLate / this.lateSettled;
  }

  /** Removes a position from the open invoices, keeping issue order, without allocating. */
  private removeOpen(position: number): void {
    const open = this.open;
    let k = 0;
    while (k < this.openCount && open[k] !== position) k++;
    if (k === this.openCount) return;
    open.copyWithin(k, k + 1, this.openCount);
    this.openCount--;
  }

  /** How many invoices are open after the last `advanceTo`. */
  get openInvoiceCount(): number {
    return this.openCount;
  }

  /** The issue-order position of the `k`-th open invoice, in issue order. */
  openInvoicePosition(k: number): number {
    return this.open[k] as number;
  }

  /** The issue-order position of an open invoice with this id (`ids`: the index's issued invoice ids), or -1. */
  findOpen(invoiceId: string, ids: readonly string[]): number {
    for (let k = 0; k < this.openCount; k++) {
      const position = this.open[k] as number;
      if (ids[position] === invoiceId) return position;
    }
    return -1;
  }

  /** Median of the last 32 invoice totals in minor units (NaN when none). */
  usualAmount(): number {
    const n = Math.min(this.amountRingCount, RING);
    if (n === 0) return Number.NaN;
    return quantileOfSorted(sortedCopy(this.amountRing, n, this.scratch), n, 0.5);
  }

  /** Payer-level figures at `asOf`, shared by every invoice of the customer; recomputed after any change. */
  private readonly payer = {
    openCount: 0,
    overdueCount: 0,
    overdueMinor: 0,
    maxOverdue: 0,
    secondOverdue: 0,
    usual: Number.NaN,
    meanDaysLate: 0,
    recentDaysLate: 0,
    medianSettle: 0,
    spread: 0,
    recentIssues: 0,
    brokenPromises: 0,
    promisesYear: 0,
    disputesYear: 0,
    openDisputes: 0,
  };
  private payerValid = false;

  private computePayer(): void {
    const p = this.payer;
    const { priors } = this;
    const asOf = this.asOf;
    const { dueDay, totalMinor } = this.index.issued;
    p.openCount = this.openCount;
    p.overdueCount = 0;
    p.overdueMinor = 0;
    p.maxOverdue = 0;
    p.secondOverdue = 0;
    for (let k = 0; k < this.openCount; k++) {
      const position = this.open[k] as number;
      const overdue = asOf - (dueDay[position] as number);
      if (overdue <= 0) continue;
      p.overdueCount++;
      p.overdueMinor += totalMinor[position] as number;
      if (overdue > p.maxOverdue) {
        p.secondOverdue = p.maxOverdue;
        p.maxOverdue = overdue;
      } else if (overdue > p.secondOverdue) p.secondOverdue = overdue;
    }
    p.usual = this.usualAmount();
    p.meanDaysLate = (this.sumDaysLate + SHRINK * priors.daysLate) / (this.settled + SHRINK);
    p.recentDaysLate = this.recentDaysLateSum / this.recentWeight;
    const ringCount = Math.min(this.settleRingCount, RING);
    p.medianSettle = priors.daysToSettle;
    p.spread = 0;
    if (ringCount > 0) {
      const sorted = sortedCopy(this.settleRing, ringCount, this.scratch);
      const median = quantileOfSorted(sorted, ringCount, 0.5);
      p.medianSettle = (ringCount * median + SHRINK * priors.daysToSettle) / (ringCount + SHRINK);
      if (ringCount > 1)
        p.spread = quantileOfSorted(sorted, ringCount, 0.75) - quantileOfSorted(sorted, ringCount, 0.25);
    }
    p.recentIssues = 0;
    const kept = Math.min(this.issuedCount, this.issueDays.length);
    for (let k = 0; k < kept; k++) if ((this.issueDays[k] as number) > asOf - 90) p.recentIssues++;
    p.brokenPromises = 0;
    p.promisesYear = 0;
    p.disputesYear = 0;
    p.openDisputes = 0;
    const { eventDay, eventKind } = this.index;
    for (let e = this.eventFrom; e < this.eventEnd; e++) {
      const day = eventDay[e] as number;
      if (day > asOf) break;
      const kind = eventKind[e] as number;
      const withinYear = day > asOf - 365;
      if (kind === PROMISE_BROKEN) p.brokenPromises++;
      else if (kind === PROMISE_MADE && withinYear) p.promisesYear++;
      else if (kind === DISPUTE_OPENED) {
        p.openDisputes++;
        if (withinYear) p.disputesYear++;
      } else if (kind === DISPUTE_RESOLVED && p.openDisputes > 0) p.openDisputes--;
    }
    this.payerValid = true;
  }

  /**
   * Writes the feature row of `target` at `out[offset..offset + FEATURE_COUNT)`, from the history taken in
   * so far. The target's own row is skipped if it is among the open invoices.
   */
  write(target: TargetInvoice, out: Float64Array, offset: number): void {
    const asOf = this.asOf;
    if (!this.payerValid) this.computePayer();
    const p = this.payer;
    let openCount = p.openCount;
    let overdueCount = p.overdueCount;
    let overdueMinor = p.overdueMinor;
    let maxOverdue = p.maxOverdue;
    if (target.openPosition >= 0) {
      // The invoice itself is open: it is not one of its own customer's other open invoices.
      const { dueDay, totalMinor } = this.index.issued;
      openCount--;
      const overdue = asOf - (dueDay[target.openPosition] as number);
      if (overdue > 0) {
        overdueCount--;
        overdueMinor -= totalMinor[target.openPosition] as number;
        if (overdue === p.maxOverdue) maxOverdue = p.secondOverdue;
      }
    }
    const usual = p.usual;
    const meanDaysLate = p.meanDaysLate;
    const recentDaysLate = p.recentDaysLate;
    const medianSettle = p.medianSettle;
    const spread = p.spread;
    const recentIssues = p.recentIssues;
    const { brokenPromises, promisesYear, disputesYear, openDisputes } = p;
    const { priors } = this;
    const n = this.settled;
    const hasHistory = this.issuedCount > 0;
    out[offset] = n;
    out[offset + 1] = (this.lateSettled + overdueCount + SHRINK * priors.lateShare) / (n + overdueCount + SHRINK);
    out[offset + 2] = this.recentLateSum / this.recentWeight;
    out[offset + 3] = meanDaysLate;
    out[offset + 4] = recentDaysLate;
    out[offset + 5] = recentDaysLate - meanDaysLate;
    out[offset + 6] = Number.isNaN(this.lastDaysLate) ? priors.daysLate : this.lastDaysLate;
    out[offset + 7] = medianSettle;
    out[offset + 8] = spread;
    out[offset + 9] = openCount;
    out[offset + 10] = overdueCount;
    out[offset + 11] = maxOverdue;
    out[offset + 12] = Number.isNaN(usual) || usual <= 0 ? 0 : overdueMinor / usual;
    out[offset + 13] =
      Number.isNaN(usual) || usual <= 0 || target.amountMinor <= 0 ? 0 : Math.log(target.amountMinor / usual);
    out[offset + 14] = Math.log10(1 + target.amountMinor / target.minorScale);
    out[offset + 15] = target.dueDay - target.issueDay;
    out[offset + 16] = target.delivery === 1 ? 1 : target.delivery === 2 ? 0 : 0.5;
    out[offset + 17] = hasHistory ? Math.min(365, Math.max(0, target.issueDay - this.lastIssueDay)) : 365;
    out[offset + 18] = recentIssues;
    out[offset + 19] = hasHistory ? Math.max(0, asOf - this.firstIssueDay) : 0;
    out[offset + 20] = brokenPromises;
    out[offset + 21] = promisesYear;
    out[offset + 22] = disputesYear;
    out[offset + 23] = openDisputes;
    out[offset + 24] = this.recentSettleSum / this.recentWeight;
  }
}

/** The first `n` values of `ring`, sorted in `scratch` (no allocation). */
function sortedCopy(ring: Float64Array, n: number, scratch: Float64Array): Float64Array {
  for (let k = 0; k < n; k++) scratch[k] = ring[k] as number;
  // Insertion sort: at most 32 values.
  for (let k = 1; k < n; k++) {
    const value = scratch[k] as number;
    let j = k - 1;
    while (j >= 0 && (scratch[j] as number) > value) {
      scratch[j + 1] = scratch[j] as number;
      j--;
    }
    scratch[j + 1] = value;
  }
  return scratch;
}

/** The `q` quantile (linear interpolation) of the first `n` sorted values. */
function quantileOfSorted(sorted: Float64Array, n: number, q: number): number {
  const position = (n - 1) * q;
  const low = Math.floor(position);
  const high = Math.min(n - 1, low + 1);
  return (sorted[low] as number) + ((sorted[high] as number) - (sorted[low] as number)) * (position - low);
}
