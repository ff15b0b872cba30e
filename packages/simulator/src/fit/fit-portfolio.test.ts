import type { InvoiceInput } from '@overdue/core';
import { addDays, InvalidArgumentError } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { createNoReminderPolicy } from '../policies/create-no-reminder-policy';
import type { PayerArchetype } from '../portfolio/archetypes';
import { DEFAULT_ARCHETYPE_MIX } from '../portfolio/archetypes';
import { generatePortfolio } from '../portfolio/generate-portfolio';
import { measurePaymentBehaviour } from '../simulate/measure-payment-behaviour';
import { simulatePortfolio } from '../simulate/simulate-portfolio';
import type { SimulationResult } from '../simulate/simulation-types';
import { fitPortfolio } from './fit-portfolio';
import { profileLedger } from './profile-ledger';

/** A simulation's invoices as a ledger read on its last day (every invoice 100.00). */
function ledgerOf(result: SimulationResult, customerIds: readonly string[]): InvoiceInput[] {
  const { customerIndex, issueDay, dueDay, paidDay } = result.invoices;
  return issueDay.map((issue, index) => {
    const paid = paidDay[index] as number;
    return {
      id: `i${index}`,
      customerId: customerIds[customerIndex[index] as number] as string,
      number: `${index}`,
      currency: 'GBP',
      issueDate: addDays(result.startDate, issue),
      dueDate: addDays(result.startDate, dueDay[index] as number),
      total: '100.00',
      amountDue: paid < 0 ? '100.00' : '0',
      ...(paid < 0 ? {} : { paidDate: addDays(result.startDate, paid) }),
    };
  });
}

const l1 = (a: Partial<Record<PayerArchetype, number>>, b: Partial<Record<PayerArchetype, number>>) =>
  (Object.keys(DEFAULT_ARCHETYPE_MIX) as PayerArchetype[]).reduce(
    (sum, archetype) => sum + Math.abs((a[archetype] ?? 0) - (b[archetype] ?? 0)),
    0,
  );

// A book unlike the default: more late payers, longer terms for some, invoices every 20 days, on-time
// invoices paid up to 8 days early.
const truth = {
  prompt: 0.3,
  forgetful: 0.1,
  'chronic-late': 0.3,
  'cash-constrained': 0.1,
  disputer: 0,
  unresponsive: 0.2,
};
const shape = {
  terms: [
    { days: 30, share: 0.7 },
    { days: 60, share: 0.3 },
  ],
  invoiceEveryDays: 20,
  earlyDays: 8,
};
const known = generatePortfolio({ customers: 3000, seed: 'known', mix: truth, ...shape });
const knownRun = simulatePortfolio({ portfolio: known, policy: createNoReminderPolicy(), days: 365, seed: 'known' });
const profile = profileLedger(
  {
    invoices: ledgerOf(
      knownRun,
      known.customers.map((customer) => customer.id),
    ),
  },
  { asOf: knownRun.endDate },
);

describe('profileLedger and measurePaymentBehaviour', () => {
  it.each([1, 2, 3])('read a simulation and the same simulation as a ledger alike (seed %i)', (seed) => {
    const portfolio = generatePortfolio({ customers: 150, seed, mix: truth });
    const result = simulatePortfolio({ portfolio, policy: createNoReminderPolicy(), days: 150, seed });
    const ids = portfolio.customers.map((customer) => customer.id);
    for (const settleDays of [0, 30, 60]) {
      const profile = profileLedger({ invoices: ledgerOf(result, ids) }, { asOf: result.endDate, settleDays });
      expect(profile.behaviour).toEqual(measurePaymentBehaviour(result, { settleDays }));
    }
  });
});

describe('fitPortfolio', () => {
  it('fits a book of known mix: its figures, and a mix nearer the truth than the default', { timeout: 60_000 }, () => {
    const fit = fitPortfolio(profile, { seed: 1 });
    // The shape is the ledger's.
    expect(fit.portfolioOptions.terms).toEqual(profile.terms);
    expect(profile.terms.map((entry) => entry.days)).toEqual([30, 60]);
    expect(Math.abs((fit.portfolioOptions.invoiceEveryDays as number) - 20)).toBeLessThanOrEqual(3);
    expect(Math.abs((fit.portfolioOptions.earlyDays as number) - 8)).toBeLessThanOrEqual(2);
    // The predicted figures match the ledger's, much better than the default mix does.
    expect(Math.abs(fit.fitted.lateShare - fit.target.lateShare)).toBeLessThan(0.02);
    expect(Math.abs(fit.fitted.medianDaysToPay - fit.target.medianDaysToPay)).toBeLessThanOrEqual(2);
    expect(Math.abs(fit.fitted.daysLateQuantiles.median - fit.target.daysLateQuantiles.median)).toBeLessThanOrEqual(2);
    expect(Math.abs(fit.defaultMix.lateShare - fit.target.lateShare)).toBeGreaterThan(0.05);
    expect(fit.distance).toBeLessThan(3);
    expect(fit.mismatches).toEqual([]);
    // The mix is in hundredths, sums to 1, and is nearer the truth than the default mix is.
    const shares = Object.values(fit.mix);
    for (const share of shares) expect(Math.round(share * 100)).toBeCloseTo(share * 100, 9);
    expect(shares.reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 9);
    expect(l1(fit.mix, truth)).toBeLessThan(l1(DEFAULT_ARCHETYPE_MIX, truth) / 2);

    // A portfolio generated from the fit, on other seeds, pays like the ledger with no reminders.
    const portfolio = generatePortfolio({ customers: 3000, seed: 'check', ...fit.portfolioOptions });
    const run = simulatePortfolio({ portfolio, policy: createNoReminderPolicy(), days: 365, seed: 'check' });
    const measured = measurePaymentBehaviour(run);
    expect(Math.abs(measured.lateShare - fit.target.lateShare)).toBeLessThan(0.03);
    expect(Math.abs(measured.medianDaysToPay - fit.target.medianDaysToPay)).toBeLessThanOrEqual(2.5);
    expect(Math.abs(measured.daysLateQuantiles.median - fit.target.daysLateQuantiles.median)).toBeLessThanOrEqual(2);
    expect(Math.abs(measured.daysEarlyQuantiles.median - fit.target.daysEarlyQuantiles.median)).toBeLessThanOrEqual(2);
  });

  it('scales the invoice amounts to the ledger’s median total', { timeout: 60_000 }, () => {
    const fit = fitPortfolio(profile, { seed: 2, customersPerArchetype: 200 });
    const portfolio = generatePortfolio({ customers: 2000, seed: 'amounts', ...fit.portfolioOptions });
    const medians = portfolio.traits.map((traits) => traits.medianAmountMinor).sort((a, b) => a - b);
    const median = medians[1000] as number;
    // Every invoice of the ledger is 100.00; customers' medians spread around it.
    expect(median).toBeGreaterThan(7000);
    expect(median).toBeLessThan(14_000);
  });

  it('says in words which figures the mix misses by more than their scale', { timeout: 60_000 }, () => {
    // A quarter of invoices disputed: more than a book of disputers disputes.
    const fit = fitPortfolio({ ...profile, disputeShare: 0.25 }, { seed: 4, customersPerArchetype: 100 });
    const disputes = fit.mismatches.find((line) => line.startsWith('share disputed: '));
    expect(disputes).toBe(
      `share disputed: ${(fit.fitted.disputeShare * 100).toFixed(1)}% fitted against 25.0% in the ledger (more than 2.0 points apart)`,
    );
    expect(fit.fitted.disputeShare).toBeLessThan(0.23);
  });

  it('passes on where the customers are and what they consented to', { timeout: 60_000 }, () => {
    const places = [{ country: 'FR', timeZone: 'Europe/Paris', locale: 'fr-FR', share: 1 }];
    const consentShares = { sms: 0.9, voice: 0, whatsapp: 0.1 };
    const fit = fitPortfolio({ ...profile, places, consentShares }, { seed: 5, customersPerArchetype: 50, days: 240 });
    expect(fit.portfolioOptions).toMatchObject({ places, consentShares });
    const portfolio = generatePortfolio({ customers: 20, seed: 5, ...fit.portfolioOptions });
    expect(portfolio.customers.every((customer) => customer.country === 'FR' && customer.locale === 'fr-FR')).toBe(
      true,
    );
    expect(
      fitPortfolio(profile, { seed: 5, customersPerArchetype: 50, days: 240 }).portfolioOptions.places,
    ).toBeUndefined();
  });

  it('gives the same fit for the same profile and seed', { timeout: 60_000 }, () => {
    const options = { seed: 'same', customersPerArchetype: 100, days: 240 };
    expect(fitPortfolio(profile, options)).toEqual(fitPortfolio(profile, options));
  });

  it('fits a ledger whose customers buy less than once a year, paid on the due date, as buying once a year', () => {
    const rare = {
      ...profile,
      invoiceEveryDays: 500,
      behaviour: { ...profile.behaviour, daysEarlyQuantiles: { q1: 0, median: 0, q3: 0, p90: 0 } },
    };
    const fit = fitPortfolio(rare, { seed: 3, customersPerArchetype: 50, days: 400 });
    expect(fit.portfolioOptions.invoiceEveryDays).toBe(365);
    expect(fit.portfolioOptions.earlyDays).toBe(0);
  });

  it.each([
    [null, { seed: 1 }, 'profile'],
    [{ ...profile, behaviour: { ...profile.behaviour, lateShare: 2 } }, { seed: 1 }, 'profile.behaviour.lateShare'],
    [{ ...profile, extra: 1 }, { seed: 1 }, 'profile.extra'],
    [profile, {}, 'options.seed'],
    [profile, { seed: 1, days: 100 }, 'options.days'],
    [{ ...profile, settleDays: 200 }, { seed: 1, days: 240 }, 'options.days'],
    [profile, { seed: 1, customersPerArchetype: 10 }, 'options.customersPerArchetype'],
    [profile, { seed: 1, customers: 10 }, 'options.customers'],
  ])('throws InvalidArgumentError naming the field (case %#)', (given, options, path) => {
    try {
      fitPortfolio(given as never, options as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).path).toBe(path);
    }
  });
});
