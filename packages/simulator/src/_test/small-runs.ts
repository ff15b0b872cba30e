import { generatePortfolio } from '../portfolio/generate-portfolio';
import type { Portfolio } from '../portfolio/portfolio-types';

/** A small portfolio for unit tests, cached per size and seed. */
const cache = new Map<string, Portfolio>();
export function smallPortfolio(customers = 150, seed: number | string = 1): Portfolio {
  const key = `${customers}:${String(seed)}`;
  let portfolio = cache.get(key);
  if (portfolio === undefined) {
    portfolio = generatePortfolio({ customers, seed });
    cache.set(key, portfolio);
  }
  return portfolio;
}
