import type { InvoiceDelivery, InvoiceInput } from '@overdue/core';
import { createRandom, dayNumberToCivilDate, tryDayNumber } from '@overdue/core';

/** How a synthetic customer pays. */
export type PaymentHabit = 'prompt' | 'few-days-late' | 'weeks-late' | 'worsening';

/** An open invoice as a host passes it to predictPayments and forecastCollections. */
export interface OpenInvoice {
  invoiceId: string;
  customerId: string;
  currency: string;
  issueDate: string;
  dueDate: string;
  totalMinor: number;
  openMinor: number;
  delivery: InvoiceDelivery;
}

/** What {@link generatePaymentHistory} makes. */
export interface SyntheticPaymentHistory {
  /** The ledger, plain objects with YYYY-MM-DD dates and decimal-string amounts (open ones included). */
  ledger: { invoices: InvoiceInput[] };
  /** Every invoice of the ledger still open at `asOf`, in the shape predictPayments takes. */
  open: OpenInvoice[];
  /** Customer ids, in order. */
  customerIds: string[];
  /** The habit of each customer, in the same order. */
  customerHabits: PaymentHabit[];
  /** How many invoices of the ledger were settled on or before `asOf`. */
  settled: number;
  /** How many customers have each habit. */
  habits: Record<PaymentHabit, number>;
}

/** Options of {@link generatePaymentHistory}. */
export interface PaymentHistoryOptions {
  customers: number;
  /** Invoices spread over each customer's history (12 to 24 months up to `asOf`); late ones are still open. */
  historyInvoices: number;
  /**
   * Further open invoices issued in the weeks before `asOf`, added until the ledger holds this many open
   * invoices in all. Default 0 (only what the history leaves open).
   */
  openInvoices?: number;
  asOf: string;
  seed: number;
}

interface Customer {
  id: string;
  habit: number;
  currency: string;
  terms: number;
  electronicShare: number;
  /** Mean invoice amount in minor units. */
  meanMinor: number;
  startDay: number;
  /** Day from which a worsening payer starts to slip. */
  turnDay: number;
  /** Days late added per 30 days after `turnDay` (worsening payers). */
  slipPerMonth: number;
}

const HABITS: readonly PaymentHabit[] = ['prompt', 'few-days-late', 'weeks-late', 'worsening'];
const HABIT_SHARES = [0.4, 0.3, 0.15, 0.15];
const TERMS = [14, 30, 30, 30, 45, 60];
/** Days past the terms an extra open invoice can go back, by habit. */
const OPEN_REACH = [7, 20, 75, 45];

const text = (minor: number) => `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;

/**
 * A seeded synthetic portfolio for the scoring benchmarks. Each customer has a habit (40 % prompt, 30 % a
 * few days late, 15 % weeks late, 15 % worsening: on time, then slipping further every month after a
 * turning point), a currency (EUR, USD or GBP), payment terms (14 to 60 days), a usual invoice size and a
 * share of electronic invoices; paper invoices are paid about 3 days later and invoices well above the
 * customer's usual size a few days later, so the features carry real signal, with noise. History invoices
 * fall at random in each customer's 12 to 24 months up to `asOf` and are paid on the day their habit
 * gives, or left open when that day is after `asOf`. Further open invoices, if asked for, are issued in
 * the weeks before `asOf`, further back for late payers (so their overdue ones are older). Uses only
 * `createRandom`, so the same options give the same ledger.
 */
export function generatePaymentHistory(options: PaymentHistoryOptions): SyntheticPaymentHistory {
  const random = createRandom(options.seed);
  const asOfDay = tryDayNumber(options.asOf);
  const habits: Record<PaymentHabit, number> = { prompt: 0, 'few-days-late': 0, 'weeks-late': 0, worsening: 0 };
  const customers: Customer[] = [];
  for (let c = 0; c < options.customers; c++) {
    let roll = random.next();
    let habit = 0;
    while (habit < HABITS.length - 1 && roll >= (HABIT_SHARES[habit] as number)) {
      roll -= HABIT_SHARES[habit] as number;
      habit++;
    }
    habits[HABITS[habit] as PaymentHabit]++;
    const startDay = asOfDay - 365 - random.integer(366);
    const currencyRoll = random.next();
    customers.push({
      id: `C${String(c).padStart(6, '0')}`,
      habit,
      currency: currencyRoll < 0.8 ? 'EUR' : currencyRoll < 0.95 ? 'USD' : 'GBP',
      terms: TERMS[random.integer(TERMS.length)] as number,
      electronicShare: random.next() < 0.6 ? 0.9 : 0.2,
      meanMinor: Math.round(10_000 * 10 ** (random.next() * 2.5)),
      startDay,
      turnDay: startDay + Math.round((asOfDay - startDay) * (0.3 + 0.5 * random.next())),
      slipPerMonth: 2 + 6 * random.next(),
    });
  }

  /** Days after the due date the invoice is paid (negative: early), from habit, channel, size and noise. */
  const delayOf = (customer: Customer, issueDay: number, paper: boolean, minor: number): number => {
    const noise = random.next();
    let delay: number;
    switch (customer.habit) {
      case 0:
        delay = noise < 0.9 ? -random.integer(10) : 1 + random.integer(5);
        break;
      case 1:
        delay = noise < 0.6 ? 1 + random.integer(10) : -random.integer(5);
        break;
      case 2:
        delay = noise < 0.85 ? 12 + random.integer(50) : random.integer(8);
        break;
      default: {
        const slip = issueDay > customer.turnDay ? ((issueDay - customer.turnDay) / 30) * customer.slipPerMonth : 0;
        delay = Math.round(slip) + (noise < 0.85 ? -random.integer(6) : 1 + random.integer(6));
      }
    }
    if (paper) delay += 1 + random.integer(5);
    if (minor > 2 * customer.meanMinor && random.next() < 0.5) delay += 3 + random.integer(8);
    return Math.max(delay, -customer.terms);
  };

  const invoices: InvoiceInput[] = [];
  const open: OpenInvoice[] = [];
  let settled = 0;
  const add = (customer: Customer, issueDay: number, forceOpen: boolean) => {
    const paper = random.next() >= customer.electronicShare;
    const minor = Math.max(100, Math.round(customer.meanMinor * (0.3 + 1.4 * random.next() * random.next() * 2)));
    const dueDay = issueDay + customer.terms;
    const paidDay = dueDay + delayOf(customer, issueDay, paper, minor);
    const number = invoices.length;
    const id = `I${String(number).padStart(9, '0')}`;
    const total = text(minor);
    const issueDate = dayNumberToCivilDate(issueDay);
    const dueDate = dayNumberToCivilDate(dueDay);
    const delivery: InvoiceDelivery = paper ? 'paper' : 'electronic';
    const base = { id, customerId: customer.id, number: id, currency: customer.currency, issueDate, dueDate, total };
    if (!forceOpen && paidDay <= asOfDay) {
      invoices.push({ ...base, amountDue: '0', paidDate: dayNumberToCivilDate(paidDay), delivery });
      settled++;
    } else {
      invoices.push({ ...base, amountDue: total, delivery });
      open.push({
        invoiceId: id,
        customerId: customer.id,
        currency: customer.currency,
        issueDate,
        dueDate,
        totalMinor: minor,
        openMinor: minor,
        delivery,
      });
    }
  };

  for (let k = 0; k < options.historyInvoices; k++) {
    const customer = customers[random.integer(customers.length)] as Customer;
    add(customer, customer.startDay + random.integer(asOfDay - customer.startDay + 1), false);
  }
  const wanted = options.openInvoices ?? 0;
  while (open.length < wanted) {
    const customer = customers[random.integer(customers.length)] as Customer;
    // How far back its open invoices go: within terms for prompt payers, well past them for late ones.
    const reach = customer.terms + (OPEN_REACH[customer.habit] as number);
    add(customer, asOfDay - random.integer(reach), true);
  }
  return {
    ledger: { invoices },
    open,
    customerIds: customers.map((customer) => customer.id),
    customerHabits: customers.map((customer) => HABITS[customer.habit] as PaymentHabit),
    settled,
    habits,
  };
}
