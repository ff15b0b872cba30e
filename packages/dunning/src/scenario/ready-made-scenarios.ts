import type { ScenarioInput } from './scenario-schema';

/**
 * A gentle business-to-business scenario: a reminder five days before the due date, friendly then neutral
 * emails, a call by the account manager at 45 days for balances of 500 or more, and a credit review at 75
 * days that ends the ladder. One message per customer and currency; at most 2 messages in 14 days.
 *
 * @category Scenarios
 * @example
 * ```ts
 * parseScenario(GENTLE_B2B_SCENARIO).steps.length;
 * //=> 6
 * ```
 */
export const GENTLE_B2B_SCENARIO: ScenarioInput = {
  version: 1,
  id: 'gentle-b2b',
  revision: 1,
  name: 'Gentle B2B',
  grouping: 'customer-currency',
  reanchor: 'keep-position',
  afterTerminal: 'stop-unit',
  promiseGraceDays: 5,
  paymentInFlightDays: 5,
  contactCap: { maxMessages: 2, windowDays: 14 },
  steps: [
    {
      id: 'upcoming',
      anchor: 'due-date',
      offsetDays: -5,
      actions: [{ kind: 'message', channels: ['email'], tone: 'friendly', template: 'upcoming' }],
    },
    {
      id: 'overdue-1',
      anchor: 'due-date',
      offsetDays: 7,
      actions: [{ kind: 'message', channels: ['email'], tone: 'friendly', template: 'overdue' }],
    },
    {
      id: 'overdue-2',
      anchor: 'previous-step',
      offsetDays: 14,
      repeat: { everyDays: 14, times: 1 },
      actions: [{ kind: 'message', channels: ['email'], tone: 'neutral', template: 'overdue' }],
    },
    {
      id: 'call',
      anchor: 'oldest-overdue',
      offsetDays: 45,
      when: { minBalance: { EUR: '500', GBP: '500', USD: '500' } },
      actions: [{ kind: 'task', task: 'call', ownerRole: 'account-manager' }],
    },
    {
      id: 'credit-review',
      anchor: 'oldest-overdue',
      offsetDays: 75,
      terminal: true,
      actions: [{ kind: 'task', task: 'review', ownerRole: 'credit-controller', note: 'Review terms and limit.' }],
    },
    {
      id: 'promise-broken',
      trigger: 'promise-broken',
      anchor: 'promise-broken',
      offsetDays: 1,
      actions: [{ kind: 'message', channels: ['email'], tone: 'neutral', template: 'promise-broken' }],
    },
  ],
};

/**
 * A standard scenario: a reminder three days before the due date, reminders at 3 and 14 days, a firm
 * message on the channel an outreach learner picks plus a call at 30 days, a final notice with statutory
 * interest at 45 days, and a hand-over to an agency at 90 days that ends the ladder. One message per
 * customer and currency; at most 3 messages in 7 days.
 *
 * @category Scenarios
 * @example
 * ```ts
 * parseScenario(STANDARD_SCENARIO).contactCap;
 * //=> { maxMessages: 3, windowDays: 7 }
 * ```
 */
export const STANDARD_SCENARIO: ScenarioInput = {
  version: 1,
  id: 'standard',
  revision: 1,
  name: 'Standard',
  grouping: 'customer-currency',
  reanchor: 'keep-position',
  afterTerminal: 'stop-unit',
  promiseGraceDays: 3,
  paymentInFlightDays: 3,
  contactCap: { maxMessages: 3, windowDays: 7 },
  steps: [
    {
      id: 'upcoming',
      anchor: 'due-date',
      offsetDays: -3,
      actions: [{ kind: 'message', channels: ['email'], tone: 'friendly', template: 'upcoming' }],
    },
    {
      id: 'overdue-1',
      anchor: 'due-date',
      offsetDays: 3,
      actions: [{ kind: 'message', channels: ['email'], tone: 'friendly', template: 'overdue' }],
    },
    {
      id: 'overdue-2',
      anchor: 'due-date',
      offsetDays: 14,
      actions: [{ kind: 'message', channels: ['email', 'sms'], tone: 'neutral', template: 'overdue' }],
    },
    {
      id: 'overdue-3',
      anchor: 'oldest-overdue',
      offsetDays: 30,
      actions: [
        { kind: 'message', channels: 'auto', tone: 'firm', template: 'overdue' },
        { kind: 'task', task: 'call', ownerRole: 'collector' },
      ],
    },
    {
      id: 'final-notice',
      anchor: 'oldest-overdue',
      offsetDays: 45,
      actions: [
        { kind: 'message', channels: ['email'], tone: 'final', template: 'overdue' },
        { kind: 'interest', regime: 'eu-directive' },
      ],
    },
    {
      id: 'agency',
      anchor: 'oldest-overdue',
      offsetDays: 90,
      terminal: true,
      when: { minBalance: { EUR: '250', GBP: '250', USD: '250' } },
      actions: [{ kind: 'agency' }, { kind: 'credit-hold' }],
    },
    {
      id: 'promise-broken',
      trigger: 'promise-broken',
      anchor: 'promise-broken',
      offsetDays: 0,
      actions: [{ kind: 'message', channels: ['email', 'sms'], tone: 'firm', template: 'promise-broken' }],
    },
  ],
};

/**
 * A strict scenario: one message per customer across currencies, reminders before and on the due date,
 * firm reminders every 3 days after it, a call, a fixed fee and a credit hold at 15 days, a final notice
 * with interest at 30 days, and an agency hand-over at 45 days after which the customer gets nothing
 * more. The ladder restarts from the new oldest invoice when the oldest is paid.
 *
 * @category Scenarios
 * @example
 * ```ts
 * parseScenario(STRICT_SCENARIO).afterTerminal;
 * //=> 'stop-customer'
 * ```
 */
export const STRICT_SCENARIO: ScenarioInput = {
  version: 1,
  id: 'strict',
  revision: 1,
  name: 'Strict',
  grouping: 'customer',
  reanchor: 'restart',
  afterTerminal: 'stop-customer',
  promiseGraceDays: 1,
  paymentInFlightDays: 2,
  contactCap: { maxMessages: 4, windowDays: 7 },
  steps: [
    {
      id: 'upcoming',
      anchor: 'due-date',
      offsetDays: -7,
      actions: [{ kind: 'message', channels: ['email'], tone: 'neutral', template: 'upcoming' }],
    },
    {
      id: 'due-today',
      anchor: 'due-date',
      offsetDays: 0,
      actions: [
        { kind: 'message', channels: ['email', 'sms'], mode: 'first-available', tone: 'neutral', template: 'upcoming' },
      ],
    },
    {
      id: 'overdue',
      anchor: 'due-date',
      offsetDays: 1,
      repeat: { everyDays: 3, times: 3 },
      actions: [{ kind: 'message', channels: ['email', 'sms'], tone: 'firm', template: 'overdue' }],
    },
    {
      id: 'escalate',
      anchor: 'oldest-overdue',
      offsetDays: 15,
      actions: [
        { kind: 'task', task: 'call', ownerRole: 'collector' },
        { kind: 'fee', rule: { kind: 'fixed', amount: '40.00', currency: 'EUR' } },
        { kind: 'credit-hold' },
      ],
    },
    {
      id: 'final-notice',
      anchor: 'oldest-overdue',
      offsetDays: 30,
      actions: [
        { kind: 'message', channels: ['email', 'whatsapp'], tone: 'final', template: 'overdue' },
        { kind: 'interest', regime: 'eu-directive' },
      ],
    },
    {
      id: 'agency',
      anchor: 'oldest-overdue',
      offsetDays: 45,
      terminal: true,
      actions: [
        { kind: 'agency' },
        { kind: 'event', name: 'handed-over', data: { reason: 'strict ladder completed' } },
      ],
    },
    {
      id: 'promise-broken',
      trigger: 'promise-broken',
      anchor: 'promise-broken',
      offsetDays: 0,
      actions: [
        {
          kind: 'message',
          channels: ['sms', 'email'],
          mode: 'first-available',
          tone: 'firm',
          template: 'promise-broken',
        },
        { kind: 'task', task: 'call', ownerRole: 'collector' },
      ],
    },
  ],
};
