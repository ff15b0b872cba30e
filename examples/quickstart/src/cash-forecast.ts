import type { CivilDate, ExchangeRates } from '@overdue/core';
import { convertMoney } from '@overdue/core';
import type { CurrencyForecast } from '@overdue/scoring';

/** One week of {@link forecastInReportingCurrency}, every amount in minor units of the reporting currency. */
export interface ReportingForecastWeek {
  from: CivilDate;
  to: CivilDate;
  /** Expected cash in, all currencies converted. */
  expectedMinor: number;
  /** Sum of the converted interval ends of the currencies (see {@link forecastInReportingCurrency}). */
  lowMinor: number;
  highMinor: number;
  /** The expected cash of each currency, converted, in the order of the forecasts. */
  expectedByCurrencyMinor: number[];
}

/** Every currency's forecast in one reporting currency. */
export interface ReportingForecast {
  currency: string;
  /** The source currencies, in the order of the forecasts. */
  currencies: string[];
  weeks: ReportingForecastWeek[];
  /** Expected after the horizon. */
  laterMinor: number;
  /** Everything open at the start. */
  openMinor: number;
}

/**
 * Adds up per-currency forecasts (from `forecastCollections`) in a reporting currency, converting each amount
 * once with `rates`. The week's interval is the sum of the currencies' interval ends: exact if the currencies
 * moved together, a little wide if they move independently.
 *
 * @throws Error when the forecasts cover different weeks, or a rate is missing.
 * @example
 * ```ts
 * forecastInReportingCurrency(forecasts, 'EUR', { base: 'EUR', rates: { GBP: '1.17' } }).weeks[0]?.expectedMinor;
 * //=> 28738398
 * ```
 */
export function forecastInReportingCurrency(
  forecasts: readonly CurrencyForecast[],
  reportingCurrency: string,
  rates?: ExchangeRates,
): ReportingForecast {
  const convert = (minor: number, currency: string) => {
    if (currency === reportingCurrency) return minor;
    if (rates === undefined) throw new Error(`rates are needed to convert ${currency} into ${reportingCurrency}`);
    return convertMoney({ currency, minor }, reportingCurrency, rates).minor;
  };
  const first = forecasts[0];
  const weeks = (first?.weeks ?? []).map((week, index): ReportingForecastWeek => {
    const expectedByCurrencyMinor: number[] = [];
    let lowMinor = 0;
    let highMinor = 0;
    for (const forecast of forecasts) {
      const same = forecast.weeks[index];
      if (same === undefined || same.from !== week.from || same.to !== week.to)
        throw new Error(`the ${forecast.currency} forecast covers other weeks than the ${first?.currency} one`);
      expectedByCurrencyMinor.push(convert(same.expectedMinor, forecast.currency));
      lowMinor += convert(same.lowMinor, forecast.currency);
      highMinor += convert(same.highMinor, forecast.currency);
    }
    return {
      from: week.from,
      to: week.to,
      expectedMinor: expectedByCurrencyMinor.reduce((sum, minor) => sum + minor, 0),
      lowMinor,
      highMinor,
      expectedByCurrencyMinor,
    };
  });
  for (const forecast of forecasts) {
    if (forecast.weeks.length !== weeks.length)
      throw new Error(`the ${forecast.currency} forecast covers other weeks than the ${first?.currency} one`);
  }
  return {
    currency: reportingCurrency,
    currencies: forecasts.map((forecast) => forecast.currency),
    weeks,
    laterMinor: forecasts.reduce((sum, forecast) => sum + convert(forecast.laterMinor, forecast.currency), 0),
    openMinor: forecasts.reduce((sum, forecast) => sum + convert(forecast.openMinor, forecast.currency), 0),
  };
}
