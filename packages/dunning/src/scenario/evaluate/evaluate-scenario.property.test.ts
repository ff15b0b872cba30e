import type { CollectionsEvent } from '@overdue/core';
import { civilDateToDayNumber, dayNumberToCivilDate } from '@overdue/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASE_DAY, scenarioArbitrary, snapshotArbitrary } from '../_test/arbitraries';
import { parseScenario } from '../parse-scenario';
import { previewScenario } from '../preview/preview-scenario';
import { GENTLE_B2B_SCENARIO, STANDARD_SCENARIO, STRICT_SCENARIO } from '../ready-made-scenarios';
import { evaluateScenario } from './evaluate-scenario';
import type { CustomerSnapshot } from './evaluation-types';

const anyScenario = fc.oneof(
  scenarioArbitrary,
  fc.constantFrom(GENTLE_B2B_SCENARIO, STANDARD_SCENARIO, STRICT_SCENARIO),
);
const dayArbitrary = fc.integer({ min: 0, max: 150 });
const settings = { numRuns: 200, seed: 20260301 };
/** A day number offset, or a few days around the due date of one of the snapshot's invoices. */
const nearDueArbitrary = fc.record({
  day: dayArbitrary,
  which: fc.nat({ max: 11 }),
  offset: fc.integer({ min: -6, max: 2 }),
});

/** Whether a contact may not receive on a channel, decided independently of the evaluator. */
function refused(snapshot: CustomerSnapshot, contactId: string, channel: string): boolean {
  const contact = snapshot.customer.contacts.find((candidate) => candidate.id === contactId);
  let allowed = contact?.consent[channel as 'email'] !== false;
  let latest = -Infinity;
  for (const event of snapshot.events ?? []) {
    if ((event.type !== 'opted-out' && event.type !== 'opted-in') || event.channel !== channel) continue;
    if (event.contactId !== undefined && event.contactId !== contactId) continue;
    const time = event.at.getTime();
    if (time < latest || (time === latest && event.type === 'opted-in')) continue;
    latest = time;
    allowed = event.type === 'opted-in';
  }
  return !allowed;
}

describe('evaluateScenario properties', () => {
  it('gives the same output for the same input, whatever the time of day', () => {
    fc.assert(
      fc.property(anyScenario, snapshotArbitrary, dayArbitrary, (input, snapshot, day) => {
        const scenario = parseScenario(input);
        const morning = new Date((BASE_DAY + day) * 86_400_000 + 1_000);
        const evening = new Date((BASE_DAY + day + 1) * 86_400_000 - 1_000);
        const first = evaluateScenario(scenario, snapshot, { now: morning });
        const again = evaluateScenario(scenario, structuredClone(snapshot), { now: morning });
        const later = evaluateScenario(scenario, snapshot, { now: evening });
        expect(again).toEqual(first);
        expect(later).toEqual(first);
      }),
      settings,
    );
  });

  it('keeps the key of a step occurrence from one day to the next, and never repeats a key in a result', () => {
    fc.assert(
      fc.property(anyScenario, snapshotArbitrary, dayArbitrary, (input, snapshot, day) => {
        const scenario = parseScenario(input);
        const today = evaluateScenario(scenario, snapshot, { now: dayNumberToCivilDate(BASE_DAY + day) });
        const tomorrow = evaluateScenario(scenario, snapshot, { now: dayNumberToCivilDate(BASE_DAY + day + 1) });
        for (const result of [today, tomorrow]) {
          const keys = result.actions.map((action) => action.key);
          expect(new Set(keys).size).toBe(keys.length);
        }
        const identity = (action: (typeof today.actions)[number]) =>
          `${action.unit}|${action.stepId}|${action.occurrence}|${action.scheduledDate}|${action.anchorDate}|${action.key.slice(action.key.lastIndexOf(':'))}`;
        const keysToday = new Map(today.actions.map((action) => [identity(action), action.key]));
        for (const action of tomorrow.actions) {
          const key = keysToday.get(identity(action));
          if (key !== undefined) expect(action.key).toBe(key);
        }
        // The key carries the occurrence's own date, not the evaluation day.
        for (const action of tomorrow.actions) expect(action.key).toContain(`/${action.scheduledDate}:`);
      }),
      settings,
    );
  });

  it('never sends on a channel a contact refused or opted out of', () => {
    fc.assert(
      fc.property(anyScenario, snapshotArbitrary, dayArbitrary, (input, snapshot, day) => {
        const result = evaluateScenario(parseScenario(input), snapshot, { now: dayNumberToCivilDate(BASE_DAY + day) });
        for (const action of result.actions) {
          if (action.kind !== 'message') continue;
          for (const delivery of action.deliveries) {
            for (const contactId of delivery.contactIds)
              expect(refused(snapshot, contactId, delivery.channel)).toBe(false);
          }
        }
      }),
      settings,
    );
  });

  it('agrees with the preview: evaluating any day with what the preview did before gives what it did that day', () => {
    fc.assert(
      fc.property(anyScenario, snapshotArbitrary, fc.integer({ min: 0, max: 60 }), (input, snapshot, probe) => {
        const scenario = parseScenario(input);
        const from = BASE_DAY;
        const preview = previewScenario(scenario, snapshot, {
          from: dayNumberToCivilDate(from),
          to: dayNumberToCivilDate(from + 60),
        });
        const allKeys = preview.days.flatMap((day) => day.actions.map((action) => action.key));
        expect(new Set(allKeys).size).toBe(allKeys.length);
        const date = dayNumberToCivilDate(from + probe);
        const done: Record<string, string> = {};
        const events: CollectionsEvent[] = [...(snapshot.events ?? [])];
        for (const day of preview.days) {
          if (day.date >= date) break;
          for (const action of day.actions) {
            done[action.key] = day.date;
            if (action.kind !== 'message') continue;
            for (const delivery of action.auto ? action.deliveries.slice(0, 1) : action.deliveries) {
              events.push({
                type: 'message-sent',
                at: new Date(Date.parse(`${day.date}T12:00:00Z`)),
                customerId: 'C1',
                channel: delivery.channel,
              });
            }
          }
        }
        const result = evaluateScenario(scenario, { ...snapshot, done, events }, { now: date });
        const expected = preview.days.find((day) => day.date === date)?.actions ?? [];
        expect(result.actions.map((action) => action.key)).toEqual(expected.map((action) => action.key));
      }),
      { numRuns: 100, seed: 20260301 },
    );
  });

  it('changes nothing before nextEvaluationDate: with the actions of today done and no new data, no later day acts earlier', () => {
    fc.assert(
      fc.property(anyScenario, snapshotArbitrary, nearDueArbitrary, (input, snapshot, near) => {
        const scenario = parseScenario(input);
        // Half the days are a few days around a due date, where an invoice falls due while nothing changes.
        const invoices = snapshot.invoices ?? [];
        const aroundDue = near.which % 2 === 0 && invoices.length > 0;
        const dueDate = invoices[near.which % Math.max(invoices.length, 1)]?.dueDate;
        const today =
          aroundDue && dueDate !== undefined ? civilDateToDayNumber(dueDate) + near.offset : BASE_DAY + near.day;
        // No new data: only the events known today.
        const known = (snapshot.events ?? []).filter((event) => event.at.getTime() < (today + 1) * 86_400_000);
        const first = evaluateScenario(scenario, { ...snapshot, events: known }, { now: dayNumberToCivilDate(today) });
        const done: Record<string, string> = {};
        const events: CollectionsEvent[] = [...known];
        for (const action of first.actions) {
          done[action.key] = dayNumberToCivilDate(today);
          if (action.kind !== 'message') continue;
          for (const delivery of action.auto ? action.deliveries.slice(0, 1) : action.deliveries) {
            events.push({
              type: 'message-sent',
              at: new Date(today * 86_400_000 + 43_200_000),
              customerId: 'C1',
              channel: delivery.channel,
            });
          }
        }
        const next = first.nextEvaluationDate;
        const until = next === undefined ? today + 120 : Math.min(civilDateToDayNumber(next), today + 120);
        for (let later = today + 1; later < until; later++) {
          const result = evaluateScenario(
            scenario,
            { ...snapshot, events, done },
            { now: dayNumberToCivilDate(later) },
          );
          expect({ day: dayNumberToCivilDate(later), keys: result.actions.map((action) => action.key) }).toEqual({
            day: dayNumberToCivilDate(later),
            keys: [],
          });
        }
      }),
      { numRuns: 300, seed: 20261203 },
    );
  });

  it('never produces a key twice when its actions are recorded as done', () => {
    fc.assert(
      fc.property(anyScenario, snapshotArbitrary, (input, snapshot) => {
        const preview = previewScenario(parseScenario(input), snapshot, { from: '2025-12-20', to: '2026-05-31' });
        for (const day of preview.days)
          for (const action of day.actions) expect(preview.done[action.key]).toBe(day.date);
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});
