import type { CivilDate, ExchangeRates } from '@overdue/core';
import { convertMoney, formatMoney, minorDigits } from '@overdue/core';
import { formatFigure } from '@overdue/example-support';
import type { AgingReport, KpiSeriesPoint } from '@overdue/receivables';
import type { CurrencyForecast, PayerSegment } from '@overdue/scoring';
import { forecastInReportingCurrency } from './cash-forecast';
import { escapeHtml } from './escape-html';
import { formatWholeMoney } from './format-whole-money';
import type { PayerSegmentSummary } from './payer-segments';
import { SEGMENT_MEANINGS } from './payer-segments';
import { type ReportBacktest, renderBacktestSection } from './render-backtest-section';
import { type ReportDunning, renderDunningSection } from './render-dunning-section';
import type { RiskyCustomer } from './riskiest-customers';
import { renderIntervalBarChart, renderLineChart, renderShareBarChart, renderStackedBarChart } from './svg-charts';
import type { OverdueCustomer } from './top-overdue-customers';

/** The KPI figures the report shows for each month. */
export type ReportKpiPoint = Pick<
  KpiSeriesPoint,
  | 'period'
  | 'receivablesMinor'
  | 'percentCurrent'
  | 'dso'
  | 'countbackDso'
  | 'bestPossibleDso'
  | 'averageDaysDelinquent'
  | 'cei'
  | 'averageDaysToPay'
>;

/** The scoring sections of the report: payer segments, riskiest customers and the cash forecast. */
export interface ReportScoring {
  /** One line on the payment model and how it did on held-out invoices (`describePaymentModel`). */
  modelSummary: string;
  /** Customers per payer segment, open amounts in the reporting currency (`summarizePayerSegments`). */
  segments: PayerSegmentSummary;
  /** The customers to list, in order (`riskiestCustomers`). */
  riskiest: readonly RiskyCustomer[];
  /** The weekly cash forecast of each currency (`forecastCollections`), all over the same weeks. */
  forecasts: readonly CurrencyForecast[];
  /** The probability the forecast's intervals are meant to cover, such as 0.8. */
  intervalLevel: number;
}

/** What {@link renderHtmlReport} shows. */
export interface HtmlReportInput {
  /** Heading and document title. */
  title: string;
  /** A line under the heading (where the data comes from, how currencies were converted). */
  subtitle?: string;
  /** The as-of date of the aging. */
  asOf: CivilDate;
  /** Locale for money and dates. Default: `'en-GB'`. */
  locale?: string;
  /** The aging report as of `asOf`. */
  aging: AgingReport;
  /** The customers to list, in order (usually {@link topOverdueCustomers}). */
  topCustomers: readonly OverdueCustomer[];
  /** The currency the charts and KPI amounts are in. */
  reportingCurrency: string;
  /** Rates that convert the aging totals of other currencies into `reportingCurrency` for the chart. */
  rates?: ExchangeRates;
  /** Monthly KPIs, oldest first, amounts in `reportingCurrency`. */
  kpis: readonly ReportKpiPoint[];
  /** Payer segments, riskiest customers and the cash forecast. Default: those sections are left out. */
  scoring?: ReportScoring;
  /** Today's dunning plan. Default: the section is left out. */
  dunning?: ReportDunning;
  /** The policy backtest on portfolios fitted to the ledger. Default: the section is left out. */
  backtest?: ReportBacktest;
}

const CURRENCY_COLORS = ['#2563eb', '#f59e0b', '#10b981', '#8b5cf6', '#ef4444'];
const SEGMENT_COLORS: Readonly<Record<PayerSegment, string>> = {
  prompt: '#10b981',
  forgetful: '#f59e0b',
  'chronic-late': '#ef4444',
  deteriorating: '#8b5cf6',
  new: '#94a3b8',
};

const STYLE = `
*{box-sizing:border-box}
body{margin:0;background:#f8fafc;color:#0f172a;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:1120px;margin:0 auto;padding:28px 24px 40px}
h1{font-size:26px;margin:0 0 4px}
h2{font-size:18px;margin:0 0 12px}
.subtitle{color:#475569;margin:0 0 20px}
section{background:#fff;border:1px solid #e2e8f0;border-radius:10px;padding:18px 20px;margin:0 0 18px}
.cards{display:grid;grid-template-columns:repeat(4,1fr);gap:12px;background:none;border:0;padding:0}
.card{background:#fff;border:1px solid #e2e8f0;border-radius:10px;padding:14px 16px}
.card .label{color:#475569;font-size:12px;text-transform:uppercase;letter-spacing:.04em}
.card .value{font-size:22px;font-weight:650;margin-top:4px;font-variant-numeric:tabular-nums}
.card .detail{color:#475569;font-size:13px}
.chart{overflow-x:auto;margin:0 0 12px}
.chart svg{max-width:100%;height:auto}
table{border-collapse:collapse;width:100%;font-size:13px;font-variant-numeric:tabular-nums}
.table-wrap{overflow-x:auto}
th,td{padding:5px 7px;border-bottom:1px solid #e2e8f0;white-space:nowrap}
th{text-align:left;color:#475569;font-weight:600;font-size:12px;background:#f1f5f9}
td.num,th.num{text-align:right}
tbody tr:nth-child(even){background:#f8fafc}
tr.total td{font-weight:650;border-top:2px solid #cbd5e1}
td.late,.late-text{color:#b91c1c}
td.name{max-width:260px;overflow:hidden;text-overflow:ellipsis}
td.reasons{white-space:normal;min-width:250px;color:#334155}
table.risk th{white-space:normal;vertical-align:bottom}
td.reasons div+div{margin-top:3px}
td .sub{color:#64748b;font-size:12px}
tr.sum td{font-weight:650}
.swatch{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:6px;vertical-align:baseline}
.lead{color:#334155;margin:0 0 12px}
.note{color:#64748b;font-size:12px;margin:8px 0 0}
footer{color:#64748b;font-size:12px;text-align:center}
`;

/** The packages the report's sections come from, in words: `@overdue/receivables and @overdue/scoring`. */
function packagesUsed(input: HtmlReportInput): string {
  const names = ['@overdue/receivables'];
  if (input.scoring !== undefined) names.push('@overdue/scoring');
  if (input.dunning !== undefined) names.push('@overdue/dunning');
  if (input.backtest !== undefined) names.push('@overdue/simulator');
  return names.length === 1 ? (names[0] as string) : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function monthLabel(label: string, locale: string): string {
  const [year, month] = label.split('-').map(Number);
  if (year === undefined || month === undefined || Number.isNaN(year) || Number.isNaN(month)) return label;
  return new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, 1),
  );
}

function longDate(date: CivilDate, locale: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1),
  );
}

function shortDate(date: CivilDate, locale: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1),
  );
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

function cell(text: string, className?: string): string {
  return `<td${className === undefined ? '' : ` class="${className}"`}>${escapeHtml(text)}</td>`;
}

function headerRow(headers: readonly string[], firstIsText = 1): string {
  return `<tr>${headers.map((header, index) => `<th${index < firstIsText ? '' : ' class="num"'}>${escapeHtml(header)}</th>`).join('')}</tr>`;
}

/**
 * Renders a self-contained HTML receivables report: summary cards, an aging chart (stacked bars per bucket,
 * one layer per currency) with totals per currency, the customers with the most overdue money, a DSO /
 * BPDSO / CEI trend chart and the monthly KPI table; with `scoring`, also the payer segments (100% bars and a
 * table), the riskiest customers with their reasons, and the weekly cash forecast (bars per currency in the
 * reporting currency with interval whiskers, and a table). No external assets or scripts: CSS and SVG are
 * inline, and every name and label is HTML-escaped.
 *
 * @example
 * ```ts
 * renderHtmlReport({ title: 'Receivables', asOf: '2025-12-31', aging, topCustomers: [], reportingCurrency: 'EUR', kpis: [] }).startsWith('<!doctype html>');
 * //=> true
 * ```
 */
export function renderHtmlReport(input: HtmlReportInput): string {
  const locale = input.locale ?? 'en-GB';
  const { aging, reportingCurrency, rates } = input;
  const money = (minor: number, currency: string) => formatMoney({ currency, minor }, locale);
  const toReporting = (minor: number, currency: string) => {
    if (currency === reportingCurrency) return minor;
    if (rates === undefined)
      throw new Error(`the report needs rates to show ${currency} amounts in ${reportingCurrency}`);
    return convertMoney({ currency, minor }, reportingCurrency, rates).minor;
  };
  const currentIndex = aging.buckets.findIndex((bucket) => bucket.key === 'current');
  const lateFrom = aging.buckets.findIndex((bucket) => (bucket.fromDays ?? 0) > 60);

  // Summary cards.
  const totalMinor = aging.totals.reduce((sum, total) => sum + toReporting(total.totalMinor, total.currency), 0);
  const overdueMinor = aging.totals.reduce(
    (sum, total) => sum + toReporting(total.totalMinor - (total.bucketsMinor[currentIndex] ?? 0), total.currency),
    0,
  );
  const latest = input.kpis[input.kpis.length - 1];
  const latestMonth = latest === undefined ? '' : monthLabel(latest.period.label, locale);
  const cards: [label: string, value: string, detail: string][] = [
    [
      'Open receivables',
      money(totalMinor, reportingCurrency),
      `${aging.totals.reduce((sum, total) => sum + total.itemCount, 0)} open invoices`,
    ],
    [
      'Past due',
      money(overdueMinor, reportingCurrency),
      `${totalMinor === 0 ? '0.0' : ((overdueMinor / totalMinor) * 100).toFixed(1)}% of receivables`,
    ],
    [
      'DSO',
      latest === undefined ? '—' : formatFigure(latest.dso, ' days'),
      `${latestMonth}; best possible ${latest === undefined ? '—' : formatFigure(latest.bestPossibleDso)}`,
    ],
    [
      'CEI',
      latest === undefined ? '—' : formatFigure(latest.cei, '%'),
      `${latestMonth}; ${latest === undefined ? '—' : formatFigure(latest.percentCurrent, '%')} current`,
    ],
  ];

  // Aging chart: one bar per bucket, one layer per currency (converted into the reporting currency).
  const digits = minorDigits(reportingCurrency);
  const compact = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: reportingCurrency,
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  });
  const agingChart = renderStackedBarChart({
    title: `Open receivables by aging bucket as of ${input.asOf}, in ${reportingCurrency}`,
    categories: aging.buckets.map((bucket) => bucket.label),
    series: aging.totals.map((total, index) => ({
      name: total.currency === reportingCurrency ? total.currency : `${total.currency} (in ${reportingCurrency})`,
      color: CURRENCY_COLORS[index % CURRENCY_COLORS.length] as string,
      values: total.bucketsMinor.map((minor) => toReporting(minor, total.currency)),
    })),
    axisLabel: `Open amount (${reportingCurrency})`,
    // Axis labels and bar captions only: pixels, not amounts, so a float is fine here.
    formatValue: (minor) => compact.format(minor / 10 ** digits),
    width: 1040,
  });

  const bucketHeaders = aging.buckets.map((bucket) => bucket.label);
  const totalsRows = aging.totals.map(
    (total) =>
      `<tr>${cell(total.currency)}${total.bucketsMinor.map((minor) => cell(money(minor, total.currency), 'num')).join('')}${cell(money(total.totalMinor, total.currency), 'num')}${cell(money(total.unappliedMinor, total.currency), 'num')}${cell(String(total.customerCount), 'num')}</tr>`,
  );
  if (aging.reporting !== undefined && aging.totals.length > 1) {
    const reporting = aging.reporting;
    totalsRows.push(
      `<tr class="total">${cell(`All in ${reporting.currency}`)}${reporting.bucketsMinor.map((minor) => cell(money(minor, reporting.currency), 'num')).join('')}${cell(money(reporting.totalMinor, reporting.currency), 'num')}${cell(money(reporting.unappliedMinor, reporting.currency), 'num')}${cell(String(reporting.customerCount), 'num')}</tr>`,
    );
  }

  const customerRows = input.topCustomers.map(
    (customer) =>
      `<tr>${cell(customer.name, 'name')}${cell(customer.customerId)}${customer.bucketsMinor
        .map((minor, index) =>
          cell(money(minor, customer.currency), lateFrom !== -1 && index >= lateFrom && minor > 0 ? 'num late' : 'num'),
        )
        .join(
          '',
        )}${cell(money(customer.totalMinor, customer.currency), 'num')}${cell(money(customer.overdueMinor, customer.currency), 'num')}</tr>`,
  );

  const categories = input.kpis.map((point) => monthLabel(point.period.label, locale));
  const trendChart = renderLineChart({
    title: 'DSO, best possible DSO and CEI by month',
    categories,
    series: [
      { name: 'DSO (days)', color: '#2563eb', values: input.kpis.map((point) => point.dso), axis: 'left' },
      {
        name: 'Best possible DSO (days)',
        color: '#10b981',
        values: input.kpis.map((point) => point.bestPossibleDso),
        axis: 'left',
        dash: '6 4',
      },
      { name: 'CEI (%)', color: '#f59e0b', values: input.kpis.map((point) => point.cei), axis: 'right' },
    ],
    leftAxis: { label: 'Days' },
    rightAxis: { label: 'CEI (%)', max: 100, unit: '%' },
    width: 1040,
  });
  const kpiRows = input.kpis.map(
    (point) =>
      `<tr>${cell(point.period.label)}${cell(money(point.receivablesMinor, reportingCurrency), 'num')}${[
        formatFigure(point.percentCurrent, '%'),
        formatFigure(point.dso),
        formatFigure(point.countbackDso),
        formatFigure(point.bestPossibleDso),
        formatFigure(point.averageDaysDelinquent),
        formatFigure(point.cei, '%'),
        formatFigure(point.averageDaysToPay),
      ]
        .map((text) => cell(text, 'num'))
        .join('')}</tr>`,
  );

  const scoringSections = input.scoring === undefined ? '' : renderScoringSections(input.scoring, input, compact);
  const dunningSection = input.dunning === undefined ? '' : renderDunningSection(input.dunning);
  const backtestSection = input.backtest === undefined ? '' : renderBacktestSection(input.backtest, locale);

  return `<!doctype html>
<html lang="${escapeHtml(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(input.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(input.title)}</h1>
<p class="subtitle">As of ${escapeHtml(longDate(input.asOf, locale))}${input.subtitle === undefined ? '' : ` · ${escapeHtml(input.subtitle)}`}</p>
<section class="cards">
${cards.map(([label, value, detail]) => `<div class="card"><div class="label">${escapeHtml(label)}</div><div class="value">${escapeHtml(value)}</div><div class="detail">${escapeHtml(detail)}</div></div>`).join('\n')}
</section>
<section>
<h2>Aged receivables</h2>
<div class="chart">${agingChart}</div>
<div class="table-wrap"><table>
<thead>${headerRow(['Currency', ...bucketHeaders, 'Total', 'Unapplied', 'Customers'])}</thead>
<tbody>
${totalsRows.join('\n')}
</tbody>
</table></div>
<p class="note">Ages count from the due date. Unapplied cash and credits are shown beside the buckets, never netted into them.</p>
</section>
<section>
<h2>Top ${input.topCustomers.length} customers by overdue amount</h2>
<div class="table-wrap"><table>
<thead>${headerRow(['Customer', 'Id', ...bucketHeaders, 'Total', 'Overdue'], 2)}</thead>
<tbody>
${customerRows.join('\n')}
</tbody>
</table></div>
</section>
<section>
<h2>Collection KPIs by month (${escapeHtml(reportingCurrency)})</h2>
<div class="chart">${trendChart}</div>
<div class="table-wrap"><table>
<thead>${headerRow(['Month', 'Receivables', 'Current', 'DSO', 'Countback DSO', 'BPDSO', 'ADD', 'CEI', 'ADP'])}</thead>
<tbody>
${kpiRows.join('\n')}
</tbody>
</table></div>
<p class="note">DSO and BPDSO: one-month standard method, in days. ADD = DSO − BPDSO. CEI: (opening AR + sales − closing AR) / (opening AR + sales − current AR). ADP: mean days from issue to full payment of invoices paid that month.</p>
</section>
${scoringSections}${dunningSection}${backtestSection}<footer>Computed with ${packagesUsed(input)}. Self-contained file: no scripts, no external assets.</footer>
</main>
</body>
</html>
`;
}

const RISK_HEADERS: readonly (readonly [header: string, numeric: boolean])[] = [
  ['Customer', false],
  ['Score', true],
  ['Segment', false],
  ['Open', true],
  ['Expected late', true],
  ['Largest open invoice: due → expected', true],
  ['Why', false],
];

/** The payer segments, riskiest customers and cash forecast sections. */
function renderScoringSections(scoring: ReportScoring, input: HtmlReportInput, compact: Intl.NumberFormat): string {
  const locale = input.locale ?? 'en-GB';
  const { reportingCurrency, rates } = input;
  const digits = minorDigits(reportingCurrency);
  const money = (minor: number, currency: string) => formatMoney({ currency, minor }, locale);
  const whole = (minor: number, currency: string) => formatWholeMoney(minor, currency, locale);
  const { segments, total } = scoring.segments;

  // Payer segments: customers and open amounts as 100% bars, then the table.
  const segmentChart = renderShareBarChart({
    title: 'Customers and open receivables by payer segment',
    series: segments.map((row) => ({ name: row.segment, color: SEGMENT_COLORS[row.segment] })),
    rows: [
      { label: 'Customers', values: segments.map((row) => row.customers) },
      {
        label: `Open (${reportingCurrency})`,
        values: segments.map((row) => row.openMinor),
        formatValue: (minor) => money(minor, reportingCurrency),
      },
    ],
    width: 1040,
  });
  const openShare = (minor: number) => (total.openMinor === 0 ? '—' : percent(minor / total.openMinor));
  const meanScore = (value: number | null) => (value === null ? '—' : value.toFixed(0));
  const segmentRows = segments.map(
    (row) =>
      `<tr><td><span class="swatch" style="background:${SEGMENT_COLORS[row.segment]}"></span>${escapeHtml(row.segment)}</td>${cell(SEGMENT_MEANINGS[row.segment])}${cell(String(row.customers), 'num')}${cell(percent(row.share), 'num')}${cell(meanScore(row.meanScore), 'num')}${cell(money(row.openMinor, reportingCurrency), 'num')}${cell(openShare(row.openMinor), 'num')}</tr>`,
  );
  segmentRows.push(
    `<tr class="total">${cell('All')}${cell('')}${cell(String(total.customers), 'num')}${cell(percent(total.share), 'num')}${cell(meanScore(total.meanScore), 'num')}${cell(money(total.openMinor, reportingCurrency), 'num')}${cell(openShare(total.openMinor), 'num')}</tr>`,
  );

  // Riskiest customers.
  const riskRows = scoring.riskiest.map((customer) => {
    const largest = customer.largestInvoice;
    const late = largest.expectedPaymentDate > largest.dueDate;
    const largestCell = `<td class="num">${escapeHtml(money(largest.openMinor, customer.currency))}<div class="sub">due ${escapeHtml(largest.dueDate)} → <span${late ? ' class="late-text"' : ''}>${escapeHtml(largest.expectedPaymentDate)}</span></div></td>`;
    const reasons = `<td class="reasons">${customer.reasons.map((reason) => `<div>${escapeHtml(reason)}</div>`).join('')}</td>`;
    return `<tr>${cell(customer.name, 'name')}${cell(String(customer.score), 'num')}${cell(customer.segment)}${cell(money(customer.openMinor, customer.currency), 'num')}${cell(whole(customer.expectedLateMinor, customer.currency), 'num')}${largestCell}${reasons}</tr>`;
  });

  // Cash forecast: stacked bars per currency in the reporting currency, the week's interval as a whisker.
  const level = `${Math.round(scoring.intervalLevel * 100)}%`;
  const combined = forecastInReportingCurrency(scoring.forecasts, reportingCurrency, rates);
  const forecastChart = renderIntervalBarChart({
    title: `Expected cash in per week from the open invoices, in ${reportingCurrency}, with ${level} intervals`,
    categories: combined.weeks.map((week) => shortDate(week.from, locale)),
    series: combined.currencies.map((currency, index) => ({
      name: currency === reportingCurrency ? currency : `${currency} (in ${reportingCurrency})`,
      color: CURRENCY_COLORS[index % CURRENCY_COLORS.length] as string,
      values: combined.weeks.map((week) => week.expectedByCurrencyMinor[index] ?? 0),
    })),
    intervals: combined.weeks.map((week) => ({ low: week.lowMinor, high: week.highMinor })),
    intervalLabel: `${level} interval (all currencies)`,
    axisLabel: `Expected cash (${reportingCurrency})`,
    // Axis labels and bar captions only: pixels, not amounts, so a float is fine here.
    formatValue: (minor) => compact.format(minor / 10 ** digits),
    width: 1040,
  });
  // A column per currency, unless the only one is the reporting currency.
  const perCurrencyColumns =
    scoring.forecasts.length > 1 || scoring.forecasts.some((forecast) => forecast.currency !== reportingCurrency);
  const foreign = perCurrencyColumns ? scoring.forecasts : [];
  const forecastRows = combined.weeks.map((week, index) => {
    const perCurrency = foreign.map((forecast) => {
      const same = forecast.weeks[index];
      return cell(same === undefined ? '—' : whole(same.expectedMinor, forecast.currency), 'num');
    });
    return `<tr>${cell(String(index + 1))}${cell(`${shortDate(week.from, locale)} – ${shortDate(week.to, locale)}`)}${perCurrency.join('')}${cell(whole(week.expectedMinor, reportingCurrency), 'num')}${cell(`${whole(week.lowMinor, reportingCurrency)} – ${whole(week.highMinor, reportingCurrency)}`, 'num')}</tr>`;
  });
  const horizonMinor = combined.weeks.reduce((sum, week) => sum + week.expectedMinor, 0);
  const totalRow = (
    className: 'total' | 'sum',
    label: string,
    detail: string,
    pick: (forecast: CurrencyForecast) => number,
    minor: number,
  ) =>
    `<tr class="${className}">${cell(label)}${cell(detail)}${foreign.map((forecast) => cell(whole(pick(forecast), forecast.currency), 'num')).join('')}${cell(whole(minor, reportingCurrency), 'num')}${cell('')}</tr>`;
  forecastRows.push(
    totalRow(
      'total',
      `${combined.weeks.length} weeks`,
      '',
      (forecast) => forecast.weeks.reduce((sum, week) => sum + week.expectedMinor, 0),
      horizonMinor,
    ),
    totalRow('sum', 'Later', 'after the last week', (forecast) => forecast.laterMinor, combined.laterMinor),
    totalRow('sum', 'Open now', 'at the end of the as-of day', (forecast) => forecast.openMinor, combined.openMinor),
  );
  const foreignHeaders = foreign.map((forecast) => `${forecast.currency} expected`);

  return `<section>
<h2>Payer segments</h2>
<div class="chart">${segmentChart}</div>
<div class="table-wrap"><table>
<thead>${headerRow(['Segment', 'Meaning', 'Customers', 'Share', 'Mean score', `Open (${reportingCurrency})`, 'Share of open'], 2)}</thead>
<tbody>
${segmentRows.join('\n')}
</tbody>
</table></div>
<p class="note">Scores run from 0 (worst) to 100 (best): points come off for the share of invoices paid late, recent days late, the oldest overdue invoice and broken promises. Segments and scores use only what was known at the end of the as-of day.</p>
</section>
<section>
<h2>Riskiest ${scoring.riskiest.length} customers</h2>
<p class="lead">${escapeHtml(scoring.modelSummary)}</p>
<div class="table-wrap"><table class="risk">
<thead><tr>${RISK_HEADERS.map(([header, numeric]) => `<th${numeric ? ' class="num"' : ''}>${escapeHtml(header)}</th>`).join('')}</tr></thead>
<tbody>
${riskRows.join('\n')}
</tbody>
</table></div>
<p class="note">Ranked by the open amount expected to be paid late: each open invoice’s amount times the model’s probability that it is paid after its due date (1 once it is overdue). Expected: the median estimate of when the customer’s largest open invoice is paid (red when after its due date).</p>
</section>
<section>
<h2>Cash forecast, next ${combined.weeks.length} weeks (${escapeHtml(reportingCurrency)})</h2>
<div class="chart">${forecastChart}</div>
<div class="table-wrap"><table>
<thead>${headerRow(['Week', 'Dates', ...foreignHeaders, `All in ${reportingCurrency}`, `${level} interval`], 2)}</thead>
<tbody>
${forecastRows.join('\n')}
</tbody>
</table></div>
<p class="note">Each open invoice’s amount is spread over the weeks by the model’s distribution of its payment date. A week’s ${escapeHtml(level)} interval assumes a customer’s invoices are paid together and customers independently; the intervals of the currencies are added up, which is slightly wide.</p>
</section>
`;
}
