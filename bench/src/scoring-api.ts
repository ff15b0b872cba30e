/** The public API of @overdue/scoring, as the scoring benchmarks use it. */
export * from '@overdue/scoring';
