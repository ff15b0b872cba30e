import type { Random } from '@overdue/core';
import type { GbdtModel } from './ml/gbdt';
import { fitGbdt } from './ml/gbdt';
import type { LogisticModel } from './ml/logistic';
import { fitLogistic, predictLogistic } from './ml/logistic';
import type { FeatureMatrix } from './ml/matrix';
import { auc, logLoss } from './ml/metrics';
import { compileGbdt, predictGbdtRaw } from './ml/predict-gbdt';
import type { TrainingBudget } from './training-budget';

/** A late classifier tried on held-out invoices, and how to refit it on every example. */
export interface LateCandidate {
  method: 'logistic' | 'gbdt' | 'blend';
  settings: string;
  /** Held-out log loss. */
  loss: number;
  /** Held-out AUC. */
  auc: number | null;
  holdoutProbabilities: Float64Array;
  refit(x: FeatureMatrix, y: Float64Array, random: Random): LogisticModel | GbdtModel | BlendModel;
}

/** Logistic regression and boosted trees mixed on the log-odds scale: `weight` × logistic + the rest × trees. */
export interface BlendModel {
  kind: 'blend';
  weight: number;
  logistic: LogisticModel;
  gbdt: GbdtModel;
}

const BLEND_WEIGHTS = [0.25, 0.5, 0.75];

const logit = (p: number) => {
  const clipped = Math.min(1 - 1e-12, Math.max(1e-12, p));
  return Math.log(clipped / (1 - clipped));
};

/**
 * Mixes of the two candidates on the log-odds scale at logistic weights 0.25, 0.5 and 0.75, each scored on
 * the held-out invoices like the pure methods; averaging two different learners often beats both.
 */
export function blendCandidates(logistic: LateCandidate, gbdt: LateCandidate, yHold: Float64Array): LateCandidate[] {
  return BLEND_WEIGHTS.map((weight) => {
    const probabilities = logistic.holdoutProbabilities.map((p, k) => {
      const mixed = weight * logit(p) + (1 - weight) * logit(gbdt.holdoutProbabilities[k] as number);
      return 1 / (1 + Math.exp(-mixed));
    });
    return {
      method: 'blend',
      settings: `${weight} × logistic (${logistic.settings}) + ${1 - weight} × gbdt, on the log-odds`,
      loss: logLoss(probabilities, yHold),
      auc: auc(probabilities, yHold),
      holdoutProbabilities: probabilities,
      refit: (x, y, random): BlendModel => ({
        kind: 'blend',
        weight,
        logistic: logistic.refit(x, y, random) as LogisticModel,
        gbdt: gbdt.refit(x, y, random) as GbdtModel,
      }),
    };
  });
}

const L2_GRID = [0.3, 3, 30];

/** Logistic regression, with the L2 strength picked from a small grid on the held-out invoices. */
export function logisticLateness(
  xFit: FeatureMatrix,
  yFit: Float64Array,
  xHold: FeatureMatrix,
  yHold: Float64Array,
): LateCandidate {
  let best: LateCandidate | undefined;
  for (const l2 of L2_GRID) {
    const model = fitLogistic(xFit, yFit, { l2 });
    const probabilities = new Float64Array(xHold.rows);
    predictLogistic(model, xHold, probabilities);
    const loss = logLoss(probabilities, yHold);
    if (best === undefined || loss < best.loss) {
      best = {
        method: 'logistic',
        settings: `L2 ${l2} (picked from ${L2_GRID.join(', ')})`,
        loss,
        auc: auc(probabilities, yHold),
        holdoutProbabilities: probabilities,
        refit: (x, y) => fitLogistic(x, y, { l2 }),
      };
    }
  }
  return best as LateCandidate;
}

/** Gradient-boosted trees with logistic loss: depth and number of trees picked on the held-out invoices. */
export function gbdtLateness(
  xFit: FeatureMatrix,
  yFit: Float64Array,
  xHold: FeatureMatrix,
  yHold: Float64Array,
  random: Random,
  budget: TrainingBudget,
): LateCandidate {
  const settings = { learningRate: budget.learningRate, minLeafRows: 20, l2: 1, subsample: budget.subsample };
  let best: LateCandidate | undefined;
  for (const maxDepth of budget.depths) {
    const probe = fitGbdt(xFit, yFit, {
      loss: 'logistic',
      trees: budget.maxTrees,
      maxDepth,
      ...settings,
      random,
      validation: { x: xHold, y: yHold, earlyStoppingRounds: budget.patience },
    });
    const raw = new Float64Array(xHold.rows);
    predictGbdtRaw(compileGbdt(probe), xHold, raw);
    const probabilities = raw.map((value) => 1 / (1 + Math.exp(-value)));
    const loss = logLoss(probabilities, yHold);
    if (best !== undefined && loss >= best.loss) continue;
    const trees = Math.max(1, probe.trees.length);
    const depthWords =
      budget.depths.length > 1 ? `depth ${maxDepth} (picked from ${budget.depths.join(', ')})` : `depth ${maxDepth}`;
    best = {
      method: 'gbdt',
      settings: `logistic loss, ${depthWords}, ${trees} trees (early-stopped), learning rate ${settings.learningRate}`,
      loss,
      auc: auc(probabilities, yHold),
      holdoutProbabilities: probabilities,
      refit: (x, y, rng) => fitGbdt(x, y, { loss: 'logistic', trees, maxDepth, ...settings, random: rng }),
    };
  }
  return best as LateCandidate;
}
