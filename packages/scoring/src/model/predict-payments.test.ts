import { addDays, daysBetween, InvalidArgumentError } from '@overdue/core';
import { openBalancesAsOf } from '@overdue/receivables';
import { describe, expect, it } from 'vitest';
import { syntheticLedger } from '../_test/synthetic-ledger';
import { preparePaymentHistory } from '../history/prepare-history';
import { predictPayments } from './predict-payments';
import { trainPaymentModel } from './train-payment-model';

const asOf = '2025-06-30';
const ledger = syntheticLedger({ customers: 60, invoicesPerCustomer: 20, seed: 8, openAfter: asOf });
const history = preparePaymentHistory(ledger);
const model = trainPaymentModel(history, { settledBy: asOf, seed: 3 });
const open = openBalancesAsOf(ledger, { asOf }).items;

describe('predictPayments', () => {
  const predictions = predictPayments(model, open, history, { asOf });

  it('predicts every open invoice, in order, with a payment date after asOf inside its interval', () => {
    expect(predictions.map((p) => p.invoiceId)).toEqual(open.map((item) => item.invoiceId));
    for (const p of predictions) {
      expect(p.probabilityLate).toBeGreaterThanOrEqual(0);
      expect(p.probabilityLate).toBeLessThanOrEqual(1);
      expect(p.expectedPaymentDate > asOf).toBe(true);
      expect(p.paymentDateInterval.from > asOf).toBe(true);
      expect(p.paymentDateInterval.from <= p.expectedPaymentDate).toBe(true);
      expect(p.paymentDateInterval.to >= p.expectedPaymentDate).toBe(true);
      expect(p.expectedDaysLate).toBeGreaterThanOrEqual(0);
    }
  });

  it('calls an invoice already past due and open certainly late', () => {
    const overdue = open.filter((item) => item.dueDate < asOf);
    expect(overdue.length).toBeGreaterThan(0);
    for (const item of overdue) {
      const p = predictions.find((prediction) => prediction.invoiceId === item.invoiceId);
      expect(p?.probabilityLate).toBe(1);
      // Still open at asOf, it is already at least asOf - dueDate days late.
      expect(p?.expectedDaysLate).toBeGreaterThanOrEqual(daysBetween(item.dueDate, asOf));
    }
  });

  it('gives reasons in words, strongest first', () => {
    const reasons = predictions[0]?.reasons ?? [];
    expect(reasons).toHaveLength(3);
    for (let k = 1; k < reasons.length; k++)
      expect(Math.abs(reasons[k - 1]?.effect as number)).toBeGreaterThanOrEqual(Math.abs(reasons[k]?.effect as number));
    expect(reasons[0]?.message).toMatch(/(raises|lowers) the risk of paying late\)$/);
    expect(predictPayments(model, open.slice(0, 2), history, { asOf, reasons: 0 })[0]?.reasons).toEqual([]);
  });

  it('ignores the future: history after asOf does not change a prediction', () => {
    const trimmed = {
      invoices: ledger.invoices.filter((invoice) => invoice.issueDate <= asOf),
    };
    const again = predictPayments(model, open, trimmed, { asOf });
    expect(again).toEqual(predictions);
  });

  it('treats an unknown customer as new and says so', () => {
    const [p] = predictPayments(
      model,
      [
        {
          invoiceId: 'n1',
          customerId: 'nobody',
          currency: 'EUR',
          issueDate: addDays(asOf, 1),
          dueDate: addDays(asOf, 31),
          totalMinor: 1000,
        },
      ],
      history,
      { asOf, reasons: 24 },
    );
    expect(p?.reasons.find((r) => r.code === 'settled-invoices')?.message).toMatch(/^no settled invoices yet/);
  });

  it('names the bad field', () => {
    const good = open[0] as (typeof open)[number];
    expect(() => predictPayments(model, [{ ...good, dueDate: '2020-01-01' }], history, { asOf })).toThrow(
      /invoices\[0\]\.dueDate/,
    );
    expect(() => predictPayments(model, [good, { ...good, totalMinor: 1.5 }], history, { asOf })).toThrow(
      /invoices\[1\]\.totalMinor/,
    );
    expect(() => predictPayments(model, [{ ...good, delivery: 'fax' as never }], history, { asOf })).toThrow(
      /invoices\[0\]\.delivery/,
    );
    expect(() => predictPayments(model, [good], history, { asOf, reasons: -1 })).toThrow(/options\.reasons/);
    expect(() => predictPayments(model, [good], history, { asOf, intervalLevel: 1 })).toThrow(/options\.intervalLevel/);
    expect(() => predictPayments({ version: 1 } as never, [good], history, { asOf })).toThrow(/model\.kind/);
  });

  it.each([
    [{ asOf, reason: 2 }, 'options.reason', 'unknown field; did you mean "reasons"?'],
    [{ asOf, intervalLevl: 0.9 }, 'options.intervalLevl', 'unknown field; did you mean "intervalLevel"?'],
    [{ asOf, threads: 2 }, 'options.threads', 'unknown field; expected one of asOf, reasons, intervalLevel'],
  ])('rejects the unknown option field of %j at its path', (options, path, message) => {
    const run = () => predictPayments(model, open, history, options as never);
    expect(run).toThrow(InvalidArgumentError);
    expect(run).toThrow(expect.objectContaining({ path, message: `${path}: ${message}` }));
  });

  it('accepts every documented option', () => {
    const [first] = predictPayments(model, open.slice(0, 1), history, { asOf, reasons: 1, intervalLevel: 0.9 });
    expect([first?.reasons.length, first?.paymentDateInterval.level]).toEqual([1, 0.9]);
  });
});
