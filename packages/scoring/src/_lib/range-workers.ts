import type { Worker } from 'node:worker_threads';
import type { OpenRangeReply, OpenRangeRequest } from './open-range-messages';

/**
 * Where the worker's script is: next to the built entry point (`.js` or `.cjs`); when running from the
 * TypeScript sources (tests, benchmarks), the package's built copy.
 */
function workerUrl(): URL {
  const here = import.meta.url;
  if (here.endsWith('.ts')) return new URL('../../dist/predict-open-worker.js', here);
  return new URL(here.endsWith('.cjs') ? './predict-open-worker.cjs' : './predict-open-worker.js', here);
}

/**
 * One worker thread and the requests waiting on it. It keeps the process alive only while a request is
 * pending, so an idle pool never stops a program from exiting.
 */
class RangeWorker {
  private readonly pending = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  broken = false;

  constructor(private readonly worker: Worker) {
    worker.unref();
    worker.on('message', (reply: OpenRangeReply) => {
      const waiting = this.pending.get(reply.id);
      if (waiting === undefined) return;
      this.settled(reply.id);
      if (reply.error !== undefined) waiting.reject(new Error(reply.error));
      else waiting.resolve();
    });
    const fail = (error: Error) => {
      this.broken = true;
      for (const [id, waiting] of this.pending) {
        this.settled(id);
        waiting.reject(error);
      }
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the scoring worker stopped (exit code ${code})`)));
  }

  request(request: OpenRangeRequest): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(request.id, { resolve, reject });
      this.worker.postMessage(request);
    });
  }

  private settled(id: number): void {
    this.pending.delete(id);
    if (this.pending.size === 0) this.worker.unref();
  }
}

let pool: RangeWorker[] = [];
let nextId = 1;

/** `count` workers, started on first use and kept (idle ones do not hold the process open). */
export async function rangeWorkers(count: number): Promise<RangeWorker[]> {
  pool = pool.filter((worker) => !worker.broken);
  if (pool.length < count) {
    const { Worker } = await import('node:worker_threads');
    while (pool.length < count) pool.push(new RangeWorker(new Worker(workerUrl())));
  }
  return pool.slice(0, count);
}

/** A request id unique in this process. */
export function requestId(): number {
  return nextId++;
}

export type { RangeWorker };
