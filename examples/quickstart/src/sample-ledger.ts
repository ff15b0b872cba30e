import type {
  CivilDate,
  CreditNoteInput,
  CustomerInput,
  InvoiceInput,
  LedgerInput,
  PaymentInput,
  Random,
} from '@overdue/core';
import { addDays, addMonths, createRandom, minorToDecimalString } from '@overdue/core';

/** The last day of the generated history; the quickstart reports as of this day (no clock is read). */
export const SAMPLE_AS_OF: CivilDate = '2025-12-31';

/** How a generated customer pays. */
export type PayerProfile = 'prompt' | 'slightly-late' | 'chronically-late' | 'partial-payer' | 'disputer';

/** Options of {@link buildSampleLedger}. */
export interface SampleLedgerOptions {
  /** Seed of the generator; the same seed always gives the same ledger. Default: `'overdue-quickstart'`. */
  seed?: number | string;
  /** How many customers. Default: `300`. */
  customerCount?: number;
  /** Months of invoicing history ending with the month of `asOf`. Default: `24`. */
  months?: number;
  /** The last day of the history: nothing is dated after it. Default: {@link SAMPLE_AS_OF}. */
  asOf?: CivilDate;
}

/** A generated ledger, with the profile each customer was given (handy for explaining the figures). */
export interface SampleLedger {
  ledger: LedgerInput & {
    customers: CustomerInput[];
    invoices: InvoiceInput[];
    payments: PaymentInput[];
    creditNotes: CreditNoteInput[];
  };
  asOf: CivilDate;
  profiles: ReadonlyMap<string, PayerProfile>;
}

interface Market {
  country: string;
  currency: 'EUR' | 'GBP';
  locale: string;
  timeZone: string;
  legalForm: string;
}

const MARKETS: readonly Market[] = [
  { country: 'DE', currency: 'EUR', locale: 'de-DE', timeZone: 'Europe/Berlin', legalForm: 'GmbH' },
  { country: 'FR', currency: 'EUR', locale: 'fr-FR', timeZone: 'Europe/Paris', legalForm: 'SARL' },
  { country: 'NL', currency: 'EUR', locale: 'nl-NL', timeZone: 'Europe/Amsterdam', legalForm: 'B.V.' },
  { country: 'IE', currency: 'EUR', locale: 'en-IE', timeZone: 'Europe/Dublin', legalForm: 'Ltd' },
  { country: 'ES', currency: 'EUR', locale: 'es-ES', timeZone: 'Europe/Madrid', legalForm: 'S.L.' },
  { country: 'IT', currency: 'EUR', locale: 'it-IT', timeZone: 'Europe/Rome', legalForm: 'S.r.l.' },
  { country: 'BE', currency: 'EUR', locale: 'nl-BE', timeZone: 'Europe/Brussels', legalForm: 'BV' },
];
const UK: Market = { country: 'GB', currency: 'GBP', locale: 'en-GB', timeZone: 'Europe/London', legalForm: 'Ltd' };

const NAME_FIRST = [
  'Northwind',
  'Alder',
  'Blue Harbour',
  'Copperfield',
  'Driftwood',
  'Elm Street',
  'Fjord',
  'Granite',
  'Heron',
  'Ironbridge',
  'Juniper',
  'Kestrel',
  'Lindqvist',
  'Meridian',
  'Nordlicht',
  'Oakridge',
  'Pelican',
  'Quayside',
  'Riverside',
  'Saltmarsh',
  'Tern',
  'Umber',
  'Vireo',
  'Westerly',
  'Zephyr',
  'Atlas',
  'Beacon',
  'Cedar',
  'Dune',
  'Ember',
];
const NAME_SECOND = [
  'Traders',
  'Logistics',
  'Foods',
  'Engineering',
  'Print',
  'Textiles',
  'Labs',
  'Hospitality',
  'Garden Supply',
  'Instruments',
  'Packaging',
  'Studios',
  'Medical',
  'Timber',
  'Marine',
];

/** Share of customers per profile (cumulative thresholds are built from it). */
const PROFILE_MIX: readonly [PayerProfile, number][] = [
  ['prompt', 0.55],
  ['slightly-late', 0.25],
  ['chronically-late', 0.11],
  ['partial-payer', 0.06],
  ['disputer', 0.03],
];

/** A whole number in `[min, max]`. */
function between(random: Random, min: number, max: number): number {
  return min + random.integer(max - min + 1);
}

function chance(random: Random, probability: number): boolean {
  return random.next() < probability;
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[random.integer(items.length)] as T;
}

function pickProfile(random: Random): PayerProfile {
  let roll = random.next();
  for (const [profile, share] of PROFILE_MIX) {
    if (roll < share) return profile;
    roll -= share;
  }
  return 'prompt';
}

/** One settlement of an invoice the generator plans: cash, or a credit note. */
interface Settlement {
  kind: 'payment' | 'credit';
  date: CivilDate;
  minor: number;
}

/** Days after the due date the customer settles an invoice (negative: early). */
function paymentDelay(random: Random, profile: PayerProfile, issueMonth: number): number {
  // Summer and year-end holidays slow everyone but the prompt payers a little.
  const seasonal = profile !== 'prompt' && (issueMonth === 7 || issueMonth === 11) ? between(random, 0, 7) : 0;
  switch (profile) {
    case 'prompt':
      return chance(random, 0.9) ? between(random, -12, 0) : between(random, 1, 5);
    case 'slightly-late':
      return (chance(random, 0.2) ? between(random, -3, 0) : between(random, 1, 14)) + seasonal;
    case 'chronically-late':
      return (chance(random, 0.08) ? between(random, 90, 150) : between(random, 15, 70)) + seasonal;
    case 'partial-payer':
    case 'disputer':
      return between(random, 0, 20) + seasonal;
  }
}

/** Plans how an invoice gets settled: payments (some partial), credit notes, or nothing yet. */
function planSettlements(
  random: Random,
  profile: PayerProfile,
  issueDate: CivilDate,
  dueDate: CivilDate,
  totalMinor: number,
): { settlements: Settlement[]; disputed: boolean } {
  const issueMonth = Number(issueDate.slice(5, 7));
  const settlements: Settlement[] = [];
  let remaining = totalMinor;
  let disputed = false;
  const payLater = (fromDue: number) => {
    const date = addDays(dueDate, fromDue);
    return date > issueDate ? date : addDays(issueDate, 1);
  };

  // A price adjustment now and then: a credit note for part of the invoice.
  if (chance(random, 0.012)) {
    const credit = Math.max(1, Math.round((totalMinor * between(random, 5, 30)) / 100));
    settlements.push({ kind: 'credit', date: addDays(issueDate, between(random, 3, 20)), minor: credit });
    remaining -= credit;
  }

  if (profile === 'disputer' && chance(random, 0.3)) {
    disputed = true;
    const outcome = random.next();
    if (outcome < 0.35) {
      // Resolved with a credit note for the disputed part, the rest paid late.
      const credit = Math.round((remaining * between(random, 20, 100)) / 100);
      if (credit > 0) settlements.push({ kind: 'credit', date: payLater(between(random, 20, 60)), minor: credit });
      remaining -= credit;
      if (remaining > 0)
        settlements.push({ kind: 'payment', date: payLater(between(random, 45, 90)), minor: remaining });
    } else if (outcome < 0.7) {
      settlements.push({ kind: 'payment', date: payLater(between(random, 60, 160)), minor: remaining });
    }
    // Otherwise still unresolved: stays open.
    return { settlements, disputed };
  }

  if (profile === 'partial-payer' && chance(random, 0.6)) {
    const first = Math.round((remaining * between(random, 40, 80)) / 100);
    settlements.push({ kind: 'payment', date: payLater(paymentDelay(random, profile, issueMonth)), minor: first });
    remaining -= first;
    // The rest comes much later, or (one time in eight) not at all.
    if (chance(random, 0.875))
      settlements.push({ kind: 'payment', date: payLater(between(random, 30, 100)), minor: remaining });
    return { settlements, disputed };
  }

  // A few invoices chronically late payers simply never pay.
  if (profile === 'chronically-late' && chance(random, 0.02)) return { settlements, disputed };
  settlements.push({ kind: 'payment', date: payLater(paymentDelay(random, profile, issueMonth)), minor: remaining });
  return { settlements, disputed };
}

/**
 * Builds a seeded sample ledger: customers with a realistic mix of payer behaviour (mostly prompt, some a
 * few days late, some chronically late, a few partial payers and disputers), monthly-ish invoices on 30,
 * 45 or 60-day terms, payments allocated to them (some partial, a little unapplied cash) and a few credit
 * notes. Mostly EUR customers, about one in eight in GBP. Nothing is dated after `asOf`: payments planned
 * for later are simply not in the ledger yet, so their invoices are still open. What is still unpaid some
 * nine months after its due date is written off (`status: 'written-off'`, `paidDate` the write-off day).
 *
 * Deterministic: randomness comes only from `createRandom(seed)`, and no clock is read.
 */
export function buildSampleLedger(options: SampleLedgerOptions = {}): SampleLedger {
  const random = createRandom(options.seed ?? 'overdue-quickstart');
  const customerCount = options.customerCount ?? 300;
  const months = options.months ?? 24;
  const asOf = options.asOf ?? SAMPLE_AS_OF;
  const firstMonth = addMonths(`${asOf.slice(0, 7)}-01`, -(months - 1));

  const customers: CustomerInput[] = [];
  const invoices: InvoiceInput[] = [];
  const payments: PaymentInput[] = [];
  const creditNotes: CreditNoteInput[] = [];
  const profiles = new Map<string, PayerProfile>();
  const usedNames = new Set<string>();
  let invoiceSequence = 0;
  let paymentSequence = 0;
  let creditSequence = 0;

  for (let index = 1; index <= customerCount; index++) {
    const id = `C${String(index).padStart(4, '0')}`;
    const market = chance(random, 0.12) ? UK : pick(random, MARKETS);
    let name = '';
    do {
      name = `${pick(random, NAME_FIRST)} ${pick(random, NAME_SECOND)} ${market.legalForm}`;
    } while (usedNames.has(name) && usedNames.size < NAME_FIRST.length * NAME_SECOND.length);
    if (usedNames.has(name)) name = `${name} (${id})`;
    usedNames.add(name);
    const slug = name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    customers.push({
      id,
      name,
      currency: market.currency,
      locale: market.locale,
      timeZone: market.timeZone,
      country: market.country,
      contacts: [
        {
          id: `${id}-ap`,
          role: 'accounts-payable',
          email: `ap@${slug}.example`,
          // Every second customer also gave a mobile number for SMS (Ofcom's range reserved for drama).
          ...(index % 2 === 0 ? { phone: `+447700900${String(index % 1000).padStart(3, '0')}` } : {}),
          consent: index % 2 === 0 ? { email: true, sms: true } : { email: true },
        },
      ],
    });
    const profile = pickProfile(random);
    profiles.set(id, profile);

    const terms = pick(random, [30, 30, 30, 45, 45, 60]);
    const billingDay = between(random, 1, 28);
    // Typical invoice between 300 and 15,000 in major units, log-uniform; some customers bill every month.
    const typicalMinor = Math.round(Math.exp(Math.log(300) + random.next() * Math.log(50)) * 100);
    const invoiceChance = 0.75 + random.next() * 0.25;
    const startMonth = between(random, 0, Math.floor(months / 3)); // some customers joined later

    for (let month = startMonth; month < months; month++) {
      const monthStart = addMonths(firstMonth, month);
      const issueDates: CivilDate[] = [];
      if (chance(random, invoiceChance)) issueDates.push(addDays(monthStart, billingDay - 1));
      if (chance(random, 0.12)) issueDates.push(addDays(monthStart, between(random, 0, 27)));
      for (const issueDate of issueDates.sort()) {
        if (issueDate > asOf) continue;
        invoiceSequence += 1;
        const invoiceId = `INV-${String(invoiceSequence).padStart(6, '0')}`;
        const dueDate = addDays(issueDate, terms);
        const totalMinor = Math.max(1000, Math.round((typicalMinor * between(random, 60, 140)) / 100));
        const { settlements, disputed } = planSettlements(random, profile, issueDate, dueDate, totalMinor);

        let settledMinor = 0;
        let lastSettled: CivilDate | undefined;
        for (const settlement of settlements) {
          if (settlement.date > asOf) continue; // not happened yet
          settledMinor += settlement.minor;
          if (lastSettled === undefined || settlement.date > lastSettled) lastSettled = settlement.date;
          const amount = minorToDecimalString(settlement.minor, 2);
          if (settlement.kind === 'credit') {
            creditSequence += 1;
            creditNotes.push({
              id: `CN-${String(creditSequence).padStart(5, '0')}`,
              customerId: id,
              currency: market.currency,
              date: settlement.date,
              total: amount,
              allocations: [{ invoiceId, amount }],
            });
            continue;
          }
          paymentSequence += 1;
          // Now and then a customer pays a little too much, which stays unapplied on account.
          const overpaidMinor = chance(random, 0.015) ? between(random, 500, 5000) : 0;
          payments.push({
            id: `PAY-${String(paymentSequence).padStart(6, '0')}`,
            customerId: id,
            currency: market.currency,
            date: settlement.date,
            amount: minorToDecimalString(settlement.minor + overpaidMinor, 2),
            allocations: [{ invoiceId, amount }],
          });
        }
        const amountDueMinor = totalMinor - settledMinor;
        // What is still unpaid about nine months after the due date is written off (if that day has come).
        const writeOffDate = addDays(dueDate, between(random, 240, 300));
        const writtenOff = amountDueMinor > 0 && writeOffDate <= asOf;
        invoices.push({
          id: invoiceId,
          customerId: id,
          number: `${market.country}-${issueDate.slice(0, 4)}-${String(invoiceSequence).padStart(6, '0')}`,
          currency: market.currency,
          issueDate,
          dueDate,
          total: minorToDecimalString(totalMinor, 2),
          amountDue: minorToDecimalString(amountDueMinor, 2),
          status: writtenOff ? 'written-off' : amountDueMinor === 0 ? 'paid' : 'open',
          ...(writtenOff ? { paidDate: writeOffDate } : {}),
          ...(amountDueMinor === 0 && lastSettled !== undefined ? { paidDate: lastSettled } : {}),
          ...(disputed ? { disputed: true } : {}),
        });
      }
    }
  }

  // A handful of payments on account that nobody has matched to an invoice yet.
  for (let count = 0; count < 6; count++) {
    const customer = pick(random, customers);
    paymentSequence += 1;
    payments.push({
      id: `PAY-${String(paymentSequence).padStart(6, '0')}`,
      customerId: customer.id,
      currency: customer.currency ?? 'EUR',
      date: addDays(asOf, -between(random, 0, 40)),
      amount: minorToDecimalString(between(random, 10000, 250000), 2),
      allocations: [],
    });
  }

  payments.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  creditNotes.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { ledger: { customers, invoices, payments, creditNotes }, asOf, profiles };
}
