import { describe, expect, it } from 'vitest';
import { CALIBRATION_TARGETS } from './calibration-targets';

describe('CALIBRATION_TARGETS', () => {
  it('states the UK medians and the IBM days-late quartiles', () => {
    // UK Payment Practices 2017-2026 (uk_payment_distribution.csv): average_days_to_pay median 33,
    // pct_invoices_not_paid_on_time median 20; IBM sample DaysLate > 0: quartiles 4, 8, 14, p90 20.
    expect(CALIBRATION_TARGETS).toMatchObject({
      medianDaysToPay: 33,
      lateShare: 0.2,
      termsDays: 30,
      daysLateQuantiles: { q1: 4, median: 8, q3: 14, p90: 20 },
    });
  });
});
