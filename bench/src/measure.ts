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
