/**
 * Simulator: seeded synthetic portfolios, day-by-day simulation of collection policies, and backtests.
 *
 * @packageDocumentation
 */
export * from './compare/index';
export * from './fit/index';
export * from './policies/index';
export * from './portfolio/index';
export * from './simulate/index';
