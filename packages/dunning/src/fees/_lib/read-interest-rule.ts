import type { RoundingMode } from '@overdue/core';
import { assertKnownFields, describeReceived, InvalidArgumentError } from '@overdue/core';
import type { InterestRegime, InterestRule, StatutoryInterestOptions } from '../statutory-interest';
import type { RateSource } from './interest-periods';
import { readRateTable } from './rate-table';
import { readFlag, readMoney, readPercent, readRounding } from './read-options';
import type { RegimeProfile } from './regimes';
import { INTEREST_REGIMES, REGIME_PROFILES } from './regimes';

/** An interest rule after validation, with its defaults applied. */
export interface ReadInterestRule {
  readonly regime: InterestRegime;
  readonly profile: RegimeProfile;
  readonly source: RateSource;
  readonly basis: number;
  readonly rounding: RoundingMode;
  readonly chargeInterest: boolean;
  readonly chargeCompensation: boolean;
}

/**
 * Validates an interest rule (and, with `withUntil`, the `until` of statutoryInterest's options): no
 * unknown field, the regime, the rate source, the day count, the rounding, the flags and the form of
 * `compensationAmount` (its currency is checked against the debt later).
 */
export function readInterestRule(value: unknown, path: string, withUntil: boolean): ReadInterestRule {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidArgumentError(
      `expected { regime${withUntil ? ', until' : ''}, ... }, got ${describeReceived(value)}`,
      path,
    );
  }
  // A misspelt field first: `regme` is reported as such, not as a missing regime.
  assertKnownFields(value, withUntil ? OPTION_FIELDS : RULE_FIELDS, path);
  const options = value as StatutoryInterestOptions;
  const regime = options.regime;
  if (!(INTEREST_REGIMES as readonly unknown[]).includes(regime)) {
    throw new InvalidArgumentError(
      `expected one of ${INTEREST_REGIMES.map((name) => `"${name}"`).join(', ')}, got ${describeReceived(regime)}`,
      `${path}.regime`,
    );
  }
  const profile = REGIME_PROFILES[regime];
  const amount = options.compensationAmount;
  if (typeof amount === 'string') {
    if (!/^\d+(\.\d+)?$/.test(amount)) {
      throw new InvalidArgumentError(
        `expected an amount in major units such as "40.00", got ${describeReceived(amount)}`,
        `${path}.compensationAmount`,
      );
    }
  } else if (amount !== undefined) {
    readMoney(amount, `${path}.compensationAmount`);
  }
  return {
    regime,
    profile,
    source: readRateSource(regime, options, path),
    basis: readDayCount(options.dayCount, path),
    rounding: readRounding(options.rounding, `${path}.rounding`, 'half-up'),
    chargeInterest: readFlag(options.interest, `${path}.interest`, true),
    chargeCompensation: readFlag(options.compensation, `${path}.compensation`, profile.compensationByDefault),
  };
}

/** The fields of an {@link InterestRule}, and of {@link StatutoryInterestOptions} (a rule and `until`); `satisfies` keeps the lists in step with the types. */
const RULE_FIELD_SET = {
  regime: true,
  rates: true,
  marginPercent: true,
  annualRatePercent: true,
  fixing: true,
  dayCount: true,
  interest: true,
  compensation: true,
  compensationAmount: true,
  rounding: true,
} satisfies Record<keyof InterestRule, true>;
const RULE_FIELDS = Object.keys(RULE_FIELD_SET);
const OPTION_FIELDS = Object.keys({ ...RULE_FIELD_SET, until: true } satisfies Record<
  keyof StatutoryInterestOptions,
  true
>);

function readRateSource(regime: InterestRegime, options: StatutoryInterestOptions, path: string): RateSource {
  const profile = REGIME_PROFILES[regime];
  if (regime === 'fixed-rate') {
    for (const field of ['rates', 'marginPercent', 'fixing'] as const) {
      if (options[field] !== undefined) {
        throw new InvalidArgumentError(
          'not used by the fixed-rate regime, which applies annualRatePercent as it is',
          `${path}.${field}`,
        );
      }
    }
    if (options.annualRatePercent === undefined) {
      throw new InvalidArgumentError(
        'the fixed-rate regime needs the contractual annual rate in percent',
        `${path}.annualRatePercent`,
      );
    }
    return { kind: 'fixed', annual: readPercent(options.annualRatePercent, `${path}.annualRatePercent`) };
  }
  if (options.annualRatePercent !== undefined) {
    throw new InvalidArgumentError(
      `only the fixed-rate regime takes a fixed rate; ${regime} adds marginPercent to a reference rate`,
      `${path}.annualRatePercent`,
    );
  }
  const fixing = options.fixing ?? 'half-year';
  if (fixing !== 'half-year' && fixing !== 'daily') {
    throw new InvalidArgumentError(
      `expected "half-year" or "daily", got ${describeReceived(fixing)}`,
      `${path}.fixing`,
    );
  }
  return {
    kind: 'reference',
    table: readRateTable(options.rates ?? profile.defaultRates, `${path}.rates`),
    margin: readPercent(options.marginPercent ?? profile.marginPercent, `${path}.marginPercent`),
    fixing,
    lagDays: profile.fixingLagDays,
  };
}

function readDayCount(value: unknown, path: string): number {
  if (value === undefined) return 365;
  if (value !== 365 && value !== 360) {
    throw new InvalidArgumentError(`expected 365 or 360, got ${describeReceived(value)}`, `${path}.dayCount`);
  }
  return value;
}
