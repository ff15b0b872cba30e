import type { CollectionPolicy } from './policy-types';

/**
 * The baseline policy: it never sends anything. With it the simulator shows the portfolio's own payment
 * behaviour, the one calibrated to real figures.
 *
 * @returns The policy, named `no-reminders`.
 * @throws Never.
 * @category Policies
 * @example
 * ```ts
 * createNoReminderPolicy().name;
 * //=> 'no-reminders'
 * ```
 */
export function createNoReminderPolicy(): CollectionPolicy {
  return { name: 'no-reminders', start: () => ({ decide: () => [] }) };
}
