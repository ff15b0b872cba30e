// Small inline SVG charts for the report: no external assets.

/** One line of a line chart. */
export interface ChartLine {
  name: string;
  colour: string;
  points: readonly { x: number; y: number }[];
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/** The opening tag and title of a chart. */
function chartStart(title: string, width: number, height: number, left: number): string[] {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(title)}">`,
    `<text x="${left}" y="18" font-size="14" font-weight="bold">${escapeXml(title)}</text>`,
  ];
}

/** Five horizontal grid lines from 0 to `yMax`, labelled on the left. */
function gridLines(
  yMax: number,
  y: (value: number) => number,
  left: number,
  right: number,
  label: (value: number) => string,
): string[] {
  const parts: string[] = [];
  for (let step = 0; step <= 4; step++) {
    const value = (yMax * step) / 4;
    parts.push(
      `<line x1="${left}" x2="${right}" y1="${y(value)}" y2="${y(value)}" stroke="#ddd"/>`,
      `<text x="${left - 6}" y="${y(value) + 4}" font-size="11" text-anchor="end">${escapeXml(label(value))}</text>`,
    );
  }
  return parts;
}

/**
 * The frame of a 300 px high chart with a legend of these names on its right: a plot `plotWidth` px wide,
 * room for the legend (swatch, gap, about 7 px a character at 11 px), and the y scale from 0 to `yMax`.
 */
function legendFrame(names: readonly string[], plotWidth: number, yMax: number) {
  const left = 70;
  const right = Math.max(150, 40 + 7 * Math.max(0, ...names.map((name) => name.length)));
  const height = 300;
  const top = 30;
  const bottom = 40;
  return {
    width: left + plotWidth + right,
    height,
    left,
    /** Where the plot ends and the legend starts. */
    plotEnd: left + plotWidth,
    top,
    bottom,
    y: (value: number) => height - bottom - (value / yMax) * (height - top - bottom),
  };
}

/** One legend entry: a colour swatch and a name, at row `index` right of the plot. */
function legendEntry(name: string, colour: string, index: number, x: number, top: number): string[] {
  return [
    `<rect x="${x + 12}" y="${top + index * 20}" width="12" height="12" fill="${colour}"/>`,
    `<text x="${x + 30}" y="${top + index * 20 + 10}" font-size="12">${escapeXml(name)}</text>`,
  ];
}

/** A line chart with axes, four horizontal grid lines and a legend. */
export function lineChart(title: string, lines: readonly ChartLine[], yLabel: (value: number) => string): string {
  const xs = lines.flatMap((line) => line.points.map((point) => point.x));
  const ys = lines.flatMap((line) => line.points.map((point) => point.y));
  const xMax = Math.max(1, ...xs);
  const yMax = niceMax(Math.max(0, ...ys));
  const { width, height, left, plotEnd, top, bottom, y } = legendFrame(
    lines.map((line) => line.name),
    420,
    yMax,
  );
  const x = (value: number) => left + (value / xMax) * (plotEnd - left);
  const parts = [...chartStart(title, width, height, left), ...gridLines(yMax, y, left, plotEnd, yLabel)];
  parts.push(
    `<text x="${(left + plotEnd) / 2}" y="${height - 8}" font-size="11" text-anchor="middle">day</text>`,
    `<text x="${x(xMax)}" y="${height - bottom + 14}" font-size="11" text-anchor="middle">${xMax}</text>`,
    `<text x="${left}" y="${height - bottom + 14}" font-size="11" text-anchor="middle">0</text>`,
  );
  lines.forEach((line, index) => {
    const path = line.points.map(
      (point, k) => `${k === 0 ? 'M' : 'L'}${x(point.x).toFixed(1)},${y(point.y).toFixed(1)}`,
    );
    parts.push(
      `<path d="${path.join(' ')}" fill="none" stroke="${line.colour}" stroke-width="2"/>`,
      ...legendEntry(line.name, line.colour, index, plotEnd, top),
    );
  });
  parts.push('</svg>');
  return parts.join('');
}

/** A bar chart, one bar per entry, with an error bar of ± `spread`. */
export function barChart(
  title: string,
  bars: readonly { name: string; colour: string; value: number; spread: number }[],
  label: (value: number) => string,
): string {
  const width = 640;
  const height = 260;
  const left = 70;
  const top = 30;
  const bottom = 40;
  const yMax = niceMax(Math.max(0, ...bars.map((bar) => bar.value + bar.spread)));
  const slot = (width - left - 20) / Math.max(1, bars.length);
  const y = (value: number) => height - bottom - (value / yMax) * (height - top - bottom);
  const parts: string[] = [
    ...chartStart(title, width, height, left),
    `<line x1="${left}" x2="${width - 20}" y1="${y(0)}" y2="${y(0)}" stroke="#999"/>`,
  ];
  bars.forEach((bar, index) => {
    const x = left + index * slot + slot * 0.2;
    const barWidth = slot * 0.6;
    const middle = x + barWidth / 2;
    parts.push(
      `<rect x="${x.toFixed(1)}" y="${y(bar.value).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${(y(0) - y(bar.value)).toFixed(1)}" fill="${bar.colour}"/>`,
      `<line x1="${middle}" x2="${middle}" y1="${y(bar.value + bar.spread)}" y2="${y(Math.max(0, bar.value - bar.spread))}" stroke="#333"/>`,
      `<text x="${middle}" y="${y(bar.value + bar.spread) - 4}" font-size="11" text-anchor="middle">${escapeXml(label(bar.value))}</text>`,
      `<text x="${middle}" y="${height - bottom + 16}" font-size="12" text-anchor="middle">${escapeXml(bar.name)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}

/** Bars side by side in groups: one group per category, one bar per series (same colours in every group), with a legend. */
export function groupedBarChart(
  title: string,
  categories: readonly string[],
  series: readonly { name: string; colour: string; values: readonly number[] }[],
  label: (value: number) => string,
): string {
  const yMax = niceMax(Math.max(0, ...series.flatMap((entry) => entry.values)));
  const { width, height, left, plotEnd, top, bottom, y } = legendFrame(
    series.map((entry) => entry.name),
    540,
    yMax,
  );
  const group = (plotEnd - left) / Math.max(1, categories.length);
  const barWidth = (group * 0.8) / Math.max(1, series.length);
  const parts = [...chartStart(title, width, height, left), ...gridLines(yMax, y, left, plotEnd, label)];
  categories.forEach((category, position) => {
    const start = left + position * group + group * 0.1;
    series.forEach((entry, index) => {
      const value = entry.values[position] ?? 0;
      parts.push(
        `<rect x="${(start + index * barWidth).toFixed(1)}" y="${y(value).toFixed(1)}" width="${(barWidth * 0.9).toFixed(1)}" height="${(y(0) - y(value)).toFixed(1)}" fill="${entry.colour}"/>`,
      );
    });
    parts.push(
      `<text x="${(start + group * 0.4).toFixed(1)}" y="${height - bottom + 16}" font-size="11" text-anchor="middle">${escapeXml(category)}</text>`,
    );
  });
  series.forEach((entry, index) => {
    parts.push(...legendEntry(entry.name, entry.colour, index, plotEnd, top));
  });
  parts.push('</svg>');
  return parts.join('');
}
