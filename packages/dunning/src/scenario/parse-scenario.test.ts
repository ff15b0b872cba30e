import { InvalidArgumentError } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { messageStep, scenarioInput } from './_test/fixtures';
import { parseScenario } from './parse-scenario';

function problem(input: unknown): string {
  try {
    parseScenario(input);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidArgumentError);
    return (error as Error).message;
  }
  throw new Error('expected the scenario to be rejected');
}

describe('parseScenario', () => {
  it('fills in the defaults and freezes the result', () => {
    const scenario = parseScenario(scenarioInput([messageStep('r1', 3)]));
    expect(scenario).toMatchObject({
      version: 1,
      id: 'test',
      revision: 1,
      grouping: 'customer-currency',
      reanchor: 'keep-position',
      afterTerminal: 'stop-unit',
      promiseGraceDays: 3,
      paymentInFlightDays: 3,
      contactCap: undefined,
      requireConsent: [],
    });
    expect(scenario.steps[0]).toMatchObject({
      id: 'r1',
      index: 0,
      trigger: 'ladder',
      terminal: false,
      repeat: undefined,
    });
    expect(scenario.steps[0]?.actions[0]).toEqual({
      kind: 'message',
      channels: ['email'],
      mode: 'all',
      tone: 'friendly',
      template: 'overdue',
    });
    expect(Object.isFrozen(scenario)).toBe(true);
    expect(Object.isFrozen(scenario.steps[0]?.actions)).toBe(true);
  });

  it('parses money in conditions and fee rules to minor units', () => {
    const scenario = parseScenario(
      scenarioInput([
        messageStep('r1', 3, {
          when: { minBalance: { EUR: '10.50', JPY: '1000' } },
          actions: [
            { kind: 'fee', rule: { kind: 'fixed', amount: '40', currency: 'EUR' } },
            { kind: 'fee', rule: { kind: 'percent', percent: 2, min: '5', currency: 'GBP' } },
          ],
        }),
      ]),
    );
    expect(scenario.steps[0]?.when?.minBalance).toEqual({
      EUR: { currency: 'EUR', minor: 1050 },
      JPY: { currency: 'JPY', minor: 1000 },
    });
    expect(scenario.steps[0]?.actions).toEqual([
      { kind: 'fee', rule: { kind: 'fixed', amount: { currency: 'EUR', minor: 4000 } } },
      { kind: 'fee', rule: { kind: 'percent', percent: 2, min: { currency: 'GBP', minor: 500 } } },
    ]);
  });

  it.each<[string, unknown, string]>([
    [
      'a non-integer offset',
      scenarioInput([messageStep('a', 1), messageStep('b', 2), messageStep('c', 'x' as never)]),
      'scenario.steps[2].offsetDays: expected an integer, got "x"',
    ],
    [
      'a wrong version',
      { ...scenarioInput([messageStep('a', 1)]), version: 2 },
      'scenario.version: expected 1, got number 2',
    ],
    [
      'a missing revision',
      { version: 1, id: 'x', steps: [messageStep('a', 1)] },
      'scenario.revision: expected an integer, got nothing (the field is missing)',
    ],
    ['no steps', scenarioInput([]), 'scenario.steps: expected at least one step'],
    [
      'an unknown channel',
      scenarioInput([
        messageStep('a', 1, {
          actions: [{ kind: 'message', channels: ['fax' as never], tone: 'firm', template: 'overdue' }],
        }),
      ]),
      'scenario.steps[0].actions[0].channels',
    ],
    [
      'an unknown tone',
      scenarioInput([
        messageStep('a', 1, {
          actions: [{ kind: 'message', channels: ['email'], tone: 'angry' as never, template: 'overdue' }],
        }),
      ]),
      'scenario.steps[0].actions[0].tone: expected one of "friendly", "neutral", "firm", "final", got "angry"',
    ],
    [
      'a duplicate step id',
      scenarioInput([messageStep('a', 1), messageStep('a', 2)]),
      'scenario.steps[1].id: duplicate step id "a"',
    ],
    [
      'a first step anchored on the previous step',
      scenarioInput([messageStep('a', 1, { anchor: 'previous-step' })]),
      'scenario.steps[0].anchor: the first ladder step has no previous step to anchor on',
    ],
    [
      'a negative offset after the previous step',
      scenarioInput([messageStep('a', 1), messageStep('b', -2, { anchor: 'previous-step' })]),
      'scenario.steps[1].offsetDays: expected 0 or more days after the previous step, got -2',
    ],
    [
      'a ladder step anchored on a broken promise',
      scenarioInput([messageStep('a', 1, { anchor: 'promise-broken' })]),
      'scenario.steps[0].anchor: only steps with trigger "promise-broken"',
    ],
    [
      'a branch step anchored on the due date',
      scenarioInput([messageStep('a', 1, { trigger: 'promise-broken' })]),
      'scenario.steps[0].anchor: a promise-broken step anchors on "promise-broken" or "previous-step", got "due-date"',
    ],
    [
      'a zero repeat interval',
      scenarioInput([messageStep('a', 1, { repeat: { everyDays: 0, times: 2 } })]),
      'scenario.steps[0].repeat.everyDays: expected an integer from 1 to 3650, got number 0',
    ],
    [
      'a repeating terminal step',
      scenarioInput([messageStep('a', 1, { terminal: true, repeat: { everyDays: 1, times: 2 } })]),
      'scenario.steps[0].repeat: a terminal step cannot repeat',
    ],
    [
      'an inexact minimum balance',
      scenarioInput([messageStep('a', 1, { when: { minBalance: { JPY: '0.5' } } })]),
      'scenario.steps[0].when.minBalance.JPY',
    ],
    [
      'a bad currency in a minimum balance',
      scenarioInput([messageStep('a', 1, { when: { minBalance: { EURO: '5' } } })]),
      'scenario.steps[0].when.minBalance',
    ],
    [
      'an inverted range',
      scenarioInput([messageStep('a', 1, { when: { daysOverdue: { min: 10, max: 5 } } })]),
      'scenario.steps[0].when.daysOverdue: expected min not greater than max',
    ],
    [
      'an unknown field',
      { ...scenarioInput([messageStep('a', 1)]), colour: 'red' },
      'scenario.colour: unknown field; expected one of version, id,',
    ],
    [
      'a fee minimum without currency',
      scenarioInput([
        messageStep('a', 1, { actions: [{ kind: 'fee', rule: { kind: 'percent', percent: 1, min: '5' } }] }),
      ]),
      'scenario.steps[0].actions[0].rule.currency: a min amount needs its currency',
    ],
    [
      'a channel listed twice',
      scenarioInput([
        messageStep('a', 1, {
          actions: [{ kind: 'message', channels: ['sms', 'sms'], tone: 'firm', template: 'overdue' }],
        }),
      ]),
      'scenario.steps[0].actions[0].channels: expected each channel at most once',
    ],
    [
      'a bad country',
      scenarioInput([messageStep('a', 1, { when: { countries: ['fr'] } })]),
      'scenario.steps[0].when.countries[0]: expected an ISO 3166-1 alpha-2 country code such as "FR"',
    ],
  ])('rejects %s, naming the field', (_name, input, message) => {
    expect(problem(input)).toContain(message);
  });

  it('rejects a non-object', () => {
    expect(problem('scenario')).toMatch(/^scenario: expected object/);
  });
});
