export type { TableColumn, TableRow } from './format-table';
export { formatTable } from './format-table';
export { formatFigure, formatKpiTable } from './kpi-table';
