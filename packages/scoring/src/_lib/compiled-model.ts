import type { CheckedPaymentModel } from '../model/payment-model';
import { checkPaymentModel } from '../model/payment-model';
import { logisticContributions, predictLogistic } from './ml/logistic';
import type { FeatureMatrix } from './ml/matrix';
import { type CompiledGbdt, compileGbdt, gbdtContributions, predictGbdtRaw } from './ml/predict-gbdt';

/** A checked payment model in a form ready to predict with. */
export interface CompiledPaymentModel {
  readonly model: CheckedPaymentModel;
  /** Late probabilities of every row. */
  lateProbabilities(x: FeatureMatrix, out: Float64Array): void;
  /** Each feature's contribution to the log-odds of being late for one row; returns the log-odds. */
  lateContributions(row: Float64Array, out: Float64Array): number;
  /** Days-to-settle estimates of every row. */
  daysToSettle(x: FeatureMatrix, out: Float64Array): void;
}

const compiled = new WeakMap<object, CompiledPaymentModel>();

/** Checks and compiles a model once per model object. */
export function compilePaymentModel(value: unknown): CompiledPaymentModel {
  if (typeof value === 'object' && value !== null) {
    const cached = compiled.get(value);
    if (cached !== undefined) return cached;
  }
  const model = checkPaymentModel(value);
  const daysModel = model.daysToSettle;
  const medianColumn = model.features.indexOf('median-days-to-settle');
  const compiledDays = daysModel.kind === 'gbdt' ? compileGbdt(daysModel) : undefined;
  const daysToSettle = (x: FeatureMatrix, out: Float64Array) => {
    if (compiledDays !== undefined) predictGbdtRaw(compiledDays, x, out);
    else for (let k = 0; k < x.rows; k++) out[k] = x.values[k * x.cols + medianColumn] as number;
  };
  const late = model.late;
  let result: CompiledPaymentModel;
  if (late.kind === 'logistic') {
    result = {
      model,
      lateProbabilities: (x, out) => predictLogistic(late, x, out),
      lateContributions: (row, out) => logisticContributions(late, row, out),
      daysToSettle,
    };
  } else if (late.kind === 'blend') {
    const trees: CompiledGbdt = compileGbdt(late.gbdt);
    const weight = late.weight;
    const part = new Float64Array(model.features.length);
    let scratch = new Float64Array(0);
    result = {
      model,
      lateProbabilities: (x, out) => {
        // Logistic probabilities back to log-odds, mixed with the trees' log-odds.
        if (scratch.length < x.rows) scratch = new Float64Array(x.rows);
        predictLogistic(late.logistic, x, scratch);
        predictGbdtRaw(trees, x, out);
        for (let k = 0; k < x.rows; k++) {
          const p = Math.min(1 - 1e-15, Math.max(1e-15, scratch[k] as number));
          const mixed = weight * Math.log(p / (1 - p)) + (1 - weight) * (out[k] as number);
          out[k] = 1 / (1 + Math.exp(-mixed));
        }
      },
      lateContributions: (row, out) => {
        const linear = logisticContributions(late.logistic, row, out);
        const boosted = gbdtContributions(trees, row, part);
        for (let f = 0; f < out.length; f++) out[f] = weight * (out[f] as number) + (1 - weight) * (part[f] as number);
        return weight * linear + (1 - weight) * boosted;
      },
      daysToSettle,
    };
  } else {
    const trees: CompiledGbdt = compileGbdt(late);
    result = {
      model,
      lateProbabilities: (x, out) => {
        predictGbdtRaw(trees, x, out);
        for (let k = 0; k < x.rows; k++) out[k] = 1 / (1 + Math.exp(-(out[k] as number)));
      },
      lateContributions: (row, out) => gbdtContributions(trees, row, out),
      daysToSettle,
    };
  }
  compiled.set(value as object, result);
  return result;
}
