import type { InvoiceInput, LedgerInput, PaymentInput } from '@overdue/core';
import { CurrencyMismatchError, InvalidArgumentError } from '@overdue/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditNote, invoice, payment, thrownBy } from '../_test/ledger-builders';
import type { LedgerTimeline } from './ledger-timeline';
import { buildLedgerTimeline, openMinorAt } from './ledger-timeline';

/** Days since 1970-01-01 of a `YYYY-MM-DD` date, from the platform's own calendar (independent of core). */
function day(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}

/** The settlements of invoice `index` as [day, minor] pairs, in stored order. */
function settlementsOf(timeline: LedgerTimeline, index: number): [number, number][] {
  const pairs: [number, number][] = [];
  const end = timeline.settleStart[index + 1] as number;
  for (let at = timeline.settleStart[index] as number; at < end; at++) {
    pairs.push([timeline.settleDay[at] as number, timeline.settleMinor[at] as number]);
  }
  return pairs;
}

describe('buildLedgerTimeline', () => {
  it('sorts each invoice’s settlements by day, whatever the order of payments and credit notes', () => {
    const timeline = buildLedgerTimeline({
      invoices: [invoice('i1'), invoice('i2', { total: '40.00', amountDue: '40.00' })],
      payments: [
        payment('p1', '2026-02-10', '70.00', [
          ['i1', '30.00'],
          ['i2', '40.00'],
        ]),
        payment('p2', '2026-01-20', '20.00', [['i1', '20.00']]),
      ],
      creditNotes: [creditNote('c1', '2026-01-25', '10.00', [['i1', '10.00']])],
    });
    // i1: 20.00 on Jan 20, 10.00 on Jan 25, 30.00 on Feb 10 (60 of 100 settled, never paid).
    expect(settlementsOf(timeline, 0)).toEqual([
      [day('2026-01-20'), 2000],
      [day('2026-01-25'), 1000],
      [day('2026-02-10'), 3000],
    ]);
    expect(timeline.paidDay[0]).toBe(Number.POSITIVE_INFINITY);
    // i2: fully settled by p1 on Feb 10.
    expect(settlementsOf(timeline, 1)).toEqual([[day('2026-02-10'), 4000]]);
    expect(timeline.paidDay[1]).toBe(day('2026-02-10'));
  });

  it('sets paidDay to the day the cumulative settlements reach the total', () => {
    const timeline = buildLedgerTimeline({
      invoices: [invoice('i1', { amountDue: '0', status: 'paid', paidDate: '2026-02-20' })],
      payments: [
        payment('late', '2026-02-20', '60.00', [['i1', '60.00']]),
        payment('early', '2026-01-10', '40.00', [['i1', '40.00']]),
      ],
    });
    // 40 on Jan 10 (cumulative 40), 60 on Feb 20 (cumulative 100 = total): paid Feb 20.
    expect(settlementsOf(timeline, 0)).toEqual([
      [day('2026-01-10'), 4000],
      [day('2026-02-20'), 6000],
    ]);
    expect(timeline.paidDay[0]).toBe(day('2026-02-20'));
  });

  it('counts two settlements on the same day together', () => {
    const timeline = buildLedgerTimeline({
      invoices: [invoice('i1', { amountDue: '0' })],
      payments: [
        payment('a', '2026-01-15', '50.00', [['i1', '50.00']]),
        payment('b', '2026-01-15', '50.00', [['i1', '50.00']]),
      ],
    });
    expect(timeline.paidDay[0]).toBe(day('2026-01-15'));
    expect(openMinorAt(timeline, 0, day('2026-01-14'))).toBe(10000);
    expect(openMinorAt(timeline, 0, day('2026-01-15'))).toBe(0);
  });

  it('applies a payment dated before the invoice on the issue date, unapplied until then', () => {
    const timeline = buildLedgerTimeline({
      invoices: [invoice('i1', { issueDate: '2026-01-10', dueDate: '2026-02-09' })],
      payments: [payment('p1', '2026-01-05', '100.00', [['i1', '60.00']])],
    });
    expect(settlementsOf(timeline, 0)).toEqual([[day('2026-01-10'), 6000]]);
    expect(timeline.unapplied).toEqual([
      // The allocated 60.00 waits from Jan 5 to Jan 10; the other 40.00 is never applied.
      {
        customerId: 'C1',
        currency: 'EUR',
        kind: 'cash',
        documentId: 'p1',
        fromDay: day('2026-01-05'),
        untilDay: day('2026-01-10'),
        minor: 6000,
      },
      {
        customerId: 'C1',
        currency: 'EUR',
        kind: 'cash',
        documentId: 'p1',
        fromDay: day('2026-01-05'),
        untilDay: Number.POSITIVE_INFINITY,
        minor: 4000,
      },
    ]);
  });

  it('dates a settlement the invoice records without an allocation on its paid date', () => {
    const timeline = buildLedgerTimeline({
      invoices: [invoice('i1', { amountDue: '0', paidDate: '2026-03-01' })],
    });
    expect(settlementsOf(timeline, 0)).toEqual([[day('2026-03-01'), 10000]]);
    expect(timeline.paidDay[0]).toBe(day('2026-03-01'));
    expect(timeline.warnings).toEqual([]);
  });

  it('dates an unexplained settlement with no paid date on the issue date, with a warning', () => {
    const timeline = buildLedgerTimeline({ invoices: [invoice('i1', { amountDue: '75.00' })] });
    expect(settlementsOf(timeline, 0)).toEqual([[day('2026-01-01'), 2500]]);
    expect(timeline.warnings).toEqual([
      {
        code: 'settlement-date-unknown',
        invoiceId: 'i1',
        message:
          'invoice i1 records 2500 minor units settled with no payment, credit or paid date; treated as settled on its issue date',
      },
    ]);
  });

  it('adds only the part of total - amountDue that allocations do not explain', () => {
    const timeline = buildLedgerTimeline({
      invoices: [invoice('i1', { amountDue: '0', paidDate: '2026-02-15' })],
      payments: [payment('p1', '2026-01-20', '30.00', [['i1', '30.00']])],
    });
    // 30.00 by p1 on Jan 20, the remaining 70.00 on the paid date.
    expect(settlementsOf(timeline, 0)).toEqual([
      [day('2026-01-20'), 3000],
      [day('2026-02-15'), 7000],
    ]);
  });

  it('warns when allocations settle more than the amount due says, and uses the allocations', () => {
    const timeline = buildLedgerTimeline({
      invoices: [invoice('i1')],
      payments: [payment('p1', '2026-01-20', '30.00', [['i1', '30.00']])],
    });
    expect(settlementsOf(timeline, 0)).toEqual([[day('2026-01-20'), 3000]]);
    expect(timeline.warnings).toEqual([
      {
        code: 'amount-due-mismatch',
        invoiceId: 'i1',
        message: 'invoice i1 says 10000 minor units are due but its allocations leave 7000; the allocations are used',
      },
    ]);
  });

  it('closes a written-off invoice on its write-off date', () => {
    const timeline = buildLedgerTimeline({
      invoices: [invoice('i1', { status: 'written-off', paidDate: '2026-04-30' })],
      payments: [payment('p1', '2026-02-01', '25.00', [['i1', '25.00']])],
    });
    // 25.00 paid on Feb 1; the remaining 75.00 written off on Apr 30.
    expect(settlementsOf(timeline, 0)).toEqual([
      [day('2026-02-01'), 2500],
      [day('2026-04-30'), 7500],
    ]);
    expect(timeline.writtenOff[0]).toBe(1);
    expect(timeline.paidDay[0]).toBe(day('2026-04-30'));
    expect(openMinorAt(timeline, 0, day('2026-04-29'))).toBe(7500);
    expect(openMinorAt(timeline, 0, day('2026-04-30'))).toBe(0);
  });

  it('never opens void or draft invoices and keeps cash allocated to them unapplied', () => {
    const timeline = buildLedgerTimeline({
      invoices: [invoice('v', { status: 'void' }), invoice('d', { status: 'draft' }), invoice('o')],
      payments: [payment('p1', '2026-01-05', '10.00', [['v', '10.00']])],
    });
    expect(Array.from(timeline.totalMinor)).toEqual([0, 0, 10000]);
    expect(Array.from(timeline.paidDay)).toEqual([
      Number.NEGATIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      Number.POSITIVE_INFINITY,
    ]);
    expect(Array.from(timeline.writtenOff)).toEqual([0, 0, 0]);
    expect(timeline.unapplied).toEqual([
      {
        customerId: 'C1',
        currency: 'EUR',
        kind: 'cash',
        documentId: 'p1',
        fromDay: day('2026-01-05'),
        untilDay: Number.POSITIVE_INFINITY,
        minor: 1000,
      },
    ]);
    expect(timeline.warnings).toEqual([
      {
        code: 'allocation-to-void-invoice',
        invoiceId: 'v',
        documentId: 'p1',
        message: 'payment p1 is allocated to invoice v, which is void or draft; the amount is treated as unapplied',
      },
    ]);
  });

  it('treats a zero-total invoice as never open', () => {
    const timeline = buildLedgerTimeline({ invoices: [invoice('z', { total: '0', amountDue: '0' })] });
    expect(timeline.paidDay[0]).toBe(Number.NEGATIVE_INFINITY);
    expect(openMinorAt(timeline, 0, day('2026-01-01'))).toBe(0);
  });

  it('keeps the invoice columns: ids, customers, numbers, currencies, days, disputed, customer names', () => {
    const timeline = buildLedgerTimeline({
      customers: [{ id: 'C1', name: 'Acme' }],
      invoices: [
        invoice('i1', { number: 'INV-1', disputed: true }),
        invoice('i2', { customerId: 'C2', currency: 'JPY', total: '1500', amountDue: '1500', dueDate: '2026-03-01' }),
      ],
    });
    expect(timeline.count).toBe(2);
    expect(timeline.invoiceIds).toEqual(['i1', 'i2']);
    expect(timeline.customerIds).toEqual(['C1', 'C2']);
    expect(timeline.numbers).toEqual(['INV-1', 'i2']);
    expect(timeline.currencies).toEqual(['EUR', 'JPY']);
    expect(Array.from(timeline.issueDay)).toEqual([day('2026-01-01'), day('2026-01-01')]);
    expect(Array.from(timeline.dueDay)).toEqual([day('2026-01-31'), day('2026-03-01')]);
    expect(Array.from(timeline.totalMinor)).toEqual([10000, 1500]);
    expect(Array.from(timeline.disputed)).toEqual([1, 0]);
    expect([...timeline.customerNames]).toEqual([['C1', 'Acme']]);
  });

  describe('matching allocations to invoices by id', () => {
    it('resolves thousands of allocations, including ids that differ by one character or a trailing NUL', () => {
      // 6,000 invoices (several hash partitions) whose ids come in near-twins: "N", "N\u0000", "N"+"x".
      const invoices: InvoiceInput[] = [];
      const payments: PaymentInput[] = [];
      for (let n = 0; n < 2_000; n++) {
        for (const id of [`INV-${n}`, `INV-${n}\u0000`, `INV-${n}x`]) {
          invoices.push(invoice(id, { total: '1000.00', amountDue: '1000.00' }));
        }
      }
      // Payment k pays (k % 997) + 1 cents to invoice k, in reverse order of the invoices.
      for (let index = invoices.length - 1; index >= 0; index--) {
        const id = (invoices[index] as InvoiceInput).id;
        const cents = (index % 997) + 1;
        const amount = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
        payments.push(payment(`p-${index}`, '2026-01-15', amount, [[id, amount]]));
      }
      const timeline = buildLedgerTimeline({ invoices, payments });
      for (let index = 0; index < invoices.length; index++) {
        const settled = settlementsOf(timeline, index);
        if (settled.length !== 1 || settled[0]?.[1] !== (index % 997) + 1) {
          expect({ index, settled }).toEqual({ index, settled: [[day('2026-01-15'), (index % 997) + 1]] });
        }
      }
    });

    it('rejects an allocation to an id that only differs from a real one by a trailing NUL', () => {
      const invoices = Array.from({ length: 3_000 }, (_, n) => invoice(`i${n}`));
      const error = thrownBy(() =>
        buildLedgerTimeline({ invoices, payments: [payment('p1', '2026-01-15', '1.00', [['i2999\u0000', '1.00']])] }),
      );
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error.message).toBe(
        'payments[0].allocations[0].invoiceId: no invoice with id "i2999\u0000" in the ledger',
      );
    });

    it('finds a duplicate invoice id among thousands and names both positions', () => {
      const invoices = Array.from({ length: 5_000 }, (_, n) => invoice(`i${n}`));
      invoices[4_321] = invoice('i17');
      const error = thrownBy(() => buildLedgerTimeline({ invoices }));
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error.message).toBe('invoices[4321].id: duplicate invoice id "i17" (also invoices[17])');
    });

    it('finds a duplicate payment id among thousands and names both positions', () => {
      const payments = Array.from({ length: 4_000 }, (_, n) => payment(`p${n}`, '2026-01-02', '1.00'));
      payments[3_999] = payment('p2500', '2026-01-02', '1.00');
      const error = thrownBy(() => buildLedgerTimeline({ invoices: [], payments }));
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error.message).toBe('payments[3999].id: duplicate id "p2500" (also payments[2500])');
    });

    it('allows a payment and a credit note to share an id', () => {
      const timeline = buildLedgerTimeline({
        invoices: [],
        payments: [payment('x', '2026-01-02', '1.00')],
        creditNotes: [creditNote('x', '2026-01-02', '2.00')],
      });
      expect(timeline.unapplied.map((span) => [span.kind, span.minor])).toEqual([
        ['cash', 100],
        ['credit', 200],
      ]);
    });

    it('rejects an allocation in another currency than its invoice', () => {
      const error = thrownBy(() =>
        buildLedgerTimeline({
          invoices: [invoice('i1'), invoice('i2', { currency: 'USD' })],
          creditNotes: [creditNote('c1', '2026-01-15', '5.00', [['i2', '5.00']])],
        }),
      );
      expect(error).toBeInstanceOf(CurrencyMismatchError);
      expect(error.message).toBe(
        'creditNotes[0].allocations[0].invoiceId: cannot combine USD and EUR without exchange rates; pass `rates` to convert to one currency',
      );
    });
  });

  describe('random settlements (property)', () => {
    /** An invoice with random settlements: [day offset from issue, minor] pairs that never exceed its total. */
    const invoiceArbitrary = fc
      .record({
        total: fc.integer({ min: 1, max: 1_000_000 }),
        issueOffset: fc.integer({ min: 0, max: 60 }),
        settlements: fc.array(
          fc.record({ offset: fc.integer({ min: -30, max: 90 }), share: fc.integer({ min: 1, max: 100 }) }),
          {
            maxLength: 12,
          },
        ),
        fullyPaid: fc.boolean(),
      })
      .map(({ total, issueOffset, settlements, fullyPaid }) => {
        // Scale shares so the allocations sum to the total (fullyPaid) or to at most the total.
        const shares = settlements.reduce((sum, { share }) => sum + share, 0);
        const budget = fullyPaid ? total : Math.floor(total / 2);
        let left = budget;
        const amounts = settlements.map(({ offset, share }, position) => {
          const minor = position === settlements.length - 1 ? left : Math.floor((budget * share) / shares);
          left -= minor;
          return { offset, minor };
        });
        return { total, issueOffset, amounts: amounts.filter(({ minor }) => minor > 0) };
      });

    it('stores every allocation on max(payment day, issue day), sorted, and finds the paid day', () => {
      fc.assert(
        fc.property(fc.array(invoiceArbitrary, { minLength: 1, maxLength: 8 }), (generated) => {
          const start = day('2026-01-01');
          const iso = (dayNumber: number) => new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
          const cents = (minor: number) => `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
          const ledger: LedgerInput & { payments: PaymentInput[] } = { invoices: [], payments: [] };
          generated.forEach(({ total, issueOffset, amounts }, index) => {
            ledger.invoices.push(
              invoice(`i${index}`, {
                issueDate: iso(start + issueOffset),
                dueDate: iso(start + issueOffset + 30),
                total: cents(total),
                amountDue: cents(total - amounts.reduce((sum, { minor }) => sum + minor, 0)),
              }),
            );
            amounts.forEach(({ offset, minor }, position) => {
              ledger.payments.push(
                payment(`p${index}-${position}`, iso(start + issueOffset + offset), cents(minor), [
                  [`i${index}`, cents(minor)],
                ]),
              );
            });
          });
          const timeline = buildLedgerTimeline(ledger);
          generated.forEach(({ total, issueOffset, amounts }, index) => {
            const issue = start + issueOffset;
            const expected = amounts
              .map(({ offset, minor }): [number, number] => [Math.max(issue + offset, issue), minor])
              .sort((a, b) => a[0] - b[0]);
            const actual = settlementsOf(timeline, index);
            // Sorted by day; the same (day, minor) pairs as a multiset.
            for (let at = 1; at < actual.length; at++)
              expect((actual[at] as [number, number])[0]).toBeGreaterThanOrEqual(
                (actual[at - 1] as [number, number])[0],
              );
            const key = (pairs: [number, number][]) => pairs.map((pair) => pair.join(':')).sort();
            expect(key(actual)).toEqual(key(expected));
            // Paid day: the first day whose cumulative settlements reach the total.
            let cumulative = 0;
            let paid = Number.POSITIVE_INFINITY;
            for (const [settledDay, minor] of expected) {
              cumulative += minor;
              if (cumulative >= total) {
                paid = settledDay;
                break;
              }
            }
            expect(timeline.paidDay[index]).toBe(paid);
            // Open amount on every day from the day before issue to well after the last settlement.
            for (let at = issue - 1; at <= issue + 95; at++) {
              const settledBy = expected
                .filter(([settledDay]) => settledDay <= at)
                .reduce((sum, [, minor]) => sum + minor, 0);
              expect(openMinorAt(timeline, index, at)).toBe(at < issue ? 0 : total - settledBy);
            }
          });
        }),
        { numRuns: 150 },
      );
    });
  });
});
