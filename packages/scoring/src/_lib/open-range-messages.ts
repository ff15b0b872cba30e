import type { ReplayIndex } from './history-index';
import type { OpenColumns } from './predict-open-range';

/**
 * What `predictOpenPaymentsInParallel` sends a worker: one range of customers to predict into the shared
 * result columns, from entry `offset` on.
 */
export interface OpenRangeRequest {
  readonly id: number;
  /** Identifies the model across requests, so a worker compiles it once. */
  readonly modelKey: number;
  readonly model: unknown;
  readonly index: ReplayIndex;
  readonly asOf: number;
  readonly level: number;
  readonly from: number;
  readonly to: number;
  readonly offset: number;
  readonly count: number;
  readonly out: OpenColumns;
}

/** A worker's answer: done, or why it failed. */
export interface OpenRangeReply {
  readonly id: number;
  readonly error: string | undefined;
}
