import type { Money } from '@overdue/core';
import { formatMoney } from '@overdue/core';

/** Money in words for explanations, in British English (`€1,234.50`, `£70.00`). */
export function showMoney(money: Money): string {
  return formatMoney(money, 'en-GB');
}
