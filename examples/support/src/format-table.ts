/** A column of a plain-text table. */
export interface TableColumn {
  /** The header text. */
  header: string;
  /** `right` for figures, `left` for names. Default: `'left'`. */
  align?: 'left' | 'right';
  /** Longer cells are cut to this many characters and end with `…`. Default: no limit. */
  maxWidth?: number;
}

/** A row of cells, or `'rule'` for a horizontal line (before totals, say). */
export type TableRow = readonly string[] | 'rule';

/** Characters of a string as people count them (code points, so `€` and `…` count once). */
function displayWidth(text: string): number {
  return [...text].length;
}

function truncate(text: string, maxWidth: number | undefined): string {
  if (maxWidth === undefined || displayWidth(text) <= maxWidth) return text;
  return `${[...text].slice(0, Math.max(0, maxWidth - 1)).join('')}…`;
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

/**
 * Lays out rows as a plain-text table: a header, a rule, then the rows, each column as wide as its widest
 * cell, figures right-aligned. Columns are separated by two spaces; trailing spaces are trimmed.
 *
 * @example
 * ```ts
 * formatTable([{ header: 'Name' }, { header: 'Total', align: 'right' }], [['Acme', '€1.00'], ['Bee', '€10.00']]);
 * //=> 'Name   Total\n----  ------\nAcme   €1.00\nBee   €10.00'
 * ```
 */
export function formatTable(columns: readonly TableColumn[], rows: readonly TableRow[]): string {
  const cells = rows.map((row) =>
    row === 'rule' ? row : columns.map((column, index) => truncate(row[index] ?? '', column.maxWidth)),
  );
  const widths = columns.map((column, index) =>
    cells.reduce(
      (width, row) => (row === 'rule' ? width : Math.max(width, displayWidth(row[index] ?? ''))),
      displayWidth(column.header),
    ),
  );
  const line = (values: readonly string[]) =>
    values
      .map((value, index) => pad(value, widths[index] ?? 0, columns[index]?.align ?? 'left'))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [
    line(columns.map((column) => column.header)),
    rule,
    ...cells.map((row) => (row === 'rule' ? rule : line(row))),
  ].join('\n');
}
