import { describe, expect, it } from 'vitest';
import { CsvLayoutError } from './csv-layout-error';
import { parseCsv } from './parse-csv';

describe('parseCsv', () => {
  it('splits CRLF, LF and CR lines alike and ignores the final line break', () => {
    const expected = [
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
    ];
    expect(parseCsv('a,b\r\n1,2\r\n')).toEqual(expected);
    expect(parseCsv('a,b\n1,2\n')).toEqual(expected);
    expect(parseCsv('a,b\r1,2')).toEqual(expected);
  });

  it('keeps empty fields, including a trailing one and an empty quoted one', () => {
    expect(parseCsv('a,,c,\n"",x\n')).toEqual([
      { line: 1, fields: ['a', '', 'c', ''] },
      { line: 2, fields: ['', 'x'] },
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, counting lines from where a record starts', () => {
    const records = parseCsv('name,note\r\n"Smith, J","said ""hi""\r\nthen left"\r\nnext,row\r\n');
    expect(records).toEqual([
      { line: 1, fields: ['name', 'note'] },
      { line: 2, fields: ['Smith, J', 'said "hi"\r\nthen left'] },
      { line: 4, fields: ['next', 'row'] },
    ]);
  });

  it('drops a byte-order mark', () => {
    expect(parseCsv('\uFEFFa,b')).toEqual([{ line: 1, fields: ['a', 'b'] }]);
  });

  it('returns no records for an empty text and one empty field for a blank line', () => {
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('a\n\nb\n')).toEqual([
      { line: 1, fields: ['a'] },
      { line: 2, fields: [''] },
      { line: 3, fields: ['b'] },
    ]);
  });

  it.each([
    [
      'a,b\n1,x"y\n',
      'line 2, column 2: unexpected " inside an unquoted field (quote the whole field and double the quote: "")',
    ],
    ['a,b\n1,"open\n\n', 'line 2, column 2: a quoted field is never closed (missing ")'],
    ['a,b\n"x"y,2\n', 'line 2, column 1: unexpected text after a closing quote: "y,2\\n"'],
  ])('names the line and column of a malformed quote in %j', (text, message) => {
    expect(() => parseCsv(text)).toThrow(CsvLayoutError);
    expect(() => parseCsv(text)).toThrow(message);
  });
});
