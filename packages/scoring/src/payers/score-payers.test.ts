import type { InvoiceInput } from '@overdue/core';
import { addDays, InvalidArgumentError } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import type { PayerSegment } from './score-payers';
import { DEFAULT_SEGMENT_THRESHOLDS, PAYER_SEGMENTS, scorePayers } from './score-payers';

/** Monthly invoices of one customer, each settled `delays[k]` days after its due date (null: still open). */
function payer(customerId: string, delays: readonly (number | null)[], first = '2025-01-01'): InvoiceInput[] {
  return delays.map((delay, k) => {
    const issueDate = addDays(first, 30 * k);
    const dueDate = addDays(issueDate, 30);
    const id = `${customerId}-${k}`;
    const base = { id, customerId, number: id, currency: 'EUR', issueDate, dueDate, total: '100' };
    return delay === null
      ? { ...base, amountDue: '100' }
      : { ...base, amountDue: '0', paidDate: addDays(dueDate, delay) };
  });
}

const asOf = '2026-01-31';
const ledger = {
  invoices: [
    ...payer('prompt', [-5, -3, 0, -2, -10, 0, -1, -4, 0, -3, -2]),
    ...payer('forgetful', [3, -1, 4, 2, -2, 5, 3, 1, -1, 2, 4]),
    ...payer('chronic', [25, 40, 31, 18, 45, 38, 27, 33, 41, 29]),
    ...payer('deteriorating', [-3, -2, 0, -4, -1, -2, 0, -3, 20, 30, 35]),
    ...payer('new', [0], '2025-12-01'),
    ...payer('noisy', [30, 5, 45, 10, 50, 8, 40, 12, 35, 60, 55]),
  ],
};

describe('scorePayers', () => {
  const scores = scorePayers(ledger, { asOf });
  const byId = new Map(scores.map((score) => [score.customerId, score]));

  it('puts each habit in its segment', () => {
    expect(byId.get('prompt')?.segment).toBe('prompt');
    expect(byId.get('forgetful')?.segment).toBe('forgetful');
    expect(byId.get('chronic')?.segment).toBe('chronic-late');
    expect(byId.get('deteriorating')?.segment).toBe('deteriorating');
    expect(byId.get('new')?.segment).toBe('new');
  });

  it('does not call a noisy but steady late payer deteriorating', () => {
    expect(byId.get('noisy')?.segment).toBe('chronic-late');
  });

  it('ranks payers by how late they pay', () => {
    const score = (id: string) => byId.get(id)?.score as number;
    expect(score('prompt')).toBeGreaterThan(score('forgetful'));
    expect(score('forgetful')).toBeGreaterThan(score('chronic'));
    expect(score('prompt')).toBeGreaterThanOrEqual(90);
    expect(score('chronic')).toBeLessThan(40);
    for (const entry of scores)
      expect(Number.isInteger(entry.score) && entry.score >= 0 && entry.score <= 100).toBe(true);
  });

  it('explains the score and the segment in words', () => {
    const chronic = byId.get('chronic');
    expect(chronic?.scoreReasons[0]?.message).toMatch(/points\)$/);
    expect(chronic?.scoreReasons.reduce((sum, r) => sum + r.points, 100)).toBeCloseTo(chronic?.score as number, -0.5);
    expect(chronic?.segmentReasons.map((r) => r.code)).toEqual(['late-share', 'mean-days-late']);
    expect(byId.get('deteriorating')?.segmentReasons[0]?.message).toMatch(
      /^54% of its recent invoices were late, against 27% overall$/,
    );
    expect(byId.get('new')?.segmentReasons[0]?.message).toMatch(/fewer than 3 to judge/);
  });

  it('takes thresholds as options', () => {
    const strict = scorePayers(ledger, { asOf, customerIds: ['forgetful'], thresholds: { forgetfulMaxDaysLate: 2 } });
    expect(strict[0]?.segment).toBe('chronic-late');
    const patient = scorePayers(ledger, { asOf, customerIds: ['new'], thresholds: { minSettledInvoices: 1 } });
    expect(patient[0]?.segment).toBe('prompt');
  });

  it('uses nothing after asOf', () => {
    const before = scorePayers(ledger, { asOf: '2025-06-30' });
    const trimmed = {
      invoices: ledger.invoices
        .filter((i) => i.issueDate <= '2025-06-30')
        .map((i) =>
          i.paidDate !== undefined && i.paidDate > '2025-06-30' ? { ...i, paidDate: undefined, amountDue: i.total } : i,
        ),
    };
    expect(scorePayers(trimmed as never, { asOf: '2025-06-30' })).toEqual(before);
  });

  it('names a bad threshold', () => {
    expect(() => scorePayers(ledger, { asOf, thresholds: { oftenLateShare: 2 } })).toThrow(
      /thresholds\.oftenLateShare/,
    );
    expect(() => scorePayers(ledger, { asOf, thresholds: { deterioratingDays: -1 } })).toThrow(
      /thresholds\.deterioratingDays/,
    );
    expect(() => scorePayers(ledger, { asOf: 'soon' as never })).toThrow(/options\.asOf/);
  });

  it.each([
    [{ asOf, customerID: ['new'] }, 'options.customerID', 'unknown field; did you mean "customerIds"?'],
    [{ asOf, threshold: { oftenLateShare: 0.5 } }, 'options.threshold', 'unknown field; did you mean "thresholds"?'],
    [
      { asOf, thresholds: { oftenLateShr: 0.5 } },
      'options.thresholds.oftenLateShr',
      'unknown field; did you mean "oftenLateShare"?',
    ],
    [
      { asOf, thresholds: { minSettledInvoices: 5, lateDays: 10 } },
      'options.thresholds.lateDays',
      'unknown field; expected one of minSettledInvoices, oftenLateShare, forgetfulMaxDaysLate, deterioratingDays, deterioratingShare',
    ],
  ])('rejects the unknown option field of %j at its path, before reading the history', (options, path, message) => {
    const run = () => scorePayers(null as never, options as never);
    expect(run).toThrow(InvalidArgumentError);
    expect(run).toThrow(expect.objectContaining({ path, message: `${path}: ${message}` }));
  });

  it('rejects thresholds that are not an object', () => {
    const run = () => scorePayers(ledger, { asOf, thresholds: [0.5] as never });
    expect(run).toThrow(InvalidArgumentError);
    expect(run).toThrow(expect.objectContaining({ path: 'options.thresholds' }));
  });

  it('accepts every threshold by name, and gives the defaults when given them', () => {
    const customerIds = ['prompt', 'forgetful', 'new'];
    expect(scorePayers(ledger, { asOf, customerIds, thresholds: { ...DEFAULT_SEGMENT_THRESHOLDS } })).toEqual(
      scorePayers(ledger, { asOf, customerIds }),
    );
  });

  it('lists every segment once in PAYER_SEGMENTS', () => {
    // `satisfies` fails the typecheck when a segment is added to or removed from PayerSegment.
    const every = { prompt: 0, forgetful: 0, 'chronic-late': 0, deteriorating: 0, new: 0 } satisfies Record<
      PayerSegment,
      number
    >;
    expect([...PAYER_SEGMENTS].sort()).toEqual(Object.keys(every).sort());
  });
});
