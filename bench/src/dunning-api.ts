/** The public API of @overdue/dunning, as the dunning benchmark uses it. */
export * from '@overdue/dunning';
