/**
 * How much work training may do, by the number of examples. Small ledgers get the careful treatment (every
 * depth compared, slow learning, several probes and bagging, all of which fight the noise of a small
 * hold-out); large ones are compared on their most recent examples only, with faster learning and one
 * model, which their size makes stable anyway, so a nightly run stays within seconds.
 */
export interface TrainingBudget {
  /** Most recent examples used to compare methods (80% fit, 20% held out). */
  selectionRows: number;
  learningRate: number;
  /** Rounds a boosted model may grow before early stopping ends it. */
  maxTrees: number;
  /** Tree depths compared. */
  depths: readonly number[];
  /** Boosted days-to-settle models averaged. */
  bags: number;
  /** Extra early-stopped probes whose median round count sets the final days model's size. */
  extraProbes: number;
  /** Share of rows each tree is grown on. */
  subsample: number;
  /** Rounds without improvement before early stopping. */
  patience: number;
}

/** Examples up to which a ledger counts as small. */
export const SMALL_LEDGER = 10_000;

/** The budget for `examples` settled invoices. */
export function trainingBudget(examples: number): TrainingBudget {
  if (examples <= SMALL_LEDGER) {
    return {
      selectionRows: examples,
      learningRate: 0.05,
      maxTrees: 400,
      depths: [2, 3, 4],
      bags: 5,
      extraProbes: 2,
      subsample: 0.8,
      patience: 40,
    };
  }
  return {
    selectionRows: 20_000,
    learningRate: 0.2,
    maxTrees: 80,
    depths: [3],
    bags: 1,
    extraProbes: 0,
    subsample: 0.5,
    patience: 20,
  };
}
