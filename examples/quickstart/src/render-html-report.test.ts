import type { LedgerInput } from '@overdue/core';
import { ageReceivables, kpiSeries } from '@overdue/receivables';
import type { CurrencyForecast } from '@overdue/scoring';
import { describe, expect, it } from 'vitest';
import type { ReportScoring } from './render-html-report';
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

const week = (from: string, to: string, expectedMinor: number, lowMinor: number, highMinor: number) => ({
  from,
  to,
  expectedMinor,
  lowMinor,
  highMinor,
});
const forecasts: CurrencyForecast[] = [
  {
    currency: 'EUR',
    openMinor: 165000,
    weeks: [
      week('2026-01-01', '2026-01-07', 120000, 90000, 150000),
      week('2026-01-08', '2026-01-14', 40000, 10000, 70000),
    ],
    laterMinor: 5000,
  },
  {
    currency: 'GBP',
    openMinor: 10000,
    weeks: [week('2026-01-01', '2026-01-07', 10000, 0, 10000), week('2026-01-08', '2026-01-14', 0, 0, 0)],
    laterMinor: 0,
  },
];

// Hand-made scoring figures: what the report shows is tested here, how they are computed beside each module.
const scoring: ReportScoring = {
  modelSummary: 'Payment model <trained> on 3 invoices.',
  segments: {
    segments: [
      { segment: 'prompt', customers: 1, share: 0.5, meanScore: 96, openMinor: 45000 },
      { segment: 'forgetful', customers: 0, share: 0, meanScore: null, openMinor: 0 },
      { segment: 'chronic-late', customers: 1, share: 0.5, meanScore: 20, openMinor: 120000 },
      { segment: 'deteriorating', customers: 0, share: 0, meanScore: null, openMinor: 0 },
      { segment: 'new', customers: 0, share: 0, meanScore: null, openMinor: 0 },
    ],
    total: { customers: 2, share: 1, meanScore: 58, openMinor: 165000 },
  },
  riskiest: [
    {
      customerId: 'C1',
      name: HOSTILE,
      currency: 'EUR',
      score: 20,
      segment: 'chronic-late',
      openMinor: 120000,
      expectedLateMinor: 120000,
      largestInvoice: {
        invoiceId: 'i1',
        openMinor: 120000,
        dueDate: '2025-10-01',
        expectedPaymentDate: '2026-01-20',
        probabilityLate: 1,
      },
      reasons: ['pays <late> & often', '90% of its invoices were late (-31 points)'],
    },
  ],
  forecasts,
  intervalLevel: 0.8,
};

function render(withScoring?: ReportScoring) {
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
    ...(withScoring === undefined ? {} : { scoring: withScoring, rates: { base: 'EUR', rates: { GBP: '1.17' } } }),
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

  it('leaves the scoring sections out without scoring figures', () => {
    expect(html).not.toContain('Payer segments');
    expect(html).not.toContain('Cash forecast');
  });
});

describe('renderHtmlReport with scoring', () => {
  const html = render(scoring);

  it('adds a chart of the segments and one of the forecast, with a whisker per week', () => {
    expect(html.match(/<svg[\s>]/g)).toHaveLength(4);
    expect(html).toContain('aria-label="Customers and open receivables by payer segment"');
    expect(html).toContain('aria-label="Expected cash in per week from the open invoices, in EUR, with 80% intervals"');
    // Two weeks, and the legend's whisker.
    expect(html.match(/<path class="whisker"/g)).toHaveLength(3);
    // The GBP layer is converted: £100.00 at 1.17 is €117.00 on the first bar.
    expect(html).toContain('<title>1 Jan, GBP (in EUR): €117</title>');
  });

  it('tabulates the segments with their share, mean score and open amount', () => {
    expect(html).toContain('<h2>Payer segments</h2>');
    expect(html).toMatch(
      /chronic-late<\/td><td>often late, by more than 10 days<\/td><td class="num">1<\/td><td class="num">50.0%<\/td><td class="num">20<\/td><td class="num">€1,200.00<\/td><td class="num">72.7%<\/td>/,
    );
    expect(html).toMatch(/<td class="num">—<\/td><td class="num">€0.00<\/td>/);
  });

  it('lists the riskiest customers with their reasons escaped, and the model summary', () => {
    expect(html).toContain('<h2>Riskiest 1 customers</h2>');
    expect(html).toContain('Payment model &lt;trained&gt; on 3 invoices.');
    expect(html).toContain('due 2025-10-01 → <span class="late-text">2026-01-20</span>');
    expect(html).toContain('<td class="reasons"><div>pays &lt;late&gt; &amp; often</div><div>90% of its');
    expect(html).not.toContain('<script');
    expect(html).not.toMatch(/\b(src|href)=/i);
  });

  it('tabulates the forecast per week per currency and all in EUR, with what comes later and what is open', () => {
    expect(html).toContain(
      '<th class="num">EUR expected</th><th class="num">GBP expected</th><th class="num">All in EUR</th><th class="num">80% interval</th>',
    );
    // Week 1: €1,200 + £100 (€117) = €1,317; interval €900 + €0 to €1,500 + €117.
    expect(html).toContain(
      '<td>1 Jan – 7 Jan</td><td class="num">€1,200</td><td class="num">£100</td><td class="num">€1,317</td><td class="num">€900 – €1,617</td>',
    );
    expect(html).toContain(
      '<td>Later</td><td>after the last week</td><td class="num">€50</td><td class="num">£0</td><td class="num">€50</td>',
    );
    expect(html).toMatch(
      /<td>Open now<\/td><td>[^<]*<\/td><td class="num">€1,650<\/td><td class="num">£100<\/td><td class="num">€1,767<\/td>/,
    );
    expect(html).toContain('and @overdue/scoring');
  });
});
