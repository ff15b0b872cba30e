import type { CivilDate, InvoiceDelivery } from '@overdue/core';

/**
 * An invoice to predict: what is known about it at issue. The items of `openBalancesAsOf` fit as they are.
 *
 * @category Model
 * @example
 * ```ts
 * const invoice: PaymentPredictionInput = {
 *   invoiceId: 'INV-9', customerId: 'C1', currency: 'EUR', issueDate: '2026-03-01', dueDate: '2026-03-31', totalMinor: 120000,
 * };
 * ```
 */
export interface PaymentPredictionInput {
  /** Its id (matched against the history's open invoices so it is not counted twice). Required. */
  invoiceId: string;
  /** The customer it is billed to. Required. */
  customerId: string;
  /** ISO 4217 code of its total. Required. */
  currency: string;
  /** Issue date `YYYY-MM-DD`. Required. */
  issueDate: CivilDate;
  /** Due date `YYYY-MM-DD`, not before the issue date. Required. */
  dueDate: CivilDate;
  /** Its total in integer minor units, zero or more. Required. */
  totalMinor: number;
  /** How it was sent. Optional; when absent, taken from the history's invoice of the same id, else unknown. */
  delivery?: InvoiceDelivery;
}
