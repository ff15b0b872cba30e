import { openBalancesAsOf, prepareLedger } from '@overdue/receivables';
import { describe, expect, it } from 'vitest';
import { buildSampleLedger, SAMPLE_AS_OF } from './sample-ledger';

describe('buildSampleLedger', () => {
  const sample = buildSampleLedger();
  const { ledger } = sample;

  it('gives the same ledger for the same seed and a different one for another seed', () => {
    expect(buildSampleLedger({ seed: 7, customerCount: 40 })).toEqual(
      buildSampleLedger({ seed: 7, customerCount: 40 }),
    );
    expect(buildSampleLedger({ seed: 8, customerCount: 40 }).ledger).not.toEqual(
      buildSampleLedger({ seed: 7, customerCount: 40 }).ledger,
    );
    expect(buildSampleLedger().ledger).toEqual(ledger);
  });

  it('builds a ledger that prepareLedger accepts, with nothing to interpret', () => {
    expect(() => prepareLedger(ledger)).not.toThrow();
    // Amounts due agree with the allocations, and every settlement is dated: no warnings.
    expect(openBalancesAsOf(ledger, { asOf: sample.asOf }).warnings).toEqual([]);
  });

  it('has 300 customers and 24 months of invoices, nothing dated after the as-of day', () => {
    expect(sample.asOf).toBe(SAMPLE_AS_OF);
    expect(ledger.customers).toHaveLength(300);
    const issueDates = ledger.invoices.map((invoice) => invoice.issueDate).sort();
    expect(issueDates[0]?.slice(0, 7)).toBe('2024-01');
    expect(issueDates[issueDates.length - 1]?.slice(0, 7)).toBe('2025-12');
    const dates = [
      ...ledger.payments.map((payment) => payment.date),
      ...ledger.creditNotes.map((note) => note.date),
      ...ledger.invoices.flatMap((invoice) => (invoice.paidDate === undefined ? [] : [invoice.paidDate])),
    ];
    expect(dates.every((date) => date <= SAMPLE_AS_OF)).toBe(true);
  });

  it('mixes payer behaviours, currencies, partial payments, disputes, credit notes and unapplied cash', () => {
    expect(new Set(sample.profiles.values())).toEqual(
      new Set(['prompt', 'slightly-late', 'chronically-late', 'partial-payer', 'disputer']),
    );
    const profileCounts = [...sample.profiles.values()].filter((profile) => profile === 'prompt').length;
    expect(profileCounts).toBeGreaterThan(120); // mostly prompt payers
    const currencies = ledger.customers.map((customer) => customer.currency);
    expect(currencies.filter((currency) => currency === 'GBP').length).toBeGreaterThan(10);
    expect(currencies.filter((currency) => currency === 'EUR').length).toBeGreaterThan(200);
    expect(
      [30, 45, 60].every((terms) =>
        ledger.invoices.some((invoice) => daysBetween(invoice.issueDate, invoice.dueDate) === terms),
      ),
    ).toBe(true);
    expect(ledger.invoices.some((invoice) => invoice.disputed === true)).toBe(true);
    expect(ledger.invoices.some((invoice) => invoice.status === 'written-off')).toBe(true);
    expect(ledger.creditNotes.length).toBeGreaterThan(10);
    const partial = ledger.invoices.filter(
      (invoice) => invoice.status === 'open' && invoice.amountDue !== invoice.total,
    );
    expect(partial.length).toBeGreaterThan(0);
    const balances = openBalancesAsOf(ledger, { asOf: sample.asOf });
    expect(balances.unapplied.some((balance) => balance.cashMinor > 0)).toBe(true);
  });
});

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}
