import { describe, expect, it } from 'vitest';
import { invoice, snapshot } from './_test/fixtures';
import { evaluateScenario } from './evaluate/evaluate-scenario';
import { parseScenario } from './parse-scenario';
import { GENTLE_B2B_SCENARIO, STANDARD_SCENARIO, STRICT_SCENARIO } from './ready-made-scenarios';

describe('ready-made scenarios', () => {
  it.each([
    ['gentle-b2b', GENTLE_B2B_SCENARIO],
    ['standard', STANDARD_SCENARIO],
    ['strict', STRICT_SCENARIO],
  ])('%s parses and survives a JSON round trip', (id, input) => {
    const scenario = parseScenario(JSON.parse(JSON.stringify(input)));
    expect(scenario.id).toBe(id);
    expect(scenario.steps.some((step) => step.terminal)).toBe(true);
    expect(scenario.steps.some((step) => step.trigger === 'promise-broken')).toBe(true);
  });

  it('differ in how hard they push on the same invoice 20 days late', () => {
    const late = snapshot([invoice('2026-02-01')]);
    const kinds = (input: typeof STANDARD_SCENARIO) =>
      evaluateScenario(parseScenario(input), late, { now: '2026-02-21' }).actions.map(
        (action) => `${action.stepId}:${action.kind}`,
      );
    expect(kinds(GENTLE_B2B_SCENARIO)).toEqual(['overdue-1:message']);
    expect(kinds(STANDARD_SCENARIO)).toEqual(['overdue-2:message']);
    expect(kinds(STRICT_SCENARIO)).toEqual(['escalate:task', 'escalate:fee', 'escalate:credit-hold']);
  });
});

describe('the dunning scenarios guide', () => {
  it('shows the three ready-made scenarios exactly as exported', async () => {
    const { readFile } = await import('node:fs/promises');
    const guide = await readFile(new URL('../../../../docs/guides/dunning-scenarios.md', import.meta.url), 'utf8');
    const blocks = [...guide.matchAll(/```json\n([\s\S]*?)\n```/g)].map((match) => JSON.parse(match[1] as string));
    expect(blocks).toEqual([GENTLE_B2B_SCENARIO, STANDARD_SCENARIO, STRICT_SCENARIO]);
  });
});
