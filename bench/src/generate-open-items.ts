import { createRandom, dayNumberToCivilDate, tryDayNumber } from '@overdue/core';

/** One open invoice as a database driver hands it over: strings for dates and decimal amounts. */
export interface OpenItemRow {
  id: string;
  customerId: string;
  currency: string;
  issueDate: string;
  dueDate: string;
  amountDue: string;
}

const TERMS = [14, 30, 30, 30, 45, 60];

/**
 * Generates open invoices in random customer order. Every string is a fresh instance (as a driver would
 * return), so nothing benefits from shared or interned strings.
 */
export function generateOpenItems(count: number, customers: number, seed: number, asOf: string): OpenItemRow[] {
  const random = createRandom(seed);
  const asOfDay = tryDayNumber(asOf);
  const rows: OpenItemRow[] = [];
  for (let index = 0; index < count; index++) {
    const issueDay = asOfDay - random.integer(200) + 5;
    const dueDay = issueDay + (TERMS[random.integer(TERMS.length)] as number);
    const cents = random.integer(2_000_000) + 100;
    rows.push({
      id: `INV-${String(index).padStart(8, '0')}`,
      customerId: `CUST-${String(random.integer(customers)).padStart(6, '0')}`,
      currency: `${random.next() < 0.9 ? 'EUR' : 'USD'}`.slice(0),
      issueDate: dayNumberToCivilDate(issueDay),
      dueDate: dayNumberToCivilDate(dueDay),
      amountDue: `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`,
    });
  }
  return rows;
}
