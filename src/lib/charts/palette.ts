/**
 * Colours, marker shapes and dash patterns for chart series. Every colour has a
 * contrast of at least 4.5:1 against white (so it also works for label text, and
 * easily meets the 3:1 WCAG 1.4.11 asks of graphics); and because colour alone must
 * not carry meaning, each series also gets its own marker shape and dash pattern and
 * is labelled directly at the end of its line.
 */

export const SERIES_COLOURS = ['#0a4f9e', '#a4161a', '#0b5d3b', '#5b2a86', '#7a4a00', '#006270', '#b0245f', '#3d3d3d'] as const;

export const MARKERS = ['circle', 'square', 'triangle', 'diamond', 'triangle-down', 'plus', 'cross', 'hexagon'] as const;
export type Marker = (typeof MARKERS)[number];

/** SVG stroke-dasharray values; '' is a solid line. */
export const DASHES = ['', '7 4', '2 3', '9 3 2 3'] as const;

/** The look of the i-th series (cycles when there are more series than styles). */
export function seriesStyle(i: number): { colour: string; marker: Marker; dash: string } {
  return {
    colour: SERIES_COLOURS[i % SERIES_COLOURS.length]!,
    marker: MARKERS[i % MARKERS.length]!,
    dash: DASHES[Math.floor(i / 2) % DASHES.length]!,
  };
}

/** Relative luminance of a #rrggbb colour (WCAG 2). */
export function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
