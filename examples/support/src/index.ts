export { CsvLayoutError } from './csv-layout-error';
export type { TableColumn, TableRow } from './format-table';
export { formatTable } from './format-table';
export { formatFigure, formatKpiTable } from './kpi-table';
export type { CsvRecord } from './parse-csv';
export { parseCsv } from './parse-csv';
export type { ReadReceivablesCsvOptions, ReceivablesCsv } from './read-receivables-csv';
export { RECEIVABLES_COLUMNS, readReceivablesCsv } from './read-receivables-csv';
export { sharesInWords } from './shares-in-words';
