import { describe, expect, it } from 'vitest';
import { formatTable } from './format-table';

describe('formatTable', () => {
  const columns = [
    { header: 'Customer' },
    { header: 'Total', align: 'right' as const },
    { header: 'Days', align: 'right' as const },
  ];

  it('pads every column to its widest cell, names left-aligned and figures right-aligned', () => {
    const text = formatTable(columns, [
      ['Acme', '€1.00', '5'],
      ['Blue Harbour GmbH', '€12,345.67', '120'],
    ]);
    expect(text.split('\n')).toEqual([
      'Customer                Total  Days',
      '-----------------  ----------  ----',
      'Acme                    €1.00     5',
      'Blue Harbour GmbH  €12,345.67   120',
    ]);
  });

  it('lines up the right edge of right-aligned columns across rows and rules', () => {
    const lines = formatTable(columns, [
      ['A', '£9.99', '1'],
      ['Bee', '£1,000,000.00', '12'],
      'rule',
      ['Total', '£1,000,009.99', '13'],
    ]).split('\n');
    expect(lines).toEqual([
      'Customer          Total  Days',
      '--------  -------------  ----',
      'A                 £9.99     1',
      'Bee       £1,000,000.00    12',
      '--------  -------------  ----',
      'Total     £1,000,009.99    13',
    ]);
    // Right-aligned last column: every line has the same length.
    expect(new Set(lines.map((line) => [...line].length)).size).toBe(1);
  });

  it('cuts cells longer than maxWidth with an ellipsis', () => {
    const text = formatTable([{ header: 'Name', maxWidth: 8 }], [['Northwind Traders Ltd']]);
    expect(text.split('\n')[2]).toBe('Northwi…');
  });

  it('trims trailing spaces of left-aligned last columns and fills missing cells', () => {
    const text = formatTable([{ header: 'A' }, { header: 'Long header' }], [['x']]);
    expect(text.split('\n')[2]).toBe('x');
  });
});
