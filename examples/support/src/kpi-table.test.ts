import { kpiSeries } from '@overdue/receivables';
import { describe, expect, it } from 'vitest';
import { formatFigure, formatKpiTable } from './kpi-table';

describe('formatFigure', () => {
  it('rounds to one decimal, appends the suffix and shows undefined figures as a dash', () => {
    expect(formatFigure(84.987, '%')).toBe('85.0%');
    expect(formatFigure(0)).toBe('0.0');
    expect(formatFigure(null, '%')).toBe('—');
  });
});

describe('formatKpiTable', () => {
  it('prints one line per month end with money in the currency and a dash for undefined figures', () => {
    // One invoice of 100.00 issued 5 January, due 4 February, never paid: January DSO = 100/100 × 31 = 31;
    // February has no sales, so its DSO is undefined.
    const series = kpiSeries(
      {
        invoices: [
          {
            id: 'i1',
            customerId: 'C1',
            number: 'i1',
            currency: 'EUR',
            issueDate: '2026-01-05',
            dueDate: '2026-02-04',
            total: '100.00',
            amountDue: '100.00',
          },
        ],
      },
      { from: '2026-01-01', to: '2026-02-28', period: 'month' },
    );
    const lines = formatKpiTable(series.points, 'EUR', 'en-GB').split('\n');
    expect(lines[0]).toMatch(
      /^Month end\s+Receivables\s+Current\s+DSO\s+Countback\s+BPDSO\s+ADD\s+CEI\s+% current\s+ADP$/,
    );
    const january = lines.find((line) => line.startsWith('2026-01-31'));
    const february = lines.find((line) => line.startsWith('2026-02-28'));
    expect(january?.split(/\s{2,}/).slice(0, 4)).toEqual(['2026-01-31', '€100.00', '€100.00', '31.0']);
    expect(february?.split(/\s{2,}/).slice(0, 4)).toEqual(['2026-02-28', '€100.00', '€0.00', '—']);
  });
});
