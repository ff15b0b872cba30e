import type { PaymentModel } from '@overdue/scoring';
import { describe, expect, it } from 'vitest';
import { chosenCandidate, describePaymentModel } from './describe-payment-model';

const model: Pick<PaymentModel, 'selection' | 'training'> = {
  training: {
    invoices: 5422,
    customers: 300,
    validationInvoices: 1085,
    firstIssueDate: '2024-01-03',
    lastIssueDate: '2025-12-13',
    seed: 'test',
  },
  selection: {
    late: [
      { chosen: false, method: 'logistic', settings: 'L2 30', loss: 0.3475, auc: 0.8896 },
      { chosen: true, method: 'gbdt', settings: '91 trees', loss: 0.3276, auc: 0.8953 },
      { chosen: false, method: 'blend', settings: '0.25 × logistic', loss: 0.3297, auc: 0.8912 },
      { chosen: false, method: 'blend', settings: '0.5 × logistic', loss: 0.3342, auc: 0.8897 },
    ],
    daysToSettle: [
      { chosen: true, method: 'gbdt', settings: 'absolute loss', loss: 5.61, auc: null },
      { chosen: false, method: 'payer-median', settings: 'median', loss: 5.68, auc: null },
    ],
    chosenLate: 'gbdt',
    chosenDaysToSettle: 'gbdt',
  },
};

describe('chosenCandidate', () => {
  it('finds the candidate marked chosen', () => {
    expect(chosenCandidate(model.selection.late)?.settings).toBe('91 trees');
    expect(chosenCandidate([{ ...model.selection.late[0], chosen: false } as never])).toBeUndefined();
  });
});

describe('describePaymentModel', () => {
  it('names the chosen methods and their held-out figures in one line', () => {
    expect(describePaymentModel(model)).toBe(
      'Payment model, tested on the latest 1,085 of 5,422 settled invoices: late payment by gradient-boosted ' +
        'trees, best of 4 tried (AUC 0.895, log loss 0.328; next best, a blend of logistic regression and trees: ' +
        '0.891, 0.330); days to settle by gradient-boosted trees, off by 5.6 days on average (the payer’s own ' +
        'median: 5.7).',
    );
    expect(describePaymentModel(model)).not.toContain('\n');
  });
});
