import { civilDateSchema, currencySchema, InvalidArgumentError, parseInput } from '@overdue/core';
import { z } from 'zod';
import type { MessageContext } from '../message-types';

const money = z.strictObject({ currency: currencySchema, minor: z.number().int().min(0) });
const name = z.string().trim().min(1);
// Strict objects: the context is filled by hand, and a misspelt field (`replyToo`) must not be dropped.
const schema = z
  .strictObject({
    today: civilDateSchema,
    sender: z.strictObject({ name, replyTo: name.optional(), phone: name.optional() }),
    customer: z.strictObject({ name, contactName: name.optional() }),
    invoices: z.array(
      z.strictObject({ number: name, issueDate: civilDateSchema, dueDate: civilDateSchema, amountDue: money }),
    ),
    charges: z.array(z.strictObject({ label: name, amount: money })).optional(),
    paymentUrl: z
      .string()
      .regex(/^https?:\/\/[^\s<>"]+$/, { error: 'expected an http(s) URL without spaces, quotes or angle brackets' })
      .optional(),
    promise: z.strictObject({ date: civilDateSchema, amount: money }).optional(),
    installment: z
      .strictObject({
        number: z.number().int().min(1),
        of: z.number().int().min(1),
        dueDate: civilDateSchema,
        amount: money,
      })
      .refine((value) => value.number <= value.of, { error: 'expected number to be at most of', path: ['number'] })
      .optional(),
  })
  .check((payload) => {
    payload.value.invoices.forEach((invoice, index) => {
      if (invoice.dueDate < invoice.issueDate) {
        payload.issues.push({
          code: 'custom',
          message: `expected a due date on or after the issue date ${invoice.issueDate}, got "${invoice.dueDate}"`,
          path: ['invoices', index, 'dueDate'],
          input: invoice.dueDate,
        });
      }
    });
  });

const needs: Record<string, (context: MessageContext) => string | undefined> = {
  upcoming: (context) => (context.invoices.length === 0 ? 'invoices' : undefined),
  overdue: (context) => (context.invoices.length === 0 ? 'invoices' : undefined),
  'promise-broken': (context) => (context.promise === undefined ? 'promise' : undefined),
  'payment-plan-installment': (context) => (context.installment === undefined ? 'installment' : undefined),
};

/** Validates a message context, and checks that a built-in template has the fields it needs. */
export function parseContext(value: unknown, templateId: string): MessageContext {
  const context = parseInput(schema, value, 'context') as MessageContext;
  const missing = needs[templateId]?.(context);
  if (missing !== undefined) {
    throw new InvalidArgumentError(
      missing === 'invoices'
        ? `template "${templateId}" needs at least one invoice`
        : `template "${templateId}" needs context.${missing}, got nothing (the field is missing)`,
      `context.${missing}`,
    );
  }
  return context;
}
