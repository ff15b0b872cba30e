import type { Invoice, InvoiceInput, Money } from '@overdue/core';
import { minorDigits } from '@overdue/core';

const digitsOf = new Map<string, number>();

/** Exact decimal text of money (`{ GBP, 123456 }` → `'1234.56'`), without Intl: this runs per invoice. */
function decimalText(money: Money): string {
  let digits = digitsOf.get(money.currency);
  if (digits === undefined) {
    digits = minorDigits(money.currency);
    digitsOf.set(money.currency, digits);
  }
  const negative = money.minor < 0;
  const text = String(Math.abs(money.minor)).padStart(digits + 1, '0');
  const whole = digits === 0 ? text : `${text.slice(0, text.length - digits)}.${text.slice(text.length - digits)}`;
  return negative ? `-${whole}` : whole;
}

/** An invoice as ledger input (amounts as decimal strings), for scoring and KPI functions. */
export function toInvoiceInput(invoice: Invoice): InvoiceInput {
  return {
    id: invoice.id,
    customerId: invoice.customerId,
    number: invoice.number,
    currency: invoice.currency,
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    total: decimalText(invoice.total),
    amountDue: decimalText(invoice.amountDue),
    ...(invoice.paidDate === undefined ? {} : { paidDate: invoice.paidDate }),
    ...(invoice.disputed === true ? { disputed: true } : {}),
  };
}
