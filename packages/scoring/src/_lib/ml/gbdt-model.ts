/**
 * The loss a boosted model minimises: `logistic` (labels 0/1, raw score a logit), `squared` (mean),
 * `absolute` (median) or `quantile` (the `alpha`-quantile, by the pinball loss).
 */
export type GbdtLoss = 'logistic' | 'squared' | 'absolute' | 'quantile';

/**
 * One regression tree as parallel arrays indexed by node (node 0 is the root; children always have
 * larger indexes than their parent). A leaf has `feature` −1, `left`/`right` −1, `threshold` and `gain` 0.
 * An internal node sends a row left when `row[feature] <= threshold`. `value` is the leaf's output, or for
 * an internal node the cover-weighted mean of its leaves (what Saabas contributions need).
 */
export interface GbdtTree {
  feature: number[];
  threshold: number[];
  left: number[];
  right: number[];
  value: number[];
  /**
   * The split's loss reduction (second-order estimate, before shrinkage; 0 at leaves), for feature
   * importance. Written by `fitGbdt`; optional so models stored without it still load.
   */
  gain?: number[] | undefined;
}

/**
 * A gradient-boosted tree ensemble as plain JSON. The raw score of a row is `base + Σ leaf values`.
 * Trees are centred (each root's mean value is 0), so `base` is the expected raw score over the training
 * rows — the starting point of Saabas contributions.
 */
export interface GbdtModel {
  kind: 'gbdt';
  loss: GbdtLoss;
  /** The quantile, for the `quantile` loss only. */
  alpha?: number | undefined;
  base: number;
  trees: GbdtTree[];
}

/** The deepest trees `compileGbdt` accepts (its layout has 2^depth slots per tree). */
export const MAX_GBDT_DEPTH = 10;

/** The total split gain of each of `cols` features over all trees (a feature importance; 0 without gains). */
export function featureGains(model: GbdtModel, cols: number): number[] {
  const gains = new Array<number>(cols).fill(0);
  for (const { feature, gain } of model.trees) {
    if (gain === undefined) continue;
    for (let node = 0; node < feature.length; node++) {
      const f = feature[node] as number;
      if (f >= 0 && f < cols) gains[f] = (gains[f] as number) + (gain[node] as number);
    }
  }
  return gains;
}
