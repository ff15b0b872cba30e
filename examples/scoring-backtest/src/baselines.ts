import type { CivilDate, InvoiceInput } from '@overdue/core';
import { daysBetween } from '@overdue/core';

/** A test invoice with what happened to it. */
export interface TestInvoice {
  invoice: InvoiceInput & { paidDate: CivilDate };
  late: boolean;
  daysToSettle: number;
  termsDays: number;
}

/** What a baseline predicts for one invoice; `null` where the rule says nothing. */
export interface BaselinePrediction {
  probabilityLate: number | null;
  expectedDaysToSettle: number | null;
}

/** A simple rule that a model has to beat. */
export interface Baseline {
  name: string;
  predictions: BaselinePrediction[];
}

/**
 * The three rules of thumb credit controllers use, each from the customer's invoices settled before the test
 * invoice was issued (nothing later): the prior late rate; "pays on terms" (never late, settles on the due
 * date); and the prior median days to settle. A customer with no settled invoice yet gets the portfolio's
 * figure over the training invoices.
 */
export function baselines(
  training: readonly TestInvoice[],
  tests: readonly TestInvoice[],
  all: readonly TestInvoice[],
): Baseline[] {
  const portfolioLate = training.filter((t) => t.late).length / training.length;
  const portfolioMedian = median(training.map((t) => t.daysToSettle));
  const byCustomer = new Map<string, TestInvoice[]>();
  for (const settled of all) {
    const list = byCustomer.get(settled.invoice.customerId) ?? [];
    list.push(settled);
    byCustomer.set(settled.invoice.customerId, list);
  }
  const lateRate: BaselinePrediction[] = [];
  const onTerms: BaselinePrediction[] = [];
  const priorMedian: BaselinePrediction[] = [];
  for (const test of tests) {
    const prior = (byCustomer.get(test.invoice.customerId) ?? []).filter(
      (other) => other.invoice.paidDate < test.invoice.issueDate,
    );
    lateRate.push({
      probabilityLate: prior.length === 0 ? portfolioLate : prior.filter((p) => p.late).length / prior.length,
      expectedDaysToSettle: null,
    });
    onTerms.push({ probabilityLate: 0, expectedDaysToSettle: test.termsDays });
    priorMedian.push({
      probabilityLate: null,
      expectedDaysToSettle: prior.length === 0 ? portfolioMedian : median(prior.map((p) => p.daysToSettle)),
    });
  }
  return [
    { name: 'prior late rate', predictions: lateRate },
    { name: 'pays on terms', predictions: onTerms },
    { name: 'prior median days', predictions: priorMedian },
  ];
}

/** Reads a settled invoice's outcome. */
export function outcomeOf(invoice: InvoiceInput & { paidDate: CivilDate }): TestInvoice {
  return {
    invoice,
    late: invoice.paidDate > invoice.dueDate,
    daysToSettle: daysBetween(invoice.issueDate, invoice.paidDate),
    termsDays: daysBetween(invoice.issueDate, invoice.dueDate),
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = (sorted.length - 1) / 2;
  return ((sorted[Math.floor(middle)] as number) + (sorted[Math.ceil(middle)] as number)) / 2;
}
