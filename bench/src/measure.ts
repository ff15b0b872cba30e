import { readFileSync } from 'node:fs';

/** One timed run of `task` in ms, after a full garbage collection when `--expose-gc` is on. */
export async function timeOnce(task: () => unknown | Promise<unknown>): Promise<number> {
  (globalThis as { gc?: () => void }).gc?.();
  const start = performance.now();
  await task();
  return performance.now() - start;
}

/** Runs `task` `warmup` times untimed, then `runs` times timed; returns the sorted durations in ms. */
export async function measure(task: () => unknown | Promise<unknown>, runs: number, warmup = 2): Promise<number[]> {
  for (let index = 0; index < warmup; index++) await task();
  const times: number[] = [];
  for (let index = 0; index < runs; index++) times.push(await timeOnce(task));
  return times.sort((a, b) => a - b);
}

/** The median of sorted numbers. */
export function median(sorted: number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Peak resident memory of this process so far, in MiB. */
export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/**
 * CPU time the hypervisor has given to other machines since boot, all cores together, in ms (the `steal`
 * column of Linux's /proc/stat, in USER_HZ = 100 ticks a second); undefined where /proc/stat cannot be read.
 * Read it before and after a timed run: a wall time measured while steal grew is slowed by neighbours.
 */
export function stealMs(): number | undefined {
  try {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]?.trim().split(/\s+/);
    const ticks = Number(cpu?.[8]);
    return cpu?.[0] === 'cpu' && Number.isFinite(ticks) ? ticks * 10 : undefined;
  } catch {
    return undefined;
  }
}
