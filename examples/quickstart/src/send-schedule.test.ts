import type { LedgerInput } from '@overdue/core';
import { createRandom } from '@overdue/core';
import { evaluateScenario, parseScenario, STANDARD_SCENARIO } from '@overdue/dunning';
import { compileContactRules, createOutreachLearner } from '@overdue/outreach';
import { describe, expect, it } from 'vitest';
import { dunningSnapshots } from './dunning-snapshots';
import { sendSchedule } from './send-schedule';

const invoice = (id: string, customerId: string, dueDate: string) => ({
  id,
  customerId,
  number: id.toUpperCase(),
  currency: 'EUR',
  issueDate: '2025-09-01',
  dueDate,
  total: '1000.00',
  amountDue: '1000.00',
});
// Both invoices are 3 days overdue on 2025-12-26: the standard scenario's first reminder, by email.
const ledger: LedgerInput = {
  customers: [
    {
      id: 'UK',
      name: 'London Ltd',
      timeZone: 'Europe/London',
      country: 'GB',
      contacts: [{ id: 'uk-ap', email: 'ap@uk.example', consent: { email: true } }],
    },
    {
      id: 'US',
      name: 'Boston Inc',
      timeZone: 'America/New_York',
      country: 'US',
      contacts: [{ id: 'us-ap', email: 'ap@us.example', consent: { email: true } }],
    },
  ],
  invoices: [invoice('i1', 'UK', '2025-12-23'), invoice('i2', 'US', '2025-12-23')],
};
const scenario = parseScenario(STANDARD_SCENARIO);
const snapshots = dunningSnapshots(ledger);
const options = (now: Date) => ({
  now,
  rules: compileContactRules({}),
  learner: createOutreachLearner(),
  random: createRandom(1),
});

describe('sendSchedule', () => {
  it('waits for the next business day in each customer zone, past public holidays', () => {
    // 2025-12-26 10:00 UTC: Boxing Day in England (a bank holiday), an ordinary Friday in Boston, 05:00 there.
    const evaluations = snapshots.map((snapshot) => evaluateScenario(scenario, snapshot, { now: '2025-12-26' }));
    const sends = sendSchedule(evaluations, snapshots, options(new Date('2025-12-26T10:00:00Z')));
    expect(sends.map((send) => [send.customerId, send.channel, send.local])).toEqual([
      // Saturday 27 and Sunday 28 are the weekend: Monday 29 at the start of email hours.
      ['UK', 'email', '2025-12-29 08:00 Europe/London'],
      ['US', 'email', '2025-12-26 08:00 America/New_York'],
    ]);
    expect(sends[0]?.why).toContain('Boxing Day');
    expect(sends.every((send) => send.slot === undefined)).toBe(true);
  });

  it('lets the learner pick among the usable channels when the step says auto, and explains it', () => {
    // 2026-01-22 is 30 days after the oldest due date: the standard scenario's auto-channel step.
    const withPhone: LedgerInput = {
      ...ledger,
      customers: ledger.customers?.map((customer) => ({
        ...customer,
        contacts: [
          {
            id: `${customer.id}-ap`,
            email: 'ap@x.example',
            phone: '+447700900001',
            consent: { email: true, sms: true },
          },
        ],
      })),
    };
    const phoned = dunningSnapshots(withPhone);
    const evaluations = phoned.map((snapshot) => evaluateScenario(scenario, snapshot, { now: '2026-01-22' }));
    const autoActions = evaluations.flatMap((evaluation) =>
      evaluation.actions.filter((action) => action.kind === 'message' && action.auto),
    );
    expect(autoActions).toHaveLength(2);
    const sends = sendSchedule(evaluations, phoned, options(new Date('2026-01-22T12:00:00Z')));
    const auto = sends.filter((send) => send.step === 'overdue-3');
    expect(auto).toHaveLength(2);
    for (const send of auto) {
      expect(['email', 'sms', 'voice']).toContain(send.channel);
      expect(send.slot).toBeDefined();
      expect(send.why).toMatch(/^Learner: /);
      expect(send.at?.getTime()).toBeGreaterThanOrEqual(new Date('2026-01-22T12:00:00Z').getTime());
    }
  });
});
