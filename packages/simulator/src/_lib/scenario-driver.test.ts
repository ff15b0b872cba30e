import type { CivilDate, Customer, Invoice } from '@overdue/core';
import { addDays } from '@overdue/core';
import { parseScenario } from '@overdue/dunning';
import { describe, expect, it } from 'vitest';
import { ADAPTIVE_SCENARIO } from '../policies/create-adaptive-policy';
import type { PolicyDay } from '../policies/policy-types';
import { ScenarioDriver } from './scenario-driver';

const START: CivilDate = '2026-03-01';
const customer: Customer = {
  id: 'C1',
  name: 'Acme',
  contacts: [{ id: 'p1', email: 'ap@acme.example', consent: { email: true } }],
};

function invoice(id: string, dueDate: CivilDate): Invoice {
  return {
    id,
    customerId: 'C1',
    number: id,
    currency: 'GBP',
    issueDate: START,
    dueDate,
    total: { currency: 'GBP', minor: 10_000 },
    amountDue: { currency: 'GBP', minor: 10_000 },
    status: 'open',
  };
}

/** Runs the driver day by day over one customer; `open(day)` gives its open invoices. Returns the days acted on. */
function runDays(days: number, issuedOn: Map<number, Invoice[]>, open: (day: number) => Invoice[]) {
  const driver = new ScenarioDriver(parseScenario(ADAPTIVE_SCENARIO), ['C1'], 1);
  const acted: { date: CivilDate; stepId: string; invoiceIds: string[] }[] = [];
  for (let day = 0; day < days; day++) {
    const date = addDays(START, day);
    const policyDay: PolicyDay = {
      date,
      dayIndex: day,
      changed: [],
      issued: issuedOn.get(day) ?? [],
      settled: [],
      events: [],
      customer: (index) => ({ index, customer, openInvoices: open(day), events: [] }),
    };
    driver.run(policyDay, (_view, action) => {
      acted.push({ date, stepId: action.stepId, invoiceIds: action.items.map((item) => item.invoiceId) });
      return true;
    });
  }
  return { acted, evaluations: driver.evaluations };
}

describe('ScenarioDriver', () => {
  it('sleeps through the wake-up of an invoice paid on time and reminds on the next invoice’s first step day', () => {
    const early = invoice('i1', addDays(START, 10));
    const later = invoice('i2', addDays(START, 20));
    // i1 is paid on day 9; i2 stays open (its second reminder would be on day 25, after the run).
    const { acted, evaluations } = runDays(25, new Map([[0, [early, later]]]), (day) =>
      day < 9 ? [early, later] : [later],
    );
    expect(acted).toEqual([{ date: addDays(START, 21), stepId: 'overdue-1', invoiceIds: ['i2'] }]);
    // Day 11 (i1's first step day) has nothing to do and is not evaluated: only day 21 is.
    expect(evaluations).toBe(1);
  });

  it('counts an installment by its own due date, even one due before the invoice', () => {
    const planned: Invoice = {
      ...invoice('i1', addDays(START, 20)),
      installments: [
        { dueDate: addDays(START, 8), amount: { currency: 'GBP', minor: 5_000 } },
        { dueDate: addDays(START, 30), amount: { currency: 'GBP', minor: 5_000 } },
      ],
    };
    const { acted } = runDays(13, new Map([[0, [planned]]]), () => [planned]);
    // Counted from the invoice's due date (day 20), the first reminder would wait until day 21.
    expect(acted.map((entry) => [entry.date, entry.stepId])).toEqual([[addDays(START, 9), 'overdue-1']]);
  });

  it('follows the reminder ladder of an invoice that stays overdue', () => {
    const due = invoice('i1', addDays(START, 3));
    const { acted } = runDays(40, new Map([[0, [due]]]), () => [due]);
    expect(acted.map((entry) => entry.date)).toEqual([1, 5, 12, 30].map((offset) => addDays(START, 3 + offset)));
  });
});
