import type { InvoiceInput } from '@overdue/core';
import { addDays, createRandom, InvalidArgumentError } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { syntheticLedger } from '../_test/synthetic-ledger';
import { payerFeatures } from './payer-features';

const invoice = (id: string, issueDate: string, paidDate?: string): InvoiceInput => ({
  id,
  customerId: 'C1',
  number: id,
  currency: 'EUR',
  issueDate,
  dueDate: addDays(issueDate, 30),
  total: '100',
  amountDue: paidDate === undefined ? '100' : '0',
  ...(paidDate === undefined ? {} : { paidDate }),
});

describe('payerFeatures', () => {
  it('counts settled, late and overdue invoices as of the end of asOf', () => {
    const ledger = {
      invoices: [
        invoice('a', '2026-01-01', '2026-01-20'), // on time
        invoice('b', '2026-01-10', '2026-02-19'), // due 02-09, paid 10 days late
        invoice('c', '2026-02-01'), // due 03-03, open: overdue at 03-10 by 7 days
        invoice('d', '2026-03-05'), // not yet due
      ],
    };
    const [payer] = payerFeatures(ledger, { asOf: '2026-03-10' });
    expect(payer?.customerId).toBe('C1');
    const f = payer?.features ?? {};
    expect(f['settled-invoices']).toBe(2);
    expect(f['open-invoices']).toBe(2);
    expect(f['open-overdue-invoices']).toBe(1);
    expect(f['max-days-overdue']).toBe(7);
    expect(f['last-days-late']).toBe(10);
    expect(f['invoices-last-90-days']).toBe(4);
    expect(f['customer-tenure-days']).toBe(68);
    // Two known late (b settled late, c open past due) of three known, shrunk by two pseudo-invoices at the
    // portfolio's late share over settled invoices (1 of 2).
    expect(f['late-share']).toBeCloseTo((2 + 2 * 0.5) / (3 + 2), 12);
    // Invoice-level features are not payer features.
    expect(f['terms-days']).toBeUndefined();
  });

  it('leaks nothing: moving, adding or removing anything after asOf never changes a feature', () => {
    const asOf = '2024-09-30';
    const base = syntheticLedger({ customers: 30, invoicesPerCustomer: 14, seed: 3 });
    const expected = payerFeatures(base, { asOf });
    const random = createRandom(99);
    for (let trial = 0; trial < 10; trial++) {
      const invoices = base.invoices.flatMap((original): InvoiceInput[] => {
        if (original.issueDate > asOf) {
          // Later invoices: dropped, kept, or given other outcomes.
          const roll = random.next();
          if (roll < 0.3) return [];
          if (roll < 0.6) return [{ ...original, amountDue: original.total, paidDate: undefined } as InvoiceInput];
          return [original];
        }
        if (original.paidDate !== undefined && original.paidDate > asOf) {
          // Settled after asOf: paid on another later day, or still open.
          if (random.next() < 0.5) {
            const { paidDate: _dropped, ...open } = original;
            return [{ ...open, amountDue: original.total }];
          }
          return [{ ...original, paidDate: addDays(asOf, 1 + Math.floor(random.next() * 90)) }];
        }
        return [original];
      });
      invoices.push({ ...invoice('late-newcomer', addDays(asOf, 1)), customerId: 'C0' });
      expect(payerFeatures({ invoices }, { asOf })).toEqual(expected);
    }
  });

  it('reads events on or before asOf only', () => {
    const ledger = { invoices: [invoice('a', '2026-01-01', '2026-01-20')] };
    const events = [
      { type: 'promise-broken' as const, at: '2026-02-01T10:00:00Z', customerId: 'C1' },
      { type: 'dispute-opened' as const, at: '2026-02-02T10:00:00Z', customerId: 'C1' },
      { type: 'dispute-opened' as const, at: '2026-03-02T10:00:00Z', customerId: 'C1' },
      { type: 'dispute-resolved' as const, at: '2026-03-03T10:00:00Z', customerId: 'C1' },
    ];
    const at = (asOf: string) => payerFeatures({ ledger, events }, { asOf })[0]?.features ?? {};
    expect(at('2026-01-31')['broken-promises']).toBe(0);
    expect(at('2026-02-02')['broken-promises']).toBe(1);
    expect(at('2026-02-02')['open-disputes']).toBe(1);
    expect(at('2026-03-02')['open-disputes']).toBe(2);
    expect(at('2026-03-03')['open-disputes']).toBe(1);
    expect(at('2026-03-03')['disputes-last-year']).toBe(2);
  });

  it('ignores the disputed flag of invoices, known only after the fact', () => {
    const plain = { invoices: [invoice('a', '2026-01-01', '2026-01-20'), invoice('b', '2026-01-05')] };
    const flagged = { invoices: plain.invoices.map((i) => ({ ...i, disputed: true })) };
    expect(payerFeatures(flagged, { asOf: '2026-03-01' })).toEqual(payerFeatures(plain, { asOf: '2026-03-01' }));
  });

  it('names the bad option or event', () => {
    const ledger = { invoices: [invoice('a', '2026-01-01')] };
    expect(() => payerFeatures(ledger, { asOf: '01/02/2026' })).toThrow(/options\.asOf/);
    expect(() => payerFeatures(ledger, { asOf: '2026-02-01', customerIds: [''] })).toThrow(/options\.customerIds\[0\]/);
    expect(() =>
      payerFeatures({ ledger, events: [{ type: 'promise-broken', at: 'yesterday', customerId: 'C1' }] } as never, {
        asOf: '2026-02-01',
      }),
    ).toThrow(/history\.events\[0\]\.at/);
  });

  it.each([
    [{ asOf: '2026-02-01', customerId: ['C1'] }, 'options.customerId', 'unknown field; did you mean "customerIds"?'],
    [{ asOf: '2026-02-01', windowDays: 90 }, 'options.windowDays', 'unknown field; expected one of asOf, customerIds'],
  ])('rejects the unknown option field of %j at its path, before reading the history', (options, path, message) => {
    const run = () => payerFeatures(null as never, options as never);
    expect(run).toThrow(InvalidArgumentError);
    expect(run).toThrow(expect.objectContaining({ path, message: `${path}: ${message}` }));
  });

  it('gives a customer without history neutral features', () => {
    const ledger = { invoices: [invoice('a', '2026-01-01', '2026-01-20')] };
    const [unknown] = payerFeatures(ledger, { asOf: '2026-02-01', customerIds: ['nobody'] });
    expect(unknown?.features['settled-invoices']).toBe(0);
    expect(unknown?.features['customer-tenure-days']).toBe(0);
  });
});
