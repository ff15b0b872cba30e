import type { CivilDate, InvoiceInput, Money } from '@overdue/core';
import {
  assertKnownFields,
  civilDateSchema,
  civilDateToDayNumber,
  describeReceived,
  InvalidArgumentError,
  invoiceSchema,
  parseInput,
} from '@overdue/core';
import { z } from 'zod';
import { medianOfSorted, paymentFigures } from '../_lib/payment-figures';
import type { PortfolioTerms } from '../portfolio/generate-portfolio';
import type { PaymentBehaviour } from '../simulate/measure-payment-behaviour';
import { roundedBehaviour } from '../simulate/measure-payment-behaviour';

/**
 * How a real ledger pays, in the figures a no-reminder simulation is measured by, plus the shape of the book
 * (terms, invoice cadence, invoice size) that {@link fitPortfolio} copies into a synthetic portfolio.
 *
 * @category Fitting
 * @example
 * ```ts
 * const profile: LedgerProfile = profileLedger(ledger.invoices);
 * profile.behaviour.lateShare;
 * //=> 0.345
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
const invoicesSchema = z.array(invoiceSchema);
const MAX_TERMS = 12;

/**
 * Reads how a ledger's customers paid: the median days to pay, the share of invoices paid late and the
 * spread of days late (measured as {@link measurePaymentBehaviour} measures a simulation), the share
 * disputed, and the book's shape: payment terms, invoice cadence and size. Drafts, void invoices and
 * invoices issued after `asOf` are left out; an open or written-off invoice, or one paid after `asOf`,
 * counts as paid on `asOf`, a lower bound on its delay. Pass
 * invoices that were disputed at any time as `disputed: true`: a ledger that clears the flag once a
 * dispute is settled shows no disputes.
 *
 * @param invoices - The ledger's invoices, as core's invoice schema reads them (`paidDate` on settled ones).
 * @param options - The day it was read and how long an invoice must have been due to be measured.
 * @returns The profile, for {@link fitPortfolio}.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} naming the bad field, such as
 * `invoices[3].dueDate` or `options.asOf`, or `invoices` when no invoice is due early enough to measure.
 * @category Fitting
 * @example
 * ```ts
 * const profile = profileLedger([
 *   { id: 'i1', customerId: 'A', number: '1', currency: 'EUR', issueDate: '2026-01-01', dueDate: '2026-01-31', total: '100', amountDue: '0', paidDate: '2026-01-30' },
 *   { id: 'i2', customerId: 'A', number: '2', currency: 'EUR', issueDate: '2026-02-01', dueDate: '2026-03-03', total: '300', amountDue: '0', paidDate: '2026-03-13' },
 * ], { asOf: '2026-06-30' });
 * [profile.behaviour.lateShare, profile.behaviour.daysLateQuantiles.median, profile.invoiceEveryDays];
 * //=> [0.5, 10, 31]
 * ```
 */
export function profileLedger(invoices: readonly InvoiceInput[], options: ProfileLedgerOptions = {}): LedgerProfile {
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
  const all = parseInput(invoicesSchema, invoices, 'invoices');
  all.forEach((invoice, index) => {
    if (invoice.status === 'paid' && invoice.paidDate === undefined) {
      throw new InvalidArgumentError(
        'expected the day a paid invoice was paid: without it, how late it was paid is unknown',
        `invoices[${index}].paidDate`,
      );
    }
  });
  const kept = all.filter((invoice) => invoice.status !== 'draft' && invoice.status !== 'void');
  let asOf = options.asOf === undefined ? undefined : parseInput(civilDateSchema, options.asOf, 'options.asOf');
  if (asOf === undefined) {
    for (const invoice of kept) {
      const latest =
        invoice.paidDate !== undefined && invoice.paidDate > invoice.issueDate ? invoice.paidDate : invoice.issueDate;
      if (asOf === undefined || latest > asOf) asOf = latest;
    }
  }
  if (asOf === undefined)
    throw new InvalidArgumentError('expected at least one invoice that is not a draft or void', 'invoices');
  const lastDay = civilDateToDayNumber(asOf);
  // An invoice issued after asOf is not in the ledger yet.
  const parsed = kept.filter((invoice) => invoice.issueDate <= (asOf as CivilDate));

  // Customers as integer keys; a paid date after asOf is not known yet (open on asOf).
  const keys = new Map<string, number>();
  const customer: number[] = [];
  const issueDay: number[] = [];
  const dueDay: number[] = [];
  const paidDay: number[] = [];
  for (const invoice of parsed) {
    let key = keys.get(invoice.customerId);
    if (key === undefined) {
      key = keys.size;
      keys.set(invoice.customerId, key);
    }
    customer.push(key);
    issueDay.push(civilDateToDayNumber(invoice.issueDate));
    dueDay.push(civilDateToDayNumber(invoice.dueDate));
    const settled = invoice.status === 'paid' && invoice.paidDate !== undefined && invoice.paidDate <= asOf;
    paidDay.push(settled ? civilDateToDayNumber(invoice.paidDate as CivilDate) : -1);
  }
  const figures = paymentFigures({ customer, issueDay, dueDay, paidDay }, lastDay, settleDays);
  if (figures.invoices === 0) {
    throw new InvalidArgumentError(
      `no invoice is due ${settleDays} or more days before ${asOf}; pass a later options.asOf or a smaller options.settleDays`,
      'invoices',
    );
  }
  let disputed = 0;
  parsed.forEach((invoice, index) => {
    if (invoice.disputed === true && (dueDay[index] as number) <= lastDay - settleDays) disputed++;
  });
  return {
    asOf,
    settleDays,
    customers: figures.customerAverages.length,
    behaviour: roundedBehaviour(figures),
    disputeShare: Math.round((disputed / figures.invoices) * 1000) / 1000,
    terms: usualTerms(customer, issueDay, dueDay),
    invoiceEveryDays: medianGap(customer, issueDay),
    medianTotal: medianTotal(parsed),
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
function medianTotal(invoices: readonly { currency: string; total: Money }[]): Money {
  const counts = new Map<string, number>();
  for (const invoice of invoices) counts.set(invoice.currency, (counts.get(invoice.currency) ?? 0) + 1);
  const currency = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] as string;
  const totals = invoices
    .filter((invoice) => invoice.currency === currency)
    .map((invoice) => invoice.total.minor)
    .sort((a, b) => a - b);
  return { currency, minor: Math.round(medianOfSorted(totals)) };
}
