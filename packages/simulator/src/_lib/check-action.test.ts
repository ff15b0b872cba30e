import { InvalidArgumentError } from '@overdue/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PolicyAction } from '../policies/policy-types';
import type { ActionScope } from './check-action';
import { checkAction } from './check-action';

// Two customers: invoices a-1 and a-2 are customer 0's, b-1 customer 1's.
const owners = new Map([
  ['a-1', 0],
  ['a-2', 0],
  ['b-1', 1],
]);
const scope: ActionScope = { customers: 2, ownerOf: (id) => owners.get(id) };
const message: PolicyAction = {
  kind: 'message',
  customerIndex: 0,
  channel: 'email',
  at: new Date('2026-01-05T09:00:00Z'),
  tone: 'friendly',
  invoiceIds: ['a-1', 'a-2'],
  plans: [{ invoiceId: 'a-1', installments: [{ dueDate: '2026-01-12', amount: { currency: 'GBP', minor: 500 } }] }],
};
const plan: PolicyAction = {
  kind: 'payment-plan',
  customerIndex: 1,
  invoiceId: 'b-1',
  installments: [
    { dueDate: '2026-01-12', amount: { currency: 'GBP', minor: 500 } },
    { dueDate: '2026-01-26', amount: { currency: 'GBP', minor: 500 } },
  ],
};

function pathOf(action: unknown): string | undefined {
  try {
    checkAction(action, scope, 'actions[0]');
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidArgumentError);
    return (error as InvalidArgumentError).path;
  }
  return undefined;
}

describe('checkAction', () => {
  it('accepts well-formed messages and plan offers', () => {
    expect(pathOf(message)).toBeUndefined();
    expect(pathOf({ ...message, plans: undefined, invoiceIds: [] })).toBeUndefined();
    expect(pathOf({ ...message, messageId: 'm1' })).toBeUndefined();
    expect(pathOf(plan)).toBeUndefined();
  });

  it.each<[string, unknown, string]>([
    ['not an object', 'send', 'actions[0]'],
    ['a customer index out of range', { ...message, customerIndex: 2 }, 'actions[0].customerIndex'],
    ['a fractional customer index', { ...message, customerIndex: 0.5 }, 'actions[0].customerIndex'],
    ['an unknown kind', { ...message, kind: 'letter' }, 'actions[0].kind'],
    ['a misspelt field', { ...message, tones: 'firm' }, 'actions[0].tones'],
    ['a misspelt channel', { ...message, channel: 'emial' }, 'actions[0].channel'],
    ['an unknown tone', { ...message, tone: 'angry' }, 'actions[0].tone'],
    ['an invalid instant', { ...message, at: new Date(Number.NaN) }, 'actions[0].at'],
    ['an instant as text', { ...message, at: '2026-01-05T09:00:00Z' }, 'actions[0].at'],
    ['a message id that is not text', { ...message, messageId: 7 }, 'actions[0].messageId'],
    ['an empty message id', { ...message, messageId: '' }, 'actions[0].messageId'],
    ['invoice ids not a list', { ...message, invoiceIds: 'a-1' }, 'actions[0].invoiceIds'],
    ['an invoice never issued', { ...message, invoiceIds: ['a-1', 'zz'] }, 'actions[0].invoiceIds[1]'],
    ["another customer's invoice", { ...message, invoiceIds: ['b-1'] }, 'actions[0].invoiceIds[0]'],
    ['plans not a list', { ...message, plans: {} }, 'actions[0].plans'],
    [
      'a misspelt offer field',
      { ...message, plans: [{ invoiceId: 'a-1', instalments: [] }] },
      'actions[0].plans[0].instalments',
    ],
    ['no installments', { ...plan, installments: [] }, 'actions[0].installments'],
    ['a plan on an invoice never issued', { ...plan, invoiceId: 'zz' }, 'actions[0].invoiceId'],
    [
      'a bad installment date',
      { ...plan, installments: [{ dueDate: '12/01/2026', amount: { currency: 'GBP', minor: 1 } }] },
      'actions[0].installments[0].dueDate',
    ],
    [
      'a misspelt money field',
      { ...plan, installments: [{ dueDate: '2026-01-12', amount: { currency: 'GBP', minr: 1 } }] },
      'actions[0].installments[0].amount.minr',
    ],
    [
      'a zero installment',
      { ...plan, installments: [{ dueDate: '2026-01-12', amount: { currency: 'GBP', minor: 0 } }] },
      'actions[0].installments[0].amount.minor',
    ],
    [
      'a bad currency',
      { ...plan, installments: [{ dueDate: '2026-01-12', amount: { currency: 'pounds', minor: 1 } }] },
      'actions[0].installments[0].amount.currency',
    ],
  ])('rejects %s, naming the field', (_name, action, path) => {
    expect(pathOf(action)).toBe(path);
  });

  it('throws nothing but an InvalidArgumentError on any input', () => {
    fc.assert(
      fc.property(fc.anything(), (action) => {
        try {
          checkAction(action, scope, 'actions[0]');
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidArgumentError);
        }
      }),
    );
  });
});
