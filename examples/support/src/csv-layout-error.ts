/**
 * A problem with the layout of a CSV file, located by its line (1 is the header) and its column (a header
 * name such as `InvoiceDate`, or a 1-based position when the name is unknown).
 *
 * @example
 * ```ts
 * new CsvLayoutError(17, 'InvoiceDate', 'expected M/D/YYYY, got "2013-01-05"').message;
 * //=> 'line 17, column InvoiceDate: expected M/D/YYYY, got "2013-01-05"'
 * ```
 */
export class CsvLayoutError extends Error {
  /** The physical line of the file, 1-based (a quoted field with line breaks starts on this line). */
  readonly line: number;
  /** The column name, or its 1-based position as text. */
  readonly column: string;

  constructor(line: number, column: string | number, detail: string) {
    super(`line ${line}, column ${column}: ${detail}`);
    this.name = 'CsvLayoutError';
    this.line = line;
    this.column = String(column);
  }
}
