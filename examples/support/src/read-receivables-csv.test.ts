import { describe, expect, it } from 'vitest';
import { CsvLayoutError } from './csv-layout-error';
import { RECEIVABLES_COLUMNS, readReceivablesCsv } from './read-receivables-csv';

// Made-up rows in the layout of the IBM sample (never rows of the real file).
const HEADER = RECEIVABLES_COLUMNS.join(',');
const ROW_A = '100,ACME-0001,1/2/2020,0000000101,1/5/2020,2/4/2020,120.50,No,2/1/2020,Electronic,27,0';
const ROW_B = '100,ACME-0001,1/2/2020,0000000102,1/20/2020,2/19/2020,94,Yes,3/10/2020,Electronic,50,20';
const ROW_C = '200,BOLT-0042,6/30/2019,0000000103,12/10/2019,1/9/2020,30.00,No,,Paper,,';

function csv(...rows: string[]): string {
  return `${[HEADER, ...rows].join('\r\n')}\r\n`;
}

/** The message of the CsvLayoutError the text throws (fails the test if it does not throw one). */
function layoutError(text: string, currency?: string): string {
  try {
    readReceivablesCsv(text, currency === undefined ? {} : { currency });
  } catch (error) {
    expect(error).toBeInstanceOf(CsvLayoutError);
    return (error as Error).message;
  }
  throw new Error('expected a layout error');
}

describe('readReceivablesCsv', () => {
  it('reads delivery from PaperlessDate: electronic from that day on, paper before it or when empty', () => {
    const onTheDay = '100,ACME-0001,1/5/2020,0000000201,1/5/2020,2/4/2020,10,No,2/1/2020,Electronic,27,0';
    const dayAfter = '100,ACME-0001,1/6/2020,0000000202,1/5/2020,2/4/2020,10,No,2/1/2020,Paper,27,0';
    const never = '100,ACME-0001,,0000000203,1/5/2020,2/4/2020,10,No,2/1/2020,Paper,27,0';
    const delivery = readReceivablesCsv(csv(onTheDay, dayAfter, never)).ledger.invoices.map((i) => i.delivery);
    expect(delivery).toEqual(['electronic', 'paper', 'paper']);
  });

  it('maps each row to a paid invoice, or an open one when SettledDate is empty', () => {
    const result = readReceivablesCsv(csv(ROW_A, ROW_B, ROW_C));
    expect(result.currency).toBe('USD');
    expect(result.ledger.invoices).toEqual([
      {
        id: '0000000101',
        customerId: 'ACME-0001',
        number: '0000000101',
        currency: 'USD',
        issueDate: '2020-01-05',
        dueDate: '2020-02-04',
        total: '120.50',
        delivery: 'electronic',
        amountDue: '0',
        status: 'paid',
        paidDate: '2020-02-01',
        disputed: false,
      },
      {
        id: '0000000102',
        customerId: 'ACME-0001',
        number: '0000000102',
        currency: 'USD',
        issueDate: '2020-01-20',
        dueDate: '2020-02-19',
        total: '94',
        delivery: 'electronic',
        amountDue: '0',
        status: 'paid',
        paidDate: '2020-03-10',
        disputed: true,
      },
      {
        id: '0000000103',
        customerId: 'BOLT-0042',
        number: '0000000103',
        currency: 'USD',
        issueDate: '2019-12-10',
        dueDate: '2020-01-09',
        total: '30.00',
        delivery: 'electronic',
        amountDue: '30.00',
        status: 'open',
        disputed: false,
      },
    ]);
    expect(result.firstInvoiceDate).toBe('2019-12-10');
    expect(result.lastDate).toBe('2020-03-10');
    expect(result.openCount).toBe(1);
  });

  it('reads LF files, quoted fields and blank lines the same way as CRLF files', () => {
    const quoted =
      '"100","ACME-0001","1/2/2020","0000000101","1/5/2020","2/4/2020","120.50","No","2/1/2020","Electronic","27","0"';
    const lf = `${HEADER}\n\n${quoted}\n${ROW_B}\n\n`;
    expect(readReceivablesCsv(lf)).toEqual(readReceivablesCsv(csv(ROW_A, ROW_B)));
  });

  it('reads amounts in the currency given', () => {
    expect(readReceivablesCsv(csv(ROW_A), { currency: 'EUR' }).ledger.invoices[0]?.currency).toBe('EUR');
  });

  const broken = (row: string, column: string, value: string) => {
    const index = RECEIVABLES_COLUMNS.indexOf(column as (typeof RECEIVABLES_COLUMNS)[number]);
    const fields = row.split(',');
    fields[index] = value;
    return fields.join(',');
  };

  it.each([
    [
      'a date in another format',
      broken(ROW_A, 'InvoiceDate', '2013-01-05'),
      'line 3, column InvoiceDate: expected M/D/YYYY, got "2013-01-05"',
    ],
    [
      'a day that does not exist',
      broken(ROW_A, 'DueDate', '2/30/2020'),
      'line 3, column DueDate: expected a real date M/D/YYYY, got "2/30/2020" (no such day)',
    ],
    [
      'an empty invoice date',
      broken(ROW_A, 'InvoiceDate', ''),
      'line 3, column InvoiceDate: expected M/D/YYYY, got nothing (the field is empty)',
    ],
    [
      'a bad settled date',
      broken(ROW_A, 'SettledDate', '13/1/2020'),
      'line 3, column SettledDate: expected a real date M/D/YYYY, got "13/1/2020" (no such day)',
    ],
    [
      'a bad paperless date',
      broken(ROW_A, 'PaperlessDate', 'Jan 2 2020'),
      'line 3, column PaperlessDate: expected M/D/YYYY, got "Jan 2 2020"',
    ],
    [
      'a due date before the invoice date',
      broken(ROW_A, 'DueDate', '1/4/2020'),
      'line 3, column DueDate: the due date 1/4/2020 is before the invoice date 1/5/2020',
    ],
    [
      'a settled date before the invoice date',
      broken(ROW_A, 'SettledDate', '1/1/2020'),
      'line 3, column SettledDate: the settled date 1/1/2020 is before the invoice date 1/5/2020',
    ],
    [
      'a decimal comma',
      broken(ROW_A, 'InvoiceAmount', '"120,50"'),
      'line 3, column InvoiceAmount: expected an amount such as 65.88 or 94, got "120,50"',
    ],
    [
      'a currency sign',
      broken(ROW_A, 'InvoiceAmount', '$120.50'),
      'line 3, column InvoiceAmount: expected an amount such as 65.88 or 94, got "$120.50"',
    ],
    [
      'a negative amount',
      broken(ROW_A, 'InvoiceAmount', '-5.00'),
      'line 3, column InvoiceAmount: expected an amount of zero or more, got "-5.00"',
    ],
    [
      'too many decimals',
      broken(ROW_A, 'InvoiceAmount', '1.234'),
      'line 3, column InvoiceAmount: USD has 2 minor digits, so "1.234" cannot be represented exactly (or it is too large)',
    ],
    [
      'a Disputed value other than Yes or No',
      broken(ROW_A, 'Disputed', 'Maybe'),
      'line 3, column Disputed: expected Yes or No, got "Maybe"',
    ],
    [
      'an empty customer',
      broken(ROW_A, 'customerID', ''),
      'line 3, column customerID: expected a customer id, got nothing (the field is empty)',
    ],
    [
      'an empty invoice number',
      broken(ROW_A, 'invoiceNumber', ''),
      'line 3, column invoiceNumber: expected an invoice number, got nothing (the field is empty)',
    ],
    [
      'a duplicate invoice number',
      broken(ROW_A, 'customerID', 'OTHER-1').replace('0000000101', '0000000102'),
      'line 3, column invoiceNumber: duplicate invoice number "0000000102" (first on line 2)',
    ],
    [
      'a row one column short',
      ROW_A.slice(0, ROW_A.lastIndexOf(',')),
      'line 3, column DaysLate: expected 12 columns, got 11 (the row ends before this column)',
    ],
    [
      'a row with an extra column',
      `${ROW_A},extra`,
      'line 3, column 13: expected 12 columns, got 13 (an unquoted comma inside a field?)',
    ],
  ])('rejects %s, naming the line and column', (_, row, message) => {
    expect(layoutError(csv(ROW_B, row))).toBe(message);
  });

  it('rejects cents in a currency without minor units', () => {
    expect(layoutError(csv(ROW_A), 'JPY')).toBe(
      'line 2, column InvoiceAmount: JPY has 0 minor digits, so "120.50" cannot be represented exactly (or it is too large)',
    );
  });

  it.each([
    [
      'a misnamed column',
      HEADER.replace('InvoiceDate', 'InvoiceDt'),
      'line 1, column 5: expected the column "InvoiceDate", got "InvoiceDt"',
    ],
    [
      'a column in the wrong case',
      HEADER.replace('customerID', 'CustomerID'),
      'line 1, column 2: expected the column "customerID", got "CustomerID"',
    ],
    [
      'a missing last column',
      HEADER.replace(',DaysLate', ''),
      'line 1, column 12: expected the column "DaysLate", but the header ends after 11 columns',
    ],
    [
      'a missing middle column',
      HEADER.replace('Disputed,', ''),
      'line 1, column 8: expected the column "Disputed", got "SettledDate"',
    ],
  ])('rejects a header with %s, naming line 1 and the column', (_, header, message) => {
    const text = `${header}\r\n${ROW_A}\r\n`;
    expect(layoutError(text)).toBe(`${message} (the header must be ${HEADER})`);
  });

  it('rejects a header with an extra column', () => {
    expect(layoutError(`${HEADER},Notes\r\n${ROW_A}\r\n`)).toBe(
      'line 1, column 13: unexpected extra column "Notes"; the layout has 12 columns',
    );
  });

  it('rejects an empty file and a file with only the header', () => {
    expect(layoutError('')).toBe(`line 1, column 1: the file is empty; expected the header ${HEADER}`);
    expect(layoutError(`${HEADER}\r\n`)).toBe('line 2, column 1: the file has a header but no invoice rows');
  });

  it('reports the line a record starts on when a quoted field spans lines', () => {
    const multiline = broken(ROW_A, 'countryCode', '"multi\r\nline"');
    expect(layoutError(csv(multiline.replace('120.50', 'oops')))).toBe(
      'line 2, column InvoiceAmount: expected an amount such as 65.88 or 94, got "oops"',
    );
    expect(layoutError(csv(multiline, broken(ROW_B, 'Disputed', '?')))).toBe(
      'line 4, column Disputed: expected Yes or No, got "?"',
    );
  });
});
