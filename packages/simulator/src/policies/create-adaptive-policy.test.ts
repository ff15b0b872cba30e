import { InvalidArgumentError } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { generatePortfolio } from '../portfolio/generate-portfolio';
import { simulatePortfolio } from '../simulate/simulate-portfolio';
import { ADAPTIVE_SCENARIO, createAdaptivePolicy } from './create-adaptive-policy';

describe('createAdaptivePolicy', () => {
  it('uses several channels, only consented ones, and offers plans to payers who ask for time', () => {
    const portfolio = generatePortfolio({ customers: 300, seed: 2, mix: { 'cash-constrained': 1, forgetful: 1 } });
    const result = simulatePortfolio({ portfolio, policy: createAdaptivePolicy(), days: 120, seed: 2 });
    const used = Object.values(result.totals.messages).filter((count) => count > 0).length;
    expect(used).toBeGreaterThan(1);
    expect(result.totals.messagesRefused).toBe(0);
    expect(result.totals.plansAccepted).toBeGreaterThan(0);
  });

  it('has the documented scenario steps', () => {
    expect(ADAPTIVE_SCENARIO.steps.map((step) => step.id)).toEqual([
      'upcoming',
      'overdue-1',
      'overdue-2',
      'overdue-3',
      'overdue-4',
    ]);
  });

  it('throws InvalidArgumentError naming a bad option', () => {
    expect(() => createAdaptivePolicy({ rescoreEveryDays: 0 })).toThrow(
      expect.objectContaining({ path: 'options.rescoreEveryDays' }),
    );
    expect(() => createAdaptivePolicy({ planInstallments: 1 })).toThrow(InvalidArgumentError);
  });
});
