import type { DunningPlan } from './dunning-plan';
import { escapeHtml } from './escape-html';

/** The dunning section of the HTML report: today's actions, and what was held back. */
export interface ReportDunning {
  /** The scenario's name, shown in the heading. */
  scenarioName: string;
  /** Today's plan (`dunningPlan`). */
  plan: DunningPlan;
  /** At most this many actions are listed. Default 40. */
  limit?: number;
}

const cell = (text: string) => `<td>${escapeHtml(text)}</td>`;

/** The report's "Today's dunning plan" section, as HTML. */
export function renderDunningSection(dunning: ReportDunning): string {
  const { plan } = dunning;
  const limit = dunning.limit ?? 40;
  const rows = plan.actions
    .slice(0, limit)
    .map(
      (action) => `<tr>${[action.name, action.step, action.what, action.covers, action.why].map(cell).join('')}</tr>`,
    );
  const more =
    plan.actions.length > limit ? `<p class="note">… and ${plan.actions.length - limit} more actions.</p>` : '';
  const counts = plan.actionCounts.map(([kind, count]) => `${count} ${kind}`).join(', ');
  const held = plan.skipped
    .map((skip) => `<li><strong>${skip.count} ${escapeHtml(skip.kind)}</strong>, e.g. ${escapeHtml(skip.example)}</li>`)
    .join('\n');
  return `<section>
<h2>Today’s dunning plan (${escapeHtml(dunning.scenarioName)})</h2>
<p class="lead">${plan.customers} customers with open invoices evaluated: ${escapeHtml(counts === '' ? 'nothing to do' : counts)}.</p>
<div class="table-wrap"><table>
<thead><tr><th>Customer</th><th>Step</th><th>What</th><th>Covers</th><th>Why</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div>
${more}${held === '' ? '' : `<h3>Held back today</h3>\n<ul>\n${held}\n</ul>\n`}<p class="note">Every action carries an idempotency key made of the scenario, customer, unit, anchor, step and occurrence (never the time of the run), recorded before anything is sent, so a re-run the same day or the next never sends it twice.</p>
</section>
`;
}
