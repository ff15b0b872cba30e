import { describe, expect, it } from 'vitest';
import { catchOverdueError, errorPathOf } from './_test/catch-overdue-error';
import { ECB_MAIN_REFINANCING_RATES } from './interest-rate-tables';
import { parseInterestRule } from './parse-interest-rule';

describe('parseInterestRule', () => {
  it('returns a valid rule as it is', () => {
    const rule = {
      regime: 'eu-directive',
      marginPercent: '9',
      rates: ECB_MAIN_REFINANCING_RATES,
      compensationAmount: '50.00',
    };
    expect(parseInterestRule(rule)).toBe(rule);
    expect(parseInterestRule({ regime: 'fixed-rate', annualRatePercent: 12, dayCount: 360 })).toEqual({
      regime: 'fixed-rate',
      annualRatePercent: 12,
      dayCount: 360,
    });
  });

  it.each<[unknown, string]>([
    [{ regime: 'eu-late-payment' }, 'steps[3].actions[0].regime'],
    [{ regime: 'uk-late-payment', margin: 8 }, 'steps[3].actions[0].margin'],
    [{ regime: 'uk-late-payment', until: '2026-01-01' }, 'steps[3].actions[0].until'],
    [{ regime: 'eu-directive', marginPercent: 'eight' }, 'steps[3].actions[0].marginPercent'],
    [{ regime: 'fixed-rate' }, 'steps[3].actions[0].annualRatePercent'],
    [{ regime: 'fr-indemnity', compensationAmount: '40,00' }, 'steps[3].actions[0].compensationAmount'],
    [{ regime: 'fr-indemnity', interest: 'no' }, 'steps[3].actions[0].interest'],
    ['eu-directive', 'steps[3].actions[0]'],
  ])('names the field of a bad rule %j', (rule, path) => {
    expect(errorPathOf(() => parseInterestRule(rule, 'steps[3].actions[0]'))).toBe(path);
  });

  it('names a misspelt field of a rule and of a rate row, with the nearest known name', () => {
    const rule = catchOverdueError(() => parseInterestRule({ regime: 'eu-directive', daycount: 360 }));
    expect(rule.message).toBe('rule.daycount: unknown field; did you mean "dayCount"?');
    const row = catchOverdueError(() =>
      parseInterestRule({ regime: 'eu-directive', rates: [{ from: '2024-01-01', ratePercnt: '4.00' }] }),
    );
    expect(row.message).toBe('rule.rates[0].ratePercnt: unknown field; did you mean "ratePercent"?');
  });
});
