import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Runs a benchmark script of this folder in its own Node process (so its peak memory is its own) and
 * returns the JSON object its last line prints.
 */
export function child(script: string, args: string[]): Record<string, unknown> {
  const path = fileURLToPath(new URL(script, import.meta.url));
  const output = execFileSync(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', '--conditions=@overdue/source', path, ...args],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(output.trim().split('\n').pop() as string) as Record<string, unknown>;
}

/** A figure with `digits` decimals, or the value as text when it is not a number. */
export const fixed = (value: unknown, digits = 1) =>
  typeof value === 'number' ? value.toFixed(digits) : String(value);
