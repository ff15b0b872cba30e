import type { CivilDate, LedgerInput, Money } from '@overdue/core';
import {
  assertKnownFields,
  civilDateSchema,
  civilDateToDayNumber,
  customerSchema,
  dayNumberToCivilDate,
  describeReceived,
  InvalidArgumentError,
  parseInput,
} from '@overdue/core';
import type { LedgerWarning, PreparedLedger } from '@overdue/receivables';
import { invoiceSettlements } from '@overdue/receivables';
import { medianOfSorted, paymentFigures } from '../_lib/payment-figures';
import type { PortfolioPlace, PortfolioTerms } from '../portfolio/generate-portfolio';
import type { PaymentBehaviour } from '../simulate/measure-payment-behaviour';
import { roundedBehaviour } from '../simulate/measure-payment-behaviour';

/**
 * How a real ledger pays, in the figures a no-reminder simulation is measured by, plus the shape of the book
 * (terms, invoice cadence, invoice size) that {@link fitPortfolio} copies into a synthetic portfolio.
 *
 * @category Fitting
 * @example
 * ```ts
 * const profile: LedgerProfile = profileLedger(ibmSample.ledger);
 * profile.behaviour.lateShare;
 * //=> 0.352
 * ```
 */
export interface LedgerProfile {
  /** The day the ledger was read as of. */
  asOf: CivilDate;
  /** Invoices due at least this many days before `asOf` are measured. */
  settleDays: number;
  /** Customers with at least one measured invoice. */
  customers: number;
  /**
   * Median days to pay (median over customers of their mean), share paid late and days late of the
   * measured invoices, read exactly as {@link measurePaymentBehaviour} reads a simulation (an invoice still
   * open, or written off, counts as paid on `asOf`).
   */
  behaviour: PaymentBehaviour;
  /** Share of measured invoices marked `disputed: true`. */
  disputeShare: number;
  /** Each customer's usual terms (its most frequent days from issue to due date) and the share of customers on them; at most 12, the most common first. */
  terms: PortfolioTerms[];
  /** Median days between two consecutive invoices of a customer, or undefined when no customer has two. */
  invoiceEveryDays: number | undefined;
  /** Median invoice total, in the ledger's most frequent currency. */
  medianTotal: Money;
  /**
   * Where the ledger's customers are: the customers with a country and a time zone, grouped by country,
   * time zone and locale, at most 24 places, the most common first; undefined when the ledger has no
   * customer list (a prepared ledger keeps none) or none of its customers says.
   */
  places: PortfolioPlace[] | undefined;
  /**
   * Of the customers with at least one contact, the share with a contact who consented to SMS, calls and
   * WhatsApp; undefined when no customer has a contact.
   */
  consentShares: Record<'sms' | 'voice' | 'whatsapp', number> | undefined;
  /**
   * How the ledger was read where it was ambiguous, from `@overdue/receivables` (an amount settled with no
   * payment, credit or paid date is taken as settled on the issue day, which makes it look paid at once).
   */
  warnings: LedgerWarning[];
}

/**
 * Options of {@link profileLedger}.
 *
 * @category Fitting
 * @example
 * ```ts
 * const options: ProfileLedgerOptions = { asOf: '2013-12-31', settleDays: 60 };
 * ```
 */
export interface ProfileLedgerOptions {
  /** The day the ledger was read, `YYYY-MM-DD`. Optional; default the latest issue or paid date in it. */
  asOf?: CivilDate;
  /** Only invoices due at least this many days before `asOf` are measured, an integer from 0 to 3,650. Optional; default 60, as {@link measurePaymentBehaviour}. */
  settleDays?: number;
}

const OPTION_FIELDS = Object.keys({ asOf: true, settleDays: true } satisfies Record<keyof ProfileLedgerOptions, true>);
const MAX_TERMS = 12;

/**
 * Reads how a ledger's customers paid: the median days to pay, the share of invoices paid late and the
 * spread of days late and early (measured as {@link measurePaymentBehaviour} measures a simulation), the
 * share disputed, and the book's shape: payment terms, invoice cadence and size. An invoice is paid on the
 * day its payments, credits or paid date settle it in full, read by `@overdue/receivables` as every KPI is.
 * Drafts, void invoices and invoices issued after `asOf` are left out; an open or written-off invoice, or
 * one settled after `asOf`, counts as paid on `asOf`, a lower bound on its delay. Mark invoices disputed at
 * any time `disputed: true`: a ledger that clears the flag once a dispute is settled shows no disputes.
 *
 * @param ledger - A ledger (invoices, and payments and credit notes with their allocations), raw or prepared.
 * @param options - The day it was read and how long an invoice must have been due to be measured.
 * @returns The profile, for {@link fitPortfolio}.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} naming the bad field, such as
 * `invoices[3].dueDate` or `options.asOf`, or `invoices` when no invoice is due early enough to measure.
 * @throws {@link @overdue/core!CurrencyMismatchError | CurrencyMismatchError} when an allocation's currency differs from its invoice's.
 * @category Fitting
 * @example
 * ```ts
 * const profile = profileLedger({
 *   invoices: [
 *     { id: 'i1', customerId: 'A', number: '1', currency: 'EUR', issueDate: '2026-01-01', dueDate: '2026-01-31', total: '100', amountDue: '0', paidDate: '2026-01-30' },
 *     { id: 'i2', customerId: 'A', number: '2', currency: 'EUR', issueDate: '2026-02-01', dueDate: '2026-03-03', total: '300', amountDue: '300' },
 *   ],
 *   payments: [
 *     { id: 'p1', customerId: 'A', currency: 'EUR', amount: '300', date: '2026-03-13', allocations: [{ invoiceId: 'i2', amount: '300' }] },
 *   ],
 * }, { asOf: '2026-06-30' });
 * [profile.behaviour.lateShare, profile.behaviour.daysLateQuantiles.median, profile.invoiceEveryDays];
 * //=> [0.5, 10, 31]
 * ```
 */
export function profileLedger(ledger: LedgerInput | PreparedLedger, options: ProfileLedgerOptions = {}): LedgerProfile {
  if (typeof options !== 'object' || options === null)
    throw new InvalidArgumentError(`expected an options object, got ${describeReceived(options)}`, 'options');
  assertKnownFields(options, OPTION_FIELDS, 'options');
  const settleDays = options.settleDays ?? 60;
  if (!Number.isInteger(settleDays) || settleDays < 0 || settleDays > 3650) {
    throw new InvalidArgumentError(
      `expected an integer from 0 to 3650, got ${describeReceived(settleDays)}`,
      'options.settleDays',
    );
  }
  if (Array.isArray(ledger)) {
    throw new InvalidArgumentError(
      'expected a ledger object { invoices, payments?, creditNotes? }, got an array (pass { invoices } for invoices alone)',
      'ledger',
    );
  }
  const settlements = invoiceSettlements(ledger);
  const { count, customerIds, currencies, totalMinor, settledDay, writtenOff, disputed } = settlements;
  // Void and draft invoices read as a zero total; so does an invoice of nothing, which has nothing to pay.
  const kept: number[] = [];
  for (let index = 0; index < count; index++) if ((totalMinor[index] as number) > 0) kept.push(index);
  let lastDay: number;
  if (options.asOf !== undefined)
    lastDay = civilDateToDayNumber(parseInput(civilDateSchema, options.asOf, 'options.asOf'));
  else {
    lastDay = Number.NEGATIVE_INFINITY;
    for (const index of kept) {
      const settled = settledDay[index] as number;
      const latest = Math.max(settlements.issueDay[index] as number, Number.isFinite(settled) ? settled : 0);
      if (latest > lastDay) lastDay = latest;
    }
  }
  if (!Number.isFinite(lastDay)) {
    throw new InvalidArgumentError(
      'expected at least one invoice with a total above zero that is not a draft or void',
      'invoices',
    );
  }
  const asOf = dayNumberToCivilDate(lastDay);

  // Customers as integer keys; an invoice issued after asOf is not in the ledger yet, and one settled after
  // it, or written off, is open on asOf.
  const keys = new Map<string, number>();
  const customer: number[] = [];
  const issueDay: number[] = [];
  const dueDay: number[] = [];
  const paidDay: number[] = [];
  const rows: number[] = [];
  for (const index of kept) {
    const issued = settlements.issueDay[index] as number;
    if (issued > lastDay) continue;
    const id = customerIds[index] as string;
    let key = keys.get(id);
    if (key === undefined) {
      key = keys.size;
      keys.set(id, key);
    }
    rows.push(index);
    customer.push(key);
    issueDay.push(issued);
    dueDay.push(settlements.dueDay[index] as number);
    const settled = settledDay[index] as number;
    paidDay.push(writtenOff[index] === 1 || settled > lastDay ? -1 : settled);
  }
  const figures = paymentFigures({ customer, issueDay, dueDay, paidDay }, lastDay, settleDays);
  if (figures.invoices === 0) {
    throw new InvalidArgumentError(
      `no invoice is due ${settleDays} or more days before ${asOf}; pass a later options.asOf or a smaller options.settleDays`,
      'invoices',
    );
  }
  let disputes = 0;
  rows.forEach((index, row) => {
    if (disputed[index] === 1 && (dueDay[row] as number) <= lastDay - settleDays) disputes++;
  });
  return {
    asOf,
    settleDays,
    customers: figures.customerAverages.length,
    behaviour: roundedBehaviour(figures),
    disputeShare: Math.round((disputes / figures.invoices) * 1000) / 1000,
    terms: usualTerms(customer, issueDay, dueDay),
    invoiceEveryDays: medianGap(customer, issueDay),
    medianTotal: medianTotal(
      rows.map((index) => currencies[index] as string),
      rows.map((index) => totalMinor[index] as number),
    ),
    warnings: [...settlements.warnings],
    // A prepared ledger keeps no customer list.
    ...customerShape((ledger as { customers?: readonly unknown[] }).customers),
  };
}

const customerFields = customerSchema.in.shape;
const MAX_PLACES = 24;

/** Where the customers are and what they consented to, read from the ledger's customer list. */
function customerShape(customers: readonly unknown[] | undefined): Pick<LedgerProfile, 'places' | 'consentShares'> {
  const counts = new Map<string, { place: PortfolioPlace; count: number }>();
  let located = 0;
  let withContacts = 0;
  const consented = { sms: 0, voice: 0, whatsapp: 0 };
  (customers ?? []).forEach((raw, index) => {
    const customer = raw as { country?: unknown; timeZone?: unknown; locale?: unknown; contacts?: unknown };
    if (typeof customer.country === 'string' && typeof customer.timeZone === 'string') {
      const locale = typeof customer.locale === 'string' ? customer.locale : undefined;
      const key = `${customer.country}|${customer.timeZone}|${locale ?? ''}`;
      const entry = counts.get(key);
      if (entry !== undefined) entry.count++;
      else {
        // Checked once per place, by the customer schema's own rules, naming the first customer there.
        for (const field of ['country', 'timeZone', 'locale'] as const)
          parseInput(customerFields[field], customer[field], `customers[${index}].${field}`);
        const place: PortfolioPlace = { country: customer.country, timeZone: customer.timeZone, share: 0 };
        if (locale !== undefined) place.locale = locale;
        counts.set(key, { place, count: 1 });
      }
      located++;
    }
    if (!Array.isArray(customer.contacts) || customer.contacts.length === 0) return;
    withContacts++;
    for (const channel of ['sms', 'voice', 'whatsapp'] as const) {
      if (
        customer.contacts.some(
          (contact) => (contact as { consent?: Record<string, unknown> })?.consent?.[channel] === true,
        )
      )
        consented[channel]++;
    }
  });
  const share = (count: number, of: number) => Math.round((count / of) * 1000) / 1000;
  return {
    places:
      located === 0
        ? undefined
        : [...counts.values()]
            .sort((a, b) => b.count - a.count)
            .slice(0, MAX_PLACES)
            .map(({ place, count }) => ({ ...place, share: share(count, located) })),
    consentShares:
      withContacts === 0
        ? undefined
        : {
            sms: share(consented.sms, withContacts),
            voice: share(consented.voice, withContacts),
            whatsapp: share(consented.whatsapp, withContacts),
          },
  };
}

/** Each customer's most frequent terms (the shorter on a tie), counted over customers. */
function usualTerms(
  customer: readonly number[],
  issueDay: readonly number[],
  dueDay: readonly number[],
): PortfolioTerms[] {
  const byCustomer = new Map<number, Map<number, number>>();
  for (let index = 0; index < customer.length; index++) {
    const days = Math.min(365, (dueDay[index] as number) - (issueDay[index] as number));
    const counts = byCustomer.get(customer[index] as number) ?? new Map<number, number>();
    counts.set(days, (counts.get(days) ?? 0) + 1);
    byCustomer.set(customer[index] as number, counts);
  }
  const customers = new Map<number, number>();
  for (const counts of byCustomer.values()) {
    let usual = -1;
    let most = 0;
    for (const [days, count] of counts) {
      if (count > most || (count === most && days < usual)) {
        usual = days;
        most = count;
      }
    }
    customers.set(usual, (customers.get(usual) ?? 0) + 1);
  }
  return [...customers]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, MAX_TERMS)
    .map(([days, count]) => ({ days, share: Math.round((count / byCustomer.size) * 1000) / 1000 }));
}

/** The median of the days between consecutive invoices of each customer, rounded, at least 1. */
function medianGap(customer: readonly number[], issueDay: readonly number[]): number | undefined {
  const days = new Map<number, number[]>();
  for (let index = 0; index < customer.length; index++) {
    const list = days.get(customer[index] as number) ?? [];
    list.push(issueDay[index] as number);
    days.set(customer[index] as number, list);
  }
  const gaps: number[] = [];
  for (const list of days.values()) {
    list.sort((a, b) => a - b);
    for (let index = 1; index < list.length; index++) gaps.push((list[index] as number) - (list[index - 1] as number));
  }
  if (gaps.length === 0) return undefined;
  return Math.max(1, Math.round(medianOfSorted(gaps.sort((a, b) => a - b))));
}

/** The median total in the most frequent currency (the first by code on a tie), rounded half up. */
function medianTotal(currencies: readonly string[], totals: readonly number[]): Money {
  const counts = new Map<string, number>();
  for (const currency of currencies) counts.set(currency, (counts.get(currency) ?? 0) + 1);
  const currency = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] as string;
  const own = totals.filter((_, index) => currencies[index] === currency).sort((a, b) => a - b);
  return { currency, minor: Math.round(medianOfSorted(own)) };
}
