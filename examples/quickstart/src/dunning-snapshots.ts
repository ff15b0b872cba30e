import type { CollectionsEvent, Ledger, LedgerInput } from '@overdue/core';
import { ledgerSchema } from '@overdue/core';
import type { CustomerSnapshot } from '@overdue/dunning';

/** A payer's score and segment, as `scorePayers` gives them. */
export interface SnapshotPayer {
  customerId: string;
  score: number;
  segment: string;
}

/** Options of {@link dunningSnapshots}. */
export interface DunningSnapshotOptions {
  /** Payer scores and segments, for scenario conditions on them. Optional. */
  payers?: readonly SnapshotPayer[];
  /** Collections events (promises, disputes, opt-outs, messages sent). Optional. */
  events?: readonly CollectionsEvent[];
}

/**
 * One dunning snapshot per customer of a ledger, as a host builds them each night: the customer with its
 * contacts, its open invoices (something still due), its payments and credit notes (for unapplied cash and
 * credits), its events and its payer score. Customers with nothing open are left out.
 */
export function dunningSnapshots(
  ledger: LedgerInput | Ledger,
  options: DunningSnapshotOptions = {},
): CustomerSnapshot[] {
  const parsed = ledgerSchema.parse(ledger);
  const byCustomer = new Map<string, CustomerSnapshot>();
  for (const customer of parsed.customers) {
    byCustomer.set(customer.id, { customer, invoices: [], payments: [], creditNotes: [], events: [] });
  }
  const invoices = groupByCustomer(
    parsed.invoices.filter((invoice) => invoice.status === 'open' && invoice.amountDue.minor > 0),
  );
  const payments = groupByCustomer(parsed.payments);
  const credits = groupByCustomer(parsed.creditNotes);
  const events = groupByCustomer(options.events ?? []);
  const payers = new Map((options.payers ?? []).map((payer) => [payer.customerId, payer]));
  const snapshots: CustomerSnapshot[] = [];
  for (const [customerId, open] of invoices) {
    const base = byCustomer.get(customerId);
    if (base === undefined) continue;
    const payer = payers.get(customerId);
    snapshots.push({
      ...base,
      invoices: open,
      payments: payments.get(customerId) ?? [],
      creditNotes: credits.get(customerId) ?? [],
      events: events.get(customerId) ?? [],
      ...(payer === undefined ? {} : { payer: { score: payer.score, segment: payer.segment } }),
    });
  }
  return snapshots;
}

function groupByCustomer<T extends { customerId: string }>(items: readonly T[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const item of items) {
    const list = grouped.get(item.customerId);
    if (list === undefined) grouped.set(item.customerId, [item]);
    else list.push(item);
  }
  return grouped;
}
