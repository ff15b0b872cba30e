import type { ModelCandidate, PaymentModel } from '@overdue/scoring';

const METHOD_WORDS: Readonly<Record<string, string>> = {
  logistic: 'logistic regression',
  gbdt: 'gradient-boosted trees',
  blend: 'a blend of logistic regression and trees',
  'payer-median': 'the payer’s own median',
};

/** A method name of `model.selection` in words, such as `gradient-boosted trees` for `gbdt`. */
export function methodInWords(method: string): string {
  return METHOD_WORDS[method] ?? method;
}

const lowestLoss = (candidates: readonly ModelCandidate[]) =>
  candidates.reduce<ModelCandidate | undefined>(
    (best, candidate) => (best === undefined || candidate.loss < best.loss ? candidate : best),
    undefined,
  );

/** The candidate a model kept (marked `chosen`). */
export function chosenCandidate(candidates: readonly ModelCandidate[]): ModelCandidate | undefined {
  return candidates.find((candidate) => candidate.chosen);
}

const figure = (value: number, digits: number) => value.toFixed(digits);

/**
 * One line, in plain words, on what {@link trainPaymentModel} chose and how it did on the invoices it held
 * out: the late classifier with its AUC and log loss (and those of the best candidate of another method),
 * then the mean absolute error of the days-to-settle estimate (and that of the best other method).
 *
 * @example
 * ```ts
 * describePaymentModel(model);
 * //=> 'Payment model, tested on the latest 1,085 of 5,422 settled invoices: late payment by ...'
 * ```
 */
export function describePaymentModel(model: Pick<PaymentModel, 'selection' | 'training'>, locale = 'en-GB'): string {
  const { selection, training } = model;
  const count = new Intl.NumberFormat(locale);
  const parts = [
    `Payment model, tested on the latest ${count.format(training.validationInvoices)} of ${count.format(training.invoices)} settled invoices`,
  ];
  const scores = (candidate: ModelCandidate, labels: boolean) =>
    [
      candidate.auc === null ? '' : `${labels ? 'AUC ' : ''}${figure(candidate.auc, 3)}, `,
      `${labels ? 'log loss ' : ''}${figure(candidate.loss, 3)}`,
    ].join('');

  const late = chosenCandidate(selection.late);
  if (late !== undefined) {
    const tried = selection.late.length > 1 ? `, best of ${selection.late.length} tried` : '';
    // The best candidate of another method, such as logistic regression against boosted trees.
    const other = lowestLoss(selection.late.filter((candidate) => candidate.method !== late.method));
    const versus = other === undefined ? '' : `; next best, ${methodInWords(other.method)}: ${scores(other, false)}`;
    parts.push(`: late payment by ${methodInWords(late.method)}${tried} (${scores(late, true)}${versus})`);
  }

  const days = chosenCandidate(selection.daysToSettle);
  if (days !== undefined) {
    const other = lowestLoss(selection.daysToSettle.filter((candidate) => candidate.method !== days.method));
    const versus = other === undefined ? '' : ` (${methodInWords(other.method)}: ${figure(other.loss, 1)})`;
    parts.push(
      `; days to settle by ${methodInWords(days.method)}, off by ${figure(days.loss, 1)} days on average${versus}`,
    );
  }
  return `${parts.join('')}.`;
}
