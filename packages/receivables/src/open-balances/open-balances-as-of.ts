import type { CivilDate, LedgerInput } from '@overdue/core';
import { assertKnownFields, dayNumberToCivilDate, parseCivilDate, tryDayNumber } from '@overdue/core';
import { copyWarnings, forEachOpenInvoice, unappliedAt } from '../_lib/ledger-timeline';
import type { PreparedLedger } from '../prepare-ledger';
import { timelineOf } from '../prepare-ledger';
import type { LedgerWarning } from './ledger-warning';

/**
 * One invoice with money still owed on it at the end of a day.
 *
 * @category Open balances
 * @example
 * ```ts
 * const item: OpenItem = {
 *   invoiceId: 'i1', customerId: 'C1', number: 'INV-1', currency: 'EUR',
 *   issueDate: '2026-01-01', dueDate: '2026-01-31', totalMinor: 10000, openMinor: 4000, disputed: false,
 * };
 * ```
 */
export interface OpenItem {
  /** The invoice. */
  invoiceId: string;
  /** Its customer. */
  customerId: string;
  /** Its number. */
  number: string;
  /** ISO 4217 code of the amounts. */
  currency: string;
  /** Issue date. */
  issueDate: CivilDate;
  /** Due date. */
  dueDate: CivilDate;
  /** The invoice total, minor units. */
  totalMinor: number;
  /** What was still owed at the end of `asOf`, minor units (more than zero). */
  openMinor: number;
  /** Whether the source marks it disputed. */
  disputed: boolean;
}

/**
 * Cash and credits of one customer in one currency that were not applied to any invoice at the end of a
 * day.
 *
 * @category Open balances
 * @example
 * ```ts
 * const balance: UnappliedBalance = { customerId: 'C1', currency: 'EUR', cashMinor: 2500, creditMinor: 0 };
 * ```
 */
export interface UnappliedBalance {
  /** The customer. */
  customerId: string;
  /** ISO 4217 code. */
  currency: string;
  /** Payments received and not allocated, minor units. */
  cashMinor: number;
  /** Credit notes issued and not allocated, minor units. */
  creditMinor: number;
}

/**
 * The open receivables at the end of a day: what {@link openBalancesAsOf} returns, and one of the inputs
 * {@link ageReceivables} accepts.
 *
 * @category Open balances
 * @example
 * ```ts
 * const balances: OpenBalances = { asOf: '2026-02-28', items: [], unapplied: [], warnings: [] };
 * ```
 */
export interface OpenBalances {
  /** The day, inclusive: everything dated on or before it counts. */
  asOf: CivilDate;
  /** Invoices with an open amount, in ledger order. */
  items: OpenItem[];
  /** Unapplied cash and credits per customer and currency, in order of first appearance. */
  unapplied: UnappliedBalance[];
  /** How the ledger was interpreted where it was incomplete. */
  warnings: LedgerWarning[];
}

/**
 * Options of {@link openBalancesAsOf}.
 *
 * @category Open balances
 * @example
 * ```ts
 * const options: OpenBalancesAsOfOptions = { asOf: '2026-02-28' };
 * ```
 */
export interface OpenBalancesAsOfOptions {
  /** The day whose end the balances describe, `YYYY-MM-DD`. Required. */
  asOf: CivilDate;
}

// Every field of the options: `satisfies` stops the list from missing one or naming another.
const OPTION_FIELDS = Object.keys({ asOf: true } satisfies Record<keyof OpenBalancesAsOfOptions, true>);

/**
 * Rebuilds what every customer owed at the end of day `asOf` from invoices, payment allocations and
 * credit-note allocations: an invoice counts from its issue date; each allocation reduces it from the
 * payment's (or credit note's) date, or from the invoice's issue date if that is later; an amount the
 * invoice records as settled without an allocation counts from its `paidDate`. So an invoice paid after
 * `asOf` is still open as of `asOf`, and partial payments reduce it. Cash and credits not allocated at
 * the end of `asOf` are listed per customer, never netted against invoices.
 *
 * @param ledger - A ledger (amounts in major units) or a {@link PreparedLedger}.
 * @param options - The as-of date.
 * @returns Open items, unapplied balances and interpretation warnings.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} naming the path of a bad field or option,
 * or of an option field it does not know (a misspelt key such as `options.asof`).
 * @throws {@link @overdue/core!CurrencyMismatchError | CurrencyMismatchError} when an allocation's currency differs from its invoice's.
 * @category Open balances
 * @example
 * ```ts
 * const ledger = {
 *   invoices: [{ id: 'i1', customerId: 'C1', number: 'INV-1', currency: 'EUR', issueDate: '2026-01-05', dueDate: '2026-02-04', total: '100.00', amountDue: '0', paidDate: '2026-02-10' }],
 *   payments: [{ id: 'p1', customerId: 'C1', currency: 'EUR', date: '2026-02-10', amount: '100.00', allocations: [{ invoiceId: 'i1', amount: '100.00' }] }],
 * };
 * openBalancesAsOf(ledger, { asOf: '2026-01-31' }).items[0].openMinor;
 * //=> 10000
 * openBalancesAsOf(ledger, { asOf: '2026-02-10' }).items.length;
 * //=> 0
 * ```
 */
export function openBalancesAsOf(ledger: LedgerInput | PreparedLedger, options: OpenBalancesAsOfOptions): OpenBalances {
  // No options at all is reported as the missing asOf.
  if (options !== undefined) assertKnownFields(options, OPTION_FIELDS, 'options');
  const asOf = parseCivilDate(options?.asOf, 'options.asOf');
  const day = tryDayNumber(asOf);
  const timeline = timelineOf(ledger);
  const items: OpenItem[] = [];
  forEachOpenInvoice(timeline, day, (index, openMinor) => {
    items.push({
      invoiceId: timeline.invoiceIds[index] as string,
      customerId: timeline.customerIds[index] as string,
      number: timeline.numbers[index] as string,
      currency: timeline.currencies[index] as string,
      issueDate: dayNumberToCivilDate(timeline.issueDay[index] as number),
      dueDate: dayNumberToCivilDate(timeline.dueDay[index] as number),
      totalMinor: timeline.totalMinor[index] as number,
      openMinor,
      disputed: timeline.disputed[index] === 1,
    });
  });
  const unappliedByKey = new Map<string, UnappliedBalance>();
  for (const span of unappliedAt(timeline, day)) {
    const key = `${span.customerId}\u0000${span.currency}`;
    let balance = unappliedByKey.get(key);
    if (balance === undefined) {
      balance = { customerId: span.customerId, currency: span.currency, cashMinor: 0, creditMinor: 0 };
      unappliedByKey.set(key, balance);
    }
    if (span.kind === 'cash') balance.cashMinor += span.minor;
    else balance.creditMinor += span.minor;
  }
  return {
    asOf,
    items,
    unapplied: [...unappliedByKey.values()],
    warnings: copyWarnings(timeline),
  };
}
