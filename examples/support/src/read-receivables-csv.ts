import type { CivilDate, InvoiceInput } from '@overdue/core';
import { isCivilDate, minorDigits, tryParseMinor } from '@overdue/core';
import { CsvLayoutError } from './csv-layout-error';
import { parseCsv } from './parse-csv';

/** The header of a receivables export, in order (the layout of IBM's "Factored Accounts Receivable" sample). */
export const RECEIVABLES_COLUMNS = [
  'countryCode',
  'customerID',
  'PaperlessDate',
  'invoiceNumber',
  'InvoiceDate',
  'DueDate',
  'InvoiceAmount',
  'Disputed',
  'SettledDate',
  'PaperlessBill',
  'DaysToSettle',
  'DaysLate',
] as const;

type ColumnName = (typeof RECEIVABLES_COLUMNS)[number];

/** Options of {@link readReceivablesCsv}. */
export interface ReadReceivablesCsvOptions {
  /** ISO 4217 currency of every amount (the layout has no currency column). Default: `'USD'`. */
  currency?: string;
}

/** A receivables export read into a ledger. */
export interface ReceivablesCsv {
  /** The currency the amounts were read in. */
  currency: string;
  /** One invoice per row: settled rows are paid on their `SettledDate`, rows without one are still open. */
  ledger: { invoices: InvoiceInput[] };
  /** The earliest `InvoiceDate`. */
  firstInvoiceDate: CivilDate;
  /** The latest `InvoiceDate` or `SettledDate`. */
  lastDate: CivilDate;
  /** Rows with no `SettledDate`. */
  openCount: number;
}

const DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const AMOUNT = /^-?\d+(\.\d+)?$/;

/** Reads `M/D/YYYY` (month and day with or without a leading zero) into a civil date `YYYY-MM-DD`. */
function readDate(text: string, line: number, column: ColumnName): CivilDate {
  const match = DATE.exec(text);
  if (match === null) throw new CsvLayoutError(line, column, `expected M/D/YYYY, got ${describe(text)}`);
  const [, month, day, year] = match as unknown as [string, string, string, string];
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  if (!isCivilDate(date))
    throw new CsvLayoutError(line, column, `expected a real date M/D/YYYY, got "${text}" (no such day)`);
  return date;
}

function describe(text: string): string {
  return text === '' ? 'nothing (the field is empty)' : JSON.stringify(text);
}

function checkHeader(fields: readonly string[]): void {
  for (const [index, expected] of RECEIVABLES_COLUMNS.entries()) {
    const found = fields[index]?.trim();
    if (found === expected) continue;
    const detail =
      found === undefined
        ? `expected the column "${expected}", but the header ends after ${fields.length} columns`
        : `expected the column "${expected}", got ${describe(found)}`;
    throw new CsvLayoutError(1, index + 1, `${detail} (the header must be ${RECEIVABLES_COLUMNS.join(',')})`);
  }
  if (fields.length > RECEIVABLES_COLUMNS.length) {
    const extra = fields[RECEIVABLES_COLUMNS.length] ?? '';
    throw new CsvLayoutError(
      1,
      RECEIVABLES_COLUMNS.length + 1,
      `unexpected extra column ${describe(extra.trim())}; the layout has ${RECEIVABLES_COLUMNS.length} columns`,
    );
  }
}

/**
 * Reads a receivables export with the header {@link RECEIVABLES_COLUMNS} (dates `M/D/YYYY`, amounts such as
 * `65.88` or `94`, `Disputed` `Yes`/`No`, CRLF or LF line endings, optional double-quoted fields) into a
 * ledger: one invoice per row, with `id` and `number` the invoice number, `total` the amount, and, when
 * `SettledDate` is filled in, paid in full on that day (otherwise open). `countryCode`, `PaperlessBill`,
 * `DaysToSettle` and `DaysLate` are not used. `delivery` is `electronic` when `PaperlessDate` is on or before
 * the invoice date (the customer had gone paperless), else `paper`. Blank lines are skipped.
 *
 * @throws {@link CsvLayoutError} naming the line and column of the first problem: a missing or misnamed
 * header column, a row with the wrong number of columns, a date that is not `M/D/YYYY` or not a real day,
 * a due or settled date before the invoice date, a bad amount, an empty customer or invoice number, a
 * duplicate invoice number, or a file without rows.
 * @example
 * ```ts
 * const csv = readReceivablesCsv(
 *   'countryCode,customerID,PaperlessDate,invoiceNumber,InvoiceDate,DueDate,InvoiceAmount,Disputed,SettledDate,PaperlessBill,DaysToSettle,DaysLate\n' +
 *     '100,CUST-1,1/2/2020,0000000001,1/5/2020,2/4/2020,120.50,No,2/1/2020,Electronic,27,0\n',
 * );
 * csv.ledger.invoices[0];
 * //=> { id: '0000000001', customerId: 'CUST-1', number: '0000000001', currency: 'USD', issueDate: '2020-01-05',
 * //     dueDate: '2020-02-04', total: '120.50', delivery: 'electronic', amountDue: '0', status: 'paid', paidDate: '2020-02-01',
 * //     disputed: false }
 * ```
 */
export function readReceivablesCsv(text: string, options: ReadReceivablesCsvOptions = {}): ReceivablesCsv {
  const currency = options.currency ?? 'USD';
  const digits = minorDigits(currency, 'currency');
  const records = parseCsv(text);
  const header = records[0];
  if (header === undefined)
    throw new CsvLayoutError(1, 1, `the file is empty; expected the header ${RECEIVABLES_COLUMNS.join(',')}`);
  checkHeader(header.fields);

  const invoices: InvoiceInput[] = [];
  const firstLineOf = new Map<string, number>();
  let firstInvoiceDate: CivilDate | undefined;
  let lastDate: CivilDate | undefined;
  let openCount = 0;

  for (const { line, fields } of records.slice(1)) {
    if (fields.length === 1 && fields[0]?.trim() === '') continue; // blank line
    if (fields.length < RECEIVABLES_COLUMNS.length) {
      throw new CsvLayoutError(
        line,
        RECEIVABLES_COLUMNS[fields.length] as string,
        `expected ${RECEIVABLES_COLUMNS.length} columns, got ${fields.length} (the row ends before this column)`,
      );
    }
    if (fields.length > RECEIVABLES_COLUMNS.length) {
      throw new CsvLayoutError(
        line,
        RECEIVABLES_COLUMNS.length + 1,
        `expected ${RECEIVABLES_COLUMNS.length} columns, got ${fields.length} (an unquoted comma inside a field?)`,
      );
    }
    const value = (column: ColumnName) => (fields[RECEIVABLES_COLUMNS.indexOf(column)] ?? '').trim();

    const customerId = value('customerID');
    if (customerId === '')
      throw new CsvLayoutError(line, 'customerID', 'expected a customer id, got nothing (the field is empty)');
    const invoiceNumber = value('invoiceNumber');
    if (invoiceNumber === '')
      throw new CsvLayoutError(line, 'invoiceNumber', 'expected an invoice number, got nothing (the field is empty)');
    const seenOn = firstLineOf.get(invoiceNumber);
    if (seenOn !== undefined)
      throw new CsvLayoutError(
        line,
        'invoiceNumber',
        `duplicate invoice number "${invoiceNumber}" (first on line ${seenOn})`,
      );
    firstLineOf.set(invoiceNumber, line);

    const paperlessText = value('PaperlessDate');
    const paperlessDate = paperlessText === '' ? undefined : readDate(paperlessText, line, 'PaperlessDate');
    const issueDate = readDate(value('InvoiceDate'), line, 'InvoiceDate');
    // The customer went paperless on PaperlessDate: invoices from that day on were sent electronically.
    const delivery = paperlessDate !== undefined && paperlessDate <= issueDate ? 'electronic' : 'paper';
    const dueDate = readDate(value('DueDate'), line, 'DueDate');
    if (dueDate < issueDate) {
      throw new CsvLayoutError(
        line,
        'DueDate',
        `the due date ${value('DueDate')} is before the invoice date ${value('InvoiceDate')}`,
      );
    }
    const settledText = value('SettledDate');
    const paidDate = settledText === '' ? undefined : readDate(settledText, line, 'SettledDate');
    if (paidDate !== undefined && paidDate < issueDate) {
      throw new CsvLayoutError(
        line,
        'SettledDate',
        `the settled date ${settledText} is before the invoice date ${value('InvoiceDate')}`,
      );
    }

    const amount = value('InvoiceAmount');
    if (!AMOUNT.test(amount))
      throw new CsvLayoutError(
        line,
        'InvoiceAmount',
        `expected an amount such as 65.88 or 94, got ${describe(amount)}`,
      );
    if (amount.startsWith('-'))
      throw new CsvLayoutError(line, 'InvoiceAmount', `expected an amount of zero or more, got "${amount}"`);
    if (Number.isNaN(tryParseMinor(amount, digits))) {
      throw new CsvLayoutError(
        line,
        'InvoiceAmount',
        `${currency} has ${digits} minor digits, so "${amount}" cannot be represented exactly (or it is too large)`,
      );
    }

    const disputed = value('Disputed');
    if (disputed !== 'Yes' && disputed !== 'No')
      throw new CsvLayoutError(line, 'Disputed', `expected Yes or No, got ${describe(disputed)}`);

    const base = {
      id: invoiceNumber,
      customerId,
      number: invoiceNumber,
      currency,
      issueDate,
      dueDate,
      total: amount,
      delivery,
    } as const;
    if (paidDate === undefined) {
      openCount += 1;
      invoices.push({ ...base, amountDue: amount, status: 'open', disputed: disputed === 'Yes' });
    } else {
      invoices.push({ ...base, amountDue: '0', status: 'paid', paidDate, disputed: disputed === 'Yes' });
    }
    if (firstInvoiceDate === undefined || issueDate < firstInvoiceDate) firstInvoiceDate = issueDate;
    const latest = paidDate !== undefined && paidDate > issueDate ? paidDate : issueDate;
    if (lastDate === undefined || latest > lastDate) lastDate = latest;
  }

  if (firstInvoiceDate === undefined || lastDate === undefined) {
    throw new CsvLayoutError(2, 1, 'the file has a header but no invoice rows');
  }
  return { currency, ledger: { invoices }, firstInvoiceDate, lastDate, openCount };
}
