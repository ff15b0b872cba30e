import type { CivilDate, InvoiceInput } from '@overdue/core';
import {
  assertKnownFields,
  assertMoney,
  describeReceived,
  InvalidArgumentError,
  moneyToDecimalString,
  parseCivilDate,
} from '@overdue/core';
import type { PaymentPlan } from './propose-payment-plan';

/**
 * Options of {@link planInstallmentsAsInvoices}.
 *
 * @category Payment plans
 * @example
 * ```ts
 * const options: PlanInstallmentsAsInvoicesOptions = { invoiceId: 'i1', customerId: 'C1', issueDate: '2026-01-15' };
 * ```
 */
export interface PlanInstallmentsAsInvoicesOptions {
  /**
   * The id of the invoice (or agreement) the plan settles; each installment becomes `<invoiceId>/plan-<n>`.
   * Required, non-empty.
   */
  invoiceId: string;
  /** The customer who pays. Required, non-empty. */
  customerId: string;
  /** The day the plan was agreed, used as every installment's issue date; not after the first due date. Required. */
  issueDate: CivilDate;
  /** The printed number the installments' numbers start with (`INV-7` gives `INV-7-1/3`...). Default: `invoiceId`. */
  number?: string;
}

/**
 * Turns a payment plan into invoices a scenario can chase one by one: each installment becomes an open
 * invoice of its own amount, due on its own date, tagged `payment-plan`, so dunning reminds the customer
 * of each installment when it falls due and never of the whole balance. The host then closes the original
 * invoice (or sets its `amountDue` to zero) so that the balance is not chased twice.
 *
 * When the plan covers an invoice's whole `total` and the ledger keeps one invoice, fill the invoice's
 * `installments` field instead: `plan.installments.map(({ dueDate, amount }) => ({ dueDate, amount:
 * moneyToDecimalString(amount) }))` (they add up to `total`, as the invoice schema checks).
 *
 * @param plan - A plan from {@link proposePaymentPlan}.
 * @param options - The invoice and customer ids, the issue date and the number.
 * @returns One invoice input per installment, in order, ready for `invoiceSchema`.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} naming the option, such as
 * `options.issueDate` when it is after the first installment's due date, or a field the options do not
 * have (`options.invoiceID: unknown field; did you mean "invoiceId"?`).
 * @category Payment plans
 * @example
 * ```ts
 * const plan = proposePaymentPlan({ currency: 'EUR', minor: 100000 }, {
 *   installments: 2, frequency: 'monthly', firstDate: '2026-02-15',
 * });
 * planInstallmentsAsInvoices(plan, { invoiceId: 'i1', customerId: 'C1', issueDate: '2026-01-15', number: 'INV-1' })[0];
 * //=> { id: 'i1/plan-1', customerId: 'C1', number: 'INV-1-1/2', currency: 'EUR', issueDate: '2026-01-15',
 * //     dueDate: '2026-02-15', total: '500.00', amountDue: '500.00', status: 'open',
 * //     tags: ['payment-plan', 'plan-of:i1'] }
 * ```
 */
export function planInstallmentsAsInvoices(
  plan: PaymentPlan,
  options: PlanInstallmentsAsInvoicesOptions,
): InvoiceInput[] {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError(
      `expected { invoiceId, customerId, issueDate }, got ${describeReceived(options)}`,
      'options',
    );
  }
  assertKnownFields(options, OPTION_FIELDS, 'options');
  const invoiceId = readId(options.invoiceId, 'options.invoiceId');
  const customerId = readId(options.customerId, 'options.customerId');
  const issueDate = parseCivilDate(options.issueDate, 'options.issueDate');
  const number = options.number === undefined ? invoiceId : readId(options.number, 'options.number');
  const installments = (plan as { installments?: unknown } | null)?.installments;
  if (!Array.isArray(installments) || installments.length === 0) {
    throw new InvalidArgumentError(
      `expected a plan with installments, got ${describeReceived(installments)}`,
      'plan.installments',
    );
  }
  const count = installments.length;
  return (installments as PaymentPlan['installments']).map((installment, index) => {
    const path = `plan.installments[${index}]`;
    const amount = assertMoney(installment?.amount, `${path}.amount`);
    const dueDate = parseCivilDate(installment.dueDate, `${path}.dueDate`);
    if (dueDate < issueDate) {
      throw new InvalidArgumentError(
        `the issue date ${issueDate} is after installment ${index + 1}'s due date ${dueDate}`,
        'options.issueDate',
      );
    }
    const text = moneyToDecimalString(amount);
    return {
      id: `${invoiceId}/plan-${index + 1}`,
      customerId,
      number: `${number}-${index + 1}/${count}`,
      currency: amount.currency,
      issueDate,
      dueDate,
      total: text,
      amountDue: text,
      status: 'open',
      tags: ['payment-plan', `plan-of:${invoiceId}`],
    };
  });
}

/** The fields of {@link PlanInstallmentsAsInvoicesOptions}; `satisfies` keeps the list in step with the type. */
const OPTION_FIELDS = Object.keys({ invoiceId: true, customerId: true, issueDate: true, number: true } satisfies Record<
  keyof PlanInstallmentsAsInvoicesOptions,
  true
>);

function readId(value: unknown, path: string): string {
  if (typeof value !== 'string' || value === '') {
    throw new InvalidArgumentError(`expected a non-empty string, got ${describeReceived(value)}`, path);
  }
  return value;
}
