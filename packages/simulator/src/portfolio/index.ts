// Public exports of this folder; re-exported by src/index.ts.
export type { ArchetypeParameters, PayerArchetype } from './archetypes';
export { CHANNEL_DELIVERY_RATES, DEFAULT_ARCHETYPE_MIX, PAYER_ARCHETYPES } from './archetypes';
export type { CalibrationTargets, DaysLateQuantiles } from './calibration-targets';
export { CALIBRATION_TARGETS } from './calibration-targets';
export type { GeneratePortfolioOptions, PortfolioPlace, PortfolioTerms } from './generate-portfolio';
export { generatePortfolio } from './generate-portfolio';
export type { CustomerTraits, Portfolio } from './portfolio-types';
