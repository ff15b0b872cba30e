import { minorDigits } from '@overdue/core';

/** 10 ** minor digits per currency, cached. */
export function minorScaleOf(cache: Map<string, number>, currency: string): number {
  let scale = cache.get(currency);
  if (scale === undefined) {
    scale = 10 ** minorDigits(currency);
    cache.set(currency, scale);
  }
  return scale;
}
