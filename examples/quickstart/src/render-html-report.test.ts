import type { LedgerInput } from '@overdue/core';
import { ageReceivables, kpiSeries } from '@overdue/receivables';
import { describe, expect, it } from 'vitest';
import { renderHtmlReport } from './render-html-report';
import { topOverdueCustomers } from './top-overdue-customers';

const HOSTILE = '<script>alert("owned")</script> & Sons';

// A tiny hand-made ledger: one customer with a hostile name and an overdue invoice, one paying on time.
const ledger: LedgerInput = {
  customers: [
    { id: 'C1', name: HOSTILE },
    { id: 'C2', name: 'Plain Trading Ltd' },
  ],
  invoices: [
    {
      id: 'i1',
      customerId: 'C1',
      number: 'INV-1',
      currency: 'EUR',
      issueDate: '2025-09-01',
      dueDate: '2025-10-01',
      total: '1200.00',
      amountDue: '1200.00',
    },
    {
      id: 'i2',
      customerId: 'C2',
      number: 'INV-2',
      currency: 'EUR',
      issueDate: '2025-11-20',
      dueDate: '2025-12-20',
      total: '300.00',
      amountDue: '0',
      paidDate: '2025-12-15',
    },
    {
      id: 'i3',
      customerId: 'C2',
      number: 'INV-3',
      currency: 'EUR',
      issueDate: '2025-12-10',
      dueDate: '2026-01-09',
      total: '450.00',
      amountDue: '450.00',
    },
  ],
};

function render() {
  const aging = ageReceivables(ledger, { asOf: '2025-12-31' });
  const names = new Map([
    ['C1', HOSTILE],
    ['C2', 'Plain Trading Ltd'],
  ]);
  const series = kpiSeries(ledger, { from: '2025-09-01', to: '2025-12-31', period: 'month', decimals: 1 });
  return renderHtmlReport({
    title: 'Receivables <test>',
    asOf: '2025-12-31',
    aging,
    topCustomers: topOverdueCustomers(aging, { names }),
    reportingCurrency: 'EUR',
    kpis: series.points,
  });
}

describe('renderHtmlReport', () => {
  const html = render();

  it('draws one inline SVG per chart: the aging bars and the KPI trend', () => {
    expect(html.match(/<svg[\s>]/g)).toHaveLength(2);
    expect(html).toContain('aria-label="Open receivables by aging bucket as of 2025-12-31, in EUR"');
    expect(html).toContain('aria-label="DSO, best possible DSO and CEI by month"');
    // The trend chart has one line per KPI and labelled axes.
    expect(html.match(/<path d="/g)?.length).toBeGreaterThanOrEqual(3);
    expect(html).toContain('>Days</text>');
    expect(html).toContain('>CEI (%)</text>');
  });

  it('escapes customer names and titles instead of running them', () => {
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(&quot;owned&quot;)&lt;/script&gt; &amp; Sons');
    expect(html).toContain('<title>Receivables &lt;test&gt;</title>');
  });

  it('is self-contained: no scripts, stylesheets, images or links to fetch', () => {
    expect(html).not.toMatch(/<(script|link|img|iframe)\b/i);
    expect(html).not.toMatch(/\b(src|href)=/i);
    const urls = html.match(/https?:\/\/[^\s"')]+/g) ?? [];
    expect(urls.every((url) => url === 'http://www.w3.org/2000/svg')).toBe(true);
  });

  it('lists the overdue customer with its amounts formatted for en-GB', () => {
    expect(html).toContain('€1,200.00');
    expect(html).toContain('Top 1 customers by overdue amount');
  });
});
