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
      { method: 'logistic', settings: 'L2 30', loss: 0.3475, auc: 0.8896 },
      { method: 'gbdt', settings: '91 trees', loss: 0.3276, auc: 0.8953 },
      { method: 'blend', settings: '0.25 × logistic', loss: 0.3297, auc: 0.8912 },
      { method: 'blend', settings: '0.5 × logistic', loss: 0.3342, auc: 0.8897 },
    ],
    daysToSettle: [
      { method: 'gbdt', settings: 'absolute loss', loss: 5.61, auc: null },
      { method: 'payer-median', settings: 'median', loss: 5.48, auc: null },
    ],
    chosenLate: 'gbdt',
    chosenDaysToSettle: 'gbdt',
  },
};

describe('chosenCandidate', () => {
  it('picks the lowest loss among candidates sharing the chosen method name', () => {
    expect(chosenCandidate(model.selection.late, 'blend')?.settings).toBe('0.25 × logistic');
    expect(chosenCandidate(model.selection.late, 'none')).toBeUndefined();
    // The chosen name may carry the settings in words after the method.
    const days = [
      { method: 'gbdt', settings: 'depth 2', loss: 5.6, auc: null },
      { method: 'gbdt', settings: 'depth 4', loss: 5.5, auc: null },
      { method: 'payer-median', settings: 'median', loss: 5.4, auc: null },
    ];
    expect(chosenCandidate(days, 'gbdt (absolute loss, depth 4, 69 trees)')?.settings).toBe('depth 4');
    expect(chosenCandidate(days, 'gbdtx')).toBeUndefined();
  });
});

describe('describePaymentModel', () => {
  it('names the chosen methods and their held-out figures in one line', () => {
    expect(describePaymentModel(model)).toBe(
      'Payment model, tested on the latest 1,085 of 5,422 settled invoices: late payment by gradient-boosted ' +
        'trees, best of 4 tried (AUC 0.895, log loss 0.328; next best, a blend of logistic regression and trees: ' +
        '0.891, 0.330); days to settle by gradient-boosted trees, off by 5.6 days on average (the payer’s own ' +
        'median: 5.5).',
    );
    expect(describePaymentModel(model)).not.toContain('\n');
  });
});
