import type { Money } from '@overdue/core';
import type { ComputedFee } from '../../fees/compute-fee';
import { computeFee } from '../../fees/compute-fee';
import type { ScenarioFeeRule } from '../scenario-schema';

/** Results per frozen rule, keyed by `currency minor` (a fixed fee by currency alone). */
const cache = new WeakMap<ScenarioFeeRule, Map<string, ComputedFee>>();
/** Entries kept per rule before the cache for that rule starts over. */
const MAX_ENTRIES = 4096;

/**
 * `computeFee(rule, balance)`, remembered per parsed rule: formatting the explanation costs far more than
 * the evaluation itself, and a fixed fee does not depend on the balance. Same inputs, same result.
 */
export function feeOf(rule: ScenarioFeeRule, balance: Money): ComputedFee {
  let results = cache.get(rule);
  if (results === undefined) {
    results = new Map();
    cache.set(rule, results);
  }
  const id = rule.kind === 'fixed' && balance.minor > 0 ? balance.currency : `${balance.currency} ${balance.minor}`;
  let fee = results.get(id);
  if (fee === undefined) {
    fee = computeFee(rule, balance);
    // Shared between actions: frozen so that no host can change one through another.
    Object.freeze(fee.amount);
    Object.freeze(fee);
    if (results.size >= MAX_ENTRIES) results.clear();
    results.set(id, fee);
  }
  return fee;
}
