import { creditNoteSchema, isCurrencyCode, minorDigits, parseInput, paymentSchema, tryDayNumber } from '@overdue/core';
import type { CreditNoteInput, PaymentInput } from '@overdue/core';
import { fastMinor } from './read-invoice';

/** A payment or credit note reduced to minor units and day numbers. */
export interface AllocatedDocumentRow {
  id: string;
  customerId: string;
  currency: string;
  day: number;
  amountMinor: number;
  allocations: { invoiceId: string; minor: number }[];
}

/** Reads a payment (`amountKey` = `amount`) or credit note (`total`) with a fast path and a zod fallback. */
export function readAllocatedDocument(
  raw: PaymentInput | CreditNoteInput,
  kind: 'payment' | 'credit-note',
  path: string,
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
    const allocations: { invoiceId: string; minor: number }[] = [];
    let allocated = 0;
    for (const allocation of (rawAllocations ?? []) as { invoiceId?: unknown; amount?: unknown }[]) {
      if (typeof allocation !== 'object' || allocation === null) break fast;
      const { invoiceId } = allocation;
      const minor = fastMinor(allocation.amount as string, digits);
      if (typeof invoiceId !== 'string' || invoiceId.length === 0 || !(minor > 0)) break fast;
      allocated += minor;
      allocations.push({ invoiceId, minor });
    }
    if (allocated <= amountMinor) return { id, customerId, currency, day, amountMinor, allocations };
  }
  if (kind === 'payment') {
    const payment = parseInput(paymentSchema, raw, path);
    return toRow(payment.id, payment.customerId, payment.currency, payment.date, payment.amount.minor, payment.allocations);
  }
  const note = parseInput(creditNoteSchema, raw, path);
  return toRow(note.id, note.customerId, note.currency, note.date, note.total.minor, note.allocations);
}

function toRow(
  id: string,
  customerId: string,
  currency: string,
  date: string,
  amountMinor: number,
  allocations: { invoiceId: string; amount: { minor: number } }[],
): AllocatedDocumentRow {
  return {
    id,
    customerId,
    currency,
    day: tryDayNumber(date),
    amountMinor,
    allocations: allocations.map((allocation) => ({ invoiceId: allocation.invoiceId, minor: allocation.amount.minor })),
  };
}
