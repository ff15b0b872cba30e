import { InvalidArgumentError } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { syntheticLedger } from '../_test/synthetic-ledger';
import { preparePaymentHistory } from '../history/prepare-history';
import { parsePaymentModel } from './payment-model';
import { predictPayments } from './predict-payments';
import { trainPaymentModel } from './train-payment-model';

const history = preparePaymentHistory(syntheticLedger({ customers: 60, invoicesPerCustomer: 20, seed: 5 }));

describe('trainPaymentModel', () => {
  const model = trainPaymentModel(history, { seed: 1, issuedBefore: '2025-06-01' });

  it('returns versioned JSON with the evidence of its choice', () => {
    expect(model.version).toBe(1);
    expect(model.kind).toBe('overdue-payment-model');
    expect(model.selection.late.map((c) => c.method)).toEqual(['logistic', 'gbdt', 'blend', 'blend', 'blend']);
    const best = Math.min(...model.selection.late.map((c) => c.loss));
    expect(model.selection.late.find((c) => c.method === model.selection.chosenLate)?.loss).toBe(best);
    expect(model.training.lastIssueDate < '2025-06-01').toBe(true);
    expect(model.residuals.quantiles.length).toBe(model.residuals.bandEdges.length + 1);
  });

  it('is deterministic for a seed', () => {
    const again = trainPaymentModel(history, { seed: 1, issuedBefore: '2025-06-01' });
    expect(JSON.stringify(again)).toBe(JSON.stringify(model));
    const other = trainPaymentModel(history, { seed: 2, issuedBefore: '2025-06-01', lateMethod: 'gbdt' });
    const first = trainPaymentModel(history, { seed: 1, issuedBefore: '2025-06-01', lateMethod: 'gbdt' });
    expect(JSON.stringify(other.late)).not.toBe(JSON.stringify(first.late));
  });

  it('round-trips through JSON with identical predictions', () => {
    const loaded = parsePaymentModel(JSON.parse(JSON.stringify(model)));
    const invoices = [
      {
        invoiceId: 'x1',
        customerId: 'C1',
        currency: 'EUR',
        issueDate: '2025-07-01',
        dueDate: '2025-07-31',
        totalMinor: 50000,
      },
      {
        invoiceId: 'x2',
        customerId: 'C2',
        currency: 'EUR',
        issueDate: '2025-07-01',
        dueDate: '2025-07-31',
        totalMinor: 9900,
      },
    ];
    const options = { asOf: '2025-06-30' };
    expect(predictPayments(loaded, invoices, history, options)).toEqual(
      predictPayments(model, invoices, history, options),
    );
  });

  it('mixes logistic regression and trees when asked, and that model round-trips too', () => {
    const blend = trainPaymentModel(history, { issuedBefore: '2025-06-01', lateMethod: 'blend' });
    expect(blend.late.kind).toBe('blend');
    expect(blend.selection.chosenLate).toBe('blend');
    const invoices = [
      {
        invoiceId: 'x1',
        customerId: 'C3',
        currency: 'EUR',
        issueDate: '2025-07-01',
        dueDate: '2025-07-31',
        totalMinor: 50000,
      },
    ];
    const first = predictPayments(blend, invoices, history, { asOf: '2025-06-30', reasons: 24 });
    const loaded = parsePaymentModel(JSON.parse(JSON.stringify(blend)));
    expect(predictPayments(loaded, invoices, history, { asOf: '2025-06-30', reasons: 24 })).toEqual(first);
    expect(first[0]?.probabilityLate).toBeGreaterThan(0);
    expect(first[0]?.probabilityLate).toBeLessThan(1);
  });

  it('learns something: late payers get higher probabilities than prompt ones', () => {
    const logistic = trainPaymentModel(history, { lateMethod: 'logistic', issuedBefore: '2025-06-01' });
    expect(logistic.selection.late[0]?.auc).toBeGreaterThan(0.75);
    const days = model.selection.daysToSettle;
    const median = days.find((c) => c.method === 'payer-median')?.loss as number;
    expect(Math.min(...days.filter((c) => c.method === 'gbdt').map((c) => c.loss))).toBeLessThan(median);
    expect(model.selection.chosenDaysToSettle).toMatch(
      /^gbdt \(absolute loss, depth [234], \d+ trees, average of 5 row samples\)$/,
    );
  });

  it('names bad options and refuses too little data', () => {
    expect(() => trainPaymentModel(history, { issuedBefore: '2025-13-01' })).toThrow(/options\.issuedBefore/);
    expect(() => trainPaymentModel(history, { lateMethod: 'forest' as never })).toThrow(/options\.lateMethod/);
    expect(() => trainPaymentModel(history, { issuedBefore: '2024-01-15' })).toThrow(/at least 40 settled invoices/);
    expect(() => trainPaymentModel(null as never)).toThrow(/history/);
  });

  it.each([
    [{ issuedBfore: '2025-06-01' }, 'options.issuedBfore', 'unknown field; did you mean "issuedBefore"?'],
    [{ seed: 1, lateMetod: 'gbdt' }, 'options.lateMetod', 'unknown field; did you mean "lateMethod"?'],
    [
      { trees: 100 },
      'options.trees',
      'unknown field; expected one of seed, issuedFrom, issuedBefore, settledBy, lateMethod',
    ],
  ])('rejects the unknown option field of %j at its path, before reading the history', (options, path, message) => {
    const run = () => trainPaymentModel(null as never, options as never);
    expect(run).toThrow(InvalidArgumentError);
    expect(run).toThrow(expect.objectContaining({ path, message: `${path}: ${message}` }));
  });

  it('rejects options that are not an object, naming them (it threw a TypeError on null)', () => {
    const run = () => trainPaymentModel(history, null as never);
    expect(run).toThrow(InvalidArgumentError);
    expect(run).toThrow(expect.objectContaining({ path: 'options', message: 'options: expected an object, got null' }));
  });

  it('accepts every documented option at once', () => {
    const windowed = trainPaymentModel(history, {
      seed: 'seven',
      issuedFrom: '2024-03-01',
      issuedBefore: '2025-06-01',
      settledBy: '2025-06-30',
      lateMethod: 'logistic',
    });
    expect(windowed.training.firstIssueDate >= '2024-03-01').toBe(true);
    expect(windowed.training.seed).toBe('seven');
    expect(windowed.selection.chosenLate).toBe('logistic');
  });
});

describe('parsePaymentModel', () => {
  it('rejects another version, a tampered model and unknown features', () => {
    const model = trainPaymentModel(history, { issuedBefore: '2025-06-01' });
    expect(() => parsePaymentModel({ ...model, version: 2 })).toThrow(/model\.version/);
    expect(() => parsePaymentModel({ ...model, priors: { ...model.priors, lateShare: 'x' } })).toThrow(
      /model\.priors\.lateShare/,
    );
    const features = [...model.features];
    features[3] = 'shoe-size';
    expect(() => parsePaymentModel({ ...model, features })).toThrow(/model\.features\[3\]/);
  });
});
