import type { InvoiceInput, PaymentInput } from '@overdue/core';
import { createRandom, dayNumberToCivilDate, tryDayNumber } from '@overdue/core';

/**
 * A synthetic ledger over `months` months ending `end`: `invoices` invoices and about as many payments
 * (most invoices paid in full by one payment, some partially, some still open), amounts as decimal
 * strings, all fresh string instances.
 */
export function generateLedger(
  invoices: number,
  customers: number,
  months: number,
  end: string,
  seed: number,
): { invoices: InvoiceInput[]; payments: PaymentInput[] } {
  const random = createRandom(seed);
  const endDay = tryDayNumber(end);
  const span = Math.round(months * 30.44);
  const invoiceRows: InvoiceInput[] = [];
  const payments: PaymentInput[] = [];
  for (let index = 0; index < invoices; index++) {
    const issueDay = endDay - span + random.integer(span);
    const dueDay = issueDay + 30;
    const cents = random.integer(500_000) + 1000;
    const customerId = `C${String(random.integer(customers)).padStart(6, '0')}`;
    const id = `I${String(index).padStart(8, '0')}`;
    const roll = random.next();
    const payDay = dueDay - 20 + random.integer(50);
    let paid = 0;
    if (payDay <= endDay && roll < 0.97) {
      paid = roll < 0.9 ? cents : Math.floor(cents / 2);
      const amount = `${Math.floor(paid / 100)}.${String(paid % 100).padStart(2, '0')}`;
      payments.push({
        id: `P${String(index).padStart(8, '0')}`,
        customerId,
        currency: 'EUR',
        date: dayNumberToCivilDate(payDay),
        amount,
        allocations: [{ invoiceId: id, amount }],
      });
    }
    const due = cents - paid;
    invoiceRows.push({
      id,
      customerId,
      number: id,
      currency: 'EUR',
      issueDate: dayNumberToCivilDate(issueDay),
      dueDate: dayNumberToCivilDate(dueDay),
      total: `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`,
      amountDue: `${Math.floor(due / 100)}.${String(due % 100).padStart(2, '0')}`,
      ...(due === 0 ? { status: 'paid' as const, paidDate: dayNumberToCivilDate(payDay) } : {}),
    });
  }
  return { invoices: invoiceRows, payments };
}
