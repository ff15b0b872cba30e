import type { LedgerInput } from '@overdue/core';
import { AmountOverflowError, CurrencyMismatchError, InvalidArgumentError } from '@overdue/core';
import type { LedgerWarning } from '../open-balances/ledger-warning';
import { PartitionedGroupSums } from './partitioned-group-sums';
import { emptyDocumentRow, readAllocatedDocument } from './read-allocated-document';
import { emptyInvoiceRow, readInvoice } from './read-invoice';

/** A span of days during which an amount of cash or credit is not applied to any invoice. */
export interface UnappliedSpan {
  customerId: string;
  currency: string;
  kind: 'cash' | 'credit';
  documentId: string;
  /** First day the amount is unapplied. */
  fromDay: number;
  /** First day it is applied again (`Infinity` when never). */
  untilDay: number;
  minor: number;
}

/**
 * A validated ledger in columnar form: per invoice, its dates as day numbers, its total in minor units and
 * its settlements (payments, credits, write-offs and settlements known only from the invoice) sorted by
 * day. Every receivables function works from this, so a ledger is read and checked once.
 */
export interface LedgerTimeline {
  readonly count: number;
  readonly invoiceIds: string[];
  readonly customerIds: string[];
  readonly numbers: string[];
  readonly currencies: string[];
  readonly issueDay: Int32Array;
  readonly dueDay: Int32Array;
  readonly totalMinor: Float64Array;
  readonly disputed: Uint8Array;
  /** How each invoice was sent: 0 unknown, 1 electronic, 2 paper. */
  readonly delivery: Uint8Array;
  /** 1 for written-off invoices, whose last settlement is the write-off rather than a payment. */
  readonly writtenOff: Uint8Array;
  /** Settlements of invoice `i` are at `settleStart[i]` up to `settleStart[i + 1]`, sorted by day. */
  readonly settleStart: Int32Array;
  readonly settleDay: Int32Array;
  readonly settleMinor: Float64Array;
  /** The day invoice `i` became fully settled, or `Infinity`. */
  readonly paidDay: Float64Array;
  readonly unapplied: UnappliedSpan[];
  readonly warnings: LedgerWarning[];
  readonly customerNames: Map<string, string>;
}

/** Settlements collected before they are sorted per invoice: three growable typed columns. */
class SettlementList {
  length = 0;
  invoice = new Int32Array(1024);
  day = new Int32Array(1024);
  minor = new Float64Array(1024);

  push(invoice: number, day: number, minor: number): void {
    if (this.length === this.invoice.length) {
      const capacity = this.length * 2;
      const invoices = new Int32Array(capacity);
      invoices.set(this.invoice);
      this.invoice = invoices;
      const days = new Int32Array(capacity);
      days.set(this.day);
      this.day = days;
      const amounts = new Float64Array(capacity);
      amounts.set(this.minor);
      this.minor = amounts;
    }
    this.invoice[this.length] = invoice;
    this.day[this.length] = day;
    this.minor[this.length] = minor;
    this.length++;
  }
}

function ensureArray(value: unknown, path: string, required: boolean): readonly unknown[] {
  if (value === undefined && !required) return [];
  if (!Array.isArray(value))
    throw new InvalidArgumentError(`expected an array, got ${value === null ? 'null' : typeof value}`, path);
  return value;
}

/** Reads, validates and indexes a ledger. */
export function buildLedgerTimeline(ledger: LedgerInput): LedgerTimeline {
  if (typeof ledger !== 'object' || ledger === null)
    throw new InvalidArgumentError('expected a ledger object with an invoices array', 'ledger');
  const rawInvoices = ensureArray(ledger.invoices, 'invoices', true);
  const rawPayments = ensureArray(ledger.payments, 'payments', false);
  const rawCredits = ensureArray(ledger.creditNotes, 'creditNotes', false);
  const customerNames = new Map<string, string>();
  for (const [index, customer] of ensureArray(ledger.customers, 'customers', false).entries()) {
    const { id, name } = (customer ?? {}) as { id?: unknown; name?: unknown };
    if (typeof id !== 'string' || id === '')
      throw new InvalidArgumentError('expected a non-empty identifier', `customers[${index}].id`);
    customerNames.set(id, typeof name === 'string' ? name : id);
  }

  const warnings: LedgerWarning[] = [];
  const count = rawInvoices.length;
  const invoiceIds: string[] = [];
  const customerIds: string[] = [];
  const numbers: string[] = [];
  const currencies: string[] = [];
  const issueDay = new Int32Array(count);
  const dueDay = new Int32Array(count);
  const totalMinor = new Float64Array(count);
  const amountDueMinor = new Float64Array(count);
  const closeDay = new Float64Array(count);
  const excluded = new Uint8Array(count);
  const disputed = new Uint8Array(count);
  const delivery = new Uint8Array(count);
  // Invoice ids, then the invoice id of every allocation, go through one exact partitioned grouping: a
  // hash join that finds duplicate invoices and resolves allocations without a random probe per row.
  const invoiceKeys = new PartitionedGroupSums(0, 0, count * 2);

  const row = emptyInvoiceRow();
  for (let index = 0; index < count; index++) {
    try {
      readInvoice(rawInvoices[index] as never, index, row);
    } catch (error) {
      invoiceKeys.discard();
      throw error;
    }
    invoiceKeys.add(row.id, 0, 0, 0);
    // push keeps the arrays in fast elements; `new Array(n)` above ~100k entries is a hash table in V8.
    invoiceIds.push(row.id);
    customerIds.push(row.customerId);
    numbers.push(row.number);
    currencies.push(row.currency);
    issueDay[index] = row.issueDay;
    dueDay[index] = row.dueDay;
    totalMinor[index] = row.totalMinor;
    amountDueMinor[index] = row.amountDueMinor;
    closeDay[index] = row.paidDay;
    disputed[index] = row.disputed ? 1 : 0;
    delivery[index] = row.delivery;
    if (row.status === 'void' || row.status === 'draft') excluded[index] = 1;
    if (row.status === 'written-off') excluded[index] = 2;
  }

  let documents: DocumentColumns;
  try {
    documents = readDocuments(rawPayments, rawCredits, invoiceKeys);
  } catch (error) {
    invoiceKeys.discard();
    throw error;
  }
  const { rowGroups, groups } = invoiceKeys.finish({ rowGroups: true, decodeKeys: false });
  const groupOfRow = rowGroups as Int32Array;
  const invoiceOfGroup = new Int32Array(groups).fill(-1);
  for (let index = 0; index < count; index++) {
    const group = groupOfRow[index] as number;
    const previous = invoiceOfGroup[group] as number;
    if (previous >= 0) {
      throw new InvalidArgumentError(
        `duplicate invoice id "${invoiceIds[index]}" (also invoices[${previous}])`,
        `invoices[${index}].id`,
      );
    }
    invoiceOfGroup[group] = index;
  }
  rejectDuplicateDocuments(documents);

  const pending = new SettlementList();
  const unapplied: UnappliedSpan[] = [];
  const allocatedMinor = new Float64Array(count);
  for (let doc = 0; doc < documents.id.length; doc++) {
    const kind = documents.kind[doc] === 0 ? 'payment' : 'credit-note';
    const spanKind = kind === 'payment' ? 'cash' : 'credit';
    const documentId = documents.id[doc] as string;
    const customerId = documents.customerId[doc] as string;
    const currency = documents.currency[doc] as string;
    const day = documents.day[doc] as number;
    let remaining = documents.amountMinor[doc] as number;
    const end = documents.allocationStart[doc + 1] as number;
    for (let allocation = documents.allocationStart[doc] as number; allocation < end; allocation++) {
      const invoice = invoiceOfGroup[groupOfRow[count + allocation] as number] as number;
      const minor = documents.allocationMinor[allocation] as number;
      const invoiceId = documents.allocationInvoiceId[allocation] as string;
      if (invoice < 0 || currencies[invoice] !== currency) {
        const name = kind === 'payment' ? 'payments' : 'creditNotes';
        const path = `${name}[${documents.index[doc]}].allocations[${allocation - (documents.allocationStart[doc] as number)}].invoiceId`;
        if (invoice < 0) throw new InvalidArgumentError(`no invoice with id "${invoiceId}" in the ledger`, path);
        throw new CurrencyMismatchError(currencies[invoice] as string, currency, path);
      }
      if (excluded[invoice] === 1) {
        warnings.push({
          code: 'allocation-to-void-invoice',
          invoiceId,
          documentId,
          message: `${kind} ${documentId} is allocated to invoice ${invoiceId}, which is void or draft; the amount is treated as unapplied`,
        });
        continue;
      }
      remaining -= minor;
      allocatedMinor[invoice] = (allocatedMinor[invoice] as number) + minor;
      const effectiveDay = Math.max(day, issueDay[invoice] as number);
      pending.push(invoice, effectiveDay, minor);
      if (effectiveDay > day) {
        unapplied.push({
          customerId,
          currency,
          kind: spanKind,
          documentId,
          fromDay: day,
          untilDay: effectiveDay,
          minor,
        });
      }
    }
    if (remaining > 0) {
      unapplied.push({
        customerId,
        currency,
        kind: spanKind,
        documentId,
        fromDay: day,
        untilDay: Number.POSITIVE_INFINITY,
        minor: remaining,
      });
    }
  }

  // Settlements the invoice records (total - amount due, write-offs) that no allocation explains.
  for (let index = 0; index < count; index++) {
    if (excluded[index] === 1) continue;
    const total = totalMinor[index] as number;
    const allocated = allocatedMinor[index] as number;
    const id = invoiceIds[index] as string;
    if (allocated > total) {
      throw new InvalidArgumentError(
        `allocations to invoice "${id}" add up to ${allocated} minor units, more than its total ${total}`,
        `invoices[${index}]`,
      );
    }
    const due = amountDueMinor[index] as number;
    const settled = total - due;
    const close = closeDay[index] as number;
    const knownDay = close === Number.POSITIVE_INFINITY ? (issueDay[index] as number) : close;
    if (settled > allocated) {
      pending.push(index, knownDay, settled - allocated);
      if (close === Number.POSITIVE_INFINITY) {
        warnings.push({
          code: 'settlement-date-unknown',
          invoiceId: id,
          message: `invoice ${id} records ${settled - allocated} minor units settled with no payment, credit or paid date; treated as settled on its issue date`,
        });
      }
    } else if (settled < allocated) {
      warnings.push({
        code: 'amount-due-mismatch',
        invoiceId: id,
        message: `invoice ${id} says ${due} minor units are due but its allocations leave ${total - allocated}; the allocations are used`,
      });
    }
    if (excluded[index] === 2) {
      const left = total - Math.max(settled, allocated);
      if (left > 0) pending.push(index, knownDay, left);
      if (left > 0 && close === Number.POSITIVE_INFINITY) {
        warnings.push({
          code: 'settlement-date-unknown',
          invoiceId: id,
          message: `invoice ${id} is written off with no paid date (the write-off date); treated as written off on its issue date`,
        });
      }
    }
  }

  const settleStart = new Int32Array(count + 1);
  const settlements = pending.length;
  for (let at = 0; at < settlements; at++) {
    const invoice = (pending.invoice[at] as number) + 1;
    settleStart[invoice] = (settleStart[invoice] as number) + 1;
  }
  for (let index = 0; index < count; index++)
    settleStart[index + 1] = (settleStart[index + 1] as number) + (settleStart[index] as number);
  const fill = settleStart.slice(0, count);
  const settleDay = new Int32Array(settlements);
  const settleMinor = new Float64Array(settlements);
  for (let at = 0; at < settlements; at++) {
    const invoice = pending.invoice[at] as number;
    const to = fill[invoice] as number;
    fill[invoice] = to + 1;
    settleDay[to] = pending.day[at] as number;
    settleMinor[to] = pending.minor[at] as number;
  }
  const paidDay = new Float64Array(count);
  for (let index = 0; index < count; index++) {
    sortSegment(settleDay, settleMinor, settleStart[index] as number, settleStart[index + 1] as number);
    paidDay[index] =
      excluded[index] === 1
        ? Number.NEGATIVE_INFINITY
        : fullySettledDay(
            settleDay,
            settleMinor,
            settleStart[index] as number,
            settleStart[index + 1] as number,
            totalMinor[index] as number,
          );
    if ((totalMinor[index] as number) > Number.MAX_SAFE_INTEGER)
      throw new AmountOverflowError('an invoice total', `invoices[${index}].total`);
  }
  // Void and draft invoices never appear: their total counts as zero.
  for (let index = 0; index < count; index++) if (excluded[index] === 1) totalMinor[index] = 0;

  const writtenOff = excluded.map((flag) => (flag === 2 ? 1 : 0));
  return {
    count,
    invoiceIds,
    customerIds,
    numbers,
    currencies,
    issueDay,
    dueDay,
    totalMinor,
    disputed,
    delivery,
    writtenOff,
    settleStart,
    settleDay,
    settleMinor,
    paidDay,
    unapplied,
    warnings,
    customerNames,
  };
}

function sortSegment(days: Int32Array, amounts: Float64Array, start: number, end: number): void {
  for (let i = start + 1; i < end; i++) {
    const day = days[i] as number;
    const amount = amounts[i] as number;
    let j = i - 1;
    while (j >= start && (days[j] as number) > day) {
      days[j + 1] = days[j] as number;
      amounts[j + 1] = amounts[j] as number;
      j--;
    }
    days[j + 1] = day;
    amounts[j + 1] = amount;
  }
}

function fullySettledDay(days: Int32Array, amounts: Float64Array, start: number, end: number, total: number): number {
  if (total === 0) return Number.NEGATIVE_INFINITY;
  let settled = 0;
  for (let i = start; i < end; i++) {
    settled += amounts[i] as number;
    if (settled >= total) return days[i] as number;
  }
  return Number.POSITIVE_INFINITY;
}

/** The open amount of invoice `index` at the end of day `day` (zero before it is issued). */
export function openMinorAt(timeline: LedgerTimeline, index: number, day: number): number {
  if (day < (timeline.issueDay[index] as number)) return 0;
  let open = timeline.totalMinor[index] as number;
  const end = timeline.settleStart[index + 1] as number;
  for (let i = timeline.settleStart[index] as number; i < end; i++) {
    if ((timeline.settleDay[i] as number) > day) break;
    open -= timeline.settleMinor[i] as number;
  }
  return open;
}

/** Payments and credit notes, read into columns; allocations in CSR form. */
interface DocumentColumns {
  /** 0 payment, 1 credit note. */
  kind: number[];
  /** Position in its own list (`payments[i]` or `creditNotes[i]`). */
  index: number[];
  id: string[];
  customerId: string[];
  currency: string[];
  day: number[];
  amountMinor: number[];
  /** Allocations of document `d` are at `allocationStart[d]` up to `allocationStart[d + 1]`. */
  allocationStart: number[];
  allocationInvoiceId: string[];
  allocationMinor: number[];
}

function readDocuments(
  payments: readonly unknown[],
  credits: readonly unknown[],
  invoiceKeys: PartitionedGroupSums,
): DocumentColumns {
  const columns: DocumentColumns = {
    kind: [],
    index: [],
    id: [],
    customerId: [],
    currency: [],
    day: [],
    amountMinor: [],
    allocationStart: [0],
    allocationInvoiceId: [],
    allocationMinor: [],
  };
  const row = emptyDocumentRow();
  const lists: [readonly unknown[], 'payment' | 'credit-note', string][] = [
    [payments, 'payment', 'payments'],
    [credits, 'credit-note', 'creditNotes'],
  ];
  for (const [list, kind, name] of lists) {
    for (let index = 0; index < list.length; index++) {
      readAllocatedDocument(list[index] as never, kind, name, index, row);
      columns.kind.push(kind === 'payment' ? 0 : 1);
      columns.index.push(index);
      columns.id.push(row.id);
      columns.customerId.push(row.customerId);
      columns.currency.push(row.currency);
      columns.day.push(row.day);
      columns.amountMinor.push(row.amountMinor);
      for (let position = 0; position < row.allocationCount; position++) {
        const invoiceId = row.allocationInvoiceIds[position] as string;
        invoiceKeys.add(invoiceId, 0, 0, 0);
        columns.allocationInvoiceId.push(invoiceId);
        columns.allocationMinor.push(row.allocationMinor[position] as number);
      }
      columns.allocationStart.push(columns.allocationInvoiceId.length);
    }
  }
  return columns;
}

/** Rejects a payment or credit-note id used twice in its list, naming both positions. */
function rejectDuplicateDocuments(documents: DocumentColumns): void {
  const keys = new PartitionedGroupSums(0, 0, documents.id.length);
  for (let doc = 0; doc < documents.id.length; doc++)
    keys.add(documents.id[doc] as string, documents.kind[doc] as number, 0, 0);
  const { rowGroups, firstRows } = keys.finish({ rowGroups: true, decodeKeys: false });
  for (let doc = 0; doc < documents.id.length; doc++) {
    const first = firstRows[(rowGroups as Int32Array)[doc] as number] as number;
    if (first !== doc) {
      const name = documents.kind[doc] === 0 ? 'payments' : 'creditNotes';
      throw new InvalidArgumentError(
        `duplicate id "${documents.id[doc]}" (also ${name}[${documents.index[first]}])`,
        `${name}[${documents.index[doc]}].id`,
      );
    }
  }
}

/**
 * Calls `visit(index, openMinor)` for every invoice with money open at the end of `day`, in ledger order,
 * and returns how many invoices (void and draft aside) were issued after `day`.
 */
export function forEachOpenInvoice(
  timeline: LedgerTimeline,
  day: number,
  visit: (index: number, openMinor: number) => void,
): number {
  let notYetIssued = 0;
  for (let index = 0; index < timeline.count; index++) {
    if ((timeline.issueDay[index] as number) > day) {
      if ((timeline.totalMinor[index] as number) > 0) notYetIssued++;
      continue;
    }
    if ((timeline.paidDay[index] as number) <= day) continue;
    const openMinor = openMinorAt(timeline, index, day);
    if (openMinor > 0) visit(index, openMinor);
  }
  return notYetIssued;
}

/** The unapplied cash and credit spans in force at the end of `day`. */
export function unappliedAt(timeline: LedgerTimeline, day: number): UnappliedSpan[] {
  return timeline.unapplied.filter((span) => span.fromDay <= day && span.untilDay > day);
}

/** The timeline's warnings as fresh objects, so a caller editing a result never changes a prepared ledger. */
export function copyWarnings(timeline: LedgerTimeline): LedgerWarning[] {
  return timeline.warnings.map((warning) => ({ ...warning }));
}
