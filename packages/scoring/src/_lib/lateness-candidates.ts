import type { Random } from '@overdue/core';
import type { GbdtModel } from './ml/gbdt';
import { fitGbdt } from './ml/gbdt';
import type { LogisticModel } from './ml/logistic';
import { fitLogistic, predictLogistic } from './ml/logistic';
import type { FeatureMatrix } from './ml/matrix';
import { auc, logLoss } from './ml/metrics';
import { compileGbdt, predictGbdtRaw } from './ml/predict-gbdt';

/** A late classifier tried on held-out invoices, and how to refit it on every example. */
export interface LateCandidate {
  method: 'logistic' | 'gbdt';
  settings: string;
  /** Held-out log loss. */
  loss: number;
  /** Held-out AUC. */
  auc: number | null;
  holdoutProbabilities: Float64Array;
  refit(x: FeatureMatrix, y: Float64Array, random: Random): LogisticModel | GbdtModel;
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

const GBDT_SETTINGS = { maxDepth: 3, learningRate: 0.05, minLeafRows: 20, l2: 1, subsample: 0.8 };

/** Gradient-boosted trees with logistic loss, the number of trees found by early stopping. */
export function gbdtLateness(
  xFit: FeatureMatrix,
  yFit: Float64Array,
  xHold: FeatureMatrix,
  yHold: Float64Array,
  random: Random,
): LateCandidate {
  const probe = fitGbdt(xFit, yFit, {
    loss: 'logistic',
    trees: 400,
    ...GBDT_SETTINGS,
    random,
    validation: { x: xHold, y: yHold, earlyStoppingRounds: 30 },
  });
  const raw = new Float64Array(xHold.rows);
  predictGbdtRaw(compileGbdt(probe), xHold, raw);
  const probabilities = raw.map((logit) => 1 / (1 + Math.exp(-logit)));
  const trees = Math.max(1, probe.trees.length);
  return {
    method: 'gbdt',
    settings: `logistic loss, ${trees} trees (early-stopped), depth ${GBDT_SETTINGS.maxDepth}, learning rate ${GBDT_SETTINGS.learningRate}`,
    loss: logLoss(probabilities, yHold),
    auc: auc(probabilities, yHold),
    holdoutProbabilities: probabilities,
    refit: (x, y, rng) => fitGbdt(x, y, { loss: 'logistic', trees, ...GBDT_SETTINGS, random: rng }),
  };
}
