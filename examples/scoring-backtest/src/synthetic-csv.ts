import { addDays, createRandom } from '@overdue/core';
import { RECEIVABLES_COLUMNS } from '@overdue/example-support';

const mdy = (date: string) => {
  const [year, month, day] = date.split('-') as [string, string, string];
  return `${Number(month)}/${Number(day)}/${year}`;
};

/**
 * A made-up receivables export in the layout of the IBM sample (never rows of the real file): customers who
 * pay early, a few days late or weeks late, monthly invoices through 2012 and 2013, 30-day terms.
 */
export function syntheticCsv(customers: number, seed: number): string {
  const random = createRandom(seed);
  const lines = [RECEIVABLES_COLUMNS.join(',')];
  let number = 1;
  for (let c = 0; c < customers; c++) {
    const habit = c % 3; // 0 early, 1 a few days late, 2 weeks late
    const paperless = random.next() < 0.5 ? '1/1/2012' : '1/1/2014';
    for (let month = 0; month < 24; month++) {
      const issue = addDays('2012-01-02', month * 30 + Math.floor(random.next() * 10));
      const due = addDays(issue, 30);
      const delay =
        habit === 0
          ? -Math.floor(random.next() * 12)
          : habit === 1
            ? Math.floor(random.next() * 9) - 2
            : 10 + Math.floor(random.next() * 30);
      const settled = addDays(due, delay);
      const daysToSettle = 30 + delay;
      lines.push(
        [
          '100',
          `CUST-${c}`,
          paperless,
          String(number++).padStart(10, '0'),
          mdy(issue),
          mdy(due),
          (50 + Math.floor(random.next() * 100)).toString(),
          random.next() < 0.1 ? 'Yes' : 'No',
          mdy(settled),
          paperless === '1/1/2012' ? 'Electronic' : 'Paper',
          String(daysToSettle),
          String(Math.max(0, delay)),
        ].join(','),
      );
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
