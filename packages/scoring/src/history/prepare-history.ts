import type { CollectionsEventInput, LedgerInput } from '@overdue/core';
import { collectionsEventSchema, InvalidArgumentError, parseInput } from '@overdue/core';
import type { InvoiceSettlements, PreparedLedger } from '@overdue/receivables';
import { invoiceSettlements } from '@overdue/receivables';
import type { HistoryIndex } from '../_lib/history-index';
import { indexHistory } from '../_lib/history-index';

const brand = Symbol.for('overdue.prepared-history');

/**
 * What scoring learns from: a ledger (raw or prepared) and, optionally, the collections events that go with
 * it. Only `promise-made`, `promise-broken`, `dispute-opened` and `dispute-resolved` events are read; the
 * day of an event is the UTC date of its `at`. An invoice's own `disputed` flag is never read, because it
 * is known only after the fact and says nothing about when the dispute was raised.
 *
 * @category History
 * @example
 * ```ts
 * const history: PaymentHistoryInput = {
 *   ledger: { invoices: [] },
 *   events: [{ type: 'promise-broken', at: '2026-03-01T09:00:00Z', customerId: 'C1' }],
 * };
 * ```
 */
export interface PaymentHistoryInput {
  /** Customers, invoices, payments and credit notes, or a prepared ledger. Required. */
  ledger: LedgerInput | PreparedLedger;
  /** Collections events (promises, broken promises, disputes). Optional. */
  events?: readonly CollectionsEventInput[];
}

/**
 * A payment history validated and indexed once by {@link preparePaymentHistory}: invoices grouped by customer
 * in issue and settlement order, events by customer and day. Every scoring function accepts it in place of a
 * raw history, so one nightly run indexes the ledger once. Its contents are internal.
 *
 * @category History
 * @example
 * ```ts
 * const prepared: PreparedHistory = preparePaymentHistory({ ledger: { invoices: [] } });
 * prepared.customerCount;
 * //=> 0
 * ```
 */
export interface PreparedHistory {
  /** How many distinct customers have invoices. */
  readonly customerCount: number;
  /** How many invoices the ledger holds. */
  readonly invoiceCount: number;
  /** @internal */
  readonly [brand]: HistoryIndex;
}

/**
 * A history as scoring functions accept it: a {@link PaymentHistoryInput}, a bare ledger, or a
 * {@link PreparedHistory}.
 *
 * @category History
 * @example
 * ```ts
 * const history: PaymentHistory = { invoices: [] };
 * ```
 */
export type PaymentHistory = PaymentHistoryInput | LedgerInput | PreparedLedger | PreparedHistory;

/**
 * Validates and indexes a payment history for scoring. Pass the result to {@link trainPaymentModel},
 * {@link predictPayments}, {@link scorePayers}, {@link payerFeatures} and {@link forecastCollections} to read
 * the ledger once.
 *
 * @param history - A ledger, `{ ledger, events }`, or an already prepared history (returned as is).
 * @returns The prepared history.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} naming the first bad field of the ledger or of `events`.
 * @category History
 * @example
 * ```ts
 * const prepared = preparePaymentHistory({
 *   invoices: [{ id: 'i1', customerId: 'C1', number: 'INV-1', currency: 'EUR', issueDate: '2026-01-01', dueDate: '2026-01-31', total: '100', amountDue: '100' }],
 * });
 * prepared.customerCount;
 * //=> 1
 * ```
 */
export function preparePaymentHistory(history: PaymentHistory): PreparedHistory {
  if (isPreparedHistory(history)) return history;
  if (typeof history !== 'object' || history === null) {
    throw new InvalidArgumentError(
      `expected a ledger or { ledger, events }, got ${history === null ? 'null' : typeof history}`,
      'history',
    );
  }
  let settlements: InvoiceSettlements;
  let rawEvents: readonly unknown[] = [];
  if ('ledger' in history) {
    settlements = invoiceSettlements(history.ledger);
    if (history.events !== undefined) {
      if (!Array.isArray(history.events))
        throw new InvalidArgumentError(`expected an array, got ${typeof history.events}`, 'history.events');
      rawEvents = history.events;
    }
  } else {
    settlements = invoiceSettlements(history as LedgerInput | PreparedLedger);
  }
  const events = rawEvents.map((event, index) => parseInput(collectionsEventSchema, event, `history.events[${index}]`));
  const index = indexHistory(settlements, events);
  return { customerCount: index.customers.length, invoiceCount: settlements.count, [brand]: index };
}

/** Tells whether a value is a {@link PreparedHistory}. */
export function isPreparedHistory(value: unknown): value is PreparedHistory {
  return typeof value === 'object' && value !== null && brand in value;
}

/** The index of a raw or prepared history. */
export function historyIndexOf(history: PaymentHistory): HistoryIndex {
  return preparePaymentHistory(history)[brand];
}
