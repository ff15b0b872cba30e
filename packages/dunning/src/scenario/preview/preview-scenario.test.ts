import { InvalidArgumentError } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { event, invoice, messageStep, scenarioInput, snapshot } from '../_test/fixtures';
import { parseScenario } from '../parse-scenario';
import { STANDARD_SCENARIO } from '../ready-made-scenarios';
import { previewScenario } from './preview-scenario';

describe('previewScenario', () => {
  it('lists what the standard scenario would do if nobody paid', () => {
    const preview = previewScenario(parseScenario(STANDARD_SCENARIO), snapshot([invoice('2026-03-01', 50_000)]), {
      from: '2026-02-01',
      to: '2026-06-30',
    });
    expect(
      preview.days.map((day) => [day.date, day.actions.map((action) => `${action.stepId}:${action.kind}`)]),
    ).toEqual([
      ['2026-02-26', ['upcoming:message']],
      ['2026-03-04', ['overdue-1:message']],
      ['2026-03-15', ['overdue-2:message']],
      ['2026-03-31', ['overdue-3:message', 'overdue-3:task']],
      ['2026-04-15', ['final-notice:message', 'final-notice:interest']],
      ['2026-05-30', ['agency:agency', 'agency:credit-hold']],
    ]);
    expect(Object.keys(preview.done)).toHaveLength(9);
  });

  it('feeds messages back so the contact cap applies', () => {
    const everyDay = parseScenario(
      scenarioInput([messageStep('nag', 1, { repeat: { everyDays: 1, times: 9 } })], {
        contactCap: { maxMessages: 2, windowDays: 7 },
      }),
    );
    const preview = previewScenario(everyDay, snapshot([invoice('2026-02-01')]), {
      from: '2026-02-01',
      to: '2026-02-12',
    });
    const sent = preview.days.filter((day) => day.actions.length > 0).map((day) => day.date);
    expect(sent).toEqual(['2026-02-02', '2026-02-03', '2026-02-09', '2026-02-10']);
    expect(preview.days.find((day) => day.date === '2026-02-04')?.skipped[0]?.kind).toBe('contact-cap');
  });

  it('keeps the holds of the snapshot', () => {
    const one = invoice('2026-02-01');
    const preview = previewScenario(
      parseScenario(scenarioInput([messageStep('r1', 1)])),
      snapshot([one], { events: [event('dispute-opened', '2026-01-20', { invoiceIds: [one.id] })] }),
      { from: '2026-02-01', to: '2026-02-03' },
    );
    expect(preview.days.every((day) => day.actions.length === 0 && day.skipped[0]?.kind === 'held')).toBe(true);
  });

  it('rejects a bad range, naming the field', () => {
    const scenario = parseScenario(scenarioInput([messageStep('r1', 1)]));
    expect(() => previewScenario(scenario, snapshot([]), { from: '2026-02-01', to: '2026-01-01' })).toThrow(
      'options.to: expected a day not before 2026-02-01, got "2026-01-01"',
    );
    expect(() => previewScenario(scenario, snapshot([]), { from: '1/2/2026', to: '2026-01-01' })).toThrow(
      InvalidArgumentError,
    );
    expect(() => previewScenario(scenario, snapshot([]), { from: '2026-01-01', to: '2040-01-01' })).toThrow(
      /^options\.to: /,
    );
  });

  it('rejects a misspelt option or snapshot field, naming it, and accepts the documented ones', () => {
    const scenario = parseScenario(scenarioInput([messageStep('r1', 1)]));
    expect(() =>
      previewScenario(scenario, snapshot([]), { from: '2026-02-01', to: '2026-02-03', untill: '2026-03-01' } as never),
    ).toThrow(new InvalidArgumentError('unknown field; expected one of from, to', 'options.untill'));
    expect(() =>
      previewScenario(scenario, snapshot([], { holdz: [] } as never), { from: '2026-02-01', to: '2026-02-03' }),
    ).toThrow(new InvalidArgumentError('unknown field; did you mean "holds"?', 'snapshot.holdz'));
    const preview = previewScenario(scenario, snapshot([invoice('2026-02-01')], { done: {}, events: [] }), {
      from: '2026-02-01',
      to: '2026-02-03',
    });
    expect(preview.days.map((day) => day.date)).toEqual(['2026-02-02']);
  });
});
