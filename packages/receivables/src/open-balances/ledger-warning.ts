/**
 * Something in a ledger that Overdue had to interpret: the figures are still computed, and the warning
 * says how.
 *
 * @category Open balances
 * @example
 * ```ts
 * const warning: LedgerWarning = {
 *   code: 'settlement-date-unknown',
 *   invoiceId: 'i1',
 *   message: 'invoice i1 records 5000 minor units settled with no payment, credit or paid date; treated as settled on its issue date',
 * };
 * ```
 */
export interface LedgerWarning {
  /**
   * `settlement-date-unknown`: the invoice's amount due is below its total with no allocation or paid
   * date to date the difference. `amount-due-mismatch`: allocations settle more than the invoice's amount
   * due says. `allocation-to-void-invoice`: cash or credit is allocated to a void or draft invoice.
   */
  code: 'settlement-date-unknown' | 'amount-due-mismatch' | 'allocation-to-void-invoice';
  /** The invoice concerned. */
  invoiceId: string;
  /** The payment or credit note concerned, when there is one. */
  documentId?: string;
  /** What was found and how it was treated. */
  message: string;
}
