import { InvalidArgumentError } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { smallPortfolio } from '../_test/small-runs';
import { simulatePortfolio } from '../simulate/simulate-portfolio';
import { createFixedLadderPolicy } from './create-fixed-ladder-policy';
import type { CollectionPolicy, PolicyAction } from './policy-types';

function recording(policy: CollectionPolicy, sink: { date: string; action: PolicyAction }[]): CollectionPolicy {
  return {
    name: policy.name,
    start(start) {
      const run = policy.start(start);
      return {
        decide(day, random) {
          const actions = run.decide(day, random);
          for (const action of actions) sink.push({ date: day.date, action });
          return actions;
        },
      };
    },
  };
}

describe('createFixedLadderPolicy', () => {
  it('emails each overdue invoice on the ladder days, at 09:00 London time, friendly to final', () => {
    const sent: { date: string; action: PolicyAction }[] = [];
    const portfolio = smallPortfolio(100, 7);
    simulatePortfolio({ portfolio, policy: recording(createFixedLadderPolicy(), sent), days: 90, seed: 7 });
    expect(sent.length).toBeGreaterThan(10);
    const dueDates = new Map<string, string>();
    const disputed = new Set<string>();
    const probe: CollectionPolicy = {
      name: 'probe',
      start(start) {
        for (const invoice of start.history) dueDates.set(invoice.id, invoice.dueDate);
        for (const event of start.events)
          if (event.type === 'dispute-opened') for (const id of event.invoiceIds ?? []) disputed.add(id);
        return {
          decide(day) {
            for (const invoice of day.issued) dueDates.set(invoice.id, invoice.dueDate);
            for (const event of day.events)
              if (event.type === 'dispute-opened') for (const id of event.invoiceIds ?? []) disputed.add(id);
            return [];
          },
        };
      },
    };
    simulatePortfolio({ portfolio, policy: probe, days: 90, seed: 7 });
    const tones = new Set<string>();
    for (const { date, action } of sent) {
      if (action.kind !== 'message') throw new Error('expected messages only');
      expect(action.channel).toBe('email');
      expect(action.invoiceIds).toHaveLength(1);
      tones.add(action.tone);
      const due = dueDates.get(action.invoiceIds[0] as string) as string;
      const late = (Date.parse(date) - Date.parse(due)) / 86_400_000;
      // Invoices already overdue on the first day, and disputed ones once resolved, get the latest step
      // they missed (the evaluator's catch-up); every other reminder falls on a ladder day.
      if (date !== '2026-01-01' && !disputed.has(action.invoiceIds[0] as string))
        expect([1, 7, 14, 30]).toContain(late);
      expect(['08:00', '09:00']).toContain(action.at.toISOString().slice(11, 16));
    }
    expect(tones.has('friendly')).toBe(true);
  });

  it('throws InvalidArgumentError naming a bad option', () => {
    expect(() => createFixedLadderPolicy({ daysPastDue: [7, 1] })).toThrow(
      expect.objectContaining({ path: 'options.daysPastDue' }),
    );
    expect(() => createFixedLadderPolicy({ sendHour: 24 })).toThrow(InvalidArgumentError);
    expect(() => createFixedLadderPolicy({ days: [1, 7] } as never)).toThrow(
      expect.objectContaining({ path: 'options.days' }),
    );
  });
});
