import type { CivilDate, Money } from '@overdue/core';
import { describeReceived, InvalidArgumentError, tryDayNumber } from '@overdue/core';
import { REGIME_PROFILES } from '../../fees/_lib/regimes';
import type { DebtPayment, InterestRegime } from '../../fees/statutory-interest';
import { statutoryInterest } from '../../fees/statutory-interest';
import type { ChasedItem, CustomerSnapshot, InterestItem } from '../evaluate/evaluation-types';

/** What an interest action charges, item by item. */
export interface ComputedInterest {
  amount: Money;
  breakdown: InterestItem[];
  explanation: string;
}

/**
 * Reductions of an invoice after its due date: the dated allocations of payments and credit notes to it,
 * so interest runs on the whole debt until each part was paid.
 */
function reductionsAfter(snapshot: CustomerSnapshot, invoiceId: string, dueDay: number): DebtPayment[] {
  const reductions: DebtPayment[] = [];
  const collect = (documents: CustomerSnapshot['payments'] | CustomerSnapshot['creditNotes'], name: string) => {
    if (documents === undefined) return;
    for (let index = 0; index < documents.length; index++) {
      const document = documents[index] as {
        date: CivilDate;
        allocations: readonly { invoiceId: string; amount: Money }[];
      };
      const day = tryDayNumber(document.date);
      if (Number.isNaN(day)) {
        throw new InvalidArgumentError(
          `expected YYYY-MM-DD, got ${describeReceived(document.date)}`,
          `snapshot.${name}[${index}].date`,
        );
      }
      if (day <= dueDay) continue;
      for (const allocation of document.allocations) {
        if (allocation.invoiceId !== invoiceId) continue;
        // Only the money: an allocation is a ledger record and may carry more fields than statutoryInterest takes.
        const { currency, minor } = allocation.amount;
        reductions.push({ date: document.date, amount: { currency, minor } });
      }
    }
  };
  collect(snapshot.payments, 'payments');
  collect(snapshot.creditNotes, 'creditNotes');
  return reductions;
}

/**
 * Statutory interest and compensation up to `until` on each chased item of one currency. An invoice's
 * principal is what was owed on its due date (what is due now plus what was paid or credited after it),
 * with those reductions dated; an installment's is its unpaid amount (allocations are not split between
 * installments). A regime's fixed compensation is in its own currency (EUR 40, GBP 40-100): on a debt in
 * another currency it is left out unless the scenario gives `compensationAmount`, and the explanation says so.
 */
export function interestOf(
  regime: InterestRegime,
  options: Readonly<Record<string, string | number | boolean>>,
  items: readonly ChasedItem[],
  snapshot: CustomerSnapshot,
  until: CivilDate,
  currency: string,
): ComputedInterest {
  const profile = REGIME_PROFILES[regime];
  const foreign =
    profile.compensationCurrency !== undefined &&
    profile.compensationCurrency !== currency &&
    options.compensationAmount === undefined &&
    options.compensation !== false;
  const rule = foreign ? { ...options, regime, compensation: false, until } : { ...options, regime, until };
  let total = 0;
  const breakdown: InterestItem[] = [];
  for (const item of items) {
    if (item.amount.currency !== currency) continue;
    const dueDay = tryDayNumber(item.dueDate);
    const payments = item.installment === undefined ? reductionsAfter(snapshot, item.invoiceId, dueDay) : [];
    let principal = item.amount.minor;
    for (const payment of payments) principal += payment.amount.minor;
    const result = statutoryInterest(
      { principal: { currency, minor: principal }, dueDate: item.dueDate, payments },
      rule as Parameters<typeof statutoryInterest>[1],
    );
    total += result.total.minor;
    breakdown.push({
      invoiceId: item.invoiceId,
      installment: item.installment,
      interest: result.interest,
      compensation: result.compensation,
      explanation: result.explanation,
    });
  }
  const note = foreign
    ? ` No fixed compensation: the ${regime} compensation is in ${profile.compensationCurrency as string}; give compensationAmount in ${currency} to charge it.`
    : '';
  return {
    amount: { currency, minor: total },
    breakdown,
    explanation: `Interest and compensation under ${regime} up to ${until} on ${breakdown.length} item${breakdown.length === 1 ? '' : 's'}.${note}`,
  };
}
