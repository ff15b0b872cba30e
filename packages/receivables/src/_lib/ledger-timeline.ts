import { AmountOverflowError, CurrencyMismatchError, InvalidArgumentError } from '@overdue/core';
import type { LedgerInput } from '@overdue/core';
import type { LedgerWarning } from '../open-balances/ledger-warning';
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
  if (!Array.isArray(value)) throw new InvalidArgumentError(`expected an array, got ${value === null ? 'null' : typeof value}`, path);
  return value;
}

/** Reads, validates and indexes a ledger. */
export function buildLedgerTimeline(ledger: LedgerInput): LedgerTimeline {
  if (typeof ledger !== 'object' || ledger === null) throw new InvalidArgumentError('expected a ledger object with an invoices array', 'ledger');
  const rawInvoices = ensureArray(ledger.invoices, 'invoices', true);
  const rawPayments = ensureArray(ledger.payments, 'payments', false);
  const rawCredits = ensureArray(ledger.creditNotes, 'creditNotes', false);
  const customerNames = new Map<string, string>();
  for (const [index, customer] of ensureArray(ledger.customers, 'customers', false).entries()) {
    const { id, name } = (customer ?? {}) as { id?: unknown; name?: unknown };
    if (typeof id !== 'string' || id === '') throw new InvalidArgumentError('expected a non-empty identifier', `customers[${index}].id`);
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
  const indexById = new Map<string, number>();

  const row = emptyInvoiceRow();
  for (let index = 0; index < count; index++) {
    readInvoice(rawInvoices[index] as never, index, row);
    const previous = indexById.get(row.id);
    if (previous !== undefined) {
      throw new InvalidArgumentError(`duplicate invoice id "${row.id}" (also invoices[${previous}])`, `invoices[${index}].id`);
    }
    indexById.set(row.id, index);
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
    if (row.status === 'void' || row.status === 'draft') excluded[index] = 1;
    if (row.status === 'written-off') excluded[index] = 2;
  }

  const pending = new SettlementList();
  const document = emptyDocumentRow();
  const unapplied: UnappliedSpan[] = [];
  const allocatedMinor = new Float64Array(count);
  const documents: [readonly unknown[], 'payment' | 'credit-note', string][] = [
    [rawPayments, 'payment', 'payments'],
    [rawCredits, 'credit-note', 'creditNotes'],
  ];
  for (const [list, kind, name] of documents) {
    const seen = new Set<string>();
    for (let index = 0; index < list.length; index++) {
      readAllocatedDocument(list[index] as never, kind, name, index, document);
      if (seen.has(document.id)) throw new InvalidArgumentError(`duplicate id "${document.id}"`, `${name}[${index}].id`);
      seen.add(document.id);
      const spanKind = kind === 'payment' ? 'cash' : 'credit';
      let remaining = document.amountMinor;
      for (let position = 0; position < document.allocationCount; position++) {
        const invoiceId = document.allocationInvoiceIds[position] as string;
        const minor = document.allocationMinor[position] as number;
        const invoice = indexById.get(invoiceId);
        if (invoice === undefined || currencies[invoice] !== document.currency) {
          const path = `${name}[${index}].allocations[${position}].invoiceId`;
          if (invoice === undefined) throw new InvalidArgumentError(`no invoice with id "${invoiceId}" in the ledger`, path);
          throw new CurrencyMismatchError(currencies[invoice] as string, document.currency, path);
        }
        if (excluded[invoice] === 1) {
          warnings.push({ code: 'allocation-to-void-invoice', invoiceId, documentId: document.id, message: `${kind} ${document.id} is allocated to invoice ${invoiceId}, which is void or draft; the amount is treated as unapplied` });
          continue;
        }
        remaining -= minor;
        allocatedMinor[invoice] = (allocatedMinor[invoice] as number) + minor;
        const effectiveDay = Math.max(document.day, issueDay[invoice] as number);
        pending.push(invoice, effectiveDay, minor);
        if (effectiveDay > document.day) {
          unapplied.push({ customerId: document.customerId, currency: document.currency, kind: spanKind, documentId: document.id, fromDay: document.day, untilDay: effectiveDay, minor });
        }
      }
      if (remaining > 0) {
        unapplied.push({ customerId: document.customerId, currency: document.currency, kind: spanKind, documentId: document.id, fromDay: document.day, untilDay: Number.POSITIVE_INFINITY, minor: remaining });
      }
    }
  }

  // Settlements the invoice records (total - amount due, write-offs) that no allocation explains.
  for (let index = 0; index < count; index++) {
    if (excluded[index] === 1) continue;
    const total = totalMinor[index] as number;
    const allocated = allocatedMinor[index] as number;
    const id = invoiceIds[index] as string;
    if (allocated > total) {
      throw new InvalidArgumentError(`allocations to invoice "${id}" add up to ${allocated} minor units, more than its total ${total}`, `invoices[${index}]`);
    }
    const due = amountDueMinor[index] as number;
    const settled = total - due;
    const close = closeDay[index] as number;
    const knownDay = close === Number.POSITIVE_INFINITY ? (issueDay[index] as number) : close;
    if (settled > allocated) {
      pending.push(index, knownDay, settled - allocated);
      if (close === Number.POSITIVE_INFINITY) {
        warnings.push({ code: 'settlement-date-unknown', invoiceId: id, message: `invoice ${id} records ${settled - allocated} minor units settled with no payment, credit or paid date; treated as settled on its issue date` });
      }
    } else if (settled < allocated) {
      warnings.push({ code: 'amount-due-mismatch', invoiceId: id, message: `invoice ${id} says ${due} minor units are due but its allocations leave ${total - allocated}; the allocations are used` });
    }
    if (excluded[index] === 2) {
      const left = total - Math.max(settled, allocated);
      if (left > 0) pending.push(index, knownDay, left);
    }
  }

  const settleStart = new Int32Array(count + 1);
  const settlements = pending.length;
  for (let at = 0; at < settlements; at++) {
    const invoice = (pending.invoice[at] as number) + 1;
    settleStart[invoice] = (settleStart[invoice] as number) + 1;
  }
  for (let index = 0; index < count; index++) settleStart[index + 1] = (settleStart[index + 1] as number) + (settleStart[index] as number);
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
    paidDay[index] = excluded[index] === 1 ? Number.NEGATIVE_INFINITY : fullySettledDay(settleDay, settleMinor, settleStart[index] as number, settleStart[index + 1] as number, totalMinor[index] as number);
    if ((totalMinor[index] as number) > Number.MAX_SAFE_INTEGER) throw new AmountOverflowError('an invoice total', `invoices[${index}].total`);
  }
  // Void and draft invoices never appear: their total counts as zero.
  for (let index = 0; index < count; index++) if (excluded[index] === 1) totalMinor[index] = 0;

  const writtenOff = excluded.map((flag) => (flag === 2 ? 1 : 0));
  return { count, invoiceIds, customerIds, numbers, currencies, issueDay, dueDay, totalMinor, disputed, writtenOff, settleStart, settleDay, settleMinor, paidDay, unapplied, warnings, customerNames };
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
