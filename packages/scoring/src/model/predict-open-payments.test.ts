import { dayNumberToCivilDate, InvalidArgumentError } from '@overdue/core';
import { openBalancesAsOf } from '@overdue/receivables';
import { describe, expect, it } from 'vitest';
import { syntheticLedger } from '../_test/synthetic-ledger';
import { preparePaymentHistory } from '../history/prepare-history';
import { predictOpenPayments } from './predict-open-payments';
import { predictPayments } from './predict-payments';
import { trainPaymentModel } from './train-payment-model';

const asOf = '2025-06-30';
const ledger = syntheticLedger({ customers: 40, invoicesPerCustomer: 20, seed: 5, openAfter: asOf });
const history = preparePaymentHistory(ledger);
const model = trainPaymentModel(history, { settledBy: asOf, seed: 2 });

describe('predictOpenPayments', () => {
  it('predicts exactly the invoices open at asOf, with the figures predictPayments gives them', () => {
    const open = openBalancesAsOf(ledger, { asOf }).items;
    const columns = predictOpenPayments(model, history, { asOf, intervalLevel: 0.9 });
    expect(columns.count).toBe(open.length);
    expect([...columns.invoiceIds].sort()).toEqual(open.map((item) => item.invoiceId).sort());
    const objects = predictPayments(model, open, history, { asOf, reasons: 0, intervalLevel: 0.9 });
    const byId = new Map(objects.map((prediction) => [prediction.invoiceId, prediction]));
    for (let k = 0; k < columns.count; k++) {
      const expected = byId.get(columns.invoiceIds[k] as string);
      expect(expected).toBeDefined();
      expect({
        invoiceId: columns.invoiceIds[k],
        customerId: columns.customerIds[k],
        probabilityLate: columns.probabilityLate[k],
        expectedDaysToSettle: columns.expectedDaysToSettle[k],
        expectedDaysLate: columns.expectedDaysLate[k],
        expectedPaymentDate: dayNumberToCivilDate(columns.expectedPaymentDay[k] as number),
        paymentDateInterval: {
          from: dayNumberToCivilDate(columns.intervalFromDay[k] as number),
          to: dayNumberToCivilDate(columns.intervalToDay[k] as number),
          level: columns.level,
        },
        reasons: [],
      }).toEqual(expected);
    }
  });

  it('lists each customer together, in issue order', () => {
    const columns = predictOpenPayments(model, history, { asOf });
    const issueOf = new Map(ledger.invoices.map((invoice) => [invoice.id, invoice.issueDate]));
    const seen = new Set<string>();
    for (let k = 1; k < columns.count; k++) {
      const customer = columns.customerIds[k] as string;
      if (customer === columns.customerIds[k - 1]) {
        expect(
          (issueOf.get(columns.invoiceIds[k] as string) as string) >=
            (issueOf.get(columns.invoiceIds[k - 1] as string) as string),
        ).toBe(true);
      } else {
        expect(seen.has(customer)).toBe(false);
        seen.add(columns.customerIds[k - 1] as string);
      }
    }
  });

  it('reads nothing after asOf and finds nothing open before the first invoice', () => {
    const trimmed = { invoices: ledger.invoices.filter((invoice) => invoice.issueDate <= asOf) };
    expect(predictOpenPayments(model, trimmed, { asOf })).toEqual(predictOpenPayments(model, history, { asOf }));
    expect(predictOpenPayments(model, history, { asOf: '1999-01-01' }).count).toBe(0);
  });

  it('names a bad option', () => {
    expect(() => predictOpenPayments(model, history, { asOf: '30/06/2025' })).toThrow(/options\.asOf/);
    expect(() => predictOpenPayments(model, history, { asOf, intervalLevel: 1 })).toThrow(InvalidArgumentError);
    expect(() => predictOpenPayments(model, history, { asOf, intervalLevel: 1 })).toThrow(/options\.intervalLevel/);
  });

  it.each([
    [{ asOf, intervallevel: 0.9 }, 'options.intervallevel', 'unknown field; did you mean "intervalLevel"?'],
    // `reasons` belongs to predictPayments, `threads` to predictOpenPaymentsInParallel.
    [{ asOf, reasons: 0 }, 'options.reasons', 'unknown field; expected one of asOf, intervalLevel'],
    [{ asOf, threads: 2 }, 'options.threads', 'unknown field; expected one of asOf, intervalLevel'],
  ])('rejects the unknown option field of %j at its path', (options, path, message) => {
    const run = () => predictOpenPayments(model, history, options as never);
    expect(run).toThrow(InvalidArgumentError);
    expect(run).toThrow(expect.objectContaining({ path, message: `${path}: ${message}` }));
  });
});
