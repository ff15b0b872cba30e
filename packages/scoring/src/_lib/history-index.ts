import type { CollectionsEvent } from '@overdue/core';
import type { InvoiceSettlements } from '@overdue/receivables';
import { minorScaleOf } from './minor-scale';
import { sharedFloat64Array, sharedInt32Array, sharedUint8Array } from './shared-arrays';

/** Event kinds scoring reads; other event types are not indexed. */
export const PROMISE_MADE = 1;
export const PROMISE_BROKEN = 2;
export const DISPUTE_OPENED = 3;
export const DISPUTE_RESOLVED = 4;

const EVENT_KINDS: Readonly<Record<string, number>> = {
  'promise-made': PROMISE_MADE,
  'promise-broken': PROMISE_BROKEN,
  'dispute-opened': DISPUTE_OPENED,
  'dispute-resolved': DISPUTE_RESOLVED,
};

/**
 * A ledger's invoices grouped by customer (CSR form): invoices of customer `c` in issue order are
 * `issueOrder[issueStart[c]]` up to `issueOrder[issueStart[c + 1]]`; the settled ones in settlement order
 * likewise in `settleOrder`; the customer's events in day order in `eventDay`/`eventKind`.
 * Invoices with a zero total (void, draft) belong to no customer.
 */
export interface HistoryIndex {
  readonly settlements: InvoiceSettlements;
  readonly customers: string[];
  readonly customerOf: Map<string, number>;
  readonly issueStart: Int32Array;
  readonly issueOrder: Int32Array;
  readonly settleStart: Int32Array;
  readonly settleOrder: Int32Array;
  readonly eventStart: Int32Array;
  readonly eventDay: Int32Array;
  readonly eventKind: Uint8Array;
  /**
   * Copies of the columns a customer replay reads, laid out in `issueOrder` and `settleOrder` so that
   * replaying one customer reads memory in sequence rather than jumping across the ledger.
   */
  readonly issued: IssuedColumns;
  readonly settled: {
    /** The invoice's position in `issueOrder` (where its issue-ordered columns are). */
    readonly position: Int32Array;
    readonly day: Int32Array;
    readonly dueDay: Int32Array;
    readonly issueDay: Int32Array;
    /** 1 when settled after its due date or written off. */
    readonly late: Uint8Array;
  };
}

const MS_PER_DAY = 86_400_000;

/** Builds the per-customer index of a ledger's settlements and events. */
export function indexHistory(settlements: InvoiceSettlements, events: readonly CollectionsEvent[]): HistoryIndex {
  const { count, customerIds, totalMinor, issueDay, settledDay } = settlements;
  const customers: string[] = [];
  const customerOf = new Map<string, number>();
  const invoiceCustomer = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    if ((totalMinor[i] as number) <= 0) {
      invoiceCustomer[i] = -1;
      continue;
    }
    const id = customerIds[i] as string;
    let c = customerOf.get(id);
    if (c === undefined) {
      c = customers.length;
      customers.push(id);
      customerOf.set(id, c);
    }
    invoiceCustomer[i] = c;
  }
  const issue = groupByCustomer(invoiceCustomer, customers.length, issueDay, () => true);
  const settle = groupByCustomer(invoiceCustomer, customers.length, settledDay, (i) =>
    Number.isFinite(settledDay[i] as number),
  );

  const eventCustomer: number[] = [];
  const eventDays: number[] = [];
  const eventKinds: number[] = [];
  for (const event of events) {
    const kind = EVENT_KINDS[event.type];
    const c = customerOf.get(event.customerId);
    if (kind === undefined || c === undefined) continue;
    eventCustomer.push(c);
    eventDays.push(Math.floor(event.at.getTime() / MS_PER_DAY));
    eventKinds.push(kind);
  }
  const grouped = groupByCustomer(Int32Array.from(eventCustomer), customers.length, eventDays, () => true);
  const eventDay = sharedInt32Array(grouped.order.length);
  const eventKind = sharedUint8Array(grouped.order.length);
  for (let k = 0; k < grouped.order.length; k++) {
    const e = grouped.order[k] as number;
    eventDay[k] = eventDays[e] as number;
    eventKind[k] = eventKinds[e] as number;
  }
  return {
    settlements,
    issued: issuedColumns(settlements, issue.order, invoiceCustomer),
    settled: settledColumns(settlements, settle.order, issue.order),
    customers,
    customerOf,
    issueStart: issue.start,
    issueOrder: issue.order,
    settleStart: settle.start,
    settleOrder: settle.order,
    eventStart: grouped.start,
    eventDay,
    eventKind,
  };
}

/**
 * What replaying customers reads: typed arrays only (on shared memory where there is some), so worker
 * threads receive them without a copy. A {@link HistoryIndex} is one.
 */
export interface ReplayIndex {
  readonly issueStart: Int32Array;
  readonly settleStart: Int32Array;
  readonly eventStart: Int32Array;
  readonly eventDay: Int32Array;
  readonly eventKind: Uint8Array;
  readonly issued: Omit<IssuedColumns, 'invoiceIds'>;
  readonly settled: HistoryIndex['settled'];
}

/** The replay columns of an index, without its strings and maps (what is sent to a worker). */
export function replayIndexOf(index: HistoryIndex): ReplayIndex {
  const { invoiceIds: _ids, ...issued } = index.issued;
  const { issueStart, settleStart, eventStart, eventDay, eventKind, settled } = index;
  return { issueStart, settleStart, eventStart, eventDay, eventKind, issued, settled };
}

/** A ledger's invoices in `issueOrder`: customer by customer, each customer's in issue order. */
export interface IssuedColumns {
  readonly day: Int32Array;
  readonly dueDay: Int32Array;
  /** The settlement day, Infinity while open. */
  readonly settledDay: Float64Array;
  readonly totalMinor: Float64Array;
  /** 10 ** minor digits of the invoice's currency. */
  readonly minorScale: Float64Array;
  /** 0 unknown, 1 electronic, 2 paper. */
  readonly delivery: Uint8Array;
  /** The customer's index in `customers`. */
  readonly customer: Int32Array;
  readonly invoiceIds: readonly string[];
}

function issuedColumns(settlements: InvoiceSettlements, order: Int32Array, invoiceCustomer: Int32Array): IssuedColumns {
  const n = order.length;
  const day = sharedInt32Array(n);
  const dueDay = sharedInt32Array(n);
  const settledDay = sharedFloat64Array(n);
  const totalMinor = sharedFloat64Array(n);
  const minorScale = sharedFloat64Array(n);
  const delivery = sharedUint8Array(n);
  const customer = sharedInt32Array(n);
  const invoiceIds: string[] = [];
  const scales = new Map<string, number>();
  for (let k = 0; k < n; k++) {
    const row = order[k] as number;
    day[k] = settlements.issueDay[row] as number;
    dueDay[k] = settlements.dueDay[row] as number;
    settledDay[k] = settlements.settledDay[row] as number;
    totalMinor[k] = settlements.totalMinor[row] as number;
    minorScale[k] = minorScaleOf(scales, settlements.currencies[row] as string);
    delivery[k] = settlements.delivery[row] as number;
    customer[k] = invoiceCustomer[row] as number;
    invoiceIds.push(settlements.invoiceIds[row] as string);
  }
  return { day, dueDay, settledDay, totalMinor, minorScale, delivery, customer, invoiceIds };
}

function settledColumns(
  settlements: InvoiceSettlements,
  order: Int32Array,
  issueOrder: Int32Array,
): HistoryIndex['settled'] {
  const positionOf = new Int32Array(settlements.count).fill(-1);
  for (let k = 0; k < issueOrder.length; k++) positionOf[issueOrder[k] as number] = k;
  const position = sharedInt32Array(order.length);
  const day = sharedInt32Array(order.length);
  const dueDay = sharedInt32Array(order.length);
  const issueDay = sharedInt32Array(order.length);
  const late = sharedUint8Array(order.length);
  for (let k = 0; k < order.length; k++) {
    const row = order[k] as number;
    position[k] = positionOf[row] as number;
    day[k] = settlements.settledDay[row] as number;
    dueDay[k] = settlements.dueDay[row] as number;
    issueDay[k] = settlements.issueDay[row] as number;
    late[k] = (day[k] as number) > (dueDay[k] as number) || settlements.writtenOff[row] === 1 ? 1 : 0;
  }
  return { position, day, dueDay, issueDay, late };
}

/**
 * Groups row indexes by customer (counting sort, stable) and sorts each group by `day`, ties in row order.
 * Rows whose customer is -1 or that `keep` rejects are left out.
 */
function groupByCustomer(
  rowCustomer: Int32Array,
  customerCount: number,
  day: ArrayLike<number>,
  keep: (row: number) => boolean,
): { start: Int32Array; order: Int32Array } {
  const start = sharedInt32Array(customerCount + 1);
  for (let row = 0; row < rowCustomer.length; row++) {
    const c = rowCustomer[row] as number;
    if (c >= 0 && keep(row)) start[c + 1] = (start[c + 1] as number) + 1;
  }
  for (let c = 0; c < customerCount; c++) start[c + 1] = (start[c + 1] as number) + (start[c] as number);
  const order = sharedInt32Array(start[customerCount] as number);
  const cursor = start.slice(0, customerCount);
  for (let row = 0; row < rowCustomer.length; row++) {
    const c = rowCustomer[row] as number;
    if (c >= 0 && keep(row)) order[(cursor[c] as number)++] = row;
  }
  let keys = new Float64Array(0);
  for (let c = 0; c < customerCount; c++) {
    const from = start[c] as number;
    const to = start[c + 1] as number;
    let sorted = true;
    for (let k = from + 1; k < to && sorted; k++) {
      sorted = (day[order[k - 1] as number] as number) <= (day[order[k] as number] as number);
    }
    if (sorted) continue;
    // Pack (day, position) into one exact double so a numeric typed-array sort orders by day, then position.
    const length = to - from;
    if (keys.length < length) keys = new Float64Array(length * 2);
    const segment = keys.subarray(0, length);
    for (let k = 0; k < length; k++) segment[k] = (day[order[from + k] as number] as number) * 67_108_864 + k;
    segment.sort();
    const rows = order.slice(from, to);
    for (let k = 0; k < length; k++) {
      const key = segment[k] as number;
      order[from + k] = rows[key - Math.floor(key / 67_108_864) * 67_108_864] as number;
    }
  }
  return { start, order };
}
