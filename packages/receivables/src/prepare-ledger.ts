import type { LedgerInput } from '@overdue/core';
import { InvalidArgumentError } from '@overdue/core';
import type { LedgerTimeline } from './_lib/ledger-timeline';
import { buildLedgerTimeline } from './_lib/ledger-timeline';

const brand = Symbol.for('overdue.prepared-ledger');

/**
 * A ledger that has been validated and indexed once by {@link prepareLedger}. Every receivables function
 * accepts it in place of a raw ledger, so a host computing many figures over one large ledger pays for
 * validation once. Its contents are internal.
 *
 * @category Open balances
 * @example
 * ```ts
 * const prepared: PreparedLedger = prepareLedger({ invoices: [] });
 * prepared.invoiceCount;
 * //=> 0
 * ```
 */
export interface PreparedLedger {
  /** How many invoices the ledger holds (void and draft included). */
  readonly invoiceCount: number;
  /** @internal */
  readonly [brand]: LedgerTimeline;
}

/**
 * Validates a ledger and indexes it for receivables arithmetic: amounts become integer minor units,
 * dates day numbers, and each invoice's settlements (payment and credit-note allocations, paid dates,
 * write-offs) a sorted timeline. Allocations must name invoices in the ledger, in the same currency, and
 * never exceed an invoice's total.
 *
 * @param ledger - Customers (optional), invoices, payments and credit notes; amounts in major units.
 * @returns The prepared ledger.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} naming the path of the first bad field, a duplicate id or an
 * allocation to an unknown invoice.
 * @throws {@link @overdue/core!CurrencyMismatchError | CurrencyMismatchError} when an allocation's currency differs from its invoice's.
 * @category Open balances
 * @example
 * ```ts
 * const prepared = prepareLedger({
 *   invoices: [{ id: 'i1', customerId: 'C1', number: 'INV-1', currency: 'EUR', issueDate: '2026-01-01', dueDate: '2026-01-31', total: '100', amountDue: '100' }],
 * });
 * daysSalesOutstanding(prepared, { from: '2026-01-01', to: '2026-01-31' }).value;
 * //=> 31
 * ```
 */
export function prepareLedger(ledger: LedgerInput | PreparedLedger): PreparedLedger {
  if (isPreparedLedger(ledger)) return ledger;
  const timeline = buildLedgerTimeline(ledger);
  return { invoiceCount: timeline.count, [brand]: timeline };
}

/** Tells whether a value is a {@link PreparedLedger}. */
export function isPreparedLedger(value: unknown): value is PreparedLedger {
  return typeof value === 'object' && value !== null && brand in value;
}

/** The timeline of a raw or prepared ledger. */
export function timelineOf(ledger: LedgerInput | PreparedLedger): LedgerTimeline {
  if (typeof ledger !== 'object' || ledger === null) {
    throw new InvalidArgumentError(
      `expected a ledger object with an invoices array, got ${ledger === null ? 'null' : typeof ledger}`,
      'ledger',
    );
  }
  return prepareLedger(ledger)[brand];
}
