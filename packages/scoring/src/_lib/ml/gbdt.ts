import type { Random } from '@overdue/core';
import { InvalidArgumentError } from '@overdue/core';
import type { BinnedFeatures } from './gbdt-bins';
import { binFeatures } from './gbdt-bins';
import type { GbdtLoss, GbdtModel, GbdtTree } from './gbdt-model';
import { MAX_GBDT_DEPTH } from './gbdt-model';
import type { FeatureMatrix } from './matrix';
import { assertMatrix } from './matrix';
import { selectQuantile } from './select-quantile';

export type { GbdtLoss, GbdtModel, GbdtTree } from './gbdt-model';
export { featureGains } from './gbdt-model';

/** Options of {@link fitGbdt}. */
export interface GbdtOptions {
  loss: GbdtLoss;
  /** The quantile for the `quantile` loss, in (0, 1); required there, ignored otherwise. */
  alpha?: number;
  /** Boosting rounds (default 100). */
  trees?: number;
  /** Levels of splits per tree, 1 to 10 (default 4). */
  maxDepth?: number;
  /** Shrinkage of every leaf value (default 0.1). */
  learningRate?: number;
  /** Rows a leaf must have at least (default 20). */
  minLeafRows?: number;
  /** L2 penalty on leaf values in the second-order objective (default 1). */
  l2?: number;
  /** A split must reduce the loss by more than this (default 0). */
  minGain?: number;
  /** Share of rows each tree is grown on, sampled without replacement (default 1: all rows). */
  subsample?: number;
  /** Bins per feature, 2 to 256 (default 64). */
  maxBins?: number;
  /** Drives row sampling; not used when `subsample` is 1. */
  random: Random;
  /**
   * Held-out rows: training stops once their mean loss (log loss, squared error, or pinball loss — half
   * the absolute error for `absolute`) has not improved for `earlyStoppingRounds` trees, and the model
   * keeps the trees up to its best round (possibly none).
   */
  validation?: { x: FeatureMatrix; y: Float64Array; earlyStoppingRounds: number };
}

const LOGISTIC = 0;
const SQUARED = 1;
const ABSOLUTE = 2;
const QUANTILE = 3;
const LOSS_CODES: Record<GbdtLoss, number> = {
  logistic: LOGISTIC,
  squared: SQUARED,
  absolute: ABSOLUTE,
  quantile: QUANTILE,
};

/**
 * Fits gradient-boosted regression trees with histogram split finding, like LightGBM and XGBoost `hist`.
 *
 * Each round computes every row's gradient and hessian of the loss at the current scores, grows one tree
 * depth-first on them, and adds its shrunk leaf values to the scores. Features are quantised once into at
 * most `maxBins` bins (see `binFeatures`); a node's best split is then a scan of per-bin gradient sums.
 * Only the smaller child's histogram is built from its rows: the larger one is the parent's minus it.
 * Rows of a node stay contiguous in one index array, partitioned in place (stably) at each split; rows left
 * out of a subsample are partitioned alongside in a second one, so they are scored by leaf too.
 *
 * Leaves take the Newton step `−G / (H + l2)` for the logistic and squared losses. The absolute and
 * quantile losses have no useful curvature, so trees are grown on the gradient's sign (hessian 1) and each
 * leaf is then set to the median (or `alpha`-quantile) of its rows' residuals, as in Friedman's GBM.
 * The start score is the log-odds of the mean label, the mean, the median or the `alpha`-quantile.
 *
 * Deterministic for a given `random` state: it is only used to sample rows.
 */
export function fitGbdt(x: FeatureMatrix, y: Float64Array, options: GbdtOptions): GbdtModel {
  const settings = readOptions(options);
  assertMatrix(x, 'x');
  const rows = x.rows;
  if (rows === 0) throw new InvalidArgumentError('expected at least one row', 'x');
  checkTargets(y, rows, settings.loss, 'y');
  const validation = options.validation;
  if (validation !== undefined) {
    assertMatrix(validation.x, 'validation.x');
    if (validation.x.cols !== x.cols) {
      throw new InvalidArgumentError(`expected ${x.cols} columns, got ${validation.x.cols}`, 'validation.x');
    }
    checkTargets(validation.y, validation.x.rows, settings.loss, 'validation.y');
    const rounds = validation.earlyStoppingRounds;
    if (!(Number.isInteger(rounds) && rounds >= 1)) {
      throw new InvalidArgumentError(`expected a positive integer, got ${rounds}`, 'validation.earlyStoppingRounds');
    }
  }

  const bins = binFeatures(x, settings.maxBins);
  const trainer = new Trainer(bins, y, settings);
  const start = trainer.base;
  const trees: GbdtTree[] = [];
  let validationScores: Float64Array | undefined;
  let bestLoss = Number.POSITIVE_INFINITY;
  let bestTrees = 0;
  if (validation !== undefined) {
    validationScores = new Float64Array(validation.x.rows).fill(start);
    bestLoss = lossOf(settings, validation.y, validationScores);
  }
  for (let round = 0; round < settings.trees; round++) {
    const tree = trainer.boost();
    trees.push(tree);
    if (validation === undefined || validationScores === undefined) continue;
    addTree(tree, validation.x, validationScores);
    const loss = lossOf(settings, validation.y, validationScores);
    if (loss < bestLoss) {
      bestLoss = loss;
      bestTrees = round + 1;
    } else if (round + 1 - bestTrees >= validation.earlyStoppingRounds) {
      break;
    }
  }
  if (validation !== undefined) trees.length = bestTrees;

  // Centre each tree on its root mean and move the means into the base: the raw score is unchanged and
  // every tree's Saabas contributions then sum to its leaf value, so `raw = base + Σ contributions`.
  let base = start;
  for (const tree of trees) {
    const mean = tree.value[0] as number;
    for (let node = 0; node < tree.value.length; node++) tree.value[node] = (tree.value[node] as number) - mean;
    base += mean;
  }
  return settings.loss === 'quantile'
    ? { kind: 'gbdt', loss: settings.loss, alpha: settings.alpha, base, trees }
    : { kind: 'gbdt', loss: settings.loss, base, trees };
}

interface Settings {
  loss: GbdtLoss;
  lossCode: number;
  alpha: number;
  trees: number;
  maxDepth: number;
  learningRate: number;
  minLeafRows: number;
  l2: number;
  minGain: number;
  subsample: number;
  maxBins: number;
  random: Random;
}

function readOptions(options: GbdtOptions): Settings {
  const {
    loss,
    trees = 100,
    maxDepth = 4,
    learningRate = 0.1,
    minLeafRows = 20,
    l2 = 1,
    minGain = 0,
    subsample = 1,
    maxBins = 64,
    random,
  } = options;
  const lossCode = LOSS_CODES[loss];
  if (lossCode === undefined || !Object.hasOwn(LOSS_CODES, loss)) {
    throw new InvalidArgumentError(`expected logistic, squared, absolute or quantile, got ${String(loss)}`, 'loss');
  }
  const alpha = loss === 'quantile' ? (options.alpha as number) : 0.5;
  if (!(alpha > 0 && alpha < 1)) throw new InvalidArgumentError(`expected alpha in (0, 1), got ${alpha}`, 'alpha');
  const integer = (value: number, min: number, max: number, path: string): void => {
    if (!(Number.isInteger(value) && value >= min && value <= max)) {
      throw new InvalidArgumentError(`expected an integer from ${min} to ${max}, got ${value}`, path);
    }
  };
  integer(trees, 0, 1_000_000, 'trees');
  integer(maxDepth, 1, MAX_GBDT_DEPTH, 'maxDepth');
  integer(minLeafRows, 1, Number.MAX_SAFE_INTEGER, 'minLeafRows');
  integer(maxBins, 2, 256, 'maxBins');
  if (!(learningRate > 0 && Number.isFinite(learningRate))) {
    throw new InvalidArgumentError(`expected a positive learning rate, got ${learningRate}`, 'learningRate');
  }
  if (!(l2 >= 0 && Number.isFinite(l2))) throw new InvalidArgumentError(`expected l2 >= 0, got ${l2}`, 'l2');
  if (!(minGain >= 0 && Number.isFinite(minGain))) {
    throw new InvalidArgumentError(`expected minGain >= 0, got ${minGain}`, 'minGain');
  }
  if (!(subsample > 0 && subsample <= 1)) {
    throw new InvalidArgumentError(`expected subsample in (0, 1], got ${subsample}`, 'subsample');
  }
  if (typeof random?.next !== 'function') throw new InvalidArgumentError('expected a Random', 'random');
  return {
    loss,
    lossCode,
    alpha,
    trees,
    maxDepth,
    learningRate,
    minLeafRows,
    l2,
    minGain,
    subsample,
    maxBins,
    random,
  };
}

function checkTargets(y: Float64Array, rows: number, loss: GbdtLoss, path: string): void {
  if (!(y instanceof Float64Array) || y.length !== rows) {
    throw new InvalidArgumentError(`expected a Float64Array of ${rows} targets`, path);
  }
  for (let row = 0; row < rows; row++) {
    const target = y[row] as number;
    if (loss === 'logistic' ? !(target === 0 || target === 1) : !Number.isFinite(target)) {
      throw new InvalidArgumentError(
        `expected ${loss === 'logistic' ? 'a label of 0 or 1' : 'a finite target'}, got ${target}`,
        `${path}[${row}]`,
      );
    }
  }
}

/** The mean loss of raw `scores` against `y` (log loss from logits for the logistic loss). */
function lossOf(settings: Settings, y: Float64Array, scores: Float64Array): number {
  const { lossCode, alpha } = settings;
  let sum = 0;
  for (let row = 0; row < y.length; row++) {
    const score = scores[row] as number;
    const target = y[row] as number;
    if (lossCode === LOGISTIC) {
      sum += Math.max(score, 0) + Math.log1p(Math.exp(-Math.abs(score))) - target * score;
    } else if (lossCode === SQUARED) {
      sum += (target - score) * (target - score);
    } else {
      const difference = target - score;
      sum += difference >= 0 ? alpha * difference : (alpha - 1) * difference;
    }
  }
  return y.length === 0 ? 0 : sum / y.length;
}

/** Adds a (not yet centred) tree's leaf values to raw scores of `x`. */
function addTree(tree: GbdtTree, x: FeatureMatrix, scores: Float64Array): void {
  const { feature, threshold, left, right, value } = tree;
  const { rows, cols, values } = x;
  for (let row = 0; row < rows; row++) {
    const at = row * cols;
    let node = 0;
    for (let f = feature[0] as number; f >= 0; f = feature[node] as number) {
      node =
        (values[at + f] as number) <= (threshold[node] as number) ? (left[node] as number) : (right[node] as number);
    }
    scores[row] = (scores[row] as number) + (value[node] as number);
  }
}

/**
 * Boosting state. Per row: scores, odds `e^score` for the logistic loss (updated by multiplying with
 * `e^leaf`, which saves an `exp` per row and round), and `[gradient, K + hessian]` pairs. The hessian
 * is stored offset by `K`, a power of two at least 4 × (rows × largest hessian): a bin's sum of the
 * second channel is then `K × rows + Σ hessian` with `Σ hessian < K / 4`, so the row count is recovered
 * exactly by rounding (`minLeafRows` needs counts) without a third histogram channel, which measured
 * about 25% slower. The hessian sums keep ~1e-6 absolute precision, ample for split gains and leaves.
 *
 * Every node's gradient sum, packed hessian sum and row count come from its parent's split scan, so
 * Newton leaves need no pass over their rows; and a split whose children are both leaves is not
 * partitioned at all — its rows are scored in one pass that reads the split feature (about a quarter of
 * the partitioning work). The absolute and quantile losses need each leaf's rows (for the residual
 * quantile), so they always partition.
 */
class Trainer {
  readonly base: number;
  private readonly rows: number;
  private readonly cols: number;
  private readonly units: number;
  private readonly wordsPerRow: number;
  private readonly codeWords: Uint32Array;
  private readonly columns: Uint8Array;
  private readonly expandFrom: Int32Array;
  private readonly expandTo: Int32Array;
  private readonly binStart: Int32Array;
  private readonly edges: Float64Array;
  private readonly histogramLength: number;
  private readonly offset: number;
  private readonly newtonLeaves: boolean;
  private readonly scores: Float64Array;
  private readonly odds: Float64Array;
  private readonly pairs: Float64Array;
  private readonly index: Int32Array;
  private readonly spill: Int32Array;
  /** Histogram slots: the root's, then one per level of the current path (depth-first growth). */
  private readonly histograms: Float64Array[];
  private readonly inBag: Uint8Array;
  private readonly order: Int32Array;
  /** Rows left out of this round's sample, partitioned through the tree like the sampled ones. */
  private readonly outIndex: Int32Array;
  private outCount = 0;
  private readonly residuals: Float64Array;
  /** Left and right leaf values (and their exponentials) of an unpartitioned split. */
  private readonly sides = new Float64Array(4);
  private nextSlot = 0;
  // The tree being grown (capacity 2^(maxDepth+1) − 1 nodes).
  private nodes = 0;
  private readonly nodeFeature: Int32Array;
  /** The split's last left bin, within its feature. */
  private readonly nodeBin: Int32Array;
  private readonly nodeThreshold: Float64Array;
  private readonly nodeLeft: Int32Array;
  private readonly nodeRight: Int32Array;
  private readonly nodeValue: Float64Array;
  private readonly nodeGain: Float64Array;
  /** The node's rows are `index[start .. end)`, unless its parent's split was not partitioned. */
  private readonly nodeStart: Int32Array;
  private readonly nodeEnd: Int32Array;
  /** The node's rows left out of the sample are `outIndex[outStart .. outEnd)`, likewise. */
  private readonly nodeOutStart: Int32Array;
  private readonly nodeOutEnd: Int32Array;
  /** 1 for a split whose rows were not partitioned (both children are leaves). */
  private readonly nodeUnsplit: Uint8Array;
  private readonly nodeGradient: Float64Array;
  private readonly nodePacked: Float64Array;
  private readonly nodeCover: Float64Array;
  private readonly nodeSum: Float64Array;
  // The best split found by `findSplit`: feature, global bin, gain and the left side's sums.
  private bestFeature = -1;
  private bestBin = -1;
  private bestGain = 0;
  private bestGradientLeft = 0;
  private bestPackedLeft = 0;
  private bestRowsLeft = 0;
  private bestGradientTotal = 0;
  private bestPackedTotal = 0;

  constructor(
    bins: BinnedFeatures,
    private readonly y: Float64Array,
    private readonly settings: Settings,
  ) {
    const { rows, cols, units, columns, binStart, edges } = bins;
    this.rows = rows;
    this.cols = cols;
    this.units = units;
    this.wordsPerRow = bins.wordsPerRow;
    this.codeWords = bins.codeWords;
    this.columns = columns;
    this.expandFrom = bins.expandFrom;
    this.expandTo = bins.expandTo;
    this.binStart = binStart;
    this.edges = edges;
    this.histogramLength = 2 * bins.histogramBins;
    let offset = 1;
    while (offset < (settings.lossCode === LOGISTIC ? rows : 4 * rows)) offset *= 2;
    this.offset = offset;
    this.newtonLeaves = settings.lossCode === LOGISTIC || settings.lossCode === SQUARED;
    this.base = startScore(settings, y);
    this.scores = new Float64Array(rows).fill(this.base);
    this.odds = new Float64Array(settings.lossCode === LOGISTIC ? rows : 0).fill(Math.exp(this.base));
    this.pairs = new Float64Array(2 * rows);
    this.index = new Int32Array(rows);
    this.spill = new Int32Array(rows);
    this.histograms = [];
    for (let slot = 0; slot <= settings.maxDepth; slot++) this.histograms.push(new Float64Array(this.histogramLength));
    const sampled = settings.subsample < 1;
    this.inBag = new Uint8Array(sampled ? rows : 0);
    this.order = new Int32Array(sampled ? rows : 0);
    this.outIndex = new Int32Array(sampled ? rows : 0);
    for (let row = 0; row < this.order.length; row++) this.order[row] = row;
    this.residuals = new Float64Array(this.newtonLeaves ? 0 : rows);
    const capacity = 2 ** (settings.maxDepth + 1) - 1;
    this.nodeFeature = new Int32Array(capacity);
    this.nodeBin = new Int32Array(capacity);
    this.nodeThreshold = new Float64Array(capacity);
    this.nodeLeft = new Int32Array(capacity);
    this.nodeRight = new Int32Array(capacity);
    this.nodeValue = new Float64Array(capacity);
    this.nodeGain = new Float64Array(capacity);
    this.nodeStart = new Int32Array(capacity);
    this.nodeEnd = new Int32Array(capacity);
    this.nodeOutStart = new Int32Array(capacity);
    this.nodeOutEnd = new Int32Array(capacity);
    this.nodeUnsplit = new Uint8Array(capacity);
    this.nodeGradient = new Float64Array(capacity);
    this.nodePacked = new Float64Array(capacity);
    this.nodeCover = new Float64Array(capacity);
    this.nodeSum = new Float64Array(capacity);
  }

  /** Grows one tree on the current scores, adds it to the scores and returns it (not centred). */
  boost(): GbdtTree {
    const { settings } = this;
    writeGradients(settings.lossCode, settings.alpha, this.offset, this.y, this.scores, this.odds, this.pairs);
    const sampled = this.sampleRows();
    this.nodes = 0;
    this.nextSlot = 1;
    const splittable = sampled >= 2 * settings.minLeafRows && this.units > 0;
    if (splittable) this.buildHistogram(0, sampled, 0);
    // The root's sums: from its histogram (any feature's bins add up to them), else from its rows.
    let gradient = 0;
    let packed = 0;
    if (splittable) {
      const histogram = this.histograms[0] as Float64Array;
      let feature = 0;
      while ((this.binStart[feature + 1] as number) - (this.binStart[feature] as number) < 2) feature++;
      for (let k = 2 * (this.binStart[feature] as number); k < 2 * (this.binStart[feature + 1] as number); k += 2) {
        gradient += histogram[k] as number;
        packed += histogram[k + 1] as number;
      }
    } else {
      const { index, pairs } = this;
      for (let at = 0; at < sampled; at++) {
        const row = index[at] as number;
        gradient += pairs[2 * row] as number;
        packed += pairs[2 * row + 1] as number;
      }
    }
    this.grow(0, sampled, 0, this.outCount, 0, 0, splittable, gradient, packed);
    this.setLeafValues();
    this.applyTree();
    return this.exportTree();
  }

  /**
   * Fills `index[0 .. m)` with this round's rows and `outIndex` with the others, both ascending (so
   * histogram reads stay sequential); returns m.
   */
  private sampleRows(): number {
    const { rows, index, settings } = this;
    this.outCount = 0;
    if (settings.subsample === 1) {
      for (let row = 0; row < rows; row++) index[row] = row;
      return rows;
    }
    const wanted = Math.max(1, Math.min(rows, Math.round(settings.subsample * rows)));
    // Partial Fisher-Yates on a persistent permutation draws min(m, n − m) rows: the sample, or the rows
    // left out. The draws come from a splitmix32 sequence seeded from `random` each round: calling the
    // generator through its interface costs more than the rest of sampling.
    const draws = Math.min(wanted, rows - wanted);
    const drawn = draws === wanted ? 1 : 0;
    const { inBag, order, outIndex } = this;
    inBag.fill(1 - drawn);
    let state = Math.floor(settings.random.next() * 4294967296) | 0;
    for (let draw = 0; draw < draws; draw++) {
      state = (state + 0x9e3779b9) | 0;
      let mixed = Math.imul(state ^ (state >>> 16), 0x85ebca6b);
      mixed = Math.imul(mixed ^ (mixed >>> 13), 0xc2b2ae35);
      const uniform = ((mixed ^ (mixed >>> 16)) >>> 0) / 4294967296;
      const pick = draw + Math.floor(uniform * (rows - draw));
      const row = order[pick] as number;
      order[pick] = order[draw] as number;
      order[draw] = row;
      inBag[row] = drawn;
    }
    let count = 0;
    let out = 0;
    for (let row = 0; row < rows; row++) {
      if (inBag[row] === 1) index[count++] = row;
      else outIndex[out++] = row;
    }
    this.outCount = out;
    return count;
  }

  /**
   * Sums `[gradient, K + hessian]` of rows `index[start .. end)` into histogram slot `slot`, a row at a
   * time, four codes (two words) per step: V8 neither unrolls nor vectorises, and loop overhead is
   * otherwise most of the cost. (Interleaving two rows measured slower on real data: features with few
   * bins make both rows update the same bin back to back, a store-to-load dependency.)
   */
  private buildHistogram(start: number, end: number, slot: number): void {
    const histogram = this.histograms[slot] as Float64Array;
    histogram.fill(0);
    accumulateRows(histogram, this.codeWords, this.wordsPerRow, this.index, this.pairs, start, end);
    expandBundles(histogram, this.expandFrom, this.expandTo);
  }

  /** A new node with its row ranges and sums: gradient, packed hessian (`K × rows + Σ hessian`), rows. */
  private addNode(
    start: number,
    end: number,
    outStart: number,
    outEnd: number,
    gradient: number,
    packed: number,
    rows: number,
  ): number {
    const node = this.nodes++;
    this.nodeFeature[node] = -1;
    this.nodeStart[node] = start;
    this.nodeEnd[node] = end;
    this.nodeOutStart[node] = outStart;
    this.nodeOutEnd[node] = outEnd;
    this.nodeUnsplit[node] = 0;
    this.nodeGradient[node] = gradient;
    this.nodePacked[node] = packed;
    this.nodeCover[node] = rows;
    return node;
  }

  /**
   * Grows the subtree of rows `index[start .. end)` (and left-out rows `outIndex[outStart .. outEnd)`)
   * with the given sums; returns its node. Its histogram is in `slot` when `hasHistogram` (a node that
   * cannot split needs none).
   */
  private grow(
    start: number,
    end: number,
    outStart: number,
    outEnd: number,
    depth: number,
    slot: number,
    hasHistogram: boolean,
    gradient: number,
    packed: number,
  ): number {
    const count = end - start;
    const node = this.addNode(start, end, outStart, outEnd, gradient, packed, count);
    const { settings } = this;
    const minRows = settings.minLeafRows;
    if (!hasHistogram || depth >= settings.maxDepth || count < 2 * minRows || !this.findSplit(slot, count)) {
      return node;
    }
    const feature = this.bestFeature;
    const bin = this.bestBin;
    const localBin = bin - (this.binStart[feature] as number);
    this.nodeFeature[node] = feature;
    this.nodeBin[node] = localBin;
    this.nodeThreshold[node] = this.edges[bin] as number;
    this.nodeGain[node] = this.bestGain;
    const leftRows = this.bestRowsLeft;
    const rightRows = count - leftRows;
    const leftGradient = this.bestGradientLeft;
    const leftPacked = this.bestPackedLeft;
    const rightGradient = this.bestGradientTotal - leftGradient;
    const rightPacked = this.bestPackedTotal - leftPacked;
    const childDepth = depth + 1;
    const leftNeeds = childDepth < settings.maxDepth && leftRows >= 2 * minRows;
    const rightNeeds = childDepth < settings.maxDepth && rightRows >= 2 * minRows;
    if (!leftNeeds && !rightNeeds && this.newtonLeaves) {
      // Both children are leaves whose values come from these sums: score the rows without moving them.
      this.nodeUnsplit[node] = 1;
      this.nodeLeft[node] = this.addNode(0, 0, 0, 0, leftGradient, leftPacked, leftRows);
      this.nodeRight[node] = this.addNode(0, 0, 0, 0, rightGradient, rightPacked, rightRows);
      return node;
    }
    const middle = this.partition(start, end, feature, localBin);
    const outMiddle = partitionRows(
      this.columns,
      feature * this.rows,
      localBin,
      this.outIndex,
      this.spill,
      outStart,
      outEnd,
    );
    let leftSlot = -1;
    let rightSlot = -1;
    let claimed = false;
    if (leftNeeds || rightNeeds) {
      // Build the smaller child from its rows; the larger is the parent minus the smaller.
      claimed = true;
      const own = this.nextSlot++;
      const leftSmaller = leftRows <= rightRows;
      if (leftSmaller) this.buildHistogram(start, middle, own);
      else this.buildHistogram(middle, end, own);
      if (leftSmaller ? rightNeeds : leftNeeds) this.subtractHistogram(slot, own);
      leftSlot = leftSmaller ? own : slot;
      rightSlot = leftSmaller ? slot : own;
    }
    this.nodeLeft[node] = this.grow(
      start,
      middle,
      outStart,
      outMiddle,
      childDepth,
      leftSlot,
      leftNeeds,
      leftGradient,
      leftPacked,
    );
    this.nodeRight[node] = this.grow(
      middle,
      end,
      outMiddle,
      outEnd,
      childDepth,
      rightSlot,
      rightNeeds,
      rightGradient,
      rightPacked,
    );
    if (claimed) this.nextSlot--;
    return node;
  }

  private subtractHistogram(into: number, minus: number): void {
    const target = this.histograms[into] as Float64Array;
    const other = this.histograms[minus] as Float64Array;
    for (let at = 0; at < target.length; at++) target[at] = (target[at] as number) - (other[at] as number);
  }

  /**
   * Scans every feature's bins of histogram `slot` for the split with the largest gain
   * `½ (G_L² / (H_L + l2) + G_R² / (H_R + l2) − G² / (H + l2))` that leaves `minLeafRows` rows on each side
   * and exceeds `minGain`. Ties keep the first feature and bin (deterministic).
   */
  private findSplit(slot: number, count: number): boolean {
    const { binStart, cols, offset } = this;
    const { l2, minLeafRows, minGain } = this.settings;
    const histogram = this.histograms[slot] as Float64Array;
    const inverseOffset = 1 / offset;
    let bestGain = minGain;
    let found = false;
    for (let feature = 0; feature < cols; feature++) {
      const first = 2 * (binStart[feature] as number);
      const last = 2 * (binStart[feature + 1] as number);
      if (last - first < 4) continue;
      let gradientTotal = 0;
      let packedTotal = 0;
      for (let k = first; k < last; k += 2) {
        gradientTotal += histogram[k] as number;
        packedTotal += histogram[k + 1] as number;
      }
      const hessianTotal = packedTotal - offset * count;
      const parent = (gradientTotal * gradientTotal) / (hessianTotal + l2);
      let gradientLeft = 0;
      let packedLeft = 0;
      for (let k = first; k < last - 2; k += 2) {
        gradientLeft += histogram[k] as number;
        packedLeft += histogram[k + 1] as number;
        const rowsLeft = Math.round(packedLeft * inverseOffset);
        if (rowsLeft < minLeafRows) continue;
        if (count - rowsLeft < minLeafRows) break;
        const hessianLeft = packedLeft - offset * rowsLeft;
        const hessianRight = hessianTotal - hessianLeft;
        const denominatorLeft = hessianLeft + l2;
        const denominatorRight = hessianRight + l2;
        if (!(denominatorLeft > 1e-12 && denominatorRight > 1e-12)) continue;
        const gradientRight = gradientTotal - gradientLeft;
        const gain =
          0.5 *
          ((gradientLeft * gradientLeft) / denominatorLeft +
            (gradientRight * gradientRight) / denominatorRight -
            parent);
        if (gain > bestGain) {
          bestGain = gain;
          found = true;
          this.bestFeature = feature;
          this.bestBin = k / 2;
          this.bestGradientLeft = gradientLeft;
          this.bestPackedLeft = packedLeft;
          this.bestRowsLeft = rowsLeft;
          this.bestGradientTotal = gradientTotal;
          this.bestPackedTotal = packedTotal;
        }
      }
    }
    this.bestGain = bestGain;
    return found;
  }

  /**
   * Partitions the node's rows `index[start .. end)` stably: those whose bin of `feature` is at most `bin`
   * first (ascending order within a node keeps histogram reads sequential). Returns the middle.
   */
  private partition(start: number, end: number, feature: number, bin: number): number {
    return partitionRows(this.columns, feature * this.rows, bin, this.index, this.spill, start, end);
  }

  /**
   * Sets each leaf's shrunk value: the Newton step `−G / (H + l2)` from its sums, or the alpha-quantile of
   * its rows' residuals `y − score`.
   */
  private setLeafValues(): void {
    const { index, offset, settings, residuals, y, scores } = this;
    const { l2, learningRate, alpha } = settings;
    for (let node = 0; node < this.nodes; node++) {
      if (this.nodeFeature[node] !== -1) continue;
      let leaf = 0;
      if (this.newtonLeaves) {
        const gradient = this.nodeGradient[node] as number;
        const hessian = (this.nodePacked[node] as number) - offset * (this.nodeCover[node] as number);
        leaf = hessian + l2 > 0 ? -gradient / (hessian + l2) : 0;
      } else {
        const start = this.nodeStart[node] as number;
        const end = this.nodeEnd[node] as number;
        for (let at = start; at < end; at++) {
          const row = index[at] as number;
          residuals[at - start] = (y[row] as number) - (scores[row] as number);
        }
        leaf = selectQuantile(residuals, 0, end - start, alpha);
      }
      this.nodeValue[node] = learningRate * leaf;
    }
  }

  /** Adds the tree to every row's score, sampled or not, by the rows' leaf (or unpartitioned split). */
  private applyTree(): void {
    const { index, outIndex, columns, scores, odds, nodeFeature, nodeUnsplit, nodeValue, nodeLeft, nodeRight } = this;
    const logistic = this.settings.lossCode === LOGISTIC;
    for (let node = 0; node < this.nodes; node++) {
      const start = this.nodeStart[node] as number;
      const end = this.nodeEnd[node] as number;
      const outStart = this.nodeOutStart[node] as number;
      const outEnd = this.nodeOutEnd[node] as number;
      if (nodeUnsplit[node] === 1) {
        const column = (nodeFeature[node] as number) * this.rows;
        const bin = this.nodeBin[node] as number;
        const sides = this.sides;
        sides[0] = nodeValue[nodeLeft[node] as number] as number;
        sides[1] = nodeValue[nodeRight[node] as number] as number;
        sides[2] = Math.exp(sides[0] as number);
        sides[3] = Math.exp(sides[1] as number);
        if (logistic) {
          addSplitWithOdds(index, start, end, columns, column, bin, sides, scores, odds);
          addSplitWithOdds(outIndex, outStart, outEnd, columns, column, bin, sides, scores, odds);
        } else {
          addSplit(index, start, end, columns, column, bin, sides, scores);
          addSplit(outIndex, outStart, outEnd, columns, column, bin, sides, scores);
        }
      } else if (nodeFeature[node] === -1) {
        const value = nodeValue[node] as number;
        if (logistic) {
          addLeafWithOdds(index, start, end, value, scores, odds);
          addLeafWithOdds(outIndex, outStart, outEnd, value, scores, odds);
        } else {
          addLeaf(index, start, end, value, scores);
          addLeaf(outIndex, outStart, outEnd, value, scores);
        }
      }
    }
  }

  /**
   * The tree as JSON arrays, with each internal node's value set to the cover-weighted mean of its leaves
   * (cover = sampled rows). Children come after their parent, so one backward pass aggregates.
   */
  private exportTree(): GbdtTree {
    const { nodes, nodeFeature, nodeLeft, nodeRight, nodeValue, nodeSum, nodeCover } = this;
    for (let node = nodes - 1; node >= 0; node--) {
      if (nodeFeature[node] === -1) {
        nodeSum[node] = (nodeCover[node] as number) * (nodeValue[node] as number);
      } else {
        const left = nodeLeft[node] as number;
        const right = nodeRight[node] as number;
        const cover = (nodeCover[left] as number) + (nodeCover[right] as number);
        const sum = (nodeSum[left] as number) + (nodeSum[right] as number);
        nodeSum[node] = sum;
        nodeValue[node] = cover > 0 ? sum / cover : 0;
      }
    }
    const feature: number[] = [];
    const threshold: number[] = [];
    const left: number[] = [];
    const right: number[] = [];
    const value: number[] = [];
    const gain: number[] = [];
    for (let node = 0; node < nodes; node++) {
      const leaf = nodeFeature[node] === -1;
      feature.push(nodeFeature[node] as number);
      threshold.push(leaf ? 0 : (this.nodeThreshold[node] as number));
      left.push(leaf ? -1 : (nodeLeft[node] as number));
      right.push(leaf ? -1 : (nodeRight[node] as number));
      value.push(nodeValue[node] as number);
      gain.push(leaf ? 0 : (this.nodeGain[node] as number));
    }
    return { feature, threshold, left, right, value, gain };
  }
}

// The hot loops live in plain functions that do nothing after their loop: V8 compiles a long loop on
// the fly (on-stack replacement) and reuses that code on later calls, and code after the loop that had
// not yet run when it was compiled made every later call bail out to the interpreter.

/** Adds `[gradient, K + hessian]` of rows `index[start .. end)` to the bins their codes name. */
function accumulateRows(
  histogram: Float64Array,
  codeWords: Uint32Array,
  wordsPerRow: number,
  index: Int32Array,
  pairs: Float64Array,
  start: number,
  end: number,
): void {
  const evenWords = wordsPerRow & ~1;
  for (let at = start; at < end; at++) {
    const row = index[at] as number;
    const gradient = pairs[2 * row] as number;
    const hessian = pairs[2 * row + 1] as number;
    let word = row * wordsPerRow;
    const stop2 = word + evenWords;
    for (; word < stop2; word += 2) {
      const low = codeWords[word] as number;
      const high = codeWords[word + 1] as number;
      let k = low & 0xffff;
      histogram[k] = (histogram[k] as number) + gradient;
      histogram[k + 1] = (histogram[k + 1] as number) + hessian;
      k = low >>> 16;
      histogram[k] = (histogram[k] as number) + gradient;
      histogram[k + 1] = (histogram[k + 1] as number) + hessian;
      k = high & 0xffff;
      histogram[k] = (histogram[k] as number) + gradient;
      histogram[k + 1] = (histogram[k + 1] as number) + hessian;
      k = high >>> 16;
      histogram[k] = (histogram[k] as number) + gradient;
      histogram[k + 1] = (histogram[k + 1] as number) + hessian;
    }
    if (evenWords < wordsPerRow) {
      const last = codeWords[word] as number;
      let k = last & 0xffff;
      histogram[k] = (histogram[k] as number) + gradient;
      histogram[k + 1] = (histogram[k + 1] as number) + hessian;
      k = last >>> 16;
      histogram[k] = (histogram[k] as number) + gradient;
      histogram[k + 1] = (histogram[k + 1] as number) + hessian;
    }
  }
}

/** Bundled features: adds each joint bin's sums to its members' bins. */
function expandBundles(histogram: Float64Array, expandFrom: Int32Array, expandTo: Int32Array): void {
  for (let pair = 0; pair < expandFrom.length; pair++) {
    const from = expandFrom[pair] as number;
    const to = expandTo[pair] as number;
    histogram[to] = (histogram[to] as number) + (histogram[from] as number);
    histogram[to + 1] = (histogram[to + 1] as number) + (histogram[from + 1] as number);
  }
}

/**
 * Stable in-place partition of `index[start .. end)`: rows whose bin (in `columns` at `column + row`) is
 * at most `bin` first, in their order, then the others via `spill`. Branch-free (every row is written to
 * both places and one cursor advances), since which way a row goes is unpredictable. Returns the first
 * right row's position.
 */
function partitionRows(
  columns: Uint8Array,
  column: number,
  bin: number,
  index: Int32Array,
  spill: Int32Array,
  start: number,
  end: number,
): number {
  let write = start;
  let spilled = 0;
  for (let at = start; at < end; at++) {
    const row = index[at] as number;
    const left = +((columns[column + row] as number) <= bin);
    index[write] = row;
    spill[spilled] = row;
    write += left;
    spilled += 1 - left;
  }
  for (let at = 0; at < spilled; at++) index[write + at] = spill[at] as number;
  return write;
}

/**
 * Adds `values[0]` (left) or `values[1]` (right) to the rows of an unpartitioned split by their bin of its
 * feature; with odds, multiplies them by `values[2]` or `values[3]`. The side indexes the array rather
 * than branching, since it is unpredictable.
 */
function addSplit(
  index: Int32Array,
  start: number,
  end: number,
  columns: Uint8Array,
  column: number,
  bin: number,
  values: Float64Array,
  scores: Float64Array,
): void {
  for (let at = start; at < end; at++) {
    const row = index[at] as number;
    scores[row] = (scores[row] as number) + (values[+((columns[column + row] as number) > bin)] as number);
  }
}

function addSplitWithOdds(
  index: Int32Array,
  start: number,
  end: number,
  columns: Uint8Array,
  column: number,
  bin: number,
  values: Float64Array,
  scores: Float64Array,
  odds: Float64Array,
): void {
  for (let at = start; at < end; at++) {
    const row = index[at] as number;
    const side = +((columns[column + row] as number) > bin);
    scores[row] = (scores[row] as number) + (values[side] as number);
    odds[row] = clampOdds((odds[row] as number) * (values[side + 2] as number));
  }
}

function addLeaf(index: Int32Array, start: number, end: number, value: number, scores: Float64Array): void {
  for (let at = start; at < end; at++) {
    const row = index[at] as number;
    scores[row] = (scores[row] as number) + value;
  }
}

function addLeafWithOdds(
  index: Int32Array,
  start: number,
  end: number,
  value: number,
  scores: Float64Array,
  odds: Float64Array,
): void {
  const factor = Math.exp(value);
  for (let at = start; at < end; at++) {
    const row = index[at] as number;
    scores[row] = (scores[row] as number) + value;
    odds[row] = clampOdds((odds[row] as number) * factor);
  }
}

/** Odds stay within [1e-300, 1e300] so the gradient never sees 0 × ∞ (scores are far smaller in practice). */
function clampOdds(odds: number): number {
  return Math.min(1e300, Math.max(1e-300, odds));
}

/** The constant that minimises the loss: log-odds of the mean, the mean, the median or the alpha-quantile. */
function startScore(settings: Settings, y: Float64Array): number {
  const rows = y.length;
  if (settings.lossCode === LOGISTIC || settings.lossCode === SQUARED) {
    let sum = 0;
    for (let row = 0; row < rows; row++) sum += y[row] as number;
    const mean = sum / rows;
    if (settings.lossCode === SQUARED) return mean;
    const clipped = Math.min(1 - 1e-15, Math.max(1e-15, mean));
    return Math.log(clipped / (1 - clipped));
  }
  return selectQuantile(Float64Array.from(y), 0, rows, settings.alpha);
}

/**
 * Writes `[gradient, K + hessian]` of every row at its current score. Logistic: `p − y` and `p (1 − p)`
 * from the odds; squared: `score − y` and 1; absolute and quantile: the pinball subgradient
 * (`1 − alpha` above the target, `−alpha` below, 0 on it; the absolute loss uses its sign) and 1.
 */
function writeGradients(
  lossCode: number,
  alpha: number,
  offset: number,
  y: Float64Array,
  scores: Float64Array,
  odds: Float64Array,
  pairs: Float64Array,
): void {
  const rows = y.length;
  if (lossCode === LOGISTIC) {
    for (let row = 0; row < rows; row++) {
      const o = odds[row] as number;
      const q = 1 / (1 + o);
      const p = o * q;
      pairs[2 * row] = p - (y[row] as number);
      pairs[2 * row + 1] = offset + p * q;
    }
  } else if (lossCode === SQUARED) {
    for (let row = 0; row < rows; row++) {
      pairs[2 * row] = (scores[row] as number) - (y[row] as number);
      pairs[2 * row + 1] = offset + 1;
    }
  } else {
    const above = lossCode === ABSOLUTE ? 1 : 1 - alpha;
    const below = lossCode === ABSOLUTE ? 1 : alpha;
    for (let row = 0; row < rows; row++) {
      const score = scores[row] as number;
      const target = y[row] as number;
      pairs[2 * row] = +(score > target) * above - +(score < target) * below;
      pairs[2 * row + 1] = offset + 1;
    }
  }
}
