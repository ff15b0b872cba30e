import type { CompiledPaymentModel } from './compiled-model';
import { FEATURE_COUNT } from './customer-state';
import { createMatrix, type FeatureMatrix } from './ml/matrix';

const CHUNK = 4096;

/** What a {@link FeatureBatch} hands over once it is full (or flushed). */
export interface PredictedChunk {
  /** The caller's position of each row of the chunk. */
  readonly positions: Int32Array;
  readonly count: number;
  /** Feature rows of the chunk. */
  readonly x: FeatureMatrix;
  readonly probabilities: Float64Array;
  readonly days: Float64Array;
}

/**
 * Feature rows gathered in chunks of 4096 and run through both models of a payment model a chunk at a time,
 * so memory stays flat however many invoices are predicted. `slot(position)` returns where the next row's
 * features go; `done()` after writing them; `flush()` at the end.
 */
export class FeatureBatch implements PredictedChunk {
  readonly positions: Int32Array;
  count = 0;
  readonly x: FeatureMatrix;
  readonly probabilities: Float64Array;
  readonly days: Float64Array;
  private readonly compiled: CompiledPaymentModel;
  private readonly visit: (chunk: PredictedChunk) => void;

  constructor(compiled: CompiledPaymentModel, rows: number, visit: (chunk: PredictedChunk) => void) {
    this.compiled = compiled;
    this.visit = visit;
    this.x = createMatrix(Math.min(CHUNK, Math.max(1, rows)), FEATURE_COUNT);
    this.positions = new Int32Array(this.x.rows);
    this.probabilities = new Float64Array(this.x.rows);
    this.days = new Float64Array(this.x.rows);
  }

  /** Offset in `x.values` for the features of the row at `position`. */
  slot(position: number): number {
    this.positions[this.count] = position;
    return this.count * FEATURE_COUNT;
  }

  /** The row just written is complete. */
  done(): void {
    this.count++;
    if (this.count === this.x.rows) this.flush();
  }

  /** Predicts and hands over the rows gathered so far. */
  flush(): void {
    if (this.count === 0) return;
    const view: FeatureMatrix = {
      rows: this.count,
      cols: FEATURE_COUNT,
      values: this.x.values.subarray(0, this.count * FEATURE_COUNT),
    };
    this.compiled.lateProbabilities(view, this.probabilities);
    this.compiled.daysToSettle(view, this.days);
    this.visit(this);
    this.count = 0;
  }
}
