import type { CivilDate, CollectionsEvent, InvoiceInput } from '@overdue/core';
import { addDays, createRandom } from '@overdue/core';
import type { PayerProfile } from './sample-ledger';

/** Options of {@link sampleCollectionsEvents}. */
export interface SampleEventsOptions {
  /** The day the events lead up to; none is dated after it. */
  asOf: CivilDate;
  /** Seed of the generator. */
  seed: number | string;
}

const at = (date: CivilDate, time = '10:00:00') => new Date(`${date}T${time}Z`);

/**
 * The collections events a host would have recorded for the sample ledger up to `asOf`, to show what holds
 * do: a dispute opened a week after the due date on every open invoice the ledger marks disputed; promises
 * to pay from about one chronically late payer in four with something overdue (a fresh promise on its
 * oldest overdue invoice, or, for the first and every third, a promise whose date has passed); and the reminder a
 * quarter of the customers with overdue invoices were sent two days ago. Seeded.
 */
export function sampleCollectionsEvents(
  invoices: readonly InvoiceInput[],
  profiles: ReadonlyMap<string, PayerProfile>,
  options: SampleEventsOptions,
): CollectionsEvent[] {
  const random = createRandom(options.seed);
  const { asOf } = options;
  const events: CollectionsEvent[] = [];
  const oldestOverdue = new Map<string, InvoiceInput>();
  for (const invoice of invoices) {
    const open = (invoice.status ?? 'open') === 'open' && Number(invoice.amountDue) > 0;
    if (!open) continue;
    if (invoice.disputed === true && addDays(invoice.dueDate, 7) <= asOf) {
      events.push({
        type: 'dispute-opened',
        at: at(addDays(invoice.dueDate, 7)),
        customerId: invoice.customerId,
        invoiceIds: [invoice.id],
        reason: 'Goods returned; quantity disputed',
      } as CollectionsEvent);
    }
    if (invoice.dueDate < asOf) {
      const known = oldestOverdue.get(invoice.customerId);
      if (known === undefined || invoice.dueDate < known.dueDate) oldestOverdue.set(invoice.customerId, invoice);
    }
  }
  let promises = 0;
  for (const [customerId, invoice] of [...oldestOverdue].sort(([a], [b]) => a.localeCompare(b))) {
    if (profiles.get(customerId) === 'chronically-late' && random.next() < 0.25) {
      // Every third promise (the first among them) is one whose date has already passed.
      const broken = promises++ % 3 === 0;
      events.push({
        type: 'promise-made',
        at: at(addDays(asOf, broken ? -20 : -3)),
        customerId,
        invoiceIds: [invoice.id],
        promisedDate: addDays(asOf, broken ? -12 : 4),
      } as CollectionsEvent);
    }
    if (random.next() < 0.25) {
      events.push({
        type: 'message-sent',
        at: at(addDays(asOf, -2), '09:30:00'),
        customerId,
        channel: 'email',
      } as CollectionsEvent);
    }
  }
  return events;
}
