import type { Invoice } from '@overdue/core';
import { InvalidArgumentError } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import {
  at,
  customer,
  emailContact,
  event,
  invoice,
  messageStep,
  phoneContact,
  scenarioInput,
  snapshot,
} from '../_test/fixtures';
import { interestForAction } from '../interest-for-action';
import { parseScenario } from '../parse-scenario';
import type { ScenarioInput } from '../scenario-schema';
import { evaluateScenario } from './evaluate-scenario';
import type { CustomerSnapshot, DunningAction, ScenarioEvaluation } from './evaluation-types';

type Steps = ScenarioInput['steps'];

function run(
  steps: Steps,
  snap: CustomerSnapshot,
  now: string,
  extra: Partial<ScenarioInput> = {},
): ScenarioEvaluation {
  return evaluateScenario(parseScenario(scenarioInput(steps, extra)), snap, { now });
}

function stepsOf(result: ScenarioEvaluation): string[] {
  return result.actions.map((action) => `${action.stepId}#${action.occurrence}`);
}

const reminder = (id: string, offset: number, extra: Partial<Steps[number]> = {}) => messageStep(id, offset, extra);

describe('evaluateScenario', () => {
  describe('anchors', () => {
    const steps = [reminder('r1', 3)];
    it('fires a step offset from the due date on that day, not before', () => {
      const snap = snapshot([invoice('2026-02-01')]);
      expect(run(steps, snap, '2026-02-03').actions).toEqual([]);
      const result = run(steps, snap, '2026-02-04');
      expect(stepsOf(result)).toEqual(['r1#0']);
      expect(result.actions[0]).toMatchObject({
        key: 'test@1/C1/EUR/2026-02-01/r1#0/2026-02-04:0',
        scheduledDate: '2026-02-04',
        anchorDate: '2026-02-01',
        unit: 'EUR',
        balances: [{ currency: 'EUR', minor: 10_000 }],
      });
      expect(result.actions[0]?.reasons[0]).toMatchObject({ code: 'step-due', stepId: 'r1' });
    });

    it('says when to evaluate again before the step is due', () => {
      expect(run(steps, snapshot([invoice('2026-02-01')]), '2026-01-20').nextEvaluationDate).toBe('2026-02-04');
    });

    it('sends a reminder before the due date with a negative offset, about the invoices falling due', () => {
      const soon = invoice('2026-02-10');
      const later = invoice('2026-03-10');
      const result = run([reminder('upcoming', -3), reminder('r1', 3)], snapshot([soon, later], {}), '2026-02-07', {
        reanchor: 'per-invoice',
      });
      expect(stepsOf(result)).toEqual(['upcoming#0']);
      expect(result.actions[0]?.items.map((item) => item.invoiceId)).toEqual([soon.id]);
    });

    it('counts an oldest-overdue step from the oldest overdue invoice of the unit', () => {
      const old = invoice('2026-01-01');
      const recent = invoice('2026-02-15');
      const result = run(
        [{ ...reminder('late', 30), anchor: 'oldest-overdue' }],
        snapshot([recent, old]),
        '2026-01-31',
      );
      expect(result.actions[0]).toMatchObject({
        stepId: 'late',
        anchorDate: '2026-01-01',
        scheduledDate: '2026-01-31',
      });
      expect(result.actions[0]?.items.map((item) => item.invoiceId)).toEqual([old.id]);
    });

    it('never fires an oldest-overdue step while nothing is overdue', () => {
      const result = run(
        [{ ...reminder('late', -5), anchor: 'oldest-overdue' }],
        snapshot([invoice('2026-03-01')]),
        '2026-02-27',
      );
      expect(result.actions).toEqual([]);
    });

    it('counts a previous-step step from the day the previous step was done, and waits for it', () => {
      const snap = snapshot([invoice('2026-02-01')]);
      const ladder = [reminder('r1', 3), reminder('r2', 7, { anchor: 'previous-step' })];
      const first = run(ladder, snap, '2026-02-12');
      // r1 not done yet: r2 cannot be scheduled, so r1 (late) is what is due.
      expect(stepsOf(first)).toEqual(['r1#0']);
      expect(first.nextEvaluationDate).toBe('2026-02-19');
      const key = first.actions[0]?.key as string;
      const doneLate = { ...snap, done: { [key]: '2026-02-12' } };
      expect(run(ladder, doneLate, '2026-02-18').actions).toEqual([]);
      expect(run(ladder, doneLate, '2026-02-18').nextEvaluationDate).toBe('2026-02-19');
      expect(stepsOf(run(ladder, doneLate, '2026-02-19'))).toEqual(['r2#0']);
    });
  });

  describe('the next evaluation date while an invoice falls due', () => {
    const upcoming = reminder('upcoming', -3);
    const ladder: Steps = [
      upcoming,
      { ...reminder('overdue-1', 1), anchor: 'oldest-overdue' },
      { ...reminder('overdue-2', 7), anchor: 'oldest-overdue' },
    ];

    it('wakes up for an oldest-overdue step once the invoice is overdue, the upcoming step done', () => {
      const due = invoice('2026-02-01');
      const first = run(ladder, snapshot([due]), '2026-01-29');
      expect(stepsOf(first)).toEqual(['upcoming#0']);
      const done = { [first.actions[0]?.key as string]: '2026-01-29' };
      const after = run(ladder, snapshot([due], { done }), '2026-01-30');
      expect(after.actions).toEqual([]);
      // The invoice is overdue on 2026-02-02; the first step counts one day from its due date.
      expect(after.nextEvaluationDate).toBe('2026-02-02');
      expect(stepsOf(run(ladder, snapshot([due], { done }), '2026-02-02'))).toEqual(['overdue-1#0']);
    });

    it('wakes up for an oldest-overdue step when the step before it does not apply to the payer', () => {
      const steps: Steps = [{ ...upcoming, when: { segments: ['forgetful'] } }, ladder[1] as Steps[number]];
      const result = run(steps, snapshot([invoice('2026-02-01')], { payer: { segment: 'prompt' } }), '2026-01-30');
      expect(result.skipped).toMatchObject([{ kind: 'condition-false', stepId: 'upcoming' }]);
      expect(result.nextEvaluationDate).toBe('2026-02-02');
    });

    it('counts a later oldest-overdue step from the due date, and a negative offset from the day it falls overdue', () => {
      const steps: Steps = [upcoming, { ...reminder('late', 10), anchor: 'oldest-overdue' }];
      expect(run(steps, snapshot([invoice('2026-02-01')]), '2026-01-30').nextEvaluationDate).toBe('2026-02-11');
      const early: Steps = [reminder('upcoming', -5), { ...reminder('late', -2), anchor: 'oldest-overdue' }];
      expect(run(early, snapshot([invoice('2026-02-01')]), '2026-01-30').nextEvaluationDate).toBe('2026-02-02');
    });

    it('wakes up the day after a second invoice falls due when it brings the balance to the minimum', () => {
      const steps: Steps = [reminder('r1', 3, { when: { minBalance: { EUR: '500' } } })];
      const small = invoice('2026-01-01', 30_000);
      const large = invoice('2026-01-10', 40_000);
      const result = run(steps, snapshot([small, large]), '2026-01-05');
      expect(result.actions).toEqual([]);
      expect(result.skipped).toMatchObject([{ kind: 'condition-false', stepId: 'r1' }]);
      expect(result.nextEvaluationDate).toBe('2026-01-11');
      expect(stepsOf(run(steps, snapshot([small, large]), '2026-01-11'))).toEqual(['r1#0']);
    });

    it('wakes up when a second invoice comes as close to its due date as a before-due step', () => {
      const steps: Steps = [reminder('upcoming', -3, { when: { minBalance: { EUR: '500' } } })];
      const small = invoice('2026-02-01', 30_000);
      const large = invoice('2026-02-05', 40_000);
      const result = run(steps, snapshot([small, large]), '2026-01-29');
      expect(result.actions).toEqual([]);
      // The larger invoice is three days from its due date on 2026-02-02.
      expect(result.nextEvaluationDate).toBe('2026-02-02');
      expect(stepsOf(run(steps, snapshot([small, large]), '2026-02-02'))).toEqual(['upcoming#0']);
    });
  });

  describe('units and tracks', () => {
    it('merges the oldest-overdue step of per-invoice ladders into one action per unit', () => {
      const result = run(
        [reminder('r1', 1), { ...reminder('account', 20), anchor: 'oldest-overdue' }],
        snapshot([invoice('2026-02-01'), invoice('2026-02-10')]),
        '2026-02-21',
        { reanchor: 'per-invoice' },
      );
      const account = result.actions.filter((action) => action.stepId === 'account');
      expect(account).toHaveLength(1);
      expect(account[0]?.items).toHaveLength(2);
    });

    it('ignores invoices that are not open or have nothing due', () => {
      const draft = invoice('2026-02-01', 10_000, { status: 'draft' });
      const paid = invoice('2026-02-01', 10_000, { amountDue: { currency: 'EUR', minor: 0 }, status: 'paid' });
      expect(run([reminder('r1', 1)], snapshot([draft, paid]), '2026-02-05').actions).toEqual([]);
    });

    it('parses a raw JSON scenario on first use', () => {
      const result = evaluateScenario(scenarioInput([reminder('r1', 1)]) as never, snapshot([invoice('2026-02-01')]), {
        now: '2026-02-02',
      });
      expect(stepsOf(result)).toEqual(['r1#0']);
      expect(() => evaluateScenario({ version: 1 } as never, snapshot([]), { now: '2026-02-02' })).toThrow(
        /^scenario\.id: /,
      );
    });
  });

  describe('repeat', () => {
    const steps = [reminder('nag', 1, { repeat: { everyDays: 3, times: 2 } })];
    const snap = snapshot([invoice('2026-02-01')]);
    it('repeats every N days up to M more times, then stops', () => {
      let done: Record<string, string> = {};
      const fired: string[] = [];
      for (let day = 1; day <= 20; day++) {
        const date = `2026-02-${String(day).padStart(2, '0')}`;
        const result = run(steps, { ...snap, done }, date);
        for (const action of result.actions) {
          fired.push(`${date} ${action.stepId}#${action.occurrence}`);
          done = { ...done, [action.key]: date };
        }
      }
      expect(fired).toEqual(['2026-02-02 nag#0', '2026-02-05 nag#1', '2026-02-08 nag#2']);
    });

    it('fires only the latest occurrence reached, not the ones it supersedes', () => {
      expect(stepsOf(run(steps, snap, '2026-02-06'))).toEqual(['nag#1']);
      expect(run(steps, snap, '2026-02-06').nextEvaluationDate).toBe('2026-02-08');
    });
  });

  describe('conditions', () => {
    const when = (condition: NonNullable<Steps[number]['when']>) => [reminder('r1', 1, { when: condition })];
    const on = '2026-02-15';
    const snap = snapshot([invoice('2026-02-01', 5_000), invoice('2026-02-05', 5_000)]);

    it('minimum balance per currency', () => {
      expect(stepsOf(run(when({ minBalance: { EUR: '100' } }), snap, on))).toEqual(['r1#0']);
      const below = run(when({ minBalance: { EUR: '100.01' } }), snap, on);
      expect(below.actions).toEqual([]);
      expect(below.skipped).toMatchObject([{ kind: 'condition-false', stepId: 'r1' }]);
      // A currency without a minimum always passes.
      expect(stepsOf(run(when({ minBalance: { USD: '1000' } }), snap, on))).toEqual(['r1#0']);
    });

    it('days overdue range, and the day the minimum is reached', () => {
      expect(stepsOf(run(when({ daysOverdue: { min: 14, max: 20 } }), snap, on))).toEqual(['r1#0']);
      const early = run(when({ daysOverdue: { min: 20 } }), snap, on);
      expect(early.actions).toEqual([]);
      expect(early.nextEvaluationDate).toBe('2026-02-21');
      expect(run(when({ daysOverdue: { max: 13 } }), snap, on).actions).toEqual([]);
    });

    it('invoice count', () => {
      expect(stepsOf(run(when({ invoiceCount: { min: 2 } }), snap, on))).toEqual(['r1#0']);
      expect(run(when({ invoiceCount: { min: 3 } }), snap, on).actions).toEqual([]);
    });

    it('payer segment and score', () => {
      const scored = { ...snap, payer: { segment: 'chronic-late', score: 0.7 } };
      expect(stepsOf(run(when({ segments: ['chronic-late'] }), scored, on))).toEqual(['r1#0']);
      expect(run(when({ segments: ['prompt'] }), scored, on).actions).toEqual([]);
      expect(run(when({ segments: ['chronic-late'] }), snap, on).actions).toEqual([]);
      expect(stepsOf(run(when({ score: { min: 0.5 } }), scored, on))).toEqual(['r1#0']);
      expect(run(when({ score: { max: 0.5 } }), scored, on).actions).toEqual([]);
    });

    it('tags: all, any and none', () => {
      const tagged = { ...snap, customer: customer({ tags: ['key-account', 'retail'] }) };
      expect(stepsOf(run(when({ tags: { all: ['retail'] } }), tagged, on))).toEqual(['r1#0']);
      expect(run(when({ tags: { all: ['retail', 'vip'] } }), tagged, on).actions).toEqual([]);
      expect(stepsOf(run(when({ tags: { any: ['vip', 'retail'] } }), tagged, on))).toEqual(['r1#0']);
      expect(run(when({ tags: { any: ['vip'] } }), tagged, on).actions).toEqual([]);
      expect(run(when({ tags: { none: ['key-account'] } }), tagged, on).actions).toEqual([]);
    });

    it('customer locale (a language matches its regional variants) and country', () => {
      const german = { ...snap, customer: customer({ locale: 'de-AT', country: 'AT' }) };
      expect(stepsOf(run(when({ locales: ['de'] }), german, on))).toEqual(['r1#0']);
      expect(run(when({ locales: ['fr'] }), german, on).actions).toEqual([]);
      expect(stepsOf(run(when({ countries: ['AT', 'DE'] }), german, on))).toEqual(['r1#0']);
      expect(run(when({ countries: ['FR'] }), german, on).actions).toEqual([]);
    });

    it('passes over a step whose conditions fail to the previous one for previous-step anchors', () => {
      const ladder: Steps = [
        reminder('r1', 1),
        reminder('big', 5, { anchor: 'previous-step', when: { minBalance: { EUR: '1000' } } }),
        reminder('r3', 10, { anchor: 'previous-step' }),
      ];
      const first = run(ladder, snap, '2026-02-02');
      const done = { [first.actions[0]?.key as string]: '2026-02-02' };
      expect(stepsOf(run(ladder, { ...snap, done }, '2026-02-12'))).toEqual(['r3#0']);
    });
  });

  describe('actions', () => {
    const snap = snapshot([invoice('2026-02-01')]);
    const on = '2026-02-02';
    const single = (action: Steps[number]['actions'][number]) =>
      run([reminder('s', 1, { actions: [action] })], snap, on);

    it('sends on several channels in order, or on the first usable one', () => {
      const all = single({ kind: 'message', channels: ['sms', 'email'], tone: 'firm', template: 'overdue' });
      expect(all.actions[0]).toMatchObject({
        kind: 'message',
        auto: false,
        tone: 'firm',
        template: 'overdue',
        deliveries: [
          { channel: 'sms', contactIds: ['c2'] },
          { channel: 'email', contactIds: ['c1'] },
        ],
      });
      const first = single({
        kind: 'message',
        channels: ['whatsapp', 'email', 'sms'],
        mode: 'first-available',
        tone: 'firm',
        template: 'overdue',
      });
      expect(first.actions[0]).toMatchObject({ deliveries: [{ channel: 'whatsapp', contactIds: ['c2'] }] });
    });

    it('leaves the channel to an outreach learner with auto, listing the usable channels', () => {
      const auto = single({ kind: 'message', channels: 'auto', tone: 'neutral', template: 'overdue' });
      expect(auto.actions[0]).toMatchObject({ auto: true });
      expect(auto.actions[0]?.kind === 'message' && auto.actions[0].deliveries.map((d) => d.channel)).toEqual([
        'email',
        'sms',
        'voice',
        'whatsapp',
      ]);
    });

    it('routes to contacts of the given roles', () => {
      const roles = run(
        [
          reminder('s', 1, {
            actions: [
              {
                kind: 'message',
                channels: ['email'],
                tone: 'firm',
                template: 'overdue',
                contactRoles: ['accounts payable'],
              },
            ],
          }),
        ],
        {
          ...snap,
          customer: customer({
            contacts: [emailContact, { id: 'c3', email: 'pay@acme.test', role: 'accounts payable', consent: {} }],
          }),
        },
        on,
      );
      expect(roles.actions[0]).toMatchObject({ deliveries: [{ channel: 'email', contactIds: ['c3'] }] });
    });

    it('creates a task for an owner role', () => {
      expect(single({ kind: 'task', task: 'call', ownerRole: 'collector', note: 'be nice' }).actions[0]).toMatchObject({
        kind: 'task',
        task: 'call',
        ownerRole: 'collector',
        note: 'be nice',
      });
    });

    it('applies a fee per currency with the balance it applies to', () => {
      const fee = single({ kind: 'fee', rule: { kind: 'percent', percent: 2 } });
      expect(fee.actions[0]).toMatchObject({
        kind: 'fee',
        key: 'test@1/C1/EUR/2026-02-01/s#0/2026-02-02:0.EUR',
        rule: { kind: 'percent', percent: 2 },
        balance: { currency: 'EUR', minor: 10_000 },
        amount: { currency: 'EUR', minor: 200 }, // 2% of EUR 100.00
      });
      const fixed = single({ kind: 'fee', rule: { kind: 'fixed', amount: '40', currency: 'EUR' } });
      expect(fixed.actions[0]).toMatchObject({ kind: 'fee', amount: { currency: 'EUR', minor: 4_000 } });
      // A percentage with caps in another currency does not apply either.
      expect(single({ kind: 'fee', rule: { kind: 'percent', percent: 2, min: '5', currency: 'GBP' } }).actions).toEqual(
        [],
      );
      // A fixed fee in another currency does not apply.
      expect(single({ kind: 'fee', rule: { kind: 'fixed', amount: '40', currency: 'USD' } }).actions).toEqual([]);
    });

    it('applies statutory interest with its regime and balance', () => {
      expect(
        single({ kind: 'interest', regime: 'eu-directive', options: { marginPercent: 8 } }).actions[0],
      ).toMatchObject({
        kind: 'interest',
        regime: 'eu-directive',
        options: { marginPercent: 8 },
        balance: { currency: 'EUR', minor: 10_000 },
      });
    });

    it('computes the interest to charge on each item, with payments made after the due date', () => {
      // EUR 1,000.00 due 2026-01-01; EUR 400.00 paid on 2026-01-31, so EUR 600.00 is due now.
      const owed: Invoice = {
        ...invoice('2026-01-01', 100_000),
        amountDue: { currency: 'EUR', minor: 60_000 },
      };
      const paid = {
        id: 'p1',
        customerId: 'C1',
        currency: 'EUR',
        date: '2026-01-31',
        amount: { currency: 'EUR', minor: 40_000 },
        allocations: [{ invoiceId: owed.id, amount: { currency: 'EUR', minor: 40_000 } }],
      };
      const step = reminder('interest', 60, {
        actions: [{ kind: 'interest', regime: 'fixed-rate', options: { annualRatePercent: 10 } }],
      });
      const snap = snapshot([owed], { payments: [paid] });
      const [action] = run([step], snap, '2026-03-02').actions;
      const charge = interestForAction(action as DunningAction, snap);
      // 10% a year, simple, actual/365: 30 days (01-02 to 01-31) on 1,000.00 = 8.2192, then 30 days
      // (02-01 to 03-02) on 600.00 = 4.9315; 13.1507 rounds to EUR 13.15. No compensation under a fixed rate.
      expect(action).toMatchObject({ kind: 'interest', balance: { currency: 'EUR', minor: 60_000 } });
      expect(charge.amount).toEqual({ currency: 'EUR', minor: 1315 });
      expect(charge.breakdown).toMatchObject([
        { invoiceId: owed.id, interest: { minor: 1315 }, compensation: { minor: 0 } },
      ]);
    });

    it('adds the fixed compensation in its own currency only, and says so otherwise', () => {
      const steps = [reminder('i', 60, { actions: [{ kind: 'interest', regime: 'eu-directive' }] })];
      const euroSnap = snapshot([invoice('2026-01-01', 100_000)]);
      const euro = interestForAction(run(steps, euroSnap, '2026-03-02').actions[0] as DunningAction, euroSnap);
      expect(euro.breakdown[0]?.compensation).toEqual({ currency: 'EUR', minor: 4000 });
      expect(euro.amount.minor).toBeGreaterThan(4000);
      const poundSnap = snapshot([invoice('2026-01-01', 100_000, { currency: 'GBP' })]);
      const pound = interestForAction(run(steps, poundSnap, '2026-03-02').actions[0] as DunningAction, poundSnap);
      expect(pound.breakdown[0]?.compensation).toEqual({ currency: 'GBP', minor: 0 });
      expect(pound.explanation).toMatch(/compensationAmount in GBP/);
      expect(() =>
        interestForAction(run([reminder('r', 1)], euroSnap, '2026-01-02').actions[0] as DunningAction, euroSnap),
      ).toThrow(/action\.kind/);
    });

    it('charges interest up to options.until, and rejects a misspelt until instead of ignoring it', () => {
      const steps = [
        reminder('i', 60, {
          actions: [{ kind: 'interest', regime: 'fixed-rate', options: { annualRatePercent: 10 } }],
        }),
      ];
      const snap = snapshot([invoice('2026-01-01', 100_000)]);
      const action = run(steps, snap, '2026-03-02').actions[0] as DunningAction;
      // 10% a year on EUR 1,000.00: 60 days to 2026-03-02 = 16.44; 89 days to 2026-03-31 = 24.38.
      expect(interestForAction(action, snap).amount.minor).toBe(1644);
      expect(interestForAction(action, snap, { until: '2026-03-31' }).amount.minor).toBe(2438);
      expect(() => interestForAction(action, snap, { untill: '2026-03-31' } as never)).toThrow(
        new InvalidArgumentError('unknown field; did you mean "until"?', 'options.untill'),
      );
      expect(() => interestForAction(action, snap, null as never)).toThrow(/^options: expected \{ until\? \}/);
    });

    it('keeps extra fields on the allocations of a snapshot payment when computing interest', () => {
      const owed: Invoice = { ...invoice('2026-01-01', 100_000), amountDue: { currency: 'EUR', minor: 60_000 } };
      const amount = { currency: 'EUR', minor: 40_000 };
      const paid = {
        id: 'p1',
        customerId: 'C1',
        currency: 'EUR',
        date: '2026-01-31',
        amount,
        allocations: [{ invoiceId: owed.id, amount: { ...amount, ledgerLine: 3 } }],
      };
      const step = reminder('interest', 60, {
        actions: [{ kind: 'interest', regime: 'fixed-rate', options: { annualRatePercent: 10 } }],
      });
      const snap = snapshot([owed], { payments: [paid] });
      const action = run([step], snap, '2026-03-02').actions[0] as DunningAction;
      // As in the test above: 8.2192 + 4.9315 = EUR 13.15.
      expect(interestForAction(action, snap).amount).toEqual({ currency: 'EUR', minor: 1315 });
    });

    it('rejects a misspelt interest option when the scenario is parsed', () => {
      const step = reminder('i', 60, {
        actions: [{ kind: 'interest', regime: 'eu-directive', options: { margin: 8 } }],
      });
      expect(() => parseScenario(scenarioInput([step]))).toThrow(/steps\[0\]\.actions\[0\]\.options\.margin/);
    });

    it('puts the account on credit hold, hands over to an agency and emits custom events', () => {
      expect(single({ kind: 'credit-hold' }).actions[0]?.kind).toBe('credit-hold');
      expect(single({ kind: 'agency', agency: 'Acme Collect' }).actions[0]).toMatchObject({
        kind: 'agency',
        agency: 'Acme Collect',
      });
      expect(single({ kind: 'event', name: 'flag', data: { level: 2 } }).actions[0]).toMatchObject({
        kind: 'event',
        name: 'flag',
        data: { level: 2 },
      });
    });

    it('gives each action of a step its own key', () => {
      const result = run(
        [reminder('s', 1, { actions: [{ kind: 'credit-hold' }, { kind: 'task', task: 'call', ownerRole: 'x' }] })],
        snap,
        on,
      );
      expect(result.actions.map((action) => action.key.slice(-2))).toEqual([':0', ':1']);
    });
  });

  describe('grouping', () => {
    const invoices = () => [
      invoice('2026-02-01'),
      invoice('2026-02-01', 2_000),
      invoice('2026-02-01', 3_000, { currency: 'USD' }),
    ];
    it('one action per customer across currencies', () => {
      const result = run([reminder('r1', 1)], snapshot(invoices()), '2026-02-02', { grouping: 'customer' });
      expect(result.actions).toHaveLength(1);
      expect(result.actions[0]).toMatchObject({
        unit: 'all',
        balances: [
          { currency: 'EUR', minor: 12_000 },
          { currency: 'USD', minor: 3_000 },
        ],
      });
    });

    it('one action per customer and currency', () => {
      const result = run([reminder('r1', 1)], snapshot(invoices()), '2026-02-02', { grouping: 'customer-currency' });
      expect(result.actions.map((action) => action.unit)).toEqual(['EUR', 'USD']);
    });

    it('one action per invoice', () => {
      const list = invoices();
      const result = run([reminder('r1', 1)], snapshot(list), '2026-02-02', { grouping: 'invoice' });
      expect(result.actions.map((action) => action.unit).sort()).toEqual(list.map((item) => item.id).sort());
    });
  });

  describe('re-anchoring when the oldest invoice is paid', () => {
    const ladder: Steps = [reminder('r1', 5), reminder('r2', 20), reminder('r3', 40)];
    const oldest = invoice('2026-01-01');
    const younger = invoice('2026-01-20');
    const paidOldest = { ...oldest, amountDue: { currency: 'EUR', minor: 0 }, status: 'paid' as const };

    function history(reanchor: ScenarioInput['reanchor']) {
      // r2 was done on 2026-01-21 for the account anchored on the oldest invoice.
      const before = run(ladder, snapshot([oldest, younger]), '2026-01-21', { reanchor });
      const done = Object.fromEntries(before.actions.map((action) => [action.key, '2026-01-21']));
      return run(ladder, snapshot([paidOldest, younger], { done }), '2026-01-26', { reanchor });
    }

    it('restart: the ladder runs again from the new oldest invoice', () => {
      const result = history('restart');
      expect(stepsOf(result)).toEqual(['r1#0']);
      expect(result.actions[0]?.anchorDate).toBe('2026-01-20');
    });

    it('keep-position: the ladder keeps its anchor and position, so nothing is sent again', () => {
      const result = history('keep-position');
      expect(result.actions).toEqual([]);
      expect(result.nextEvaluationDate).toBe('2026-02-10');
      const later = run(
        ladder,
        snapshot([paidOldest, younger], { done: { 'test@1/C1/EUR/2026-01-01/r2#0/2026-01-21:0': '2026-01-21' } }),
        '2026-02-10',
        {
          reanchor: 'keep-position',
        },
      );
      expect(later.actions[0]).toMatchObject({ stepId: 'r3', anchorDate: '2026-01-01' });
    });

    it('per-invoice: every invoice runs its own ladder, unaffected by the other being paid', () => {
      const before = run(ladder, snapshot([oldest, younger]), '2026-01-25', { reanchor: 'per-invoice' });
      expect(before.actions.map((action) => `${action.stepId}@${action.anchorDate}`).sort()).toEqual([
        'r1@2026-01-20',
        'r2@2026-01-01',
      ]);
      expect(stepsOf(history('per-invoice'))).toEqual(['r1#0']);
    });
  });

  describe('holds', () => {
    const ladder = [reminder('r1', 1)];
    const on = '2026-02-10';

    it('a disputed invoice is left out, the others are chased', () => {
      const disputed = invoice('2026-02-01', 10_000, { disputed: true });
      const other = invoice('2026-02-01', 5_000);
      const result = run(ladder, snapshot([disputed, other]), on);
      expect(result.actions[0]?.items.map((item) => item.invoiceId)).toEqual([other.id]);
      expect(result.actions[0]?.reasons.map((reason) => reason.code)).toContain('dispute-open');
    });

    it('a dispute-opened event pauses the invoice until a dispute-resolved event', () => {
      const one = invoice('2026-02-01');
      const opened = event('dispute-opened', '2026-02-03', { invoiceIds: [one.id] });
      const held = run(ladder, snapshot([one], { events: [opened] }), on);
      expect(held.actions).toEqual([]);
      expect(held.skipped).toMatchObject([
        { kind: 'held', stepId: 'r1', reasons: [{ code: 'dispute-open', invoiceId: one.id }] },
      ]);
      const resolved = event('dispute-resolved', '2026-02-05', { invoiceIds: [one.id], outcome: 'rejected' });
      expect(stepsOf(run(ladder, snapshot([one], { events: [opened, resolved] }), on))).toEqual(['r1#0']);
    });

    it('a disputed amount is left out of one invoice, the rest is chased', () => {
      const one = invoice('2026-02-01', 10_000);
      const opened = event('dispute-opened', '2026-02-03', {
        invoiceIds: [one.id],
        amount: { currency: 'EUR', minor: 4_000 },
      });
      const result = run(ladder, snapshot([one], { events: [opened] }), on);
      expect(result.actions[0]?.balances).toEqual([{ currency: 'EUR', minor: 6_000 }]);
      expect(result.actions[0]?.reasons.map((reason) => reason.code)).toContain('dispute-partial');
      const all = event('dispute-opened', '2026-02-03', {
        invoiceIds: [one.id],
        amount: { currency: 'EUR', minor: 10_000 },
      });
      expect(run(ladder, snapshot([one], { events: [all] }), on).actions).toEqual([]);
    });

    it('a promise pauses the promised invoices until the promised date plus grace', () => {
      const promised = invoice('2026-02-01');
      const other = invoice('2026-02-01', 3_000);
      const promise = event('promise-made', '2026-02-02', { invoiceIds: [promised.id], promisedDate: '2026-02-12' });
      const during = run(ladder, snapshot([promised, other], { events: [promise] }), on, { promiseGraceDays: 2 });
      expect(during.actions[0]?.items.map((item) => item.invoiceId)).toEqual([other.id]);
      const onlyPromised = run(ladder, snapshot([promised], { events: [promise] }), '2026-02-14', {
        promiseGraceDays: 2,
      });
      expect(onlyPromised.actions).toEqual([]);
      expect(onlyPromised.skipped[0]?.reasons[0]).toMatchObject({ code: 'promise-pending', until: '2026-02-15' });
      expect(onlyPromised.nextEvaluationDate).toBe('2026-02-15');
    });

    it('a broken promise fires the promise-broken branch', () => {
      const promised = invoice('2026-02-01');
      const promise = event('promise-made', '2026-02-02', { invoiceIds: [promised.id], promisedDate: '2026-02-12' });
      const branch: Steps = [
        reminder('r1', 1),
        {
          id: 'broken',
          trigger: 'promise-broken',
          anchor: 'promise-broken',
          offsetDays: 0,
          actions: [{ kind: 'message', channels: ['email'], tone: 'firm', template: 'promise-broken' }],
        },
      ];
      const result = run(branch, snapshot([promised], { events: [promise] }), '2026-02-15', { promiseGraceDays: 2 });
      expect(result.actions.find((action) => action.stepId === 'broken')).toMatchObject({
        anchorDate: '2026-02-15',
        reasons: [{ code: 'promise-broken' }],
      });
      // An explicit promise-broken event breaks it on its day.
      const explicit = event('promise-broken', '2026-02-05', { invoiceIds: [promised.id] });
      const early = run(branch, snapshot([promised], { events: [promise, explicit] }), '2026-02-06', {
        promiseGraceDays: 2,
      });
      expect(early.actions.find((action) => action.stepId === 'broken')?.anchorDate).toBe('2026-02-05');
    });

    it('a customer pause holds everything until its date', () => {
      const snap = snapshot([invoice('2026-02-01')], { holds: [{ until: '2026-02-20', reason: 'CFO on holiday' }] });
      const held = run(ladder, snap, on);
      expect(held.actions).toEqual([]);
      expect(held.skipped[0]?.reasons[0]).toMatchObject({ code: 'customer-paused', until: '2026-02-20' });
      expect(held.nextEvaluationDate).toBe('2026-02-20');
      expect(stepsOf(run(ladder, snap, '2026-02-20'))).toEqual(['r1#0']);
    });

    it('an invoice pause holds only that invoice', () => {
      const paused = invoice('2026-02-01');
      const other = invoice('2026-02-01');
      const result = run(ladder, snapshot([paused, other], { holds: [{ invoiceId: paused.id }] }), on);
      expect(result.actions[0]?.items.map((item) => item.invoiceId)).toEqual([other.id]);
    });

    it('an excluded customer gets nothing', () => {
      const result = run(ladder, snapshot([invoice('2026-02-01')], { excluded: true }), on);
      expect(result.actions).toEqual([]);
      expect(result.skipped).toMatchObject([{ kind: 'excluded' }]);
      expect(result.nextEvaluationDate).toBeUndefined();
    });

    describe('opt-outs', () => {
      const both = [
        reminder('r1', 1, {
          actions: [{ kind: 'message', channels: ['email', 'sms'], tone: 'firm', template: 'overdue' }],
        }),
      ];
      const channels = (result: ScenarioEvaluation) =>
        result.actions.flatMap((action) => (action.kind === 'message' ? action.deliveries.map((d) => d.channel) : []));

      it('never uses a channel whose consent is false', () => {
        const snap = snapshot([invoice('2026-02-01')], {
          customer: customer({ contacts: [{ ...emailContact, consent: { email: false } }, phoneContact] }),
        });
        expect(channels(run(both, snap, on))).toEqual(['sms']);
      });

      it('never uses a channel after an opted-out event, until an opted-in event', () => {
        const out = event('opted-out', '2026-02-03', { channel: 'sms', contactId: 'c2' });
        expect(channels(run(both, snapshot([invoice('2026-02-01')], { events: [out] }), on))).toEqual(['email']);
        const back = event('opted-in', '2026-02-04', { channel: 'sms', contactId: 'c2' });
        expect(channels(run(both, snapshot([invoice('2026-02-01')], { events: [out, back] }), on))).toEqual([
          'email',
          'sms',
        ]);
      });

      it('skips the message when no contact may receive it', () => {
        const out = event('opted-out', '2026-02-03', { channel: 'email' });
        const result = run([reminder('r1', 1)], snapshot([invoice('2026-02-01')], { events: [out] }), on);
        expect(result.actions).toEqual([]);
        expect(result.skipped).toMatchObject([{ kind: 'no-contact', stepId: 'r1' }]);
      });

      it('requires explicit consent on the channels the scenario lists', () => {
        const snap = snapshot([invoice('2026-02-01')]);
        expect(channels(run(both, snap, on, { requireConsent: ['sms'] }))).toEqual(['email']);
        const consenting = {
          ...snap,
          customer: customer({ contacts: [emailContact, { ...phoneContact, consent: { sms: true } }] }),
        };
        expect(channels(run(both, consenting, on, { requireConsent: ['sms'] }))).toEqual(['email', 'sms']);
      });
    });
  });

  describe('suppression', () => {
    const ladder = [reminder('r1', 1)];
    const on = '2026-02-10';
    const payment = (minor: number, allocated = 0, currency = 'EUR') => ({
      id: `p${minor}`,
      customerId: 'C1',
      currency,
      date: '2026-02-05',
      amount: { currency, minor },
      allocations: allocated === 0 ? [] : [{ invoiceId: 'other', amount: { currency, minor: allocated } }],
    });

    it('no reminder while unapplied cash covers the balance of the currency', () => {
      const result = run(ladder, snapshot([invoice('2026-02-01')], { payments: [payment(10_000)] }), on);
      expect(result.actions).toEqual([]);
      expect(result.skipped).toMatchObject([
        { kind: 'suppressed', reasons: [{ code: 'credits-cover-balance', currency: 'EUR' }] },
      ]);
    });

    it('reminds when unapplied cash covers only part of it, or covers another currency', () => {
      expect(
        stepsOf(run(ladder, snapshot([invoice('2026-02-01')], { payments: [payment(12_000, 3_000)] }), on)),
      ).toEqual(['r1#0']);
      expect(
        stepsOf(run(ladder, snapshot([invoice('2026-02-01')], { payments: [payment(20_000, 0, 'USD')] }), on)),
      ).toEqual(['r1#0']);
    });

    it('no reminder while open credit notes cover the balance', () => {
      const note = {
        id: 'cn1',
        customerId: 'C1',
        currency: 'EUR',
        date: '2026-02-05',
        total: { currency: 'EUR', minor: 10_000 },
        allocations: [],
      };
      expect(run(ladder, snapshot([invoice('2026-02-01')], { creditNotes: [note] }), on).actions).toEqual([]);
    });

    it('no reminder while a payment is in flight, within the window only', () => {
      const paid = event('payment-received', '2026-02-08', { amount: { currency: 'EUR', minor: 10_000 } });
      const snap = snapshot([invoice('2026-02-01')], { events: [paid] });
      const held = run(ladder, snap, on, { paymentInFlightDays: 3 });
      expect(held.actions).toEqual([]);
      expect(held.skipped[0]?.reasons[0]).toMatchObject({ code: 'payment-in-flight', until: '2026-02-12' });
      expect(stepsOf(run(ladder, snap, '2026-02-12', { paymentInFlightDays: 3 }))).toEqual(['r1#0']);
    });

    it('a payment already in the ledger is not in flight', () => {
      const paid = event('payment-received', '2026-02-08', { paymentId: 'p500' });
      const snap = snapshot([invoice('2026-02-01')], { events: [paid], payments: [payment(500, 500)] });
      expect(stepsOf(run(ladder, snap, on))).toEqual(['r1#0']);
    });

    describe('payment plans', () => {
      const planned = (amountDueMinor: number): Invoice =>
        invoice('2026-01-01', 30_000, {
          id: 'plan',
          amountDue: { currency: 'EUR', minor: amountDueMinor },
          installments: [
            { dueDate: '2026-01-01', amount: { currency: 'EUR', minor: 10_000 } },
            { dueDate: '2026-02-01', amount: { currency: 'EUR', minor: 10_000 } },
            { dueDate: '2026-03-01', amount: { currency: 'EUR', minor: 10_000 } },
          ],
        });

      it('does not chase a plan paid on schedule', () => {
        expect(run(ladder, snapshot([planned(10_000)]), '2026-02-15').actions).toEqual([]);
      });

      it('chases an overdue installment as its own unit', () => {
        const result = run(ladder, snapshot([planned(20_000)]), '2026-02-15', { grouping: 'invoice' });
        expect(result.actions[0]).toMatchObject({
          unit: 'plan#2',
          items: [
            { invoiceId: 'plan', installment: 2, dueDate: '2026-02-01', amount: { currency: 'EUR', minor: 10_000 } },
          ],
        });
      });
    });
  });

  describe('contact cap', () => {
    const ladder = [reminder('r1', 1)];
    const sent = (date: string) => event('message-sent', date, { channel: 'email' });
    it('allows at most N messages per rolling window, counting message-sent events', () => {
      const snap = snapshot([invoice('2026-02-01')], { events: [sent('2026-02-05'), sent('2026-02-08')] });
      const capped = run(ladder, snap, '2026-02-10', { contactCap: { maxMessages: 2, windowDays: 7 } });
      expect(capped.actions).toEqual([]);
      expect(capped.skipped).toMatchObject([{ kind: 'contact-cap', stepId: 'r1' }]);
      expect(capped.nextEvaluationDate).toBe('2026-02-12');
      expect(stepsOf(run(ladder, snap, '2026-02-12', { contactCap: { maxMessages: 2, windowDays: 7 } }))).toEqual([
        'r1#0',
      ]);
      expect(stepsOf(run(ladder, snap, '2026-02-10', { contactCap: { maxMessages: 3, windowDays: 7 } }))).toEqual([
        'r1#0',
      ]);
    });

    it('does not cap tasks and other actions', () => {
      const snap = snapshot([invoice('2026-02-01')], { events: [sent('2026-02-09')] });
      const result = run(
        [reminder('r1', 1, { actions: [{ kind: 'task', task: 'call', ownerRole: 'x' }] })],
        snap,
        '2026-02-10',
        {
          contactCap: { maxMessages: 1, windowDays: 7 },
        },
      );
      expect(result.actions).toHaveLength(1);
    });
  });

  describe('terminal steps', () => {
    const ladder: Steps = [
      reminder('r1', 1),
      { id: 'agency', anchor: 'due-date', offsetDays: 30, terminal: true, actions: [{ kind: 'agency' }] },
      reminder('after', 60),
    ];
    const eur = invoice('2026-01-01');
    const usd = invoice('2026-01-15', 5_000, { currency: 'USD' });
    const done = { 'test@1/C1/EUR/2026-01-01/agency#0/2026-01-31:0': '2026-01-31' };

    it('stops the unit once a terminal step is done', () => {
      const result = run(ladder, snapshot([eur], { done }), '2026-03-05');
      expect(result.actions).toEqual([]);
      expect(result.nextEvaluationDate).toBeUndefined();
      // Without the record the step after it would fire.
      expect(stepsOf(run(ladder, snapshot([eur]), '2026-03-05'))).toEqual(['after#0']);
    });

    it('stop-unit leaves other units running; stop-customer stops them all', () => {
      expect(run(ladder, snapshot([eur, usd], { done }), '2026-02-01').actions.map((action) => action.unit)).toEqual([
        'USD',
      ]);
      const stopped = run(ladder, snapshot([eur, usd], { done }), '2026-02-01', { afterTerminal: 'stop-customer' });
      expect(stopped.actions).toEqual([]);
      expect(stopped.skipped).toMatchObject([{ kind: 'after-terminal' }]);
      // Even after the unit's invoice is paid and a new one falls due.
      const fresh = invoice('2026-03-01');
      const later = run(ladder, snapshot([fresh], { done }), '2026-03-05', { afterTerminal: 'stop-customer' });
      expect(later.actions).toEqual([]);
      expect(run(ladder, snapshot([fresh], { done }), '2026-03-05').actions).toHaveLength(1);
    });
  });

  describe('idempotency', () => {
    const ladder = [reminder('r1', 1), reminder('r2', 10)];
    const snap = snapshot([invoice('2026-02-01')]);
    it('gives the same key whatever the time of day or the day of evaluation', () => {
      const scenario = parseScenario(scenarioInput(ladder));
      const morning = evaluateScenario(scenario, snap, { now: at('2026-02-02', '00:00:01') });
      const evening = evaluateScenario(scenario, snap, { now: at('2026-02-02', '23:59:59') });
      const nextDay = evaluateScenario(scenario, snap, { now: '2026-02-03' });
      expect(evening.actions[0]?.key).toBe(morning.actions[0]?.key);
      expect(nextDay.actions[0]?.key).toBe(morning.actions[0]?.key);
    });

    it('never returns a key already done', () => {
      const first = run(ladder, snap, '2026-02-02');
      const done = { [first.actions[0]?.key as string]: '2026-02-02' };
      expect(run(ladder, { ...snap, done }, '2026-02-03').actions).toEqual([]);
    });

    it('puts the scenario id and revision in the key', () => {
      expect(run(ladder, snap, '2026-02-02', { id: 'other', revision: 7 }).actions[0]?.key).toMatch(/^other@7\/C1\//);
    });
  });

  describe('bad input', () => {
    const scenario = parseScenario(scenarioInput([reminder('r1', 1)]));
    const problem = (snap: unknown, now: unknown = '2026-02-02') => {
      try {
        evaluateScenario(scenario, snap as CustomerSnapshot, { now } as never);
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidArgumentError);
        return (error as Error).message;
      }
      throw new Error('expected a throw');
    };

    it.each<[string, unknown, string]>([
      [
        'a bad due date',
        snapshot([invoice('2026-02-01'), invoice('31/12/2025')]),
        'snapshot.invoices[1].dueDate: expected YYYY-MM-DD, got "31/12/2025"',
      ],
      [
        'another customer’s invoice',
        snapshot([invoice('2026-02-01', 100, { customerId: 'C2' })]),
        'snapshot.invoices[0].customerId: expected "C1"',
      ],
      [
        'unparsed money',
        snapshot([invoice('2026-02-01', 100, { amountDue: '100' as never })]),
        'snapshot.invoices[0].amountDue: expected parsed money',
      ],
      [
        'a float amount',
        snapshot([invoice('2026-02-01', 100, { amountDue: { currency: 'EUR', minor: 1.5 } })]),
        'snapshot.invoices[0].amountDue.minor: expected zero or more integer minor units, got number 1.5',
      ],
      [
        'an event with a string instant',
        snapshot([], { events: [{ ...event('message-sent', '2026-02-01'), at: '2026-02-01' as never }] }),
        'snapshot.events[0].at: expected a Date',
      ],
      [
        'a bad hold date',
        snapshot([], { holds: [{ until: 'soon' }] }),
        'snapshot.holds[0].until: expected YYYY-MM-DD, got "soon"',
      ],
      ['a missing customer', { invoices: [] }, 'snapshot.customer: expected an object'],
      ['invoices not an array', { customer: customer(), invoices: {} }, 'snapshot.invoices: expected an array'],
      [
        'a bad consent',
        snapshot([], { customer: customer({ contacts: [{ id: 'c', consent: { sms: 'no' as never } }] }) }),
        'snapshot.customer.contacts[0].consent.sms: expected a boolean, got "no"',
      ],
      [
        'bad tags',
        snapshot([], { customer: customer({ tags: 'vip' as never }) }),
        'snapshot.customer.tags: expected an array of strings',
      ],
    ])('names the field for %s', (_name, snap, message) => {
      expect(problem(snap)).toContain(message);
    });

    it('names a bad done date', () => {
      const done = { 'test@1/C1/EUR/2026-02-01/r1#0/2026-02-02:0': 'yesterday' };
      expect(problem(snapshot([invoice('2026-02-01')], { done }))).toContain(
        'snapshot.done["test@1/C1/EUR/2026-02-01/r1#0/2026-02-02:0"]',
      );
    });

    it('names a bad evaluation time', () => {
      expect(problem(snapshot([]), 'today')).toBe(
        'options.now: expected a Date or a civil date YYYY-MM-DD, got "today"',
      );
    });

    it.each<[string, unknown, string]>([
      [
        'a misspelt snapshot field',
        snapshot([invoice('2026-02-01')], { hold: [{ reason: 'awaiting PO' }] } as never),
        'snapshot.hold: unknown field; did you mean "holds"?',
      ],
      [
        'a misspelt snapshot field on an excluded customer',
        snapshot([], { excluded: true, exluded: true } as never),
        'snapshot.exluded: unknown field; did you mean "excluded"?',
      ],
      [
        'a misspelt payer field',
        snapshot([invoice('2026-02-01')], { payer: { segmnt: 'chronic-late' } } as never),
        'snapshot.payer.segmnt: unknown field; did you mean "segment"?',
      ],
      [
        'a misspelt hold field (invoiceID would pause the whole customer)',
        snapshot([invoice('2026-02-01')], { holds: [{ invoiceID: 'I1' }] } as never),
        'snapshot.holds[0].invoiceID: unknown field; did you mean "invoiceId"?',
      ],
    ])('rejects %s, naming it', (_name, snap, message) => {
      expect(problem(snap)).toBe(message);
    });

    it('rejects a misspelt option, naming it', () => {
      const error = (() => {
        try {
          evaluateScenario(scenario, snapshot([]), { now: '2026-02-02', nwo: '2026-02-03' } as never);
        } catch (caught) {
          return caught as InvalidArgumentError;
        }
        throw new Error('expected a throw');
      })();
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error.path).toBe('options.nwo');
      expect(error.message).toBe('options.nwo: unknown field; did you mean "now"?');
    });

    it('accepts every documented snapshot field, and keeps extra fields on the records in it', () => {
      const record = { ...invoice('2026-02-01'), erpRowId: 17 } as Invoice;
      const full: CustomerSnapshot = {
        customer: { ...customer(), crmId: 'x' } as never,
        invoices: [record],
        payments: [],
        creditNotes: [],
        events: [{ ...event('message-sent', '2026-01-20'), source: 'import' } as never],
        payer: { segment: 'prompt', score: 0.9 },
        holds: [],
        excluded: false,
        done: {},
      };
      expect(stepsOf(evaluateScenario(scenario, full, { now: '2026-02-02' }))).toEqual(['r1#0']);
    });
  });
});
