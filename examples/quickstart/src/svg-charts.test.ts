import { describe, expect, it } from 'vitest';
import { niceTicks, renderLineChart, renderStackedBarChart } from './svg-charts';

describe('niceTicks', () => {
  it('runs from zero to a round number at or above the maximum', () => {
    expect(niceTicks(46.8)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(niceTicks(1_277_716)).toEqual([0, 500_000, 1_000_000, 1_500_000]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});

describe('renderLineChart', () => {
  it('breaks a line where a value is null and escapes labels', () => {
    const svg = renderLineChart({
      title: 'A & B',
      categories: ['Jan', 'Feb', '<Mar>', 'Apr'],
      series: [{ name: 'DSO', color: '#000', values: [40, null, 42, 41], axis: 'left' }],
      leftAxis: { label: 'Days' },
    });
    const path = svg.match(/<path d="([^"]+)"/)?.[1] ?? '';
    expect(path.match(/M/g)).toHaveLength(2);
    expect(svg.match(/<circle /g)).toHaveLength(3);
    expect(svg).toContain('&lt;Mar&gt;');
    expect(svg).toContain('aria-label="A &amp; B"');
  });
});

describe('renderStackedBarChart', () => {
  it('stacks one rectangle per non-zero layer and writes each bar total', () => {
    const svg = renderStackedBarChart({
      title: 'Aging',
      categories: ['Current', '1-30'],
      series: [
        { name: 'EUR', color: '#00f', values: [300, 100] },
        { name: 'GBP', color: '#f90', values: [200, 0] },
      ],
      axisLabel: 'EUR',
      formatValue: (value) => `€${value}`,
    });
    expect(svg.match(/<rect class="bar"/g)).toHaveLength(3);
    expect(svg).toContain('>€500</text>');
    expect(svg).toContain('>€100</text>');
  });
});
