import { escapeHtml } from './escape-html';

/** One stacked layer of a bar chart: a value per category. */
export interface BarSeries {
  name: string;
  color: string;
  values: readonly number[];
}

/** Options of {@link renderStackedBarChart}. */
export interface StackedBarChartOptions {
  /** Accessible title of the chart. */
  title: string;
  /** One bar per category, left to right. */
  categories: readonly string[];
  /** The layers of each bar, bottom to top. */
  series: readonly BarSeries[];
  /** Label of the vertical axis. */
  axisLabel: string;
  /** Formats a bar total written above the bar. */
  formatValue: (value: number) => string;
  /** Formats a tick of the vertical axis. Default: `formatValue`. */
  formatTick?: (value: number) => string;
  /** Default: 720. */
  width?: number;
  /** Default: 340. */
  height?: number;
}

/** The interval drawn as a whisker over a bar of {@link renderIntervalBarChart}; `null` draws none. */
export interface BarInterval {
  low: number;
  high: number;
}

/** Options of {@link renderIntervalBarChart}: a stacked bar chart with a whisker per bar. */
export interface IntervalBarChartOptions extends StackedBarChartOptions {
  /** One interval per category. */
  intervals: readonly (BarInterval | null)[];
  /** Legend text of the whiskers, such as `80% interval`. */
  intervalLabel: string;
}

/** One row of {@link renderShareBarChart}: a value per series, drawn as shares of the row's total. */
export interface ShareBarRow {
  label: string;
  values: readonly number[];
  /** Formats a value for the tooltips of this row. Default: `String`. */
  formatValue?: (value: number) => string;
}

/** Options of {@link renderShareBarChart}. */
export interface ShareBarChartOptions {
  title: string;
  /** The parts of every row, left to right, with their legend names and colours. */
  series: readonly { name: string; color: string }[];
  rows: readonly ShareBarRow[];
  /** Default: 720. */
  width?: number;
}

/** One line of a line chart: a value per category, `null` where it is undefined (the line breaks there). */
export interface LineSeries {
  name: string;
  color: string;
  values: readonly (number | null)[];
  /** Which vertical axis the line is read against. */
  axis: 'left' | 'right';
  /** An SVG `stroke-dasharray` such as `'6 4'`. Default: solid. */
  dash?: string;
}

/** A vertical axis of {@link renderLineChart}. */
export interface LineAxis {
  label: string;
  /** Upper end of the axis. Default: a round number above the largest value. */
  max?: number;
  /** Written after each tick, such as `%`. Default: none. */
  unit?: string;
}

/** Options of {@link renderLineChart}. */
export interface LineChartOptions {
  title: string;
  categories: readonly string[];
  series: readonly LineSeries[];
  leftAxis: LineAxis;
  rightAxis?: LineAxis;
  /** Default: 720. */
  width?: number;
  /** Default: 340. */
  height?: number;
}

const FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif"';
const AXIS_COLOR = '#475569';
const GRID_COLOR = '#e2e8f0';

/** A round step so that `[0, max]` splits into about five intervals. */
function niceStep(max: number): number {
  if (!(max > 0)) return 1;
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough);
  return step ?? 10 * power;
}

/** Ticks from 0 to a round number at or above `max`. */
export function niceTicks(max: number): number[] {
  const step = niceStep(max);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const ticks: number[] = [];
  for (let index = 0; index * step <= top + step / 1e9; index++) ticks.push(Number((index * step).toPrecision(12)));
  return ticks;
}

const round = (value: number) => Math.round(value * 10) / 10;

interface Frame {
  left: number;
  top: number;
  width: number;
  height: number;
}

function svgOpen(title: string, width: number, height: number): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(title)}" ${FONT} font-size="12">`,
    `<title>${escapeHtml(title)}</title>`,
  ].join('');
}

/** Horizontal grid lines with tick labels on the left (or right) side of the frame. */
function verticalAxis(
  frame: Frame,
  ticks: readonly number[],
  side: 'left' | 'right',
  format: (value: number) => string,
): string {
  const top = ticks[ticks.length - 1] ?? 1;
  const parts: string[] = [];
  for (const tick of ticks) {
    const y = round(frame.top + frame.height - (tick / top) * frame.height);
    if (side === 'left') {
      parts.push(
        `<line x1="${frame.left}" x2="${frame.left + frame.width}" y1="${y}" y2="${y}" stroke="${GRID_COLOR}"/>`,
      );
      parts.push(
        `<text x="${frame.left - 8}" y="${y + 4}" text-anchor="end" fill="${AXIS_COLOR}">${escapeHtml(format(tick))}</text>`,
      );
    } else {
      parts.push(
        `<text x="${frame.left + frame.width + 8}" y="${y + 4}" fill="${AXIS_COLOR}">${escapeHtml(format(tick))}</text>`,
      );
    }
  }
  const x = side === 'left' ? frame.left : frame.left + frame.width;
  parts.push(`<line x1="${x}" x2="${x}" y1="${frame.top}" y2="${frame.top + frame.height}" stroke="${AXIS_COLOR}"/>`);
  return parts.join('');
}

function axisTitle(frame: Frame, text: string, side: 'left' | 'right', chartWidth: number): string {
  const x = side === 'left' ? 16 : chartWidth - 12;
  const y = frame.top + frame.height / 2;
  const angle = side === 'left' ? -90 : 90;
  return `<text x="${x}" y="${y}" transform="rotate(${angle} ${x} ${y})" text-anchor="middle" fill="${AXIS_COLOR}" font-weight="600">${escapeHtml(text)}</text>`;
}

/** A vertical line from `top` to `bottom` at `x` with caps `cap` wide. */
function whisker(x: number, top: number, bottom: number, cap: number, color: string, title?: string): string {
  const half = cap / 2;
  const d = `M${round(x - half)} ${round(top)}H${round(x + half)}M${round(x)} ${round(top)}V${round(bottom)}M${round(x - half)} ${round(bottom)}H${round(x + half)}`;
  const tooltip = title === undefined ? '' : `<title>${escapeHtml(title)}</title>`;
  return `<path class="whisker" d="${d}" fill="none" stroke="${color}" stroke-width="1.5">${tooltip}</path>`;
}

function legend(
  items: readonly { name: string; color: string; dash?: string | undefined; kind: 'box' | 'line' | 'whisker' }[],
  x: number,
  y: number,
): string {
  let offset = x;
  const parts: string[] = [];
  for (const item of items) {
    if (item.kind === 'box') {
      parts.push(`<rect x="${offset}" y="${y - 10}" width="12" height="12" rx="2" fill="${item.color}"/>`);
    } else if (item.kind === 'whisker') {
      parts.push(whisker(offset + 6, y - 11, y + 1, 10, item.color));
    } else {
      const dash = item.dash === undefined ? '' : ` stroke-dasharray="${item.dash}"`;
      parts.push(
        `<line x1="${offset}" x2="${offset + 18}" y1="${y - 4}" y2="${y - 4}" stroke="${item.color}" stroke-width="2.5"${dash}/>`,
      );
    }
    const textX = offset + (item.kind === 'line' ? 23 : 17);
    parts.push(`<text x="${textX}" y="${y}" fill="#0f172a">${escapeHtml(item.name)}</text>`);
    offset = textX + item.name.length * 7 + 22;
  }
  return parts.join('');
}

/**
 * Renders a vertical stacked bar chart as a self-contained SVG string: one bar per category, one layer per
 * series, a labelled vertical axis with grid lines, category labels under the bars, each bar's total above
 * it and a legend. Every text is escaped.
 *
 * @example
 * ```ts
 * renderStackedBarChart({ title: 'Aging', categories: ['Current'], series: [{ name: 'EUR', color: '#2563eb', values: [100] }], axisLabel: 'EUR', formatValue: String }).startsWith('<svg');
 * //=> true
 * ```
 */
export function renderStackedBarChart(options: StackedBarChartOptions): string {
  return barChart(options, undefined);
}

/**
 * Renders a stacked bar chart with an interval over each bar, drawn as a whisker (a vertical line with caps),
 * such as a forecast with its 80% interval: like {@link renderStackedBarChart}, with the axis tall enough
 * for the whiskers, each bar's total written above its whisker and the whisker in the legend.
 *
 * @example
 * ```ts
 * renderIntervalBarChart({ title: 'Cash', categories: ['W1'], series: [{ name: 'EUR', color: '#2563eb', values: [100] }], intervals: [{ low: 80, high: 120 }], intervalLabel: '80% interval', axisLabel: 'EUR', formatValue: String }).includes('class="whisker"');
 * //=> true
 * ```
 */
export function renderIntervalBarChart(options: IntervalBarChartOptions): string {
  return barChart(options, { intervals: options.intervals, label: options.intervalLabel });
}

const WHISKER_COLOR = '#0f172a';

function barChart(
  options: StackedBarChartOptions,
  whiskers: { intervals: readonly (BarInterval | null)[]; label: string } | undefined,
): string {
  const width = options.width ?? 720;
  const height = options.height ?? 340;
  const frame: Frame = { left: 84, top: 44, width: width - 84 - 24, height: height - 44 - 44 };
  const totals = options.categories.map((_, index) =>
    options.series.reduce((sum, series) => sum + Math.max(0, series.values[index] ?? 0), 0),
  );
  const highs = whiskers?.intervals.map((interval) => Math.max(0, interval?.high ?? 0)) ?? [];
  const ticks = niceTicks(Math.max(0, ...totals, ...highs));
  const top = ticks[ticks.length - 1] ?? 1;
  const yAt = (value: number) => frame.top + frame.height - (value / top) * frame.height;
  const formatTick = options.formatTick ?? options.formatValue;
  const slot = frame.width / Math.max(1, options.categories.length);
  const barWidth = Math.min(72, slot * 0.62);
  const parts = [svgOpen(options.title, width, height), verticalAxis(frame, ticks, 'left', formatTick)];
  parts.push(axisTitle(frame, options.axisLabel, 'left', width));

  options.categories.forEach((category, index) => {
    const x = round(frame.left + slot * index + (slot - barWidth) / 2);
    let base = frame.top + frame.height;
    for (const series of options.series) {
      const value = Math.max(0, series.values[index] ?? 0);
      if (value === 0) continue;
      const barHeight = (value / top) * frame.height;
      base -= barHeight;
      parts.push(
        `<rect class="bar" x="${x}" y="${round(base)}" width="${round(barWidth)}" height="${round(barHeight)}" fill="${series.color}"><title>${escapeHtml(`${category}, ${series.name}: ${options.formatValue(value)}`)}</title></rect>`,
      );
    }
    const center = round(x + barWidth / 2);
    let labelY = base;
    const interval = whiskers?.intervals[index];
    if (whiskers !== undefined && interval !== undefined && interval !== null) {
      const highY = yAt(Math.max(0, interval.high));
      const title = `${category}, ${whiskers.label}: ${options.formatValue(interval.low)} to ${options.formatValue(interval.high)}`;
      parts.push(whisker(center, highY, yAt(Math.max(0, interval.low)), barWidth * 0.4, WHISKER_COLOR, title));
      labelY = Math.min(labelY, highY);
    }
    parts.push(
      `<text x="${center}" y="${round(labelY - 6)}" text-anchor="middle" fill="#0f172a" font-weight="600">${escapeHtml(options.formatValue(totals[index] ?? 0))}</text>`,
    );
    parts.push(
      `<text x="${center}" y="${frame.top + frame.height + 18}" text-anchor="middle" fill="${AXIS_COLOR}">${escapeHtml(category)}</text>`,
    );
  });
  parts.push(
    `<line x1="${frame.left}" x2="${frame.left + frame.width}" y1="${frame.top + frame.height}" y2="${frame.top + frame.height}" stroke="${AXIS_COLOR}"/>`,
  );
  parts.push(
    legend(
      [
        ...options.series.map((series) => ({ ...series, kind: 'box' as const })),
        ...(whiskers === undefined ? [] : [{ name: whiskers.label, color: WHISKER_COLOR, kind: 'whisker' as const }]),
      ],
      frame.left,
      22,
    ),
  );
  parts.push('</svg>');
  return parts.join('');
}

/**
 * Renders horizontal 100% bars as a self-contained SVG string: one bar per row, split into the shares of its
 * series (such as customers and open amounts per payer segment), each part labelled with its percentage when
 * there is room, with a tooltip and a legend. Every text is escaped.
 *
 * @example
 * ```ts
 * renderShareBarChart({ title: 'Mix', series: [{ name: 'A', color: '#2563eb' }, { name: 'B', color: '#f59e0b' }], rows: [{ label: 'Customers', values: [3, 1] }] }).includes('>75%</text>');
 * //=> true
 * ```
 */
export function renderShareBarChart(options: ShareBarChartOptions): string {
  const width = options.width ?? 720;
  const barHeight = 28;
  const gap = 14;
  const frame: Frame = { left: 130, top: 40, width: width - 130 - 24, height: 0 };
  const height = frame.top + options.rows.length * (barHeight + gap) + 4;
  const parts = [svgOpen(options.title, width, height)];
  options.rows.forEach((row, rowIndex) => {
    const y = frame.top + rowIndex * (barHeight + gap);
    const total = row.values.reduce((sum, value) => sum + Math.max(0, value), 0);
    const format = row.formatValue ?? String;
    parts.push(
      `<text x="${frame.left - 10}" y="${y + barHeight / 2 + 4}" text-anchor="end" fill="${AXIS_COLOR}">${escapeHtml(row.label)}</text>`,
    );
    let x = frame.left;
    options.series.forEach((series, index) => {
      const value = Math.max(0, row.values[index] ?? 0);
      if (value === 0 || total === 0) return;
      const share = value / total;
      const partWidth = share * frame.width;
      const percent = `${Math.round(share * 100)}%`;
      parts.push(
        `<rect class="share" x="${round(x)}" y="${y}" width="${round(partWidth)}" height="${barHeight}" fill="${series.color}"><title>${escapeHtml(`${row.label}, ${series.name}: ${format(value)} (${percent})`)}</title></rect>`,
      );
      if (partWidth >= 36)
        parts.push(
          `<text x="${round(x + partWidth / 2)}" y="${y + barHeight / 2 + 4}" text-anchor="middle" fill="#fff" font-weight="600">${percent}</text>`,
        );
      x += partWidth;
    });
  });
  parts.push(
    legend(
      options.series.map((series) => ({ ...series, kind: 'box' as const })),
      frame.left,
      22,
    ),
  );
  parts.push('</svg>');
  return parts.join('');
}

/**
 * Renders a line chart with one or two vertical axes as a self-contained SVG string: grid lines, tick
 * labels, axis titles, category labels along the bottom, a marker on every defined point and a legend.
 * Lines break where a value is `null`. Every text is escaped.
 *
 * @example
 * ```ts
 * renderLineChart({ title: 'DSO', categories: ['2025-01'], series: [{ name: 'DSO', color: '#2563eb', values: [40], axis: 'left' }], leftAxis: { label: 'days' } }).includes('<path');
 * //=> true
 * ```
 */
export function renderLineChart(options: LineChartOptions): string {
  const width = options.width ?? 720;
  const height = options.height ?? 340;
  const right = options.rightAxis === undefined ? 24 : 64;
  const frame: Frame = { left: 64, top: 44, width: width - 64 - right, height: height - 44 - 52 };
  const axisMax = (side: 'left' | 'right', axis: LineAxis | undefined) => {
    if (axis?.max !== undefined) return axis.max;
    const values = options.series.filter((series) => series.axis === side).flatMap((series) => series.values);
    return Math.max(0, ...values.filter((value): value is number => value !== null));
  };
  const leftTicks = niceTicks(axisMax('left', options.leftAxis));
  const rightTicks = options.rightAxis === undefined ? [] : niceTicks(axisMax('right', options.rightAxis));
  const scaleTop = { left: leftTicks[leftTicks.length - 1] ?? 1, right: rightTicks[rightTicks.length - 1] ?? 1 };
  const count = options.categories.length;
  const xAt = (index: number) =>
    round(frame.left + (count <= 1 ? frame.width / 2 : (index / (count - 1)) * frame.width));
  const yAt = (value: number, side: 'left' | 'right') =>
    round(frame.top + frame.height - (value / scaleTop[side]) * frame.height);
  const unit = (axis: LineAxis | undefined) => (value: number) => `${value}${axis?.unit ?? ''}`;

  const parts = [svgOpen(options.title, width, height), verticalAxis(frame, leftTicks, 'left', unit(options.leftAxis))];
  parts.push(axisTitle(frame, options.leftAxis.label, 'left', width));
  if (options.rightAxis !== undefined) {
    parts.push(verticalAxis(frame, rightTicks, 'right', unit(options.rightAxis)));
    parts.push(axisTitle(frame, options.rightAxis.label, 'right', width));
  }
  parts.push(
    `<line x1="${frame.left}" x2="${frame.left + frame.width}" y1="${frame.top + frame.height}" y2="${frame.top + frame.height}" stroke="${AXIS_COLOR}"/>`,
  );
  options.categories.forEach((category, index) => {
    const x = xAt(index);
    const y = frame.top + frame.height;
    parts.push(`<line x1="${x}" x2="${x}" y1="${y}" y2="${y + 5}" stroke="${AXIS_COLOR}"/>`);
    parts.push(`<text x="${x}" y="${y + 20}" text-anchor="middle" fill="${AXIS_COLOR}">${escapeHtml(category)}</text>`);
  });

  for (const series of options.series) {
    const dash = series.dash === undefined ? '' : ` stroke-dasharray="${series.dash}"`;
    let path = '';
    let drawing = false;
    const markers: string[] = [];
    series.values.forEach((value, index) => {
      if (value === null) {
        drawing = false;
        return;
      }
      const x = xAt(index);
      const y = yAt(value, series.axis);
      path += `${drawing ? 'L' : 'M'}${x} ${y} `;
      drawing = true;
      markers.push(
        `<circle cx="${x}" cy="${y}" r="3" fill="${series.color}"><title>${escapeHtml(`${series.name}, ${options.categories[index] ?? ''}: ${value}`)}</title></circle>`,
      );
    });
    if (path !== '')
      parts.push(`<path d="${path.trim()}" fill="none" stroke="${series.color}" stroke-width="2.5"${dash}/>`);
    parts.push(...markers);
  }
  parts.push(
    legend(
      options.series.map((series) => ({
        name: series.name,
        color: series.color,
        dash: series.dash,
        kind: 'line' as const,
      })),
      frame.left,
      22,
    ),
  );
  parts.push('</svg>');
  return parts.join('');
}
