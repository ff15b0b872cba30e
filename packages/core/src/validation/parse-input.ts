import type { z } from 'zod';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { unknownFieldMessage } from './known-fields';

/**
 * Formats a zod issue path as a property path: `['invoices', 3, 'dueDate']` becomes `invoices[3].dueDate`.
 *
 * @param path - The segments.
 * @param prefix - A path to put in front. Default: none.
 * @returns The path text.
 * @category Validation
 * @example
 * ```ts
 * formatPath(['invoices', 3, 'dueDate']);
 * //=> 'invoices[3].dueDate'
 * ```
 */
export function formatPath(path: readonly PropertyKey[], prefix = ''): string {
  let text = prefix;
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? String(segment) : `.${String(segment)}`;
  }
  return text;
}

/**
 * Describes a received value for an error message, safely for any value (BigInts, objects without a
 * prototype, long strings).
 *
 * @param value - Any value.
 * @returns A short description such as `"31/12/2025"`, `number 1.5` or `nothing (the field is missing)`.
 * @category Validation
 * @example
 * ```ts
 * describeReceived(undefined);
 * //=> 'nothing (the field is missing)'
 * describeReceived(1.5);
 * //=> 'number 1.5'
 * ```
 */
export function describeReceived(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null';
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Date) return `a Date (${Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString()})`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

interface SchemaInternals {
  _zod?: { def?: { shape?: object; keyType?: SchemaInternals }; values?: ReadonlySet<unknown> };
}

// The fields the schema that raised an unknown-key issue knows: an object's shape, or a record's enum keys.
function knownKeysOf(schema: unknown): string[] | undefined {
  const def = (schema as SchemaInternals | undefined)?._zod?.def;
  if (def?.shape !== undefined) return Object.keys(def.shape);
  const values = def?.keyType?._zod?.values;
  return values === undefined ? undefined : [...values].filter((value): value is string => typeof value === 'string');
}

function issueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type') return `expected ${issue.expected}, got ${describeReceived(issue.input)}`;
  if (issue.code === 'invalid_value') {
    return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}, got ${describeReceived(issue.input)}`;
  }
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeysOf(issue.inst);
    return known === undefined ? 'unknown field' : unknownFieldMessage(issue.keys[0] as string, known);
  }
  return undefined;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

function samePath(a: readonly PropertyKey[], b: readonly PropertyKey[]): boolean {
  return a.length === b.length && a.every((segment, index) => segment === b[index]);
}

// A misspelt required field is both missing and unknown on the same object, and zod lists the missing
// one first: put the unknown one first, since it names what was typed.
function reportedFirst(issues: z.core.$ZodIssue[], value: unknown): z.core.$ZodIssue[] {
  const [first] = issues;
  if (first === undefined || first.code !== 'invalid_type' || first.path.length === 0) return issues;
  if (valueAt(value, first.path) !== undefined) return issues;
  const parent = first.path.slice(0, -1);
  const unknown = issues.find((issue) => issue.code === 'unrecognized_keys' && samePath(issue.path, parent));
  return unknown === undefined ? issues : [unknown, ...issues.filter((issue) => issue !== unknown)];
}

/**
 * Validates a value with a zod schema and returns the parsed result, or throws an
 * {@link InvalidArgumentError} whose message names the path of the first problem and the value found,
 * and lists how many more there are.
 *
 * @param schema - A zod schema, usually one exported by this package.
 * @param value - The input.
 * @param path - A path to put in front of every issue path (`options`, `ledger`). Default: none.
 * @returns The parsed value.
 * @throws {@link InvalidArgumentError} when the value does not match.
 * @category Validation
 * @example
 * ```ts
 * parseInput(civilDateSchema, '2025-12-31');
 * //=> '2025-12-31'
 * parseInput(invoiceSchema, { ...invoice, dueDate: '31/12/2025' });
 * // throws: dueDate: expected YYYY-MM-DD, got "31/12/2025"
 * ```
 */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, path = ''): z.output<T> {
  const result = schema.safeParse(value, { error: issueMessage });
  if (result.success) return result.data;
  const issues = reportedFirst(result.error.issues, value);
  const [first, ...rest] = issues;
  // An unknown field is reported at its own path; its fellow unknown fields count as further problems.
  const unknown = first?.code === 'unrecognized_keys' ? first.keys : [];
  const where = formatPath([...(first?.path ?? []), ...unknown.slice(0, 1)], path);
  const further = rest.length + Math.max(0, unknown.length - 1);
  const more = further === 0 ? '' : ` (and ${further} more problem${further > 1 ? 's' : ''})`;
  throw new InvalidArgumentError(
    `${first?.message ?? 'invalid input'}${more}`,
    where === '' ? undefined : where,
    result.error,
  );
}
