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
    id: idSchema,
    customerId: idSchema,
    currency: currencySchema,
    issueDate: civilDateSchema,
    dueDate: civilDateSchema,
    amountDue: moneyInputSchema,
    number: z.string().optional(),
  })
  .transform((item, context) => {
    if (item.dueDate < item.issueDate) {
      context.addIssue({ code: 'custom', message: `due date ${item.dueDate} is before issue date ${item.issueDate}`, path: ['dueDate'], input: item.dueDate });
    }
    try {
      const amountDue = parseMoney(item.amountDue, item.currency);
      if (amountDue.minor >= 0) return { ...item, amountDue };
      context.addIssue({ code: 'custom', message: `expected zero or more, got "${String(item.amountDue)}"`, path: ['amountDue'], input: item.amountDue });
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
