import { comparePolicies, createAdaptivePolicy, createFixedLadderPolicy } from '@overdue/simulator';

const seeds = (process.env.SEEDS ?? '101,102,103,104,105').split(',').map(Number);
const variants: Record<string, Parameters<typeof createAdaptivePolicy>[0]> = JSON.parse(
  process.env.VARIANTS ?? '{"alone":{},"in-reminders":{"planDelivery":"in-reminders"}}',
);
const policies = [
  createFixedLadderPolicy(),
  ...Object.entries(variants).map(([name, o]) => ({ ...createAdaptivePolicy(o), name })),
];
const c = comparePolicies({ policies, customers: 2000, days: 180, seeds });
for (const p of c.policies) {
  const red = p.overdueReduction.find((r) => r.against === 'fixed-ladder');
  console.log(
    p.name.padEnd(28),
    'overdue',
    (p.averageOverdue.mean.minor / 100).toFixed(0),
    'vsLadder',
    red ? `${red.percent.mean.toFixed(1)} ± ${red.percent.standardDeviation.toFixed(1)}` : '-',
    'msgs',
    p.messagesSent.mean.toFixed(0),
    'offers',
    p.plansOffered.mean.toFixed(0),
    'contacts',
    p.contacts.mean.toFixed(0),
    'plans',
    p.plansAccepted.mean.toFixed(0),
  );
}
