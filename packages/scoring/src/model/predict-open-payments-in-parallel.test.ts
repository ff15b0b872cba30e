import { InvalidArgumentError } from '@overdue/core';
import { describe, expect, it } from 'vitest';
import { syntheticLedger } from '../_test/synthetic-ledger';
import { preparePaymentHistory } from '../history/prepare-history';
import { predictOpenPayments } from './predict-open-payments';
import { predictOpenPaymentsInParallel } from './predict-open-payments-in-parallel';
import { trainPaymentModel } from './train-payment-model';

// Runs the built worker (dist/predict-open-worker.js): build the package before these tests.
const asOf = '2025-06-30';
const ledger = syntheticLedger({ customers: 60, invoicesPerCustomer: 20, seed: 9, openAfter: asOf });
const history = preparePaymentHistory(ledger);
const model = trainPaymentModel(history, { settledBy: asOf, seed: 3 });

function plain(columns: Awaited<ReturnType<typeof predictOpenPaymentsInParallel>>) {
  return {
    ...columns,
    probabilityLate: Array.from(columns.probabilityLate),
    expectedDaysToSettle: Array.from(columns.expectedDaysToSettle),
    expectedDaysLate: Array.from(columns.expectedDaysLate),
    expectedPaymentDay: Array.from(columns.expectedPaymentDay),
    intervalFromDay: Array.from(columns.intervalFromDay),
    intervalToDay: Array.from(columns.intervalToDay),
  };
}

describe('predictOpenPaymentsInParallel', () => {
  it('gives exactly what predictOpenPayments gives, whatever the number of threads', async () => {
    const expected = plain(predictOpenPayments(model, history, { asOf, intervalLevel: 0.9 }));
    expect(expected.count).toBeGreaterThan(30);
    for (const threads of [1, 2, 3, 7]) {
      const columns = await predictOpenPaymentsInParallel(model, history, { asOf, intervalLevel: 0.9, threads });
      expect(plain(columns)).toEqual(expected);
    }
  });

  it('gives the same answer to calls made at once, and to a model loaded from JSON', async () => {
    const loaded = JSON.parse(JSON.stringify(model));
    const expected = plain(predictOpenPayments(model, history, { asOf: '2025-03-31' }));
    const results = await Promise.all([
      predictOpenPaymentsInParallel(model, history, { asOf: '2025-03-31', threads: 2 }),
      predictOpenPaymentsInParallel(loaded, history, { asOf: '2025-03-31', threads: 3 }),
    ]);
    for (const columns of results) expect(plain(columns)).toEqual(expected);
  });

  it('rejects bad options with the field named', async () => {
    await expect(predictOpenPaymentsInParallel(model, history, { asOf, threads: 0 })).rejects.toThrow(
      InvalidArgumentError,
    );
    await expect(predictOpenPaymentsInParallel(model, history, { asOf, threads: 2.5 })).rejects.toThrow(
      'options.threads',
    );
    await expect(predictOpenPaymentsInParallel(model, history, { asOf: '2025-02-30' })).rejects.toThrow('options.asOf');
  });

  it.each([
    [{ asOf, thread: 2 }, 'options.thread', 'unknown field; did you mean "threads"?'],
    [{ asOf, threads: 2, intervalLevl: 0.9 }, 'options.intervalLevl', 'unknown field; did you mean "intervalLevel"?'],
    [
      { asOf, threads: 2, reasons: 0 },
      'options.reasons',
      'unknown field; expected one of asOf, intervalLevel, threads',
    ],
  ])('rejects the unknown option field of %j at its path (the promise rejects)', async (options, path, message) => {
    const call = predictOpenPaymentsInParallel(model, history, options as never);
    await expect(call).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(call).rejects.toMatchObject({ path, message: `${path}: ${message}` });
  });
});
