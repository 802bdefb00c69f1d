/**
 * Small helpers the chart builders share: escaping text for SVG, formatting numbers the
 * way the tables do, and "nice" axis ticks.
 */

/** Escape text for an SVG/XML text node or attribute value. */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Round a coordinate to 0.1 so the markup stays short and stable. */
export function r(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** Decimal places a number is written with (at most 3), so 0.150 → 2, 62 → 0. */
export function decimals(n: number): number {
  if (Number.isInteger(n)) return 0;
  const s = String(n);
  const i = s.indexOf('.');
  return i < 0 ? 0 : Math.min(3, s.length - i - 1);
}

/** A number as people read it: no float noise, no trailing zeros beyond `places`. */
export function formatNumber(n: number, places?: number): string {
  const p = places ?? decimals(n);
  // Round half away from zero on the decimal digits people see (0.615 → 0.62), which
  // toFixed does not do for binary fractions just below the half.
  const abs = Math.abs(n);
  if (!Number.isFinite(n) || String(abs).includes('e')) return n.toFixed(p);
  const rounded = Math.sign(n) * Number(`${Math.round(Number(`${abs}e${p}`))}e-${p}`);
  return (rounded === 0 ? 0 : rounded).toFixed(p);
}

/**
 * Ticks for an axis covering [min, max]: about `count` round steps (1, 2, 2.5, 5 × 10^k),
 * starting at or below min and ending at or above max.
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  if (max === min) {
    if (max === 0) return [0, 1];
    const pad = Math.abs(max) * 0.5;
    return niceTicks(Math.min(0, min - pad), max + pad, count);
  }
  const rough = (max - min) / Math.max(1, count);
  const mag = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((s) => s * mag >= rough) ?? 10) * mag;
  const start = Math.floor(min / step + 1e-9) * step;
  const end = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = start; v <= end + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

/** Rough width in SVG units of a label: CJK characters are about one em, others half. */
export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += /[\u2E80-\uFFFF]/.test(ch) ? fontSize : fontSize * 0.58;
  return w;
}
