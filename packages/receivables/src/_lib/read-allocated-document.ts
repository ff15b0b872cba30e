import { creditNoteSchema, isCurrencyCode, minorDigits, parseInput, paymentSchema, tryDayNumber } from '@overdue/core';
import type { CreditNoteInput, PaymentInput } from '@overdue/core';
import { fastMinor } from './read-invoice';

/** A payment or credit note reduced to minor units and day numbers; reused from row to row. */
export interface AllocatedDocumentRow {
  id: string;
  customerId: string;
  currency: string;
  day: number;
  amountMinor: number;
  /** How many allocations the row holds; the arrays may be longer. */
  allocationCount: number;
  allocationInvoiceIds: string[];
  allocationMinor: number[];
}

/** A reusable row for {@link readAllocatedDocument} to fill. */
export function emptyDocumentRow(): AllocatedDocumentRow {
  return { id: '', customerId: '', currency: '', day: 0, amountMinor: 0, allocationCount: 0, allocationInvoiceIds: [], allocationMinor: [] };
}

/**
 * Reads a payment (`kind` payment: its `amount`) or credit note (its `total`) into `out`, with a
 * hand-written fast path and the zod schema as the fallback that reports the exact error.
 */
export function readAllocatedDocument(
  raw: PaymentInput | CreditNoteInput,
  kind: 'payment' | 'credit-note',
  listName: string,
  index: number,
  out: AllocatedDocumentRow,
): AllocatedDocumentRow {
  const row = raw as unknown as Record<string, unknown>;
  const { id, customerId, currency } = row;
  const rawAllocations = row.allocations;
  fast: if (
    typeof id === 'string' &&
    id.length > 0 &&
    typeof customerId === 'string' &&
    customerId.length > 0 &&
    isCurrencyCode(currency) &&
    (row.reference === undefined || typeof row.reference === 'string') &&
    (rawAllocations === undefined || Array.isArray(rawAllocations))
  ) {
    const digits = minorDigits(currency);
    const day = tryDayNumber(row.date);
    const amountMinor = fastMinor((kind === 'payment' ? row.amount : row.total) as string, digits);
    if (!(day === day && amountMinor > 0)) break fast;
    let allocated = 0;
    let count = 0;
    for (const allocation of (rawAllocations ?? []) as { invoiceId?: unknown; amount?: unknown }[]) {
      if (typeof allocation !== 'object' || allocation === null) break fast;
      const { invoiceId } = allocation;
      const minor = fastMinor(allocation.amount as string, digits);
      if (typeof invoiceId !== 'string' || invoiceId.length === 0 || !(minor > 0)) break fast;
      allocated += minor;
      out.allocationInvoiceIds[count] = invoiceId;
      out.allocationMinor[count] = minor;
      count++;
    }
    if (allocated <= amountMinor) return fill(out, id, customerId, currency, day, amountMinor, count);
  }
  const path = `${listName}[${index}]`;
  const document =
    kind === 'payment'
      ? (({ amount, ...rest }) => ({ ...rest, amount }))(parseInput(paymentSchema, raw, path))
      : (({ total, ...rest }) => ({ ...rest, amount: total }))(parseInput(creditNoteSchema, raw, path));
  document.allocations.forEach((allocation, index) => {
    out.allocationInvoiceIds[index] = allocation.invoiceId;
    out.allocationMinor[index] = allocation.amount.minor;
  });
  return fill(out, document.id, document.customerId, document.currency, tryDayNumber(document.date), document.amount.minor, document.allocations.length);
}

function fill(out: AllocatedDocumentRow, id: string, customerId: string, currency: string, day: number, amountMinor: number, count: number): AllocatedDocumentRow {
  out.id = id;
  out.customerId = customerId;
  out.currency = currency;
  out.day = day;
  out.amountMinor = amountMinor;
  out.allocationCount = count;
  return out;
}
