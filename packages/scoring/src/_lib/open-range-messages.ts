import type { ReplayIndex } from './history-index';
import type { OpenRangeColumns } from './predict-open-range';

/** What `predictOpenPaymentsInParallel` sends a worker: one range of customers to predict. */
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
}

/** A worker's answer: the range's columns, or why it failed. */
export type OpenRangeReply =
  | { readonly id: number; readonly part: OpenRangeColumns; readonly error?: undefined }
  | { readonly id: number; readonly error: string; readonly part?: undefined };
