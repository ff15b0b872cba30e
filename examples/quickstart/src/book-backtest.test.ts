import { sharesInWords } from '@overdue/example-support';
import { prepareLedger } from '@overdue/receivables';
import { profileLedger } from '@overdue/simulator';
import { describe, expect, it } from 'vitest';
import { backtestBook, backtestRows } from './book-backtest';
import { renderBacktestSection } from './render-backtest-section';
import { buildSampleLedger } from './sample-ledger';

const { ledger, asOf } = buildSampleLedger({ seed: 'book-backtest', customerCount: 120, months: 18 });
const prepared = prepareLedger(ledger);
const book = backtestBook(ledger, { asOf, seed: 'test', customers: 150, days: 100, seeds: 2 });

describe('backtestBook', () => {
  it('fits the portfolio to the ledger’s own figures', () => {
    const profile = profileLedger(prepared, { asOf });
    expect(book.fit.target.lateShare).toBe(profile.behaviour.lateShare);
    expect(book.fit.target.medianDaysToPay).toBe(profile.behaviour.medianDaysToPay);
    // Closer to the ledger than the default mix, on the two headline figures.
    const { fitted, defaultMix, target } = book.fit;
    expect(Math.abs(fitted.lateShare - target.lateShare)).toBeLessThan(0.03);
    expect(Math.abs(fitted.lateShare - target.lateShare)).toBeLessThan(
      Math.abs(defaultMix.lateShare - target.lateShare),
    );
    expect(Math.abs(fitted.medianDaysToPay - target.medianDaysToPay)).toBeLessThan(
      Math.abs(defaultMix.medianDaysToPay - target.medianDaysToPay),
    );
  });

  it('compares no reminders, the ladder and the adaptive policy on portfolios of the size asked', {
    timeout: 60_000,
  }, () => {
    expect(book.comparison.customers).toBe(150);
    expect(book.comparison.seeds).toEqual(['test:1', 'test:2']);
    const rows = backtestRows(book.comparison);
    expect(rows.map((row) => row.policy)).toEqual(['no-reminders', 'fixed-ladder', 'adaptive']);
    const [none, ladder, adaptive] = rows;
    expect(none).toMatchObject({ messages: 0, plans: 0, lessThanNoReminders: undefined });
    expect(ladder?.messages).toBeGreaterThan(0);
    expect(ladder?.plans).toBe(0);
    // The reduction is the summary's paired mean, not recomputed from the means.
    const adaptiveSummary = book.comparison.policies[2];
    expect(adaptive?.lessThanNoReminders).toBe(
      adaptiveSummary?.overdueReduction.find((entry) => entry.against === 'no-reminders')?.percent.mean,
    );
    expect(adaptive?.averageOverdueMinor).toBe(adaptiveSummary?.averageOverdue.mean.minor);
  });

  it('puts the portfolios where the ledger’s customers are', () => {
    const countries = new Set(ledger.customers?.map((customer) => customer.country));
    const places = book.fit.portfolioOptions.places ?? [];
    expect(places.length).toBeGreaterThan(1);
    for (const place of places) expect(countries.has(place.country)).toBe(true);
    expect(book.fit.portfolioOptions.consentShares?.sms).toBeGreaterThan(0);
  });

  it('names the fitted archetypes largest first, with shares that add up to 100%', () => {
    const words = sharesInWords(book.fit.mix);
    const shares = [...words.matchAll(/(\d+)%/g)].map((match) => Number(match[1]));
    expect(shares.reduce((sum, value) => sum + value, 0)).toBe(100);
    expect([...shares].sort((a, b) => b - a)).toEqual(shares);
  });

  it('renders the section with one row per policy and the fit in words', () => {
    const html = renderBacktestSection({ ...book, rows: backtestRows(book.comparison) }, 'en-GB');
    expect(html).toContain('<h2>What a collection policy would do to this book</h2>');
    expect(html.match(/<tr><td>/g)).toHaveLength(3);
    expect(html).toContain(sharesInWords(book.fit.mix));
    expect(html).toMatch(/<td class="num">—<\/td>/);
  });
});
