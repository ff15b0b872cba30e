import { CsvLayoutError } from './csv-layout-error';

/** One record of a CSV file and the line it starts on (1-based). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

const QUOTE = '"';
const COMMA = ',';

/**
 * Splits CSV text into records (RFC 4180): comma-separated fields, CRLF, LF or CR line endings, fields in
 * double quotes that may hold commas, line breaks and doubled quotes (`""`). A leading byte-order mark is
 * dropped; a final line break does not make an extra record. Nothing is trimmed or converted.
 *
 * @throws {@link CsvLayoutError} for a quote inside an unquoted field, text after a closing quote, or a
 * quoted field that never closes, naming the line and the column position.
 * @example
 * ```ts
 * parseCsv('a,"b, c"\r\n1,"say ""hi"""\r\n');
 * //=> [{ line: 1, fields: ['a', 'b, c'] }, { line: 2, fields: ['1', 'say "hi"'] }]
 * ```
 */
export function parseCsv(text: string): CsvRecord[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let index = 0;
  let recordStart = 0;
  const length = source.length;
  const endRecord = () => {
    fields.push(field);
    records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };

  while (index < length) {
    const character = source[index] as string;
    if (character === QUOTE) {
      if (field !== '')
        throw new CsvLayoutError(
          line,
          fields.length + 1,
          `unexpected " inside an unquoted field (quote the whole field and double the quote: "")`,
        );
      const openedOn = line;
      index += 1;
      for (;;) {
        if (index >= length)
          throw new CsvLayoutError(openedOn, fields.length + 1, 'a quoted field is never closed (missing ")');
        const inside = source[index] as string;
        if (inside === QUOTE) {
          if (source[index + 1] === QUOTE) {
            field += QUOTE;
            index += 2;
            continue;
          }
          index += 1;
          break;
        }
        if (inside === '\r' || inside === '\n') {
          if (inside === '\r' && source[index + 1] === '\n') {
            field += '\r';
            index += 1;
          }
          line += 1;
        }
        field += source[index] as string;
        index += 1;
      }
      const next = source[index];
      if (next !== undefined && next !== COMMA && next !== '\r' && next !== '\n') {
        throw new CsvLayoutError(
          line,
          fields.length + 1,
          `unexpected text after a closing quote: ${JSON.stringify(source.slice(index, index + 10))}`,
        );
      }
      continue;
    }
    if (character === COMMA) {
      fields.push(field);
      field = '';
      index += 1;
      continue;
    }
    if (character === '\r' || character === '\n') {
      endRecord();
      index += character === '\r' && source[index + 1] === '\n' ? 2 : 1;
      line += 1;
      recordLine = line;
      recordStart = index;
      continue;
    }
    field += character;
    index += 1;
  }
  if (index > recordStart) endRecord();
  return records;
}
