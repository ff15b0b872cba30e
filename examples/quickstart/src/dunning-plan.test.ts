import type { CollectionsEvent, LedgerInput } from '@overdue/core';
import { evaluateScenario, parseScenario, STANDARD_SCENARIO } from '@overdue/dunning';
import { describe, expect, it } from 'vitest';
import { dunningPlan } from './dunning-plan';
import { dunningSnapshots } from './dunning-snapshots';
import { renderDunningSection } from './render-dunning-section';

const HOSTILE = '<b>Bold</b> & Co';
const invoice = (id: string, customerId: string, dueDate: string, amountDue: string) => ({
  id,
  customerId,
  number: id.toUpperCase(),
  currency: 'EUR',
  issueDate: '2025-09-01',
  dueDate,
  total: '1000.00',
  amountDue,
});
const ledger: LedgerInput = {
  customers: [
    { id: 'C1', name: HOSTILE, contacts: [{ id: 'c1', email: 'ap@c1.example', consent: { email: true } }] },
    { id: 'C2', name: 'Disputing Ltd', contacts: [{ id: 'c2', email: 'ap@c2.example', consent: { email: true } }] },
    { id: 'C3', name: 'Paid Up SARL', contacts: [] },
  ],
  invoices: [
    invoice('i1', 'C1', '2025-12-28', '1000.00'),
    invoice('i2', 'C2', '2025-12-28', '400.00'),
    invoice('i3', 'C3', '2025-12-28', '0'),
  ],
};
const events: CollectionsEvent[] = [
  { type: 'dispute-opened', at: new Date('2025-12-29T10:00:00Z'), customerId: 'C2', invoiceIds: ['i2'] },
];
const scenario = parseScenario(STANDARD_SCENARIO);
const asOf = '2025-12-31';

describe('dunningSnapshots', () => {
  it('keeps customers with something due, with their open invoices, events and payer figures', () => {
    const snapshots = dunningSnapshots(ledger, {
      events,
      payers: [{ customerId: 'C1', score: 40, segment: 'forgetful' }],
    });
    expect(snapshots.map((snapshot) => snapshot.customer.id)).toEqual(['C1', 'C2']);
    expect(snapshots[0]?.invoices.map((item) => item.amountDue)).toEqual([{ currency: 'EUR', minor: 100_000 }]);
    expect(snapshots[0]?.payer).toEqual({ score: 40, segment: 'forgetful' });
    expect(snapshots[1]?.events).toHaveLength(1);
    expect(snapshots[1]?.payer).toBeUndefined();
  });
});

describe('dunningPlan', () => {
  const snapshots = dunningSnapshots(ledger, { events });
  const plan = dunningPlan(
    snapshots.map((snapshot) => evaluateScenario(scenario, snapshot, { now: asOf })),
    { names: new Map([['C1', HOSTILE]]), locale: 'en-GB' },
  );

  it('says who gets what, on which channel, and why; and what was held back', () => {
    // i1 is 3 days overdue: the standard scenario's first overdue reminder, by email.
    expect(plan.actions).toHaveLength(1);
    expect(plan.actions[0]).toMatchObject({ name: HOSTILE, step: 'overdue-1', covers: '1 invoice, €1,000.00' });
    expect(plan.actions[0]?.what).toBe('email, friendly, "overdue"');
    expect(plan.actions[0]?.why).toMatch(/overdue-1/);
    expect(plan.actionCounts).toEqual([['message', 1]]);
    // The disputed invoice of C2 is held, and the plan says so with the evaluator's reason.
    expect(plan.skipped).toHaveLength(1);
    expect(plan.skipped[0]).toMatchObject({ kind: 'held', count: 1 });
    expect(plan.skipped[0]?.example).toMatch(/^C2: .*I2.*disputed/i);
    expect(plan.customers).toBe(2);
  });

  it('renders as an escaped HTML section', () => {
    const html = renderDunningSection({ scenarioName: 'Standard', plan });
    expect(html).toContain('&lt;b&gt;Bold&lt;/b&gt; &amp; Co');
    expect(html).not.toContain(HOSTILE);
    expect(html).toContain('1 message');
    expect(html).toContain('Held back today');
  });
});
