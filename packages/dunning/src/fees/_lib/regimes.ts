import type { Money } from '@overdue/core';
import type { InterestRateEntry } from '../interest-rate-tables';
import { BANK_OF_ENGLAND_BASE_RATES, ECB_MAIN_REFINANCING_RATES } from '../interest-rate-tables';
import type { InterestRegime } from '../statutory-interest';
import { showMoney as show } from './show-money';

/** The interest regimes, as spelled in options. */
export const INTEREST_REGIMES: readonly InterestRegime[] = [
  'eu-directive',
  'uk-late-payment',
  'fr-indemnity',
  'fixed-rate',
];

/** What differs between the regimes. */
export interface RegimeProfile {
  /** The reference-rate table used when `options.rates` is absent; `undefined` for a fixed rate. */
  readonly defaultRates: readonly InterestRateEntry[] | undefined;
  /** How the reference rate is named in explanations. */
  readonly rateName: string;
  /** Where the default table comes from. */
  readonly rateSource: string;
  /** The margin in points added to the reference rate. */
  readonly marginPercent: string;
  /**
   * Days between the start of a half-year and the day its reference rate is read: 0 reads it on
   * 1 January / 1 July, 1 on 31 December / 30 June.
   */
  readonly fixingLagDays: number;
  /** Whether fixed compensation is charged unless `options.compensation` is false. */
  readonly compensationByDefault: boolean;
  /** The currency of the statutory compensation; `undefined` when the regime has none. */
  readonly compensationCurrency: string | undefined;
  /** The legal texts the regime applies. */
  readonly sources: readonly string[];
}

/** The profile of each regime. */
export const REGIME_PROFILES: Readonly<Record<InterestRegime, RegimeProfile>> = {
  'eu-directive': {
    defaultRates: ECB_MAIN_REFINANCING_RATES,
    rateName: 'ECB main refinancing rate',
    rateSource:
      'ECB main refinancing operations rate: default table ECB_MAIN_REFINANCING_RATES, from the ECB page "Key ECB interest rates" (https://www.ecb.europa.eu/stats/policy_and_exchange_rates/key_ecb_interest_rates/html/index.en.html)',
    marginPercent: '8',
    fixingLagDays: 0,
    compensationByDefault: true,
    compensationCurrency: 'EUR',
    sources: [
      'Directive 2011/7/EU of 16 February 2011 on combating late payment in commercial transactions, articles 2 to 4 and 6 (https://eur-lex.europa.eu/eli/dir/2011/7/oj): reference rate in force on 1 January / 1 July plus at least 8 points, simple interest, and a fixed sum of at least EUR 40 for recovery costs',
    ],
  },
  'uk-late-payment': {
    defaultRates: BANK_OF_ENGLAND_BASE_RATES,
    rateName: 'Bank of England Bank Rate',
    rateSource:
      'Bank of England Bank Rate: default table BANK_OF_ENGLAND_BASE_RATES, from the Bank of England "Official Bank Rate history" (https://www.bankofengland.co.uk/boeapps/database/Bank-Rate.asp)',
    marginPercent: '8',
    fixingLagDays: 1,
    compensationByDefault: true,
    compensationCurrency: 'GBP',
    sources: [
      'Late Payment of Commercial Debts (Interest) Act 1998, sections 4, 5A and 6 (https://www.legislation.gov.uk/ukpga/1998/20): simple interest from the day after the debt is due, and a fixed sum of GBP 40, 70 or 100',
      'Late Payment of Commercial Debts (Rate of Interest) (No. 3) Order 2002 (SI 2002/1675): the official dealing rate in force on 31 December / 30 June plus 8 points for the following half-year',
    ],
  },
  'fr-indemnity': {
    defaultRates: ECB_MAIN_REFINANCING_RATES,
    rateName: 'ECB main refinancing rate',
    rateSource:
      'ECB main refinancing operations rate: default table ECB_MAIN_REFINANCING_RATES, from the ECB page "Key ECB interest rates" (https://www.ecb.europa.eu/stats/policy_and_exchange_rates/key_ecb_interest_rates/html/index.en.html)',
    marginPercent: '10',
    fixingLagDays: 0,
    compensationByDefault: true,
    compensationCurrency: 'EUR',
    sources: [
      'Code de commerce, article L441-10: late-payment penalties at the ECB rate of its most recent refinancing operation plus 10 points unless the contract says otherwise (rate in force on 1 January / 1 July), and the indemnité forfaitaire pour frais de recouvrement',
      'Code de commerce, article D441-5: the indemnité forfaitaire pour frais de recouvrement is EUR 40 per invoice',
    ],
  },
  'fixed-rate': {
    defaultRates: undefined,
    rateName: 'contractual rate',
    rateSource: '',
    marginPercent: '0',
    fixingLagDays: 0,
    compensationByDefault: false,
    compensationCurrency: undefined,
    sources: ['The contract: a fixed annual rate (options.annualRatePercent), simple interest'],
  },
};

/** The statutory compensation of a regime for a debt in the compensation currency, with its reason. */
export function statutoryCompensation(
  regime: InterestRegime,
  principal: Money,
): { amount: Money; reason: string } | undefined {
  const euros = (minor: number): Money => ({ currency: 'EUR', minor });
  if (regime === 'eu-directive') {
    const amount = euros(4000);
    return { amount, reason: `the fixed sum of ${show(amount)} for recovery costs (Directive 2011/7/EU, article 6)` };
  }
  if (regime === 'fr-indemnity') {
    const amount = euros(4000);
    return {
      amount,
      reason: `the indemnité forfaitaire pour frais de recouvrement of ${show(amount)} per invoice (Code de commerce, articles L441-10 and D441-5)`,
    };
  }
  if (regime === 'uk-late-payment') {
    // Section 5A: under GBP 1,000 -> 40; 1,000 to 9,999.99 -> 70; 10,000 or more -> 100.
    const band =
      principal.minor < 100_000
        ? { minor: 4000, range: 'under £1,000.00' }
        : principal.minor < 1_000_000
          ? { minor: 7000, range: 'of £1,000.00 to £9,999.99' }
          : { minor: 10_000, range: 'of £10,000.00 or more' };
    const amount: Money = { currency: 'GBP', minor: band.minor };
    return {
      amount,
      reason: `the fixed sum of ${show(amount)} for a debt ${band.range} (Late Payment of Commercial Debts (Interest) Act 1998, section 5A)`,
    };
  }
  return undefined;
}
