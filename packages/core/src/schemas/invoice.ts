import { z } from 'zod';
import type { Money } from '../money/money';
import { toMoneyField } from './money-field';
import { civilDateSchema, currencySchema, idSchema, moneyInputSchema } from './primitives';

/**
 * Invoice statuses. `draft` and `void` invoices are never receivables; `written-off` ones stop being
 * receivables on their `paidDate` (the write-off date).
 *
 * @category Schemas
 * @example
 * ```ts
 * invoiceStatusSchema.parse('open');
 * //=> 'open'
 * ```
 */
export const invoiceStatusSchema = z.enum(['draft', 'open', 'paid', 'void', 'written-off']);

/**
 * An invoice status.
 *
 * @category Domain
 * @example
 * ```ts
 * const status: InvoiceStatus = 'paid';
 * ```
 */
export type InvoiceStatus = z.infer<typeof invoiceStatusSchema>;

/**
 * How an invoice was sent: `electronic` (email, portal, e-invoicing) or `paper` (post).
 *
 * @category Schemas
 * @example
 * ```ts
 * invoiceDeliverySchema.parse('electronic');
 * //=> 'electronic'
 * ```
 */
export const invoiceDeliverySchema = z.enum(['electronic', 'paper']);

/**
 * How an invoice was sent.
 *
 * @category Domain
 * @example
 * ```ts
 * const delivery: InvoiceDelivery = 'paper';
 * ```
 */
export type InvoiceDelivery = z.infer<typeof invoiceDeliverySchema>;

const installmentInputSchema = z.object({
  /** When this part is due, civil date `YYYY-MM-DD`. Required. */
  dueDate: civilDateSchema,
  /** This part, in major units of the invoice currency (`'40.00'`), more than zero. Required. */
  amount: moneyInputSchema,
});

/**
 * Schema of an {@link Invoice}. Amounts are in major units in the invoice currency and become exact
 * {@link Money}. Checks: `dueDate` and `paidDate` not before `issueDate`; `0 <= amountDue <= total`;
 * status `paid` only with nothing due; installments add up to the total. `status` defaults to `paid` when
 * nothing is due, else `open`.
 *
 * @category Schemas
 * @example
 * ```ts
 * invoiceSchema.parse({
 *   id: 'i1', customerId: 'C1', number: 'INV-1', currency: 'EUR',
 *   issueDate: '2026-01-01', dueDate: '2026-01-31', total: '120.00', amountDue: '120.00',
 * }).total;
 * //=> { currency: 'EUR', minor: 12000 }
 * ```
 */
export const invoiceSchema = z
  .object({
    /** Its id in the source. Required, non-empty. */
    id: idSchema,
    /** The id of the customer it is billed to. Required, non-empty. */
    customerId: idSchema,
    /** The number printed on it, such as `INV-1`. Required. */
    number: z.string(),
    /** ISO 4217 code of every amount on it, such as `EUR`. Required. */
    currency: currencySchema,
    /** Issue date, civil date `YYYY-MM-DD`: it is a receivable from this day on. Required. */
    issueDate: civilDateSchema,
    /** Due date, civil date `YYYY-MM-DD`, not before `issueDate`: current up to and including it. Required. */
    dueDate: civilDateSchema,
    /**
     * The invoice total in major units (`'120.00'`), zero or more. Required. Parsed, it is exact
     * {@link Money} in minor units.
     */
    total: moneyInputSchema,
    /**
     * What is still owed according to the source when it was read, in major units, from zero to `total`.
     * Required. Parsed, it is exact {@link Money} in minor units.
     */
    amountDue: moneyInputSchema,
    /** Status in the source. Optional; default `paid` when `amountDue` is zero, else `open`. */
    status: invoiceStatusSchema.optional(),
    /**
     * The day it was settled, civil date `YYYY-MM-DD`, not before `issueDate`; for a `written-off` invoice,
     * the write-off date. Optional. Any part of `total - amountDue` that no allocation explains counts as
     * paid on this day.
     */
    paidDate: civilDateSchema.optional(),
    /** Whether the customer disputes it. Optional; absent means not disputed. */
    disputed: z.boolean().optional(),
    /**
     * How it was sent: `electronic` (email, portal, e-invoicing) or `paper` (post). Optional; absent means
     * unknown. Payment models use it as a fact known at issue.
     */
    delivery: invoiceDeliverySchema.optional(),
    /** A payment schedule: parts, each with its own due date, that add up to `total`. Optional. */
    installments: z.array(installmentInputSchema).optional(),
    /** An absolute URL where the customer can pay it. Optional. */
    paymentUrl: z.url({ error: 'expected an absolute URL' }).optional(),
    /** Free labels from the source, for grouping and filtering. Optional. */
    tags: z.array(z.string()).optional(),
  })
  .transform((invoice, context) => {
    const total = toMoneyField(invoice.total, invoice.currency, ['total'], context, { nonNegative: true });
    const amountDue = toMoneyField(invoice.amountDue, invoice.currency, ['amountDue'], context, { nonNegative: true });
    if (invoice.dueDate < invoice.issueDate) {
      context.addIssue({
        code: 'custom',
        message: `due date ${invoice.dueDate} is before issue date ${invoice.issueDate}`,
        path: ['dueDate'],
        input: invoice.dueDate,
      });
    }
    if (invoice.paidDate !== undefined && invoice.paidDate < invoice.issueDate) {
      context.addIssue({
        code: 'custom',
        message: `paid date ${invoice.paidDate} is before issue date ${invoice.issueDate}`,
        path: ['paidDate'],
        input: invoice.paidDate,
      });
    }
    if (total === undefined || amountDue === undefined) return z.NEVER;
    if (amountDue.minor > total.minor) {
      context.addIssue({
        code: 'custom',
        message: `amount due ${String(invoice.amountDue)} is more than the total ${String(invoice.total)}`,
        path: ['amountDue'],
        input: invoice.amountDue,
      });
    }
    const status = invoice.status ?? (amountDue.minor === 0 ? 'paid' : 'open');
    if (status === 'paid' && amountDue.minor !== 0) {
      context.addIssue({
        code: 'custom',
        message: `status is "paid" but ${String(invoice.amountDue)} is still due`,
        path: ['status'],
        input: status,
      });
    }
    let installments: { dueDate: string; amount: Money }[] | undefined;
    if (invoice.installments !== undefined) {
      installments = [];
      let sum = 0;
      for (const [index, installment] of invoice.installments.entries()) {
        const amount = toMoneyField(installment.amount, invoice.currency, ['installments', index, 'amount'], context, {
          positive: true,
        });
        if (amount === undefined) return z.NEVER;
        sum += amount.minor;
        installments.push({ dueDate: installment.dueDate, amount });
      }
      if (sum !== total.minor) {
        context.addIssue({
          code: 'custom',
          message: `installments add up to ${sum} minor units but the total is ${total.minor}`,
          path: ['installments'],
          input: invoice.installments,
        });
      }
    }
    const { installments: _ignored, ...rest } = invoice;
    const parsed = {
      ...rest,
      /** The invoice total, exact money in minor units. */
      total,
      /** What is still owed according to the source, exact money in minor units, from zero to `total`. */
      amountDue,
      /** Status: as given, else `paid` when nothing is due and `open` otherwise. */
      status,
    };
    return (installments === undefined ? parsed : { ...parsed, installments }) as typeof parsed & {
      /** The payment schedule, whose parts add up to `total`. Absent when the source gave none. */
      installments?: {
        /** When this part is due, civil date `YYYY-MM-DD`. */
        dueDate: string;
        /** This part, exact money in minor units, more than zero. */
        amount: Money;
      }[];
    };
  });

/**
 * An invoice, with exact amounts.
 *
 * @category Domain
 * @example
 * ```ts
 * const invoice: Invoice = invoiceSchema.parse({
 *   id: 'i1', customerId: 'C1', number: 'INV-1', currency: 'EUR',
 *   issueDate: '2026-01-01', dueDate: '2026-01-31', total: '120.00', amountDue: '0', paidDate: '2026-01-20',
 * });
 * ```
 */
export type Invoice = z.output<typeof invoiceSchema>;

/**
 * An invoice as hosts supply it (amounts in major units, as decimal strings or exact numbers).
 *
 * @category Domain
 * @example
 * ```ts
 * const input: InvoiceInput = {
 *   id: 'i1', customerId: 'C1', number: 'INV-1', currency: 'EUR',
 *   issueDate: '2026-01-01', dueDate: '2026-01-31', total: '120.00', amountDue: '120.00',
 * };
 * ```
 */
export type InvoiceInput = z.input<typeof invoiceSchema>;
