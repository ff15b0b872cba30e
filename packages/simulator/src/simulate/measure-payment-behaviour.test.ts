import { InvalidArgumentError } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { createNoReminderPolicy } from '../policies/create-no-reminder-policy';
import { CALIBRATION_TARGETS } from '../portfolio/calibration-targets';
import { generatePortfolio } from '../portfolio/generate-portfolio';
import { measurePaymentBehaviour } from './measure-payment-behaviour';
import { simulatePortfolio } from './simulate-portfolio';
import type { SimulationResult } from './simulation-types';

describe('measurePaymentBehaviour', () => {
  it('finds the no-reminder portfolio within the stated tolerances of the real figures', () => {
    const portfolio = generatePortfolio({ customers: 1500, seed: 'calibration' });
    const result = simulatePortfolio({ portfolio, policy: createNoReminderPolicy(), days: 180, seed: 'calibration' });
    const behaviour = measurePaymentBehaviour(result);
    const targets = CALIBRATION_TARGETS;
    expect(Math.abs(behaviour.medianDaysToPay - targets.medianDaysToPay)).toBeLessThanOrEqual(
      targets.medianDaysToPayTolerance,
    );
    expect(Math.abs(behaviour.lateShare - targets.lateShare)).toBeLessThanOrEqual(targets.lateShareTolerance);
    expect(Math.abs(behaviour.daysLateQuantiles.median - targets.daysLateQuantiles.median)).toBeLessThanOrEqual(
      targets.daysLateMedianTolerance,
    );
    expect(behaviour.invoices).toBeGreaterThan(3000);
  });

  it('computes the figures of a hand-made result', () => {
    // Customer 0: paid 30 and 40 days after issue (average 35); customer 1: 20 days (average 20).
    // Median of the averages (35, 20) = 27.5; one of three invoices late, by 10 days; the two on time were
    // paid on the due date and 10 days before it.
    const result = {
      days: 200,
      invoices: { customerIndex: [0, 0, 1], issueDay: [0, 10, 0], dueDay: [30, 40, 30], paidDay: [30, 50, 20] },
    } as unknown as SimulationResult;
    expect(measurePaymentBehaviour(result)).toEqual({
      invoices: 3,
      stillOpen: 0,
      medianDaysToPay: 27.5,
      lateShare: 0.333,
      daysLateQuantiles: { q1: 10, median: 10, q3: 10, p90: 10 },
      daysEarlyQuantiles: { q1: 0, median: 0, q3: 10, p90: 10 },
    });
  });

  it('throws when nothing is due early enough, or settleDays is bad', () => {
    const result = {
      days: 10,
      invoices: { customerIndex: [0], issueDay: [0], dueDay: [30], paidDay: [-1] },
    } as unknown as SimulationResult;
    expect(() => measurePaymentBehaviour(result)).toThrow(InvalidArgumentError);
    expect(() => measurePaymentBehaviour(result, { settleDays: -1 })).toThrow(
      expect.objectContaining({ path: 'options.settleDays' }),
    );
    expect(() => measurePaymentBehaviour(result, { settleDay: 30 } as never)).toThrow(
      expect.objectContaining({
        path: 'options.settleDay',
        message: 'options.settleDay: unknown field; did you mean "settleDays"?',
      }),
    );
  });
});
