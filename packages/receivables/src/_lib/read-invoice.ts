import type { InvoiceInput, InvoiceStatus, MoneyInput } from '@overdue/core';
import { invoiceSchema, isCurrencyCode, minorDigits, parseInput, tryDayNumber, tryParseMinor } from '@overdue/core';

/** An invoice reduced to what receivables arithmetic needs, amounts in minor units, dates as day numbers. */
export interface InvoiceRow {
  id: string;
  customerId: string;
  number: string;
  currency: string;
  issueDay: number;
  dueDay: number;
  totalMinor: number;
  amountDueMinor: number;
  status: InvoiceStatus;
  paidDay: number;
  disputed: boolean;
  /** 0 unknown, 1 electronic, 2 paper. */
  delivery: number;
}

const STATUSES: ReadonlySet<string> = new Set(['draft', 'open', 'paid', 'void', 'written-off']);

/** Reads an amount on the fast path: decimal strings and exact numbers. NaN sends the row to zod. */
export function fastMinor(amount: MoneyInput | undefined, digits: number): number {
  if (typeof amount === 'string') return tryParseMinor(amount, digits);
  if (typeof amount === 'number' && Number.isFinite(amount)) {
    const text = String(amount);
    return text.includes('e') ? Number.NaN : tryParseMinor(text, digits);
  }
  return Number.NaN;
}

/** A reusable row for {@link readInvoice} to fill. */
export function emptyInvoiceRow(): InvoiceRow {
  return {
    id: '',
    customerId: '',
    number: '',
    currency: '',
    issueDay: 0,
    dueDay: 0,
    totalMinor: 0,
    amountDueMinor: 0,
    status: 'open',
    paidDay: 0,
    disputed: false,
    delivery: 0,
  };
}

/**
 * Reads one invoice into `out` (reused, so a million rows allocate nothing). Common rows are checked by
 * hand-written code; anything that code does not accept goes through the zod schema, which either throws
 * the precise error with its path or accepts a form the fast path leaves to it (decimal.js amounts,
 * installments).
 */
export function readInvoice(raw: InvoiceInput, index: number, out: InvoiceRow): InvoiceRow {
  // A non-object row reads as {}, fails every check below and reaches the schema, which reports it.
  const row = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof InvoiceInput, unknown>>;
  const { id, customerId, number, currency, status, paidDate, disputed, delivery } = row;
  if (
    typeof id === 'string' &&
    id.length > 0 &&
    typeof customerId === 'string' &&
    customerId.length > 0 &&
    typeof number === 'string' &&
    isCurrencyCode(currency) &&
    (status === undefined || (typeof status === 'string' && STATUSES.has(status))) &&
    (disputed === undefined || typeof disputed === 'boolean') &&
    (delivery === undefined || delivery === 'electronic' || delivery === 'paper') &&
    row.installments === undefined &&
    row.paymentUrl === undefined &&
    row.tags === undefined
  ) {
    const issueDay = tryDayNumber(row.issueDate);
    const dueDay = tryDayNumber(row.dueDate);
    const paidDay = paidDate === undefined ? Number.POSITIVE_INFINITY : tryDayNumber(paidDate);
    const digits = minorDigits(currency);
    const totalMinor = fastMinor(row.total as MoneyInput, digits);
    const amountDueMinor = fastMinor(row.amountDue as MoneyInput, digits);
    const resolvedStatus = (status ?? (amountDueMinor === 0 ? 'paid' : 'open')) as InvoiceStatus;
    // Every comparison is false for NaN, so a bad date or amount falls through to zod.
    if (
      dueDay >= issueDay &&
      paidDay >= issueDay &&
      totalMinor >= 0 &&
      amountDueMinor >= 0 &&
      amountDueMinor <= totalMinor &&
      (resolvedStatus !== 'paid' || amountDueMinor === 0)
    ) {
      out.id = id;
      out.customerId = customerId;
      out.number = number;
      out.currency = currency;
      out.issueDay = issueDay;
      out.dueDay = dueDay;
      out.totalMinor = totalMinor;
      out.amountDueMinor = amountDueMinor;
      out.status = resolvedStatus;
      out.paidDay = paidDay;
      out.disputed = disputed === true;
      out.delivery = deliveryCode(delivery);
      return out;
    }
  }
  const invoice = parseInput(invoiceSchema, raw, `invoices[${index}]`);
  out.id = invoice.id;
  out.customerId = invoice.customerId;
  out.number = invoice.number;
  out.currency = invoice.currency;
  out.issueDay = tryDayNumber(invoice.issueDate);
  out.dueDay = tryDayNumber(invoice.dueDate);
  out.totalMinor = invoice.total.minor;
  out.amountDueMinor = invoice.amountDue.minor;
  out.status = invoice.status;
  out.paidDay = invoice.paidDate === undefined ? Number.POSITIVE_INFINITY : tryDayNumber(invoice.paidDate);
  out.disputed = invoice.disputed === true;
  out.delivery = deliveryCode(invoice.delivery);
  return out;
}

function deliveryCode(delivery: unknown): number {
  return delivery === 'electronic' ? 1 : delivery === 'paper' ? 2 : 0;
}
