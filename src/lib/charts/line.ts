/**
 * A multi-series line chart as an SVG string, generated at build time. Each series has
 * its own colour, marker shape and dash pattern and is labelled with its name at the
 * end of its line, so series can be told apart without colour. role="img" with
 * <title>/<desc>; the page also shows the same numbers as a table.
 */
import { esc, formatNumber, niceTicks, r, textWidth } from './svg.ts';
import { seriesStyle } from './palette.ts';
import { markerSvg } from './markers.ts';

export interface LineSeries {
  name: string;
  /** One value per x label; null where the series has no value. */
  values: ReadonlyArray<number | null>;
}

export interface LineChartOptions {
  id: string;
  title: string;
  desc: string;
  /** Labels of the x positions, oldest first. */
  xLabels: readonly string[];
  series: readonly LineSeries[];
  unit?: string | undefined;
  width?: number;
  /**
   * Id of a visible element on the page that describes the chart (its text summary). When
   * given, the SVG is described by it (aria-describedby) and carries no <desc> of its own,
   * so the description is not read twice and the name stays short.
   */
  describedBy?: string | undefined;
  height?: number;
}

const FONT = 13;

/** Spread label positions so that no two are closer than `gap`, staying within [lo, hi]. */
export function spreadLabels(ys: readonly number[], gap: number, lo: number, hi: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const out = order.map((o) => o.y);
  for (let k = 1; k < out.length; k++) out[k] = Math.max(out[k]!, out[k - 1]! + gap);
  const overflow = (out[out.length - 1] ?? lo) - hi;
  if (overflow > 0) for (let k = 0; k < out.length; k++) out[k] = out[k]! - overflow;
  for (let k = out.length - 2; k >= 0; k--) out[k] = Math.min(out[k]!, out[k + 1]! - gap);
  if ((out[0] ?? lo) < lo) {
    const shift = lo - out[0]!;
    for (let k = 0; k < out.length; k++) out[k] = out[k]! + shift;
  }
  const result = new Array<number>(ys.length);
  order.forEach((o, k) => (result[o.i] = out[k]!));
  return result;
}

export function lineChartSvg(o: LineChartOptions): string {
  const width = o.width ?? 700;
  const height = o.height ?? 400;
  const all = o.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const ticks = niceTicks(Math.min(0, ...all), Math.max(0, ...all), 5);
  const lo = ticks[0]!;
  const hi = ticks[ticks.length - 1]!;
  const places = Math.min(3, Math.max(0, ...ticks.map((t) => (Number.isInteger(t) ? 0 : (String(t).split('.')[1]?.length ?? 0)))));
  const labelWidth = Math.max(40, ...o.series.map((s) => textWidth(s.name, FONT))) + 22;
  const left = Math.max(...ticks.map((t) => textWidth(formatNumber(t, places), FONT))) + 14;
  const right = width - labelWidth;
  const top = 16;
  const bottom = height - 48;
  const n = o.xLabels.length;
  const x = (i: number) => (n <= 1 ? (left + right) / 2 : left + 8 + (i / (n - 1)) * (right - left - 16));
  const y = (v: number) => bottom - ((v - lo) / (hi - lo || 1)) * (bottom - top);
  // Label every k-th x position so that labels never overlap; always the first and the last.
  const labelW = Math.max(0, ...o.xLabels.map((l) => textWidth(l, FONT))) + 10;
  const spacing = n > 1 ? (right - left - 16) / (n - 1) : Infinity;
  const every = Math.max(1, Math.ceil(labelW / spacing));
  const titleId = `${o.id}-title`;
  const descId = `${o.id}-desc`;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg chart-svg--line" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" ${o.describedBy ? `aria-labelledby="${titleId}" aria-describedby="${o.describedBy}"` : `aria-labelledby="${titleId} ${descId}"`} font-size="${FONT}">`,
    `<title id="${titleId}">${esc(o.title)}</title>`,
    ...(o.describedBy ? [] : [`<desc id="${descId}">${esc(o.desc)}</desc>`]),
    '<g class="chart-grid" stroke="currentColor" stroke-opacity="0.3" stroke-width="1">',
  ];
  for (const t of ticks) parts.push(`<line x1="${r(left)}" y1="${r(y(t))}" x2="${r(right)}" y2="${r(y(t))}"/>`);
  parts.push('</g>', '<g class="chart-axis" fill="currentColor">');
  for (const t of ticks) parts.push(`<text x="${r(left - 6)}" y="${r(y(t) + FONT * 0.35)}" text-anchor="end">${esc(formatNumber(t, places))}</text>`);
  o.xLabels.forEach((label, i) => {
    if (i % every !== 0 && i !== n - 1) return;
    if (i !== n - 1 && n - 1 - i < every) return;
    parts.push(`<text x="${r(x(i))}" y="${bottom + 18}" text-anchor="middle">${esc(label)}</text>`);
  });
  if (o.unit) parts.push(`<text x="${r(left)}" y="${bottom + 38}">${esc(`单位：${o.unit}`)}</text>`);
  parts.push('</g>');
  parts.push(`<line class="chart-baseline" x1="${r(left)}" y1="${r(bottom)}" x2="${r(right)}" y2="${r(bottom)}" stroke="currentColor" stroke-width="1.5"/>`);

  const ends: Array<{ y: number; x: number; name: string; colour: string; index: number }> = [];
  o.series.forEach((s, si) => {
    const style = seriesStyle(si);
    let d = '';
    let pen = false;
    s.values.forEach((v, i) => {
      if (v === null) {
        pen = false;
        return;
      }
      d += `${pen ? 'L' : 'M'}${r(x(i))} ${r(y(v))}`;
      pen = true;
    });
    const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : '';
    parts.push(`<g class="chart-series chart-series-${si}">`);
    parts.push(`<path class="chart-line" d="${d}" fill="none" stroke="${style.colour}" stroke-width="2"${dash}/>`);
    const size = n > 30 ? 6 : 8;
    s.values.forEach((v, i) => {
      if (v !== null) parts.push(markerSvg(style.marker, x(i), y(v), size, style.colour, ' class="chart-marker"'));
    });
    parts.push('</g>');
    let last = -1;
    s.values.forEach((v, i) => {
      if (v !== null) last = i;
    });
    if (last >= 0) ends.push({ y: y(s.values[last]!), x: x(last), name: s.name, colour: style.colour, index: si });
  });
  const spread = spreadLabels(
    ends.map((e) => e.y),
    FONT + 3,
    top,
    bottom,
  );
  parts.push('<g class="chart-end-labels">');
  ends.forEach((e, k) => {
    const ly = spread[k]!;
    const style = seriesStyle(e.index);
    parts.push(
      `<line x1="${r(e.x + 4)}" y1="${r(e.y)}" x2="${r(right + 4)}" y2="${r(ly)}" stroke="${e.colour}" stroke-width="1" class="chart-leader chart-series-${e.index}"/>`,
      markerSvg(style.marker, right + 11, ly, 7, e.colour, ` class="chart-marker chart-series-${e.index}"`),
      `<text x="${r(right + 19)}" y="${r(ly + FONT * 0.35)}" fill="${e.colour}" class="chart-end-label chart-series-${e.index}">${esc(e.name)}</text>`,
    );
  });
  parts.push('</g>', '</svg>');
  return parts.join('');
}

/** The marker and dash of series `i` as a small standalone SVG, for a legend beside the chart. */
export function legendSwatchSvg(i: number): string {
  const s = seriesStyle(i);
  const dash = s.dash ? ` stroke-dasharray="${s.dash}"` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart-swatch chart-series-${i}" viewBox="0 0 36 14" width="36" height="14" aria-hidden="true" focusable="false"><line class="chart-line" x1="1" y1="7" x2="35" y2="7" stroke="${s.colour}" stroke-width="2"${dash}/>${markerSvg(s.marker, 18, 7, 8, s.colour, ' class="chart-marker"')}</svg>`;
}
