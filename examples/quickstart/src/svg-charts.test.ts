import { describe, expect, it } from 'vitest';
import {
  niceTicks,
  renderIntervalBarChart,
  renderLineChart,
  renderShareBarChart,
  renderStackedBarChart,
} from './svg-charts';

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

describe('renderIntervalBarChart', () => {
  const svg = renderIntervalBarChart({
    title: 'Cash <forecast>',
    categories: ['1 Jan', '8 Jan', '15 Jan'],
    series: [
      { name: 'EUR', color: '#00f', values: [300, 200, 0] },
      { name: 'GBP (in EUR)', color: '#f90', values: [100, 0, 0] },
    ],
    intervals: [{ low: 250, high: 600 }, { low: 100, high: 300 }, null],
    intervalLabel: '80% interval',
    axisLabel: 'EUR',
    formatValue: (value) => `€${value}`,
  });

  it('draws the stacked bars, a whisker per interval and one in the legend', () => {
    expect(svg.match(/<rect class="bar"/g)).toHaveLength(3);
    // Two bars with intervals, plus the legend's whisker (which has no tooltip).
    expect(svg.match(/<path class="whisker"/g)).toHaveLength(3);
    expect(svg).toContain('<title>1 Jan, 80% interval: €250 to €600</title>');
    expect(svg).toContain('>80% interval</text>');
    expect(svg).toContain('aria-label="Cash &lt;forecast&gt;"');
  });

  it('scales the axis to the top of the highest whisker and writes each total above its whisker', () => {
    // The highest whisker (600) sets the axis: ticks run to 600, not to the tallest bar (400).
    expect(svg).toContain('>€600</text>');
    const whiskerTop = Number(svg.match(/<path class="whisker" d="M[\d.]+ ([\d.]+)H/)?.[1]);
    const totalY = Number(svg.match(/<text x="[\d.]+" y="([\d.]+)"[^>]*font-weight="600">€400<\/text>/)?.[1]);
    expect(totalY).toBeLessThan(whiskerTop);
  });
});

describe('renderShareBarChart', () => {
  it('splits each row into the shares of its parts, labels wide parts and escapes text', () => {
    const svg = renderShareBarChart({
      title: 'Segments',
      series: [
        { name: 'prompt', color: '#0a0' },
        { name: 'late & <worse>', color: '#a00' },
        { name: 'empty', color: '#999' },
      ],
      rows: [
        { label: 'Customers', values: [3, 1, 0] },
        { label: 'Open amount', values: [1, 99, 0], formatValue: (value) => `€${value}` },
      ],
      width: 530,
    });
    // One rectangle per non-zero part; the 1% part is too narrow for its label.
    expect(svg.match(/<rect class="share"/g)).toHaveLength(4);
    expect(svg).toContain('>75%</text>');
    expect(svg).toContain('>25%</text>');
    expect(svg).toContain('>99%</text>');
    expect(svg).not.toContain('>1%</text>');
    expect(svg).toContain('<title>Open amount, late &amp; &lt;worse&gt;: €99 (99%)</title>');
    // Parts of a row fill the bar's width exactly: 530 - 130 - 24 = 376.
    const widths = [...svg.matchAll(/<rect class="share" x="[\d.]+" y="40" width="([\d.]+)"/g)].map((m) =>
      Number(m[1]),
    );
    expect(widths.reduce((sum, value) => sum + value, 0)).toBeCloseTo(376, 0);
  });
});
