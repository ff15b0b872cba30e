import { civilDateSchema, currencySchema, idSchema, moneyInputSchema, OverdueError, parseMoney } from '@overdue/core';
import { z } from 'zod';

/**
 * Schema of an {@link OpenItemInput}: one open invoice as a database or an export returns it. `amountDue`
 * (major units) must be zero or more and `dueDate` not before `issueDate`.
 *
 * @category Aging
 * @example
 * ```ts
 * openItemInputSchema.parse({ id: 'i1', customerId: 'C1', currency: 'EUR', issueDate: '2026-01-01', dueDate: '2026-01-31', amountDue: '99.90' }).amountDue;
 * //=> { currency: 'EUR', minor: 9990 }
 * ```
 */
export const openItemInputSchema = z
  .object({
    /** The invoice's id. Required, non-empty. */
    id: idSchema,
    /** The id of the customer it is billed to. Required, non-empty. */
    customerId: idSchema,
    /** ISO 4217 code of `amountDue`, such as `EUR`. Required. */
    currency: currencySchema,
    /** Issue date, civil date `YYYY-MM-DD`; an item issued after `asOf` is not aged yet. Required. */
    issueDate: civilDateSchema,
    /** Due date, civil date `YYYY-MM-DD`, not before `issueDate`. Required. */
    dueDate: civilDateSchema,
    /**
     * What is open on the invoice at `asOf`, in major units (`'99.90'`), zero or more. Required. Parsed, it
     * is exact money in minor units.
     */
    amountDue: moneyInputSchema,
    /** The invoice number, such as `INV-1`. Optional; aging does not use it. */
    number: z.string().optional(),
  })
  .transform((item, context) => {
    if (item.dueDate < item.issueDate) {
      context.addIssue({
        code: 'custom',
        message: `due date ${item.dueDate} is before issue date ${item.issueDate}`,
        path: ['dueDate'],
        input: item.dueDate,
      });
    }
    try {
      const amountDue = parseMoney(item.amountDue, item.currency);
      if (amountDue.minor >= 0)
        return {
          ...item,
          /** What is open on the invoice at `asOf`, exact money in minor units, zero or more. */
          amountDue,
        };
      context.addIssue({
        code: 'custom',
        message: `expected zero or more, got "${String(item.amountDue)}"`,
        path: ['amountDue'],
        input: item.amountDue,
      });
    } catch (error) {
      const message = OverdueError.isInstance(error) ? error.message.replace(/^[^:]*: /, '') : String(error);
      context.addIssue({ code: 'custom', message, path: ['amountDue'], input: item.amountDue });
    }
    return z.NEVER;
  });

/**
 * An open invoice as a database returns it: what {@link ageReceivables} needs when it is given open items
 * rather than a ledger. `amountDue` is taken as the amount open at `asOf`.
 *
 * @category Aging
 * @example
 * ```ts
 * const row: OpenItemInput = { id: 'i1', customerId: 'C1', currency: 'EUR', issueDate: '2026-01-01', dueDate: '2026-01-31', amountDue: '99.90' };
 * ```
 */
export type OpenItemInput = z.input<typeof openItemInputSchema>;
