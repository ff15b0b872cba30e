import type { InvoiceInput, LedgerInput } from '@overdue/core';
import { InvalidArgumentError } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { profileLedger } from './profile-ledger';

function invoice(
  id: string,
  customerId: string,
  issueDate: string,
  dueDate: string,
  total: string,
  extra: Partial<InvoiceInput> = {},
): InvoiceInput {
  const paid = extra.paidDate !== undefined;
  return {
    id,
    customerId,
    number: id,
    currency: 'EUR',
    issueDate,
    dueDate,
    total,
    amountDue: paid ? '0' : total,
    ...extra,
  };
}

// Figures worked out by hand in the comments; asOf 2026-12-31, invoices due by 2026-11-01 are measured.
const ledger: InvoiceInput[] = [
  invoice('a1', 'A', '2026-01-01', '2026-01-31', '100', { paidDate: '2026-01-30' }), // on time, 29 days to pay
  invoice('a2', 'A', '2026-02-01', '2026-03-03', '300', { amountDue: '0' }), // paid by p1 and p2 below: 10 late, 40 days
  invoice('a3', 'A', '2026-03-01', '2026-03-31', '50'), // open: 275 late on asOf, 305 days
  invoice('b1', 'B', '2026-01-10', '2026-01-24', '80', { paidDate: '2026-01-29', disputed: true }), // 5 late, 19 days
  invoice('b2', 'B', '2026-11-20', '2026-12-04', '20'), // due too recently to measure
  invoice('b3', 'B', '2026-02-01', '2026-02-15', '500', { status: 'void', amountDue: '0' }), // left out
  invoice('c1', 'C', '2026-05-01', '2026-05-31', '1000', { paidDate: '2026-06-02' }), // 2 late, 32 days
];

// a2 is settled in full by its second payment, on 2026-03-13.
const payments: LedgerInput['payments'] = [
  {
    id: 'p1',
    customerId: 'A',
    currency: 'EUR',
    amount: '100',
    date: '2026-03-01',
    allocations: [{ invoiceId: 'a2', amount: '100' }],
  },
  {
    id: 'p2',
    customerId: 'A',
    currency: 'EUR',
    amount: '200',
    date: '2026-03-13',
    allocations: [{ invoiceId: 'a2', amount: '200' }],
  },
];
/** The invoices as a ledger, with the payments of a2 when a2 is among them. */
const book = (invoices: InvoiceInput[]): LedgerInput => ({
  invoices,
  payments: invoices.some((entry) => entry?.id === 'a2') ? payments : [],
});

describe('profileLedger', () => {
  it('measures the ledger as measurePaymentBehaviour measures a simulation', () => {
    const profile = profileLedger(book(ledger), { asOf: '2026-12-31' });
    expect(profile.asOf).toBe('2026-12-31');
    expect(profile.settleDays).toBe(60);
    expect(profile.customers).toBe(3);
    // Customer means: A (29 + 40 + 305) / 3, B 19, C 32; days late 2, 5, 10, 275 (nearest rank).
    expect(profile.behaviour).toEqual({
      invoices: 5,
      stillOpen: 1,
      medianDaysToPay: 32,
      lateShare: 0.8,
      daysLateQuantiles: { q1: 2, median: 5, q3: 10, p90: 275 },
      daysEarlyQuantiles: { q1: 1, median: 1, q3: 1, p90: 1 }, // a1, a day early
    });
    expect(profile.disputeShare).toBe(0.2);
  });

  it('reads the shape of the book: usual terms per customer, cadence and median total', () => {
    const profile = profileLedger(book(ledger), { asOf: '2026-12-31' });
    // A and C on 30 days, B on 14 (b2 counts: terms and cadence read every invoice but void ones).
    expect(profile.terms).toEqual([
      { days: 30, share: 0.667 },
      { days: 14, share: 0.333 },
    ]);
    // Gaps: A 31 and 28 days, B 314 days.
    expect(profile.invoiceEveryDays).toBe(31);
    // Totals 20, 50, 80, 100, 300, 1000: the median is 90.
    expect(profile.medianTotal).toEqual({ currency: 'EUR', minor: 9000 });
  });

  it('reads as of the latest date in the ledger by default, and a payment after asOf as not yet made', () => {
    expect(profileLedger(book(ledger)).asOf).toBe('2026-11-20');
    // On 2026-03-10, a1, a2 and b1 are due; a2 is still open (paid on the 13th), 7 days late; b2 and c1
    // are not issued yet, so B's terms and cadence come from b1 alone.
    const early = profileLedger(book(ledger), { asOf: '2026-03-10', settleDays: 0 });
    expect(early.behaviour.invoices).toBe(3);
    expect(early.behaviour.stillOpen).toBe(1);
    expect(early.behaviour.daysLateQuantiles).toEqual({ q1: 5, median: 5, q3: 7, p90: 7 });
    expect(early.behaviour.daysEarlyQuantiles.median).toBe(1);
    expect(early.invoiceEveryDays).toBe(30); // A: 31 and 28
    expect(early.terms).toEqual([
      { days: 14, share: 0.5 },
      { days: 30, share: 0.5 },
    ]);
  });

  it('has no cadence without a customer of two invoices', () => {
    expect(profileLedger(book([ledger[0] as InvoiceInput]), { asOf: '2026-12-31' }).invoiceEveryDays).toBeUndefined();
  });

  it.each([
    [[{ ...ledger[0], dueDate: '31/01/2026' }], {}, 'invoices[0].dueDate'],
    [[], {}, 'invoices'],
    [[ledger[4]], {}, 'invoices'],
    [ledger, { asOf: '2026-13-01' }, 'options.asOf'],
    [ledger, { settleDays: -1 }, 'options.settleDays'],
    [ledger, { settleDays: 1.5 }, 'options.settleDays'],
    [ledger, { settle: 3 }, 'options.settle'],
  ])('throws InvalidArgumentError naming the field (case %#)', (invoices, options, path) => {
    try {
      profileLedger(book(invoices as InvoiceInput[]), options as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).path).toBe(path);
    }
  });

  it('reads a settlement with no date as receivables does, on the issue day, and passes on the warning', () => {
    const undated = { ...(ledger[0] as InvoiceInput), paidDate: undefined, status: 'paid' as const };
    const profile = profileLedger(book([undated]), { asOf: '2026-12-31' });
    expect(profile.behaviour.daysEarlyQuantiles.median).toBe(30);
    expect(profile.warnings).toEqual([expect.objectContaining({ code: 'settlement-date-unknown', invoiceId: 'a1' })]);
    expect(profileLedger(book(ledger), { asOf: '2026-12-31' }).warnings).toEqual([]);
  });

  it('reads where the customers are and what they consented to from the customer list', () => {
    const customers: LedgerInput['customers'] = [
      {
        id: 'A',
        name: 'A',
        country: 'FR',
        timeZone: 'Europe/Paris',
        locale: 'fr-FR',
        contacts: [{ id: 'a', consent: { sms: true } }],
      },
      { id: 'B', name: 'B', country: 'FR', timeZone: 'Europe/Paris', locale: 'fr-FR', contacts: [] },
      {
        id: 'C',
        name: 'C',
        country: 'DE',
        timeZone: 'Europe/Berlin',
        contacts: [{ id: 'c1' }, { id: 'c2', consent: { sms: true, voice: true } }],
      },
      { id: 'D', name: 'D' },
    ];
    const profile = profileLedger({ ...book(ledger), customers }, { asOf: '2026-12-31' });
    // Three customers say where they are; two have contacts.
    expect(profile.places).toEqual([
      { country: 'FR', timeZone: 'Europe/Paris', locale: 'fr-FR', share: 0.667 },
      { country: 'DE', timeZone: 'Europe/Berlin', share: 0.333 },
    ]);
    expect(profile.consentShares).toEqual({ sms: 1, voice: 0.5, whatsapp: 0 });
    // Without a customer list (or from a prepared ledger, which keeps none), nothing is said.
    expect(profileLedger(book(ledger), { asOf: '2026-12-31' })).toMatchObject({
      places: undefined,
      consentShares: undefined,
    });
    const bad = [...customers, { id: 'E', name: 'E', country: 'FR', timeZone: 'Europe/Pariss' }];
    expect(() => profileLedger({ ...book(ledger), customers: bad }, { asOf: '2026-12-31' })).toThrow(
      expect.objectContaining({ path: 'customers[4].timeZone' }),
    );
  });

  it('tells an array of invoices from a ledger', () => {
    expect(() => profileLedger(ledger as never)).toThrow(
      'ledger: expected a ledger object { invoices, payments?, creditNotes? }, got an array (pass { invoices } for invoices alone)',
    );
  });

  it('says what to change when nothing is due early enough', () => {
    expect(() => profileLedger(book([ledger[4] as InvoiceInput]), { asOf: '2026-12-31' })).toThrow(
      'no invoice is due 60 or more days before 2026-12-31; pass a later options.asOf or a smaller options.settleDays',
    );
  });
});
