import type { CollectionsEvent, Invoice } from '@overdue/core';
import { dayNumberToCivilDate } from '@overdue/core';
import fc from 'fast-check';
import type { CustomerSnapshot } from '../evaluate/evaluation-types';
import type { ScenarioInput } from '../scenario-schema';
import { customer, emailContact, phoneContact } from './fixtures';

/** Day number of 2026-01-01. */
export const BASE_DAY = 20454;
const date = (offset: number) => dayNumberToCivilDate(BASE_DAY + offset);

const invoiceArbitrary = fc
  .record({
    due: fc.integer({ min: 0, max: 90 }),
    minor: fc.integer({ min: 100, max: 100_000 }),
    currency: fc.constantFrom('EUR', 'USD'),
    disputed: fc.boolean(),
    plan: fc.boolean(),
    paidParts: fc.integer({ min: 0, max: 2 }),
  })
  .map(({ due, minor, currency, disputed, plan, paidParts }): Invoice => {
    const index = due % 3;
    const base: Invoice = {
      id: `i${index}`,
      customerId: 'C1',
      number: `n${index}`,
      currency,
      issueDate: '2025-12-01',
      dueDate: date(due),
      total: { currency, minor: minor * 3 },
      amountDue: { currency, minor: minor * 3 },
      status: 'open',
      disputed: disputed && index % 3 === 0,
    };
    if (!plan) return base;
    return {
      ...base,
      amountDue: { currency, minor: minor * (3 - paidParts) },
      installments: [0, 1, 2].map((k) => ({ dueDate: date(due + 30 * k), amount: { currency, minor } })),
    };
  });

const eventArbitrary = fc.oneof(
  fc
    .record({
      day: fc.integer({ min: 0, max: 120 }),
      channel: fc.constantFrom('email', 'sms', 'voice', 'whatsapp'),
      contact: fc.constantFrom('c1', 'c2', undefined),
      out: fc.boolean(),
    })
    .map(
      ({ day, channel, contact, out }): CollectionsEvent => ({
        type: out ? 'opted-out' : 'opted-in',
        at: new Date((BASE_DAY + day) * 86_400_000 + 3_600_000),
        customerId: 'C1',
        channel: channel as 'email',
        ...(contact === undefined ? {} : { contactId: contact }),
      }),
    ),
  fc
    .record({
      day: fc.integer({ min: 0, max: 120 }),
      promised: fc.integer({ min: 0, max: 20 }),
      which: fc.integer({ min: 0, max: 5 }),
    })
    .map(
      ({ day, promised, which }): CollectionsEvent => ({
        type: 'promise-made',
        at: new Date((BASE_DAY + day) * 86_400_000),
        customerId: 'C1',
        invoiceIds: [`i${which}`],
        promisedDate: date(day + promised),
      }),
    ),
  fc.record({ day: fc.integer({ min: 0, max: 120 }), which: fc.integer({ min: 0, max: 5 }), open: fc.boolean() }).map(
    ({ day, which, open }): CollectionsEvent => ({
      type: open ? 'dispute-opened' : 'dispute-resolved',
      at: new Date((BASE_DAY + day) * 86_400_000),
      customerId: 'C1',
      invoiceIds: [`i${which}`],
    }),
  ),
  fc.integer({ min: 0, max: 120 }).map(
    (day): CollectionsEvent => ({
      type: 'message-sent',
      at: new Date((BASE_DAY + day) * 86_400_000),
      customerId: 'C1',
      channel: 'email',
    }),
  ),
  fc.integer({ min: 0, max: 120 }).map(
    (day): CollectionsEvent => ({
      type: 'payment-received',
      at: new Date((BASE_DAY + day) * 86_400_000),
      customerId: 'C1',
    }),
  ),
);

/** Random customer snapshots around January-April 2026, with holds, opt-outs, promises and plans. */
export const snapshotArbitrary: fc.Arbitrary<CustomerSnapshot> = fc
  .record({
    invoices: fc.array(invoiceArbitrary, { minLength: 0, maxLength: 6 }),
    events: fc.array(eventArbitrary, { maxLength: 6 }),
    emailConsent: fc.constantFrom(true, false, undefined),
    smsConsent: fc.constantFrom(true, false, undefined),
    pause: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
    credit: fc.option(fc.integer({ min: 1, max: 200_000 }), { nil: undefined }),
    segment: fc.constantFrom(undefined, 'prompt', 'forgetful'),
  })
  .map(({ invoices, events, emailConsent, smsConsent, pause, credit, segment }) => {
    const withIds = invoices.map((invoice, index) => ({ ...invoice, id: `i${index}`, number: `n${index}` }));
    const contacts = [
      { ...emailContact, consent: emailConsent === undefined ? {} : { email: emailConsent } },
      { ...phoneContact, consent: smsConsent === undefined ? {} : { sms: smsConsent } },
    ];
    const snapshot: CustomerSnapshot = { customer: customer({ contacts }), invoices: withIds, events };
    if (segment !== undefined) snapshot.payer = { segment };
    if (pause !== undefined) snapshot.holds = [{ invoiceId: 'i1', until: date(pause) }];
    if (credit !== undefined) {
      snapshot.payments = [
        {
          id: 'p1',
          customerId: 'C1',
          currency: 'EUR',
          date: '2026-01-10',
          amount: { currency: 'EUR', minor: credit },
          allocations: [],
        },
      ];
    }
    return snapshot;
  });

/** A random small ladder. */
export const scenarioArbitrary: fc.Arbitrary<ScenarioInput> = fc
  .record({
    grouping: fc.constantFrom('customer', 'customer-currency', 'invoice'),
    reanchor: fc.constantFrom('restart', 'keep-position', 'per-invoice'),
    cap: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
    offsets: fc.array(fc.integer({ min: -5, max: 40 }), { minLength: 1, maxLength: 4 }),
    previous: fc.boolean(),
    repeat: fc.boolean(),
    // Steps after the first counted from the oldest overdue item instead of the due date.
    overdueAnchored: fc.boolean(),
    // A condition on the first step, which may hold only later or for some payers.
    firstWhen: fc.constantFrom<ScenarioInput['steps'][number]['when']>(
      undefined,
      { segments: ['forgetful'] },
      { daysOverdue: { min: 10 } },
      { minBalance: { EUR: '500', USD: '500' } },
    ),
  })
  .map(
    ({ grouping, reanchor, cap, offsets, previous, repeat, overdueAnchored, firstWhen }): ScenarioInput => ({
      version: 1,
      id: 'prop',
      revision: 1,
      grouping: grouping as 'customer',
      reanchor: reanchor as 'restart',
      ...(cap === undefined ? {} : { contactCap: { maxMessages: cap, windowDays: 7 } }),
      steps: [
        ...[...offsets]
          .sort((a, b) => a - b)
          .map((offset, index) => ({
            id: `s${index}`,
            anchor:
              index === 0
                ? ('due-date' as const)
                : previous
                  ? ('previous-step' as const)
                  : overdueAnchored
                    ? ('oldest-overdue' as const)
                    : ('due-date' as const),
            offsetDays: previous && index > 0 ? Math.abs(offset) : offset,
            ...(repeat && index === 0 ? { repeat: { everyDays: 2, times: 2 } } : {}),
            ...(firstWhen !== undefined && index === 0 ? { when: firstWhen } : {}),
            actions: [
              {
                kind: 'message' as const,
                channels: ['email', 'sms'] as ['email', 'sms'],
                tone: 'firm' as const,
                template: 'overdue',
              },
              ...(index === 1 ? [{ kind: 'fee' as const, rule: { kind: 'percent' as const, percent: 1 } }] : []),
            ],
          })),
        {
          id: 'broken',
          trigger: 'promise-broken' as const,
          anchor: 'promise-broken' as const,
          offsetDays: 0,
          actions: [
            { kind: 'message' as const, channels: 'auto' as const, tone: 'firm' as const, template: 'promise-broken' },
          ],
        },
      ],
    }),
  );
