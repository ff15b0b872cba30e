import type { LedgerInput } from '@overdue/core';
import { copyWarnings } from '../_lib/ledger-timeline';
import type { LedgerWarning } from '../open-balances/ledger-warning';
import type { PreparedLedger } from '../prepare-ledger';
import { timelineOf } from '../prepare-ledger';

/**
 * Every invoice of a ledger with the day it was fully settled, in columns: the facts a payment model learns
 * from. Dates are day numbers (see {@link @overdue/core!civilDateToDayNumber | civilDateToDayNumber}) and
 * amounts integer minor units. The columns are shared with the prepared ledger: read them, never write.
 *
 * @category Settlements
 * @example
 * ```ts
 * const settlements: InvoiceSettlements = invoiceSettlements({ invoices: [] });
 * settlements.count;
 * //=> 0
 * ```
 */
export interface InvoiceSettlements {
  /** How many invoices the ledger holds, void and draft ones included (their total reads as zero). */
  readonly count: number;
  /** Invoice ids, in ledger order. */
  readonly invoiceIds: readonly string[];
  /** The customer id of each invoice. */
  readonly customerIds: readonly string[];
  /** The currency of each invoice. */
  readonly currencies: readonly string[];
  /** Issue day of each invoice. */
  readonly issueDay: Int32Array;
  /** Due day of each invoice. */
  readonly dueDay: Int32Array;
  /** Total of each invoice in minor units; zero for void and draft invoices. */
  readonly totalMinor: Float64Array;
  /**
   * The day each invoice became fully settled by payments, credits or its paid date; for a written-off
   * invoice the write-off day; `Infinity` while it is open and `-Infinity` for a zero total.
   */
  readonly settledDay: Float64Array;
  /** 1 for a written-off invoice (its settled day is the write-off, not a payment), else 0. */
  readonly writtenOff: Uint8Array;
  /** How each invoice was sent: 0 unknown, 1 electronic, 2 paper. */
  readonly delivery: Uint8Array;
  /** 1 for an invoice marked `disputed: true` in the ledger, else 0. */
  readonly disputed: Uint8Array;
  /**
   * How the ledger was read where it was ambiguous, such as an amount settled with no payment, credit or
   * paid date (taken as settled on the issue day), as `openBalancesAsOf` reports them.
   */
  readonly warnings: readonly LedgerWarning[];
}

/**
 * Lists every invoice of a ledger with its issue, due and settled days, total and delivery, in columns:
 * the history a payment model or a payer score reads. The ledger is validated once (pass a
 * {@link PreparedLedger} to share that work).
 *
 * @param ledger - A raw or prepared ledger.
 * @returns The invoices in columns, in ledger order.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} naming the first bad field of a raw ledger.
 * @category Settlements
 * @example
 * ```ts
 * const settlements = invoiceSettlements({
 *   invoices: [{ id: 'i1', customerId: 'C1', number: 'INV-1', currency: 'EUR', issueDate: '2026-01-01', dueDate: '2026-01-31', total: '100', amountDue: '0', paidDate: '2026-02-03' }],
 * });
 * settlements.settledDay[0]! - settlements.dueDay[0]!;
 * //=> 3
 * ```
 */
export function invoiceSettlements(ledger: LedgerInput | PreparedLedger): InvoiceSettlements {
  const timeline = timelineOf(ledger);
  return {
    count: timeline.count,
    invoiceIds: timeline.invoiceIds,
    customerIds: timeline.customerIds,
    currencies: timeline.currencies,
    issueDay: timeline.issueDay,
    dueDay: timeline.dueDay,
    totalMinor: timeline.totalMinor,
    settledDay: timeline.paidDay,
    writtenOff: timeline.writtenOff,
    delivery: timeline.delivery,
    disputed: timeline.disputed,
    warnings: copyWarnings(timeline),
  };
}
