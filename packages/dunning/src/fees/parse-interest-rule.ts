import { readInterestRule } from './_lib/read-interest-rule';
import type { InterestRule } from './statutory-interest';

/**
 * Checks an interest rule before any debt is known, for example when a scenario is parsed, so that a
 * misspelt regime or option fails when the scenario is loaded rather than when the first interest is
 * charged. It checks everything {@link statutoryInterest} checks except what needs the debt (the
 * currency of `compensationAmount`, and whether the rate table covers the late days).
 *
 * @param value - The rule as written: `{ regime, ...options }` (plain JSON, or with a `rates` table).
 * @param path - Where the rule is, used in errors. Default: `rule`.
 * @returns The same rule, typed.
 * @throws {@link @overdue/core!InvalidArgumentError | InvalidArgumentError} naming the field, such as
 * `rule.regime`, `rule.marginPercent`, or a field the rule or a rate row does not have: `rule.daycount`
 * (`unknown field; did you mean "dayCount"?`), `rule.margin` (`unknown field; expected one of regime,
 * rates, ...`), `rule.rates[0].rate`.
 * @category Fees and interest
 * @example
 * ```ts
 * parseInterestRule({ regime: 'uk-late-payment', dayCount: 365 });
 * //=> { regime: 'uk-late-payment', dayCount: 365 }
 * parseInterestRule({ regime: 'eu-late-payment' }, 'steps[3].actions[0]');
 * // throws: steps[3].actions[0].regime: expected one of "eu-directive", "uk-late-payment", ...
 * ```
 */
export function parseInterestRule(value: unknown, path = 'rule'): InterestRule {
  readInterestRule(value, path, false);
  return value as InterestRule;
}
