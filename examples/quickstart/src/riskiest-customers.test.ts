import type { PayerReason, PayerScore, PaymentReason } from '@overdue/scoring';
import { describe, expect, it } from 'vitest';
import type { RiskOpenItem, RiskPrediction } from './riskiest-customers';
import { riskiestCustomers } from './riskiest-customers';

const item = (invoiceId: string, customerId: string, currency: string, openMinor: number): RiskOpenItem => ({
  invoiceId,
  customerId,
  currency,
  dueDate: '2025-12-15',
  openMinor,
});
const prediction = (invoiceId: string, probabilityLate: number, reasons: PaymentReason[] = []): RiskPrediction => ({
  invoiceId,
  probabilityLate,
  expectedPaymentDate: `2026-01-${invoiceId.slice(-2)}`,
  reasons,
});
const payerReason = (code: PayerReason['code'], points: number, message: string): PayerReason => ({
  code,
  value: 0,
  points,
  message,
});
const modelReason = (code: PaymentReason['code'], direction: 'raises' | 'lowers', message: string): PaymentReason => ({
  code,
  value: 0,
  effect: direction === 'raises' ? 1 : -1,
  direction,
  message,
});
const payer = (customerId: string, score: number, segment: PayerScore['segment'], extra: Partial<PayerScore> = {}) => ({
  customerId,
  score,
  segment,
  segmentReasons: [],
  scoreReasons: [],
  settledInvoices: 10,
  ...extra,
});

const open = [
  item('i-01', 'LATE', 'EUR', 100000), // 1,000.00 × 0.9 = 900.00 expected late
  item('i-02', 'LATE', 'EUR', 20000), //    200.00 × 0.5 = 100.00
  item('i-03', 'UK', 'GBP', 90000), //      900.00 × 1   = 900.00 GBP = 1,053.00 EUR at 1.17
  item('i-04', 'TIE', 'EUR', 100000), //  1,000.00 × 1   = 1,000.00
  item('i-05', 'TIE2', 'EUR', 100000), // 1,000.00 × 1   = 1,000.00; ties are ranked by the lower score
  item('i-06', 'GOOD', 'EUR', 500000), // 5,000.00 × 0.1 = 500.00
];
const predictions = [
  prediction('i-01', 0.9, [
    modelReason('late-share', 'raises', '80% of its invoices were late (raises the risk of paying late)'),
    modelReason('open-overdue-invoices', 'raises', '2 invoices already overdue (raises the risk of paying late)'),
  ]),
  prediction('i-02', 0.5),
  prediction('i-03', 1),
  prediction('i-04', 1),
  prediction('i-05', 1),
  prediction('i-06', 0.1, [
    modelReason('late-share', 'lowers', '5% of its invoices were late (lowers the risk of paying late)'),
    modelReason('amount-vs-usual', 'raises', 'this invoice is 3× its usual amount (raises the risk of paying late)'),
  ]),
];
const scores: PayerScore[] = [
  payer('LATE', 30, 'chronic-late', {
    segmentReasons: [
      payerReason('late-share', 0, '80% of its invoices were late'),
      payerReason('mean-days-late', 0, '40 days late on average when late, more than 10'),
    ],
    scoreReasons: [
      payerReason('recent-days-late', -35, 'paid its recent invoices 40 days late on average (-35 points)'),
      payerReason('late-share', -28, '80% of its invoices were late (-28 points)'),
    ],
  }),
  payer('UK', 50, 'deteriorating', {
    segmentReasons: [payerReason('days-late-trend', 12, 'paying 12 days later than its average lately')],
  }),
  payer('TIE', 60, 'forgetful'),
  payer('TIE2', 40, 'forgetful'),
  payer('GOOD', 95, 'prompt', {
    segmentReasons: [payerReason('late-share', 0, '5% of its invoices were late, under 30%')],
  }),
];
const names = new Map([
  ['LATE', 'Late Payer GmbH'],
  ['UK', 'British Ltd'],
]);

describe('riskiestCustomers', () => {
  const rates = { base: 'EUR', rates: { GBP: '1.17' } };

  it('ranks by the open amount expected late (converted), then by the lower score', () => {
    const top = riskiestCustomers(open, predictions, scores, { names, rates });
    expect(top.map((customer) => [customer.customerId, customer.name, customer.expectedLateMinor])).toEqual([
      ['UK', 'British Ltd', 90000],
      ['LATE', 'Late Payer GmbH', 100000],
      ['TIE2', 'TIE2', 100000],
      ['TIE', 'TIE', 100000],
      ['GOOD', 'GOOD', 50000],
    ]);
  });

  it('sums open amounts and picks the largest open invoice with its expected payment date', () => {
    const late = riskiestCustomers(open, predictions, scores, { names }).find((row) => row.customerId === 'LATE');
    expect(late).toMatchObject({
      currency: 'EUR',
      score: 30,
      segment: 'chronic-late',
      openMinor: 120000,
      expectedLateMinor: 100000,
      largestInvoice: { invoiceId: 'i-01', openMinor: 100000, expectedPaymentDate: '2026-01-01', probabilityLate: 0.9 },
    });
  });

  it('gives the deciding segment reason, then the score reasons, then what raises the model’s risk, one per kind', () => {
    const rows = riskiestCustomers(open, predictions, scores, { names, reasons: 3 });
    const reasonsOf = (id: string) => rows.find((row) => row.customerId === id)?.reasons;
    // Recent days late says much what mean days late said, so the late share comes next, then the model's reason.
    expect(reasonsOf('LATE')).toEqual([
      '40 days late on average when late, more than 10',
      '80% of its invoices were late (-28 points)',
      '2 invoices already overdue (raises the risk of paying late)',
    ]);
    expect(reasonsOf('UK')).toEqual(['paying 12 days later than its average lately']);
    // A prompt payer's segment reason is no risk; the model's lowering reason is left out too.
    expect(reasonsOf('GOOD')).toEqual(['this invoice is 3× its usual amount (raises the risk of paying late)']);
    // Two by default, one per feature.
    const two = riskiestCustomers(open, predictions, scores, { names }).find((row) => row.customerId === 'LATE');
    expect(two?.reasons).toHaveLength(2);
  });

  it('keeps at most limit customers and refuses an open invoice without a prediction or score', () => {
    expect(riskiestCustomers(open, predictions, scores, { names, limit: 2 })).toHaveLength(2);
    expect(() => riskiestCustomers([item('x-99', 'LATE', 'EUR', 1)], predictions, scores, { names })).toThrow(
      'open invoice x-99 has no prediction',
    );
    expect(() => riskiestCustomers([item('i-01', 'NOBODY', 'EUR', 1)], predictions, scores, { names })).toThrow(
      'customer NOBODY has an open invoice but no payer score',
    );
  });
});
