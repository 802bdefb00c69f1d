/**
 * A horizontal bar chart as an SVG string, generated at build time (no client script).
 * The SVG is an image to assistive technology (role="img", named by its <title> and
 * described by its <desc>); the page shows the same numbers as a table and a text
 * summary. Bars are labelled with their values, so nothing depends on colour.
 */
import { esc, formatNumber, niceTicks, r, textWidth } from './svg.ts';
import { SERIES_COLOURS } from './palette.ts';

export interface BarDatum {
  label: string;
  value: number;
}

export interface BarChartOptions {
  /** Prefix for element ids, unique on the page. */
  id: string;
  /** Accessible name (the <title>). */
  title: string;
  /** Longer description (the <desc>), e.g. the text summary. */
  desc: string;
  data: readonly BarDatum[];
  /** Unit shown after the axis numbers' caption, e.g. μg/m³. */
  unit?: string | undefined;
  /** Sort bars from largest to smallest (default true). */
  sort?: boolean;
  /** Decimal places of value labels (default: as many as the data has, up to 3). */
  places?: number | undefined;
  width?: number;
  /**
   * Id of a visible element on the page that describes the chart (its text summary). When
   * given, the SVG is described by it (aria-describedby) and carries no <desc> of its own,
   * so the description is not read twice and the name stays short.
   */
  describedBy?: string | undefined;
}

const FONT = 14;
const ROW = 30;
const BAR = 18;

export function barChartSvg(o: BarChartOptions): string {
  const width = o.width ?? 720;
  const data = o.sort === false ? [...o.data] : [...o.data].sort((a, b) => b.value - a.value);
  const places = o.places ?? Math.max(0, ...data.map((d) => (Number.isInteger(d.value) ? 0 : (String(d.value).split('.')[1]?.length ?? 0))));
  const fmt = (n: number) => formatNumber(n, Math.min(3, places));
  const labelWidth = Math.min(width * 0.35, Math.max(48, ...data.map((d) => textWidth(d.label, FONT))) + 12);
  const valueWidth = Math.max(...data.map((d) => textWidth(fmt(d.value), FONT)), 24) + 10;
  const top = 12;
  const axisHeight = 40;
  const plotLeft = labelWidth;
  const plotRight = width - valueWidth - 8;
  const height = top + data.length * ROW + axisHeight;
  const min = Math.min(0, ...data.map((d) => d.value));
  const max = Math.max(0, ...data.map((d) => d.value));
  const ticks = niceTicks(min, max, 5);
  const lo = ticks[0]!;
  const hi = ticks[ticks.length - 1]!;
  const x = (v: number) => plotLeft + ((v - lo) / (hi - lo || 1)) * (plotRight - plotLeft);
  const zero = x(0);
  const bottom = top + data.length * ROW;
  const titleId = `${o.id}-title`;
  const descId = `${o.id}-desc`;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg chart-svg--bar" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" ${o.describedBy ? `aria-labelledby="${titleId}" aria-describedby="${o.describedBy}"` : `aria-labelledby="${titleId} ${descId}"`} font-size="${FONT}">`,
    `<title id="${titleId}">${esc(o.title)}</title>`,
    ...(o.describedBy ? [] : [`<desc id="${descId}">${esc(o.desc)}</desc>`]),
  );
  // Grid and axis.
  parts.push('<g class="chart-grid" stroke="currentColor" stroke-opacity="0.35" stroke-width="1">');
  for (const t of ticks) parts.push(`<line x1="${r(x(t))}" y1="${top}" x2="${r(x(t))}" y2="${bottom}"/>`);
  parts.push('</g>');
  parts.push(`<g class="chart-axis" fill="currentColor" text-anchor="middle">`);
  for (const t of ticks) parts.push(`<text x="${r(x(t))}" y="${bottom + 18}">${esc(fmt(t))}</text>`);
  if (o.unit) parts.push(`<text x="${r((plotLeft + plotRight) / 2)}" y="${bottom + 36}">${esc(`单位：${o.unit}`)}</text>`);
  parts.push('</g>');
  // Bars with category labels on the left and values at the end.
  parts.push(`<g class="chart-bars">`);
  data.forEach((d, i) => {
    const cy = top + i * ROW + ROW / 2;
    const x0 = Math.min(zero, x(d.value));
    const w = Math.max(1, Math.abs(x(d.value) - zero));
    parts.push(
      `<text class="chart-label" x="${r(plotLeft - 8)}" y="${r(cy + FONT * 0.35)}" text-anchor="end" fill="currentColor">${esc(d.label)}</text>`,
      `<rect class="chart-bar" x="${r(x0)}" y="${r(cy - BAR / 2)}" width="${r(w)}" height="${BAR}" fill="${SERIES_COLOURS[0]}"/>`,
      `<text class="chart-value" x="${r(Math.max(zero, x(d.value)) + 6)}" y="${r(cy + FONT * 0.35)}" fill="currentColor">${esc(fmt(d.value))}</text>`,
    );
  });
  parts.push('</g>');
  parts.push(`<line class="chart-baseline" x1="${r(zero)}" y1="${top}" x2="${r(zero)}" y2="${bottom}" stroke="currentColor" stroke-width="1.5"/>`);
  parts.push('</svg>');
  return parts.join('');
}
