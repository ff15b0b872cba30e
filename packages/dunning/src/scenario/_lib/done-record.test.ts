import { describe, expect, it } from 'vitest';
import { messageStep, scenarioInput } from '../_test/fixtures';
import { parseScenario } from '../parse-scenario';
import type { CompiledStep } from './compiled-scenario';
import { compiledOf } from './compiled-scenario';
import { DoneRecord } from './done-record';
import type { OpenItem } from './read-snapshot';

// A step with a message (action 0), a fee (action 1, per currency) and a task (action 2).
const scenario = parseScenario(
  scenarioInput([
    {
      ...messageStep('s', 1),
      terminal: true,
      actions: [
        { kind: 'message', channels: ['email'], tone: 'firm', template: 'overdue' },
        { kind: 'fee', rule: { kind: 'percent', percent: 2 } },
        { kind: 'task', task: 'call', ownerRole: 'collector' },
      ],
    },
  ]),
);
const step = compiledOf(scenario)?.ladder[0] as CompiledStep;
const occurrence = 'test@1/C1/all/2026-02-01/s#0/2026-02-02';
const items = (currencies: string[]) => currencies.map((currency) => ({ currency }) as OpenItem);

describe('DoneRecord', () => {
  it('answers per action and currency, by occurrence key', () => {
    const record = new DoneRecord(
      { [`${occurrence}:0`]: '2026-02-02', [`${occurrence}:1.EUR`]: '2026-02-03' },
      'test@1/C1/',
    );
    expect(record.dayOf(occurrence, 0, undefined)).toBe(20_486);
    expect(record.dayOf(occurrence, 1, 'EUR')).toBe(20_487);
    expect(record.dayOf(occurrence, 1, 'USD')).toBeNaN();
    expect(record.dayOf(occurrence, 1, undefined)).toBeNaN();
    expect(record.dayOf(occurrence, 2, undefined)).toBeNaN();
    expect(record.dayOf(`${occurrence.slice(0, -1)}3`, 0, undefined)).toBeNaN();
  });

  it('gives the day of the first action done, in step order', () => {
    const record = new DoneRecord(
      { [`${occurrence}:2`]: '2026-02-05', [`${occurrence}:1.EUR`]: '2026-02-04' },
      'test@1/C1/',
    );
    expect(record.occurrenceDay(occurrence, step, ['EUR'])).toBe(20_488);
    // The fee was charged in EUR only: for an occurrence on USD items the task is the first done.
    expect(record.occurrenceDay(occurrence, step, { items: items(['USD']) })).toBe(20_489);
  });

  it('says an occurrence is all done only when every action is, fees in every currency', () => {
    const done: Record<string, string> = {
      [`${occurrence}:0`]: '2026-02-02',
      [`${occurrence}:1.EUR`]: '2026-02-02',
      [`${occurrence}:2`]: '2026-02-02',
    };
    expect(new DoneRecord(done, 'test@1/C1/').allDone(occurrence, step, items(['EUR']))).toBe(true);
    expect(new DoneRecord(done, 'test@1/C1/').allDone(occurrence, step, items(['EUR', 'GBP']))).toBe(false);
    const { [`${occurrence}:2`]: _task, ...withoutTask } = done;
    expect(new DoneRecord(withoutTask, 'test@1/C1/').allDone(occurrence, step, items(['EUR']))).toBe(false);
  });

  it('reads only the customer keys, and checks their dates', () => {
    const record = new DoneRecord(
      { 'test@1/C2/all/2026-02-01/s#0/2026-02-02:0': 'not a date', [`${occurrence}:0`]: '2026-02-02' },
      'test@1/C1/',
    );
    expect(record.keys).toEqual([`${occurrence}:0`]);
    expect(() => new DoneRecord({ [`${occurrence}:0`]: '2026-02-30' }, 'test@1/C1/')).toThrow(
      `snapshot.done["${occurrence}:0"]`,
    );
  });

  it('finds a terminal step done under any unit or anchor', () => {
    const record = new DoneRecord({ 'test@1/C1/EUR/2025-12-01/s#0/2025-12-02:2': '2025-12-02' }, 'test@1/C1/');
    expect(record.terminalDone(new Set(['s']))).toBe(true);
    expect(record.terminalDone(new Set(['other']))).toBe(false);
  });
});
