import { describe, expect, it } from 'vitest';
import { sampleCollectionsEvents } from './sample-collections-events';
import { buildSampleLedger } from './sample-ledger';

describe('sampleCollectionsEvents', () => {
  const { ledger, asOf, profiles } = buildSampleLedger({ seed: 'events-test' });
  const events = sampleCollectionsEvents(ledger.invoices, profiles, { asOf, seed: 1 });

  it('opens a dispute on every open disputed invoice a week past due, and dates nothing after asOf', () => {
    const disputedOpen = ledger.invoices.filter(
      (invoice) =>
        invoice.disputed === true &&
        (invoice.status ?? 'open') === 'open' &&
        Number(invoice.amountDue) > 0 &&
        invoice.dueDate <= asOf,
    );
    const disputes = events.filter((event) => event.type === 'dispute-opened');
    expect(disputes.length).toBeGreaterThan(0);
    for (const dispute of disputes)
      expect(disputedOpen.map((invoice) => invoice.id)).toContain(dispute.invoiceIds?.[0]);
    for (const event of events) expect(event.at.toISOString().slice(0, 10) <= asOf).toBe(true);
  });

  it('has promises only from chronically late payers, some already past their date', () => {
    const promises = events.filter((event) => event.type === 'promise-made');
    expect(promises.length).toBeGreaterThan(0);
    for (const promise of promises) expect(profiles.get(promise.customerId)).toBe('chronically-late');
    const dates = promises.map((promise) => (promise as { promisedDate: string }).promisedDate);
    expect(dates.some((date) => date < asOf)).toBe(true);
    expect(dates.some((date) => date > asOf)).toBe(true);
  });

  it('is the same for the same seed', () => {
    expect(sampleCollectionsEvents(ledger.invoices, profiles, { asOf, seed: 1 })).toEqual(events);
  });
});
