import type { CollectionsEvent } from '@overdue/core';
import { InvalidArgumentError } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { smallPortfolio } from '../_test/small-runs';
import { createAdaptivePolicy } from '../policies/create-adaptive-policy';
import { createFixedLadderPolicy } from '../policies/create-fixed-ladder-policy';
import { createNoReminderPolicy } from '../policies/create-no-reminder-policy';
import type { CollectionPolicy, PolicyAction } from '../policies/policy-types';
import { generatePortfolio } from '../portfolio/generate-portfolio';
import { simulatePortfolio } from './simulate-portfolio';

const TRAIT_FIELDS = [
  'archetype',
  'channelResponse',
  'activeSlot',
  'lateMedianDays',
  'firmOptOut',
  'firmChurn',
  'termsDays',
  'invoiceEveryDays',
  'medianAmountMinor',
  'traits',
];

/** A policy that sends one friendly message at 10:00 UTC on day `dayIndex`, to no invoice. */
function oneMessagePolicy(
  name: string,
  dayIndex: number,
  message: Pick<Extract<PolicyAction, { kind: 'message' }>, 'customerIndex' | 'channel'>,
): CollectionPolicy {
  return {
    name,
    start: () => ({
      decide: (day): PolicyAction[] =>
        day.dayIndex === dayIndex
          ? [{ kind: 'message', ...message, at: new Date(`${day.date}T10:00:00Z`), tone: 'friendly', invoiceIds: [] }]
          : [],
    }),
  };
}

/** Every key of every object reachable from a value. */
function keysOf(value: unknown, keys: Set<string>, seen = new Set<unknown>()): Set<string> {
  if (typeof value !== 'object' || value === null || seen.has(value) || value instanceof Date) return keys;
  seen.add(value);
  for (const [key, inner] of Object.entries(value)) {
    keys.add(key);
    keysOf(inner, keys, seen);
  }
  return keys;
}

describe('simulatePortfolio', () => {
  it('gives identical results for the same seed, and different ones for another seed', () => {
    const portfolio = smallPortfolio(120, 1);
    const run = (seed: number) =>
      simulatePortfolio({ portfolio, policy: createAdaptivePolicy(), days: 60, seed, warmUpDays: 60 });
    const first = run(1);
    expect(run(1)).toEqual(first);
    expect(run(2)).not.toEqual(first);
    expect(first.totals.messagesSent).toBeGreaterThan(0);
  });

  it('gives every policy the same invoices for the same seed', () => {
    const portfolio = smallPortfolio(120, 1);
    const none = simulatePortfolio({ portfolio, policy: createNoReminderPolicy(), days: 60, seed: 3 });
    const ladder = simulatePortfolio({ portfolio, policy: createFixedLadderPolicy(), days: 60, seed: 3 });
    expect(ladder.invoices.issueDay).toEqual(none.invoices.issueDay);
    expect(ladder.totals.byCurrency[0]?.issued).toEqual(none.totals.byCurrency[0]?.issued);
    expect(ladder.totals.messagesSent).toBeGreaterThan(0);
    expect(none.totals.messagesSent).toBe(0);
  });

  it('never shows a policy a hidden trait: it sees only public customers, invoices and events', () => {
    const portfolio = smallPortfolio(80, 2);
    const seen = new Set<string>();
    const adaptive = createAdaptivePolicy();
    const spy: CollectionPolicy = {
      name: 'spy',
      start(start) {
        keysOf(start, seen);
        const run = adaptive.start(start);
        return {
          decide(day, random) {
            keysOf(day, seen);
            for (let index = 0; index < portfolio.customers.length; index++) keysOf(day.customer(index), seen);
            return run.decide(day, random);
          },
        };
      },
    };
    simulatePortfolio({ portfolio, policy: spy, days: 45, seed: 1 });
    expect(seen.has('customerId')).toBe(true);
    expect(seen.has('consent')).toBe(true);
    for (const field of TRAIT_FIELDS) expect(seen.has(field)).toBe(false);
  });

  it('keeps money exact per currency: open at start + issued = paid + open at the end', () => {
    const portfolio = generatePortfolio({ customers: 150, seed: 9, billing: 'local-currency' });
    const result = simulatePortfolio({ portfolio, policy: createAdaptivePolicy(), days: 90, seed: 9 });
    expect(result.currencies.length).toBeGreaterThan(1);
    for (const totals of result.totals.byCurrency) {
      for (const amount of [totals.openAtStart, totals.issued, totals.paid, totals.open, totals.overdue]) {
        expect(Number.isSafeInteger(amount.minor)).toBe(true);
        expect(amount.currency).toBe(totals.currency);
      }
      expect(totals.openAtStart.minor + totals.issued.minor).toBe(totals.paid.minor + totals.open.minor);
      expect(totals.overdue.minor).toBeLessThanOrEqual(totals.open.minor);
    }
    for (const sample of result.series) {
      for (const figures of sample.byCurrency) expect(Number.isSafeInteger(figures.overdue.minor)).toBe(true);
    }
  });

  it('samples the series weekly and on the last day, with civil dates', () => {
    const result = simulatePortfolio({
      portfolio: smallPortfolio(),
      policy: createNoReminderPolicy(),
      days: 30,
      seed: 1,
      startDate: '2026-03-01',
    });
    expect(result.series.map((sample) => sample.date)).toEqual([
      '2026-03-01',
      '2026-03-08',
      '2026-03-15',
      '2026-03-22',
      '2026-03-29',
      '2026-03-30',
    ]);
    expect(result.endDate).toBe('2026-03-30');
  });

  it('refuses a message on a channel without consent and counts it apart', () => {
    const portfolio = smallPortfolio(30, 4);
    const noSms = portfolio.customers.findIndex((customer) => customer.contacts[0]?.consent.sms !== true);
    const policy = oneMessagePolicy('sms-to-one', 0, { customerIndex: noSms, channel: 'sms' });
    const result = simulatePortfolio({ portfolio, policy, days: 2, seed: 1 });
    expect(result.totals.messagesRefused).toBe(1);
    expect(result.totals.messagesSent).toBe(0);
  });

  it("throws on a policy's malformed action, naming the field, the policy and the day", () => {
    const portfolio = smallPortfolio(30, 4);
    const policy = oneMessagePolicy('typo', 1, { customerIndex: 0, channel: 'emial' as 'email' });
    const run = () => simulatePortfolio({ portfolio, policy, days: 3, seed: 1, startDate: '2026-03-01' });
    expect(run).toThrow(InvalidArgumentError);
    expect(run).toThrow(
      expect.objectContaining({
        path: 'actions[0].channel',
        message:
          'actions[0].channel: expected one of "email", "sms", "voice", "whatsapp", got "emial" (policy "typo", 2026-03-02)',
      }),
    );
  });

  it('reports a payment as a public event a policy can read', () => {
    const events: CollectionsEvent[] = [];
    const policy: CollectionPolicy = {
      name: 'listener',
      start: () => ({
        decide: (day) => {
          events.push(...day.events);
          return [];
        },
      }),
    };
    simulatePortfolio({ portfolio: smallPortfolio(), policy, days: 40, seed: 1 });
    expect(events.some((event) => event.type === 'payment-received')).toBe(true);
  });

  it.each([
    [{ days: 0 }, 'options.days'],
    [{ days: 10, seed: Number.POSITIVE_INFINITY }, 'options.seed'],
    [{ days: 10, startDate: '31/12/2025' }, 'options.startDate'],
    [{ days: 10, warmUpDays: -1 }, 'options.warmUpDays'],
    [{ days: 10, policy: { name: 'x' } }, 'options.policy.start'],
    [{ days: 10, warmupDays: 5 }, 'options.warmupDays'],
  ])('throws InvalidArgumentError naming the field for %j', (overrides, path) => {
    try {
      simulatePortfolio({
        portfolio: smallPortfolio(10, 1),
        policy: createNoReminderPolicy(),
        seed: 1,
        ...overrides,
      } as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).path).toBe(path);
    }
  });

  it('throws when the traits do not match the customers', () => {
    const portfolio = smallPortfolio(10, 1);
    expect(() =>
      simulatePortfolio({
        portfolio: { ...portfolio, traits: portfolio.traits.slice(1) },
        policy: createNoReminderPolicy(),
        days: 5,
        seed: 1,
      }),
    ).toThrow(expect.objectContaining({ path: 'options.portfolio.traits' }));
  });

  it('reads a portfolio without early payment days (made before they were a trait) with the archetypes’ own', () => {
    const portfolio = generatePortfolio({ customers: 120, seed: 'early' });
    const older = { ...portfolio, traits: portfolio.traits.map(({ earlyDays: _dropped, ...rest }) => rest) };
    const run = (given: typeof portfolio) =>
      simulatePortfolio({ portfolio: given, policy: createNoReminderPolicy(), days: 90, seed: 1 });
    expect(run(older)).toEqual(run(portfolio));
    // Paid up to 20 days early instead, the same book pays sooner.
    const early = generatePortfolio({ customers: 120, seed: 'early', earlyDays: 20 });
    expect(early.traits.every((traits) => traits.earlyDays === 20)).toBe(true);
    expect(run(early).totals.byCurrency[0]?.daysSalesOutstanding).toBeLessThan(
      run(portfolio).totals.byCurrency[0]?.daysSalesOutstanding as number,
    );
    expect(() =>
      run({ ...portfolio, traits: portfolio.traits.map((traits) => ({ ...traits, earlyDays: -2 })) }),
    ).toThrow(expect.objectContaining({ path: 'options.portfolio.traits[0].earlyDays' }));
  });
});
