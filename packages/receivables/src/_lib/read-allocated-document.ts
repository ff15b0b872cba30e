import type { CreditNoteInput, PaymentInput } from '@overdue/core';
import { creditNoteSchema, isCurrencyCode, minorDigits, parseInput, paymentSchema, tryDayNumber } from '@overdue/core';
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
  return {
    id: '',
    customerId: '',
    currency: '',
    day: 0,
    amountMinor: 0,
    allocationCount: 0,
    allocationInvoiceIds: [],
    allocationMinor: [],
  };
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
  if (typeof raw === 'object' && raw !== null && readFast(raw as unknown as Record<string, unknown>, kind, out))
    return out;
  const path = `${listName}[${index}]`;
  const document =
    kind === 'payment'
      ? (({ amount, ...rest }) => ({ ...rest, amount }))(parseInput(paymentSchema, raw, path))
      : (({ total, ...rest }) => ({ ...rest, amount: total }))(parseInput(creditNoteSchema, raw, path));
  document.allocations.forEach((allocation, index) => {
    out.allocationInvoiceIds[index] = allocation.invoiceId;
    out.allocationMinor[index] = allocation.amount.minor;
  });
  return fill(
    out,
    document.id,
    document.customerId,
    document.currency,
    tryDayNumber(document.date),
    document.amount.minor,
    document.allocations.length,
  );
}

/** The hand-written check of the common forms; false sends the row to the zod schema. */
function readFast(row: Record<string, unknown>, kind: 'payment' | 'credit-note', out: AllocatedDocumentRow): boolean {
  const { id, customerId, currency } = row;
  const rawAllocations = row.allocations;
  if (
    !(
      typeof id === 'string' &&
      id.length > 0 &&
      typeof customerId === 'string' &&
      customerId.length > 0 &&
      isCurrencyCode(currency) &&
      (row.reference === undefined || typeof row.reference === 'string') &&
      (rawAllocations === undefined || Array.isArray(rawAllocations))
    )
  ) {
    return false;
  }
  const digits = minorDigits(currency);
  const day = tryDayNumber(row.date);
  const amountMinor = fastMinor((kind === 'payment' ? row.amount : row.total) as string, digits);
  if (Number.isNaN(day) || !(amountMinor > 0)) return false;
  let allocated = 0;
  let count = 0;
  for (const allocation of (rawAllocations ?? []) as { invoiceId?: unknown; amount?: unknown }[]) {
    if (typeof allocation !== 'object' || allocation === null) return false;
    const { invoiceId } = allocation;
    const minor = fastMinor(allocation.amount as string, digits);
    if (typeof invoiceId !== 'string' || invoiceId.length === 0 || !(minor > 0)) return false;
    allocated += minor;
    out.allocationInvoiceIds[count] = invoiceId;
    out.allocationMinor[count] = minor;
    count++;
  }
  if (allocated > amountMinor) return false;
  fill(out, id, customerId, currency, day, amountMinor, count);
  return true;
}

function fill(
  out: AllocatedDocumentRow,
  id: string,
  customerId: string,
  currency: string,
  day: number,
  amountMinor: number,
  count: number,
): AllocatedDocumentRow {
  out.id = id;
  out.customerId = customerId;
  out.currency = currency;
  out.day = day;
  out.amountMinor = amountMinor;
  out.allocationCount = count;
  return out;
}
