/** Shorthands for the installment placeholders and sections the language packs repeat. */
export const installment = {
  number: '{{installment.number}}',
  of: '{{installment.of}}',
  amount: '{{installment.amount}}',
  date: '{{installment.dueDate}}',
  /** Opens the part shown when the installment is overdue. */
  late: '{{#installmentOverdue}}',
  /** Opens the part shown when the installment is not yet overdue. */
  onTime: '{{^installmentOverdue}}',
  /** Closes either part. */
  end: '{{/installmentOverdue}}',
} as const;
