// Overdue outreach loop: what a host runs around the outreach learner. Every morning it reminds the overdue
// payers of a made-up book on the channel, slot and tone `chooseOutreach` picks; every night it reads the
// webhooks that arrived (late, out of order, some twice) with `outcomeOfTouch` and learns each message's
// outcome once with `recordOutreachOutcomes`. Retail payers act on SMS and wholesale payers on email; the
// learner is not told, and finds out. Run with `pnpm --filter @overdue/example-outreach-loop start`.
import { formatTable } from '@overdue/example-support';
import { REWARD_WINDOW_DAYS, runOutreachLoop } from './run-loop';
import { DUPLICATE_RATE, MAX_WEBHOOK_DELAY_HOURS } from './webhook-feed';

const options = { customers: 60, days: 90, seed: 'outreach-loop', startDate: '2026-01-05' };
const run = runOutreachLoop(options);
const percent = (share: number) => `${(share * 100).toFixed(0)}%`;

console.log(
  `${options.customers} payers (half retail, half wholesale), ${options.days} days from ${options.startDate}, seed "${options.seed}"; ` +
    `reward window ${REWARD_WINDOW_DAYS} days.\n`,
);
console.log(
  `Messages sent: ${run.messages}. Webhooks received: ${run.webhooks}, of which ${run.duplicateWebhooks} duplicates ` +
    `(${percent(DUPLICATE_RATE)} are sent twice) and ${run.outOfOrderWebhooks} arriving after a later event ` +
    `(up to ${MAX_WEBHOOK_DELAY_HOURS} h late).`,
);
console.log(
  `Outcomes learnt: ${run.outcomesRecorded}, one per settled message (a host learning from every webhook would have ` +
    `recorded ${run.webhooks}). Invoices paid: ${run.invoicesPaid}.\n`,
);
console.log('Settled messages by result:');
console.log(
  formatTable(
    [{ header: 'Result' }, { header: 'Messages', align: 'right' }],
    Object.entries(run.results)
      .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
      .map(([result, count]) => [result, String(count)]),
  ),
);
console.log('\nOne settled message of each result, with the reason outcomeOfTouch gives:');
for (const example of run.examples) {
  console.log(`  ${example.segment.padEnd(9)} ${example.channel.padEnd(5)} ${example.reason}`);
}
console.log('\nWhat the learner found (retail payers act on SMS, wholesale payers on email; it was not told):');
console.log(
  formatTable(
    [
      { header: 'Segment' },
      { header: 'Channel' },
      { header: 'Mean reward', align: 'right' },
      { header: 'Outcomes (discounted)', align: 'right' },
    ],
    (['retail', 'wholesale'] as const).flatMap((segment) =>
      (['email', 'sms'] as const).map((channel) => {
        const counts = run.learner.segments[segment]?.channels[channel] ?? { successes: 0, failures: 0 };
        const total = counts.successes + counts.failures;
        return [segment, channel, total === 0 ? '-' : (counts.successes / total).toFixed(2), total.toFixed(0)];
      }),
    ),
  ),
);
console.log('\nShare of reminders sent by SMS:');
console.log(
  formatTable(
    [{ header: 'Segment' }, { header: 'First quarter', align: 'right' }, { header: 'Last quarter', align: 'right' }],
    (['retail', 'wholesale'] as const).map((segment) => [
      segment,
      percent(run.smsShare[segment].first),
      percent(run.smsShare[segment].last),
    ]),
  ),
);
