import type { InvoiceInput, LedgerInput } from '@overdue/core';
import { addDays, createRandom } from '@overdue/core';

/** Options of {@link syntheticLedger}. */
export interface SyntheticLedgerOptions {
  customers: number;
  invoicesPerCustomer: number;
  seed: number;
  /** Invoices settled after this day are left open. Default: none left open. */
  openAfter?: string;
  firstDate?: string;
}

/**
 * A seeded ledger of customers with different habits: some pay early, some a few days late, some weeks
 * late, and some get worse over time. Settlements are paid dates on the invoices.
 */
export function syntheticLedger(options: SyntheticLedgerOptions): LedgerInput & { invoices: InvoiceInput[] } {
  const random = createRandom(options.seed);
  const invoices: InvoiceInput[] = [];
  const first = options.firstDate ?? '2024-01-01';
  for (let c = 0; c < options.customers; c++) {
    const habit = Math.floor(random.next() * 4); // 0 prompt, 1 forgetful, 2 chronic, 3 deteriorating
    const electronic = random.next() < 0.5;
    let day = Math.floor(random.next() * 20);
    for (let k = 0; k < options.invoicesPerCustomer; k++) {
      day += 10 + Math.floor(random.next() * 30);
      const issueDate = addDays(first, day);
      const dueDate = addDays(issueDate, 30);
      const noise = random.next();
      let delay: number;
      if (habit === 0) delay = noise < 0.9 ? -Math.floor(random.next() * 10) : Math.floor(random.next() * 5);
      else if (habit === 1) delay = noise < 0.5 ? Math.floor(random.next() * 8) + 1 : -Math.floor(random.next() * 5);
      else if (habit === 2) delay = 15 + Math.floor(random.next() * 40);
      else
        delay =
          k < options.invoicesPerCustomer / 2 ? -Math.floor(random.next() * 5) : 10 + Math.floor(random.next() * 30);
      if (electronic) delay -= 2;
      const paidDate = addDays(dueDate, Math.max(delay, -29));
      const amount = (100 + Math.floor(random.next() * 900)).toString();
      const id = `C${c}-${k}`;
      const base = { id, customerId: `C${c}`, number: id, currency: 'EUR', issueDate, dueDate, total: amount };
      const delivery = electronic ? ('electronic' as const) : ('paper' as const);
      if (options.openAfter !== undefined && paidDate > options.openAfter) {
        invoices.push({ ...base, amountDue: amount, delivery });
      } else {
        invoices.push({ ...base, amountDue: '0', paidDate, delivery });
      }
    }
  }
  return { invoices };
}
