import type { GbdtModel, GbdtOptions } from './ml/gbdt';
import { fitGbdt } from './ml/gbdt';
import type { FeatureMatrix } from './ml/matrix';

/**
 * Fits `bags` boosted models on different row samples (the same options, the generator moving on between
 * them) and folds them into one model whose raw score is their mean: every tree's values are divided by
 * `bags` and the start scores averaged. Averaging removes much of the variance that row sampling brings to
 * a single model, which matters on small ledgers.
 */
export function fitBaggedGbdt(x: FeatureMatrix, y: Float64Array, options: GbdtOptions, bags: number): GbdtModel {
  const models: GbdtModel[] = [];
  for (let bag = 0; bag < bags; bag++) models.push(fitGbdt(x, y, options));
  if (bags === 1) return models[0] as GbdtModel;
  const first = models[0] as GbdtModel;
  return {
    ...first,
    base: models.reduce((sum, model) => sum + model.base, 0) / bags,
    trees: models.flatMap((model) =>
      model.trees.map((tree) => ({ ...tree, value: tree.value.map((value) => value / bags) })),
    ),
  };
}
