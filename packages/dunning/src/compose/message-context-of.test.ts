import { OverdueError } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../scenario/evaluate/evaluate-scenario';
import type { CustomerSnapshot, DunningAction } from '../scenario/evaluate/evaluation-types';
import { parseScenario } from '../scenario/parse-scenario';
import { GENTLE_B2B_SCENARIO } from '../scenario/ready-made-scenarios';
import { globex, invoiceOf } from './_test/fixtures';
import { messageContextOf } from './message-context-of';

const gentle = parseScenario(GENTLE_B2B_SCENARIO);
const sender = { name: 'Acme Supplies Ltd' };

const snapshot: CustomerSnapshot = {
  customer: globex(),
  invoices: [invoiceOf('i1', 'INV-1042', '2026-10-01', '1234.50', { paymentUrl: 'https://pay.acme.example/i/1042' })],
};

function firstAction(snap: CustomerSnapshot, now: string): DunningAction {
  const action = evaluateScenario(gentle, snap, { now }).actions[0];
  if (action === undefined) throw new Error(`no action on ${now}`);
  return action;
}

describe('messageContextOf', () => {
  it('builds the context of the TSDoc example (GENTLE_B2B_SCENARIO, overdue-1, 7 days after the due date)', () => {
    const action = firstAction(snapshot, '2026-10-08');
    expect(messageContextOf(action, snapshot, { sender })).toEqual({
      today: '2026-10-08',
      sender: { name: 'Acme Supplies Ltd' },
      customer: { name: 'Globex GmbH', contactName: 'Anna Weber' },
      invoices: [
        {
          number: 'INV-1042',
          issueDate: '2026-09-01',
          dueDate: '2026-10-01',
          amountDue: { currency: 'EUR', minor: 123450 },
        },
      ],
      paymentUrl: 'https://pay.acme.example/i/1042',
    });
  });

  it('lists the chased items in the action order with their own amounts, not the invoice totals', () => {
    const partly = invoiceOf('i2', 'INV-1057', '2026-09-20', '480.00', { amountDue: '80.00' });
    const snap = { ...snapshot, invoices: [...snapshot.invoices, partly] };
    const action = firstAction(snap, '2026-10-08');
    const context = messageContextOf(action, snap, { sender });
    expect(context.invoices.map((invoice) => [invoice.number, invoice.dueDate, invoice.amountDue.minor])).toEqual(
      action.items.map((item) => [item.invoiceId === 'i1' ? 'INV-1042' : 'INV-1057', item.dueDate, item.amount.minor]),
    );
    expect(context.invoices.find((invoice) => invoice.number === 'INV-1057')?.amountDue).toEqual({
      currency: 'EUR',
      minor: 8000,
    });
    // Only INV-1042 has a payment page, so the items share none.
    expect(context).not.toHaveProperty('paymentUrl');
  });

  it('leaves contactName out when the first contact of the first delivery has no name', () => {
    const anonymous = globex({ contacts: [{ id: 'c1', email: 'ap@globex.example' }] });
    const snap = { ...snapshot, customer: anonymous };
    const context = messageContextOf(firstAction(snap, '2026-10-08'), snap, { sender });
    expect(context.customer).toEqual({ name: 'Globex GmbH' });
  });

  it('does not include a promise or an installment for an overdue reminder, and uses options.today', () => {
    const context = messageContextOf(firstAction(snapshot, '2026-10-08'), snapshot, { sender, today: '2026-10-09' });
    expect(context.today).toBe('2026-10-09');
    expect(context).not.toHaveProperty('promise');
    expect(context).not.toHaveProperty('installment');
  });

  it('throws an InvalidArgumentError naming action.kind for a task', () => {
    const big = {
      ...snapshot,
      invoices: [invoiceOf('i1', 'INV-1042', '2026-08-01', '1234.50', { issueDate: '2026-07-01' })],
    };
    const task = evaluateScenario(gentle, big, { now: '2026-09-15' }).actions.find((each) => each.kind === 'task');
    expect(task).toBeDefined();
    expect(() => messageContextOf(task as DunningAction, big, { sender })).toThrow(
      expect.objectContaining({ path: 'action.kind' }),
    );
    try {
      messageContextOf(task as DunningAction, big, { sender });
    } catch (error) {
      expect(OverdueError.isInstance(error)).toBe(true);
    }
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['a misspelt option', { sender, todya: '2026-10-09' }, 'options.todya', 'unknown field; did you mean "today"?'],
    [
      'an option of composeMessages only',
      { sender, locale: 'en-GB' },
      'options.locale',
      'unknown field; expected one of sender, today, paymentUrl, charges',
    ],
    [
      'a misspelt sender field',
      { sender: { name: 'Acme', replyToo: 'ar@acme.example' } },
      'options.sender.replyToo',
      'unknown field; did you mean "replyTo"?',
    ],
  ])('names %s', (_name, options, path, message) => {
    const action = firstAction(snapshot, '2026-10-08');
    expect(() => messageContextOf(action, snapshot, options as never)).toThrow(
      expect.objectContaining({ path, message: `${path}: ${message}` }),
    );
  });

  it('accepts every documented option', () => {
    const charges = [{ label: 'Fee', amount: { currency: 'EUR', minor: 500 } }];
    const context = messageContextOf(firstAction(snapshot, '2026-10-08'), snapshot, {
      sender: { name: 'Acme', replyTo: 'ar@acme.example', phone: '+44 20 7946 0000' },
      today: '2026-10-09',
      paymentUrl: () => undefined,
      charges,
    });
    expect(context).toMatchObject({ sender: { phone: '+44 20 7946 0000' }, charges, today: '2026-10-09' });
  });
});
