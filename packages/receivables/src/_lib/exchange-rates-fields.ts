import type { ExchangeRates } from '@overdue/core';

/**
 * The fields of an `ExchangeRates` table (`@overdue/core`), so a misspelt one (`basez`) is rejected before
 * the ledger is read; `satisfies` keeps the list in step with the type.
 */
export const EXCHANGE_RATES_FIELDS = Object.keys({ base: true, rates: true } satisfies Record<
  keyof ExchangeRates,
  true
>);
