import type { CompiledStep } from './compiled-scenario';
import type { OpenItem, SnapshotFacts } from './read-snapshot';

function outside(value: number, range: { min?: number; max?: number }): boolean {
  return (range.min !== undefined && value < range.min) || (range.max !== undefined && value > range.max);
}

/**
 * Checks a step's conditions on the items it would chase today. Returns undefined when they all hold, else
 * a short sentence naming the first one that fails. Sets `result.until` to the day a days-overdue minimum
 * starts to hold, when that is the failing condition.
 */
export function checkConditions(
  step: CompiledStep,
  items: readonly OpenItem[],
  facts: SnapshotFacts,
  today: number,
  result: { until: number },
): string | undefined {
  const when = step.step.when;
  if (when === undefined) return undefined;
  if (step.minBalance !== undefined) {
    let met = false;
    // Per currency: some currency chased must reach its own minimum (none when not listed).
    for (let i = 0; i < items.length && !met; i++) {
      const currency = (items[i] as OpenItem).currency;
      let sum = 0;
      for (const item of items) if (item.currency === currency) sum += item.minor;
      if (sum >= (step.minBalance.get(currency) ?? 1)) met = true;
    }
    if (!met) return 'the balance is below the minimum of the step';
  }
  if (when.daysOverdue !== undefined) {
    let oldest = Number.POSITIVE_INFINITY;
    for (const item of items) if (item.dueDay < oldest) oldest = item.dueDay;
    const days = today - oldest;
    if (outside(days, when.daysOverdue)) {
      if (when.daysOverdue.min !== undefined && days < when.daysOverdue.min)
        result.until = oldest + when.daysOverdue.min;
      return `the oldest item is ${days} days overdue, outside the step's range`;
    }
  }
  if (when.invoiceCount !== undefined) {
    let count = 0;
    for (let i = 0; i < items.length; i++) {
      const id = (items[i] as OpenItem).invoiceId;
      let first = true;
      for (let j = 0; j < i; j++) {
        if ((items[j] as OpenItem).invoiceId === id) {
          first = false;
          break;
        }
      }
      if (first) count++;
    }
    if (outside(count, when.invoiceCount)) return `${count} invoices are chased, outside the step's range`;
  }
  if (when.segments !== undefined && (facts.segment === undefined || !when.segments.includes(facts.segment))) {
    return `the payer segment ${facts.segment === undefined ? 'is unknown' : `"${facts.segment}" is not listed`}`;
  }
  if (when.score !== undefined && (facts.score === undefined || outside(facts.score, when.score))) {
    return `the payer score ${facts.score === undefined ? 'is unknown' : `${facts.score} is outside the step's range`}`;
  }
  if (when.tags !== undefined) {
    const tags = facts.customer.tags ?? [];
    if (when.tags.all !== undefined && !when.tags.all.every((tag) => tags.includes(tag)))
      return 'a required tag is missing';
    if (when.tags.any !== undefined && !when.tags.any.some((tag) => tags.includes(tag)))
      return 'none of the tags is present';
    if (when.tags.none?.some((tag) => tags.includes(tag))) return 'an excluded tag is present';
  }
  if (when.locales !== undefined) {
    const locale = facts.customer.locale?.toLowerCase();
    if (
      locale === undefined ||
      !when.locales.some((wanted) => {
        const lower = wanted.toLowerCase();
        return locale === lower || locale.startsWith(`${lower}-`);
      })
    ) {
      return `the customer locale ${locale === undefined ? 'is unknown' : `"${facts.customer.locale}" is not listed`}`;
    }
  }
  if (when.countries !== undefined) {
    const country = facts.customer.country;
    if (country === undefined || !when.countries.includes(country)) {
      return `the customer country ${country === undefined ? 'is unknown' : `"${country}" is not listed`}`;
    }
  }
  return undefined;
}
