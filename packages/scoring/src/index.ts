export type { PaymentFeature, PaymentFeatureName } from './features/feature-catalog';
export { PAYMENT_FEATURES } from './features/feature-catalog';
export { describeFeature } from './features/describe-feature';
export type { PayerFeatures, PayerFeaturesOptions } from './features/payer-features';
export { payerFeatures } from './features/payer-features';
export type { PaymentHistory, PaymentHistoryInput, PreparedHistory } from './history/prepare-history';
export { preparePaymentHistory } from './history/prepare-history';
export type { ModelCandidate, ModelParameters, PaymentModel } from './model/payment-model';
export { parsePaymentModel } from './model/payment-model';
export type { TrainPaymentModelOptions } from './model/train-payment-model';
export { trainPaymentModel } from './model/train-payment-model';
export type { PaymentPredictionInput } from './model/payment-prediction-input';
export type { PaymentPrediction, PaymentReason, PredictPaymentsOptions } from './model/predict-payments';
export { predictPayments } from './model/predict-payments';
export type { PaymentPredictionColumns, PredictOpenPaymentsOptions } from './model/predict-open-payments';
export { predictOpenPayments } from './model/predict-open-payments';
export type { PredictOpenPaymentsInParallelOptions } from './model/predict-open-payments-in-parallel';
export { predictOpenPaymentsInParallel } from './model/predict-open-payments-in-parallel';
export type {
  PayerReason,
  PayerScore,
  PayerSegment,
  ScorePayersOptions,
  SegmentThresholds,
} from './payers/score-payers';
export { DEFAULT_SEGMENT_THRESHOLDS, PAYER_SEGMENTS, scorePayers } from './payers/score-payers';
export type {
  CurrencyForecast,
  ForecastCollectionsOptions,
  ForecastInvoiceInput,
  ForecastWeek,
} from './forecast/forecast-collections';
export { forecastCollections } from './forecast/forecast-collections';
export type { PaymentOutcome, PredictionMetrics } from './model/evaluate-predictions';
export { evaluatePredictions } from './model/evaluate-predictions';
