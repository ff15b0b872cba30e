// Public exports of this folder; re-exported by src/index.ts.
export type { FitFigures, FitPortfolioOptions, PortfolioFit } from './fit-portfolio';
export { fitPortfolio } from './fit-portfolio';
export type { LedgerProfile, ProfileLedgerOptions } from './profile-ledger';
export { profileLedger } from './profile-ledger';
