import { describe, expect, it } from 'vitest';
import * as core from './index';

describe('@overdue/core public API', () => {
  it('exports the documented functions and schemas by name', () => {
    // Names other packages and DESIGN.md rely on; removing or renaming one is a breaking change.
    const functions = [
      'addBusinessDays',
      'addDays',
      'addMoney',
      'addMonths',
      'allocateMoney',
      'assertKnownFields',
      'assertMoney',
      'civilDateToDayNumber',
      'compareMoney',
      'convertMoney',
      'createRandom',
      'dayNumberToCivilDate',
      'dayOfWeek',
      'daysBetween',
      'describeReceived',
      'endOfMonth',
      'exchangeRate',
      'formatMoney',
      'formatPath',
      'isBusinessDay',
      'isCivilDate',
      'isCurrencyCode',
      'isEndOfMonth',
      'isRoundingMode',
      'minorDigits',
      'minorToDecimalString',
      'moneyToDecimalString',
      'parseCivilDate',
      'parseInput',
      'parseMoney',
      'restoreRandom',
      'roundMinor',
      'subtractMoney',
      'sumMoney',
      'tryDayNumber',
      'tryParseMinor',
      'unknownFieldMessage',
      'withInputPath',
    ];
    for (const name of functions) expect(typeof (core as Record<string, unknown>)[name], name).toBe('function');

    const schemas = [
      'channelSchema',
      'civilDateSchema',
      'collectionsEventSchema',
      'contactSchema',
      'creditNoteSchema',
      'currencySchema',
      'customerSchema',
      'idSchema',
      'instantSchema',
      'invoiceDeliverySchema',
      'invoiceSchema',
      'invoiceStatusSchema',
      'ledgerSchema',
      'moneyInputSchema',
      'paymentSchema',
    ];
    for (const name of schemas)
      expect(typeof (core as Record<string, { safeParse?: unknown }>)[name]?.safeParse, name).toBe('function');

    const errors = [
      'OverdueError',
      'InvalidArgumentError',
      'CurrencyMismatchError',
      'AmountOverflowError',
      'WebhookSignatureError',
      'ApiCallError',
    ];
    for (const name of errors) expect((core as Record<string, unknown>)[name], name).toBeTypeOf('function');
  });

  it('exports nothing else, so internal helpers stay internal', () => {
    expect(Object.keys(core).sort()).toEqual(
      [
        'AmountOverflowError',
        'ApiCallError',
        'COLLECTIONS_EVENT_TYPES',
        'CurrencyMismatchError',
        'InvalidArgumentError',
        'OverdueError',
        'WebhookSignatureError',
        'addBusinessDays',
        'addDays',
        'addMoney',
        'addMonths',
        'allocateMoney',
        'assertKnownFields',
        'assertMoney',
        'channelSchema',
        'civilDateSchema',
        'civilDateToDayNumber',
        'collectionsEventSchema',
        'compareMoney',
        'contactSchema',
        'convertMoney',
        'createRandom',
        'creditNoteSchema',
        'currencySchema',
        'customerSchema',
        'dayNumberToCivilDate',
        'dayOfWeek',
        'daysBetween',
        'describeReceived',
        'endOfMonth',
        'exchangeRate',
        'formatMoney',
        'formatPath',
        'idSchema',
        'instantSchema',
        'invoiceDeliverySchema',
        'invoiceSchema',
        'invoiceStatusSchema',
        'isBusinessDay',
        'isCivilDate',
        'isCurrencyCode',
        'isEndOfMonth',
        'isRoundingMode',
        'ledgerSchema',
        'minorDigits',
        'minorToDecimalString',
        'moneyInputSchema',
        'moneyToDecimalString',
        'parseCivilDate',
        'parseInput',
        'parseMoney',
        'paymentSchema',
        'restoreRandom',
        'roundMinor',
        'subtractMoney',
        'sumMoney',
        'tryDayNumber',
        'tryParseMinor',
        'unknownFieldMessage',
        'withInputPath',
      ].sort(),
    );
  });

  it('makes every exported error class an OverdueError', () => {
    const instances = [
      new core.InvalidArgumentError('x'),
      new core.CurrencyMismatchError('EUR', 'USD'),
      new core.AmountOverflowError('x'),
      new core.WebhookSignatureError('x'),
      new core.ApiCallError({ message: 'x', url: 'https://api.example.test' }),
    ];
    for (const error of instances) expect(error).toBeInstanceOf(core.OverdueError);
  });
});
