import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createNoReminderPolicy, generatePortfolio, simulatePortfolio } from '@overdue/simulator';
import { describe, expect, it } from 'vitest';
import { fitLedger } from './ledger-fit';

// The real IBM sample sits beside the repository (shared/data); its licence is unknown, so it is read in
// place and never copied. The test is skipped where the file is absent.
const exampleFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const realFile = path.resolve(exampleFolder, '../../../shared/data/ar-invoices-dev.csv');
const present = existsSync(realFile);

describe.skipIf(!present)('a portfolio fitted to the shared IBM sample', () => {
  it('pays like the sample where the archetypes can: closer than the default mix on days to pay, late share and disputes', () => {
    const { profile, fit } = fitLedger(realFile, readFileSync(realFile, 'utf8'));
    expect(profile.customers).toBe(63);
    expect(profile.terms).toEqual([{ days: 30, share: 1 }]);
    const gap = (figures: typeof fit.fitted) => ({
      pay: Math.abs(figures.medianDaysToPay - fit.target.medianDaysToPay),
      late: Math.abs(figures.lateShare - fit.target.lateShare),
      lateMedian: Math.abs(figures.daysLateQuantiles.median - fit.target.daysLateQuantiles.median),
      disputes: Math.abs(figures.disputeShare - fit.target.disputeShare),
    });
    const fitted = gap(fit.fitted);
    const standard = gap(fit.defaultMix);
    expect(fitted.pay).toBeLessThanOrEqual(1);
    expect(fitted.late).toBeLessThan(0.02);
    expect(fitted.lateMedian).toBeLessThanOrEqual(3);
    for (const key of ['pay', 'late', 'disputes'] as const) expect(fitted[key]).toBeLessThan(standard[key]);
    // A fifth of the sample's invoices were disputed: more than even a book of disputers disputes (at most
    // 20% of theirs), so disputers lead the mix and the dispute share still falls short.
    const largest = Object.entries(fit.mix).sort((a, b) => b[1] - a[1])[0]?.[0];
    expect(largest).toBe('disputer');
    expect(fit.fitted.disputeShare).toBeLessThan(fit.target.disputeShare);
    expect(fit.mismatches.some((line) => line.startsWith('share disputed: '))).toBe(true);
  }, 60_000);

  it('gives, with no reminders, a DSO within 10% of the ledger’s: a figure the fit does not use', () => {
    const { fit, kpis } = fitLedger(realFile, readFileSync(realFile, 'utf8'));
    const dso: number[] = [];
    for (const seed of [1, 2, 3]) {
      const portfolio = generatePortfolio({ customers: 1000, seed, currency: 'USD', ...fit.portfolioOptions });
      const result = simulatePortfolio({ portfolio, policy: createNoReminderPolicy(), days: 180, seed });
      dso.push(result.totals.byCurrency[0]?.daysSalesOutstanding as number);
    }
    const mean = dso.reduce((sum, value) => sum + value, 0) / dso.length;
    expect(kpis.daysSalesOutstanding).toBeGreaterThan(20);
    expect(Math.abs(mean - kpis.daysSalesOutstanding) / kpis.daysSalesOutstanding).toBeLessThan(0.1);
  }, 60_000);
});
