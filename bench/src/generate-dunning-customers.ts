/**
 * Synthetic customer snapshots for the dunning benchmark: each customer has `invoicesPerCustomer` open
 * invoices, aged like a typical ledger (60% not yet due, up to 30 days ahead; 25% 1–30 days past due; 10%
 * 31–60; 4% 61–90; 1% 91–180), an email contact and a mobile
 * contact with SMS consent, and, for a share of customers, what a real ledger has: an open dispute on one
 * invoice (5%), a promise to pay (5%), a hold until a date (2%), unapplied cash (3%), an opt-out from email
 * (2%), a GBP invoice beside the EUR ones (10%), tags and a payer segment. Seeded: the same seed gives the
 * same customers.
 */
import type { CollectionsEvent, Contact, Customer, Invoice, Payment } from '@overdue/core';
import { addDays, createRandom } from '@overdue/core';
import type { CustomerSnapshot } from './dunning-api';

export interface DunningCustomersOptions {
  customers: number;
  invoicesPerCustomer: number;
  asOf: string;
  seed: number;
}

const SEGMENTS = ['prompt', 'forgetful', 'chronic-late', 'deteriorating', 'new'];
const LOCALES = ['en-GB', 'fr-FR', 'de-DE', 'nl-NL', 'es-ES'];
const COUNTRIES = ['GB', 'FR', 'DE', 'NL', 'ES'];

const at = (date: string) => new Date(`${date}T10:00:00Z`);

/** Days past due (negative: not yet due) of an invoice, from two uniform draws. */
function daysPastDue(band: number, within: number): number {
  if (band < 0.6) return -Math.floor(within * 31);
  if (band < 0.85) return 1 + Math.floor(within * 30);
  if (band < 0.95) return 31 + Math.floor(within * 30);
  if (band < 0.99) return 61 + Math.floor(within * 30);
  return 91 + Math.floor(within * 90);
}

/** The snapshots, one per customer. */
export function generateDunningCustomers(options: DunningCustomersOptions): CustomerSnapshot[] {
  const random = createRandom(options.seed);
  const snapshots: CustomerSnapshot[] = [];
  for (let c = 0; c < options.customers; c++) {
    const id = `C${c}`;
    const market = random.integer(LOCALES.length);
    const contacts: Contact[] = [
      { id: `${id}-ap`, email: `ap@c${c}.example`, role: 'accounts-payable', consent: { email: true } },
      { id: `${id}-m`, phone: `+4477009${String(c % 100_000).padStart(5, '0')}`, consent: { sms: true, voice: true } },
    ];
    const customer: Customer = {
      id,
      name: `Customer ${c}`,
      currency: 'EUR',
      locale: LOCALES[market] as string,
      country: COUNTRIES[market] as string,
      contacts,
      tags: random.next() < 0.1 ? ['key-account'] : [],
    };
    const invoices: Invoice[] = [];
    for (let k = 0; k < options.invoicesPerCustomer; k++) {
      const currency = k === 0 && random.next() < 0.1 ? 'GBP' : 'EUR';
      const dueDate = addDays(options.asOf, -daysPastDue(random.next(), random.next()));
      const minor = 5_000 + random.integer(500_000);
      invoices.push({
        id: `${id}-I${k}`,
        customerId: id,
        number: `INV-${c}-${k}`,
        currency,
        issueDate: addDays(dueDate, -30),
        dueDate,
        total: { currency, minor },
        amountDue: { currency, minor },
        status: 'open',
      });
    }
    const events: CollectionsEvent[] = [];
    const roll = random.next();
    const first = invoices[0] as Invoice;
    if (roll < 0.05) {
      events.push({
        type: 'dispute-opened',
        at: at(addDays(options.asOf, -10)),
        customerId: id,
        invoiceIds: [first.id],
      });
    } else if (roll < 0.1) {
      events.push({
        type: 'promise-made',
        at: at(addDays(options.asOf, -3)),
        customerId: id,
        invoiceIds: [first.id],
        promisedDate: addDays(options.asOf, 4),
      } as CollectionsEvent);
    } else if (roll < 0.12) {
      events.push({
        type: 'opted-out',
        at: at(addDays(options.asOf, -30)),
        customerId: id,
        contactId: `${id}-ap`,
        channel: 'email',
      });
    }
    const payments: Payment[] = [];
    if (random.next() < 0.03) {
      payments.push({
        id: `${id}-P`,
        customerId: id,
        currency: 'EUR',
        amount: { currency: 'EUR', minor: 100_000 },
        date: addDays(options.asOf, -2),
        allocations: [],
      });
    }
    snapshots.push({
      customer,
      invoices,
      payments,
      events,
      holds: random.next() < 0.02 ? [{ until: addDays(options.asOf, 10), reason: 'awaiting purchase order' }] : [],
      payer: { segment: SEGMENTS[random.integer(SEGMENTS.length)] as string, score: random.integer(101) },
    });
  }
  return snapshots;
}
