export type { ApiCallErrorOptions } from './errors/api-call-error';
export { ApiCallError } from './errors/api-call-error';
export { AmountOverflowError } from './errors/amount-overflow-error';
export { CurrencyMismatchError } from './errors/currency-mismatch-error';
export { InvalidArgumentError } from './errors/invalid-argument-error';
export type { OverdueErrorCode, OverdueErrorOptions } from './errors/overdue-error';
export { OverdueError } from './errors/overdue-error';
export { WebhookSignatureError } from './errors/webhook-signature-error';

export type { ExchangeRates, Money, MoneyInput, RoundingMode } from './money/money';
export { isCurrencyCode, minorDigits } from './money/currency';
export { tryParseMinor } from './money/parse-minor';
export { parseMoney } from './money/parse-money';
export { assertMoney } from './money/assert-money';
export type { MoneyArithmeticOptions } from './money/money-arithmetic';
export { addMoney, compareMoney, subtractMoney, sumMoney } from './money/money-arithmetic';
export type { ConvertMoneyOptions } from './money/convert-money';
export { convertMoney, exchangeRate } from './money/convert-money';
export { allocateMoney } from './money/allocate-money';
export { isRoundingMode, roundMinor } from './money/round-minor';
export type { FormatMoneyOptions } from './money/format-money';
export { formatMoney, minorToDecimalString, moneyToDecimalString } from './money/format-money';

export type { CivilDate } from './dates/civil-date';
export { isCivilDate, parseCivilDate } from './dates/civil-date';
export { civilDateToDayNumber, dayNumberToCivilDate, tryDayNumber } from './dates/day-number';
export { daysBetween } from './dates/days-between';
export { addDays } from './dates/add-days';
export { addMonths } from './dates/add-months';
export { endOfMonth, isEndOfMonth } from './dates/end-of-month';
export type { BusinessDayOptions } from './dates/business-days';
export { addBusinessDays, dayOfWeek, isBusinessDay } from './dates/business-days';

export { describeReceived, formatPath, parseInput } from './validation/parse-input';
export { assertKnownFields, unknownFieldMessage, withInputPath } from './validation/known-fields';
export type { Channel } from './schemas/primitives';
export {
  channelSchema,
  civilDateSchema,
  currencySchema,
  idSchema,
  instantSchema,
  moneyInputSchema,
} from './schemas/primitives';
export type { Contact } from './schemas/contact';
export { contactSchema } from './schemas/contact';
export type { Customer, CustomerInput } from './schemas/customer';
export { customerSchema } from './schemas/customer';
export type { Invoice, InvoiceDelivery, InvoiceInput, InvoiceStatus } from './schemas/invoice';
export { invoiceDeliverySchema, invoiceSchema, invoiceStatusSchema } from './schemas/invoice';
export type { Allocation } from './schemas/allocated-document';
export type { Payment, PaymentInput } from './schemas/payment';
export { paymentSchema } from './schemas/payment';
export type { CreditNote, CreditNoteInput } from './schemas/credit-note';
export { creditNoteSchema } from './schemas/credit-note';
export type { Ledger, LedgerInput } from './schemas/ledger';
export { ledgerSchema } from './schemas/ledger';
export type { CollectionsEvent, CollectionsEventInput, CollectionsEventType } from './schemas/collections-event';
export { COLLECTIONS_EVENT_TYPES, collectionsEventSchema } from './schemas/collections-event';

export type { Random, RandomState } from './random/create-random';
export { createRandom, restoreRandom } from './random/create-random';

export type { ListOptions, LedgerSourceV1 } from './adapters/ledger-source-v1';
export type { MessageChannelV1, OutboundMessage, SendOptions, SendResult } from './adapters/message-channel-v1';
