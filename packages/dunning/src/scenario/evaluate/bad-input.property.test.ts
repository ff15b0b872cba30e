import { OverdueError } from '@overdue/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { snapshotArbitrary } from '../_test/arbitraries';
import { parseScenario } from '../parse-scenario';
import { STANDARD_SCENARIO, STRICT_SCENARIO } from '../ready-made-scenarios';
import { evaluateScenario } from './evaluate-scenario';
import type { CustomerSnapshot } from './evaluation-types';

const value = fc.anything({ withNullPrototype: true, withBigInt: true, withBoxedValues: true, withDate: true });

function onlyOverdueErrors(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    expect(OverdueError.isInstance(error), String(error)).toBe(true);
  }
}

/** Replaces the value at a random path of a plain object tree. */
function corrupt(root: unknown, choices: readonly number[], replacement: unknown): unknown {
  const copy = structuredClone(root) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (const choice of choices) {
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[choice % keys.length] as string;
    const child = node[key];
    if (typeof child !== 'object' || child === null || child instanceof Date || choice % 4 === 0) {
      node[key] = replacement;
      return copy;
    }
    node = child as Record<string, unknown>;
  }
  return copy;
}

describe('bad input', () => {
  it('parseScenario throws nothing but an OverdueError', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), value, (choices, replacement) => {
        onlyOverdueErrors(() => parseScenario(corrupt(STRICT_SCENARIO, choices, replacement)));
      }),
      { numRuns: 500, seed: 11 },
    );
  });

  it('evaluateScenario throws nothing but an OverdueError for a corrupted snapshot', () => {
    const scenario = parseScenario(STANDARD_SCENARIO);
    fc.assert(
      fc.property(
        snapshotArbitrary,
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        value,
        (snapshot, choices, replacement) => {
          const bad = corrupt(
            {
              ...snapshot,
              payer: { segment: 'new', score: 1 },
              holds: [{ until: '2026-01-01' }],
              done: { x: '2026-01-01' },
            },
            choices,
            replacement,
          );
          onlyOverdueErrors(() => evaluateScenario(scenario, bad as CustomerSnapshot, { now: '2026-03-01' }));
        },
      ),
      { numRuns: 1000, seed: 12 },
    );
  });
});
