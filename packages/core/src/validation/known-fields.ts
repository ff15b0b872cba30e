import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { OverdueError } from '../errors/overdue-error';
import { describeReceived } from './parse-input';

// Edit distance between two names, case-insensitive, with a swap of two neighbours counting as one edit
// (optimal string alignment), so `warmupDays`, `buckest` and `reciever` find their field.
function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let before = new Array<number>(t.length + 1).fill(0);
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = new Array<number>(t.length + 1).fill(0);
    row[0] = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] as number) + 1, (row[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1])
        best = Math.min(best, (before[j - 2] as number) + 1);
      row[j] = best;
    }
    before = previous;
    previous = row;
  }
  return previous[t.length] as number;
}

/**
 * The message for a field that a function does not know: the closest known name when one is near (a typo),
 * otherwise the list of known names.
 *
 * @param key - The unknown field.
 * @param known - The fields the object may have.
 * @returns `unknown field; did you mean "warmUpDays"?` or `unknown field; expected one of a, b`.
 * @category Validation
 * @example
 * ```ts
 * unknownFieldMessage('bucketz', ['asOf', 'basis', 'buckets']);
 * //=> 'unknown field; did you mean "buckets"?'
 * unknownFieldMessage('colour', ['asOf', 'basis']);
 * //=> 'unknown field; expected one of asOf, basis'
 * ```
 */
export function unknownFieldMessage(key: string, known: readonly string[]): string {
  let closest: string | undefined;
  let closestDistance = Number.POSITIVE_INFINITY;
  for (const name of known) {
    const distance = editDistance(key, name);
    if (distance < closestDistance) {
      closest = name;
      closestDistance = distance;
    }
  }
  // Two edits in a long name, one in a shorter one, only case in a name of one or two letters: near
  // enough to be a typo, not another word.
  const shorter = closest === undefined ? 0 : Math.min(key.length, closest.length);
  const near = closest !== undefined && closestDistance <= (shorter >= 6 ? 2 : shorter >= 3 ? 1 : 0);
  if (near) return `unknown field; did you mean "${closest}"?`;
  return known.length === 0
    ? 'unknown field; expected no fields'
    : `unknown field; expected one of ${known.join(', ')}`;
}

/**
 * Rejects a field that a hand-filled object may not have, so that a misspelt option (`bucketz`,
 * `optedout`) fails loudly instead of silently falling back to a default. Checks the object's own
 * enumerable string keys; a key whose value is `undefined` is still checked.
 *
 * @param value - The object; anything else (`null`, an array, a number) is rejected as not an object.
 * @param known - The fields it may have.
 * @param path - Its path in the input, such as `options` or `options.rates`.
 * @throws {@link InvalidArgumentError} naming the first unknown field's path, with the closest known name or
 * the list of known names.
 * @category Validation
 * @example
 * ```ts
 * assertKnownFields({ asOf: '2026-03-31', bucketz: [30, 60] }, ['asOf', 'basis', 'buckets'], 'options');
 * // throws: options.bucketz: unknown field; did you mean "buckets"?
 * ```
 */
export function assertKnownFields(value: object, known: readonly string[], path: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidArgumentError(
      `expected an object, got ${describeReceived(value)}`,
      path === '' ? undefined : path,
    );
  }
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      throw new InvalidArgumentError(unknownFieldMessage(key, known), path === '' ? key : `${path}.${key}`);
    }
  }
}

/**
 * Calls `run` and, when it rejects an input at `from` (or below it), throws the same complaint at `to`:
 * for a function that hands part of its input to another, so that the error names the field the caller
 * wrote. Other errors pass through unchanged.
 *
 * @param run - The inner call.
 * @param from - The path the inner call names its input by, such as `rules` or `options`.
 * @param to - The caller's path to that input, such as `options.contactRules`.
 * @returns What `run` returns.
 * @throws {@link InvalidArgumentError} at the caller's path, with the inner error as its cause.
 * @category Validation
 * @example
 * ```ts
 * withInputPath(() => assertKnownFields({ capz: 3 }, ['caps'], 'rules'), 'rules', 'options.contactRules');
 * // throws: options.contactRules.capz: unknown field; did you mean "caps"?
 * ```
 */
export function withInputPath<T>(run: () => T, from: string, to: string): T {
  try {
    return run();
  } catch (error) {
    if (!OverdueError.isInstance(error) || error.code !== 'invalid-argument' || error.path === undefined) throw error;
    const path = error.path;
    let rest: string;
    if (from === '') rest = path.startsWith('[') ? path : `.${path}`;
    else if (path === from || path.startsWith(`${from}.`) || path.startsWith(`${from}[`))
      rest = path.slice(from.length);
    else throw error;
    throw new InvalidArgumentError(error.message.slice(path.length + 2), `${to}${rest}`, error);
  }
}
