/**
 * Shares in words, largest first, those above zero only: `{ prompt: 0.13, 'cash-constrained': 0.43 }` reads
 * `cash-constrained 43%, prompt 13%`. Ties keep the order given.
 *
 * @example
 * ```ts
 * sharesInWords({ prompt: 0.13, forgetful: 0, 'cash-constrained': 0.43 });
 * //=> 'cash-constrained 43%, prompt 13%'
 * ```
 */
export function sharesInWords(shares: Readonly<Record<string, number>>): string {
  return Object.entries(shares)
    .filter(([, share]) => share > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([name, share]) => `${name} ${Math.round(share * 100)}%`)
    .join(', ');
}
