import { sharesInWords } from '@overdue/example-support';
import type { BookBacktest, BookBacktestRow } from './book-backtest';
import { escapeHtml } from './escape-html';
import { formatWholeMoney } from './format-whole-money';

/** The backtest section of the HTML report: the fit and the policies compared on the fitted portfolios. */
export interface ReportBacktest extends BookBacktest {
  /** The comparison as rows (`backtestRows`). */
  rows: readonly BookBacktestRow[];
}

const cell = (text: string, numeric = false) => `<td${numeric ? ' class="num"' : ''}>${escapeHtml(text)}</td>`;
const share = (value: number) => `${(value * 100).toFixed(1)}%`;

/** The report's "What a policy would do to this book" section, as HTML. */
export function renderBacktestSection(backtest: ReportBacktest, locale: string): string {
  const { fit, comparison } = backtest;
  const money = (minor: number) => formatWholeMoney(minor, comparison.currency, locale);
  const rows = backtest.rows.map(
    (row) =>
      `<tr>${[
        cell(row.policy),
        cell(money(row.averageOverdueMinor), true),
        cell(row.lessThanNoReminders === undefined ? '—' : `${row.lessThanNoReminders.toFixed(1)}% less`, true),
        cell(row.messages.toFixed(0), true),
        cell(row.plans.toFixed(0), true),
      ].join('')}</tr>`,
  );
  return `<section>
<h2>What a collection policy would do to this book</h2>
<p class="lead">${comparison.seeds.length} synthetic portfolios of ${comparison.customers.toLocaleString('en')} customers fitted to how this ledger pays (${escapeHtml(sharesInWords(fit.mix))}), simulated for ${comparison.days} days with each policy. Median days to pay: ${fit.target.medianDaysToPay.toFixed(1)} in the ledger, ${fit.fitted.medianDaysToPay.toFixed(1)} fitted; paid late: ${share(fit.target.lateShare)} and ${share(fit.fitted.lateShare)}.</p>
<div class="table-wrap"><table>
<thead><tr><th>Policy</th><th class="num">Average overdue (${escapeHtml(comparison.currency)})</th><th class="num">vs no reminders</th><th class="num">Messages</th><th class="num">Plans accepted</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div>
<p class="note">Means over the portfolios. The ledger shows how payers pay, not how they react to reminders: each payer archetype keeps the reactions documented in docs/guides/simulator.md.</p>
</section>
`;
}
