/** SVG markup of a marker shape centred on (x, y), `size` across. */
import type { Marker } from './palette.ts';
import { r } from './svg.ts';

export function markerSvg(marker: Marker, x: number, y: number, size: number, colour: string, extra = ''): string {
  const h = size / 2;
  const paint = `fill="${colour}" stroke="${colour}"${extra}`;
  switch (marker) {
    case 'circle':
      return `<circle cx="${r(x)}" cy="${r(y)}" r="${r(h)}" ${paint}/>`;
    case 'square':
      return `<rect x="${r(x - h * 0.9)}" y="${r(y - h * 0.9)}" width="${r(h * 1.8)}" height="${r(h * 1.8)}" ${paint}/>`;
    case 'triangle':
      return `<path d="M${r(x)} ${r(y - h * 1.1)}L${r(x + h * 1.05)} ${r(y + h * 0.8)}L${r(x - h * 1.05)} ${r(y + h * 0.8)}Z" ${paint}/>`;
    case 'triangle-down':
      return `<path d="M${r(x)} ${r(y + h * 1.1)}L${r(x + h * 1.05)} ${r(y - h * 0.8)}L${r(x - h * 1.05)} ${r(y - h * 0.8)}Z" ${paint}/>`;
    case 'diamond':
      return `<path d="M${r(x)} ${r(y - h * 1.2)}L${r(x + h * 1.2)} ${r(y)}L${r(x)} ${r(y + h * 1.2)}L${r(x - h * 1.2)} ${r(y)}Z" ${paint}/>`;
    case 'plus':
      return `<path d="M${r(x - h * 1.1)} ${r(y)}H${r(x + h * 1.1)}M${r(x)} ${r(y - h * 1.1)}V${r(y + h * 1.1)}" fill="none" stroke="${colour}" stroke-width="2.5"${extra}/>`;
    case 'cross':
      return `<path d="M${r(x - h)} ${r(y - h)}L${r(x + h)} ${r(y + h)}M${r(x + h)} ${r(y - h)}L${r(x - h)} ${r(y + h)}" fill="none" stroke="${colour}" stroke-width="2.5"${extra}/>`;
    case 'hexagon': {
      const pts = Array.from({ length: 6 }, (_, k) => {
        const a = (Math.PI / 3) * k;
        return `${r(x + h * 1.05 * Math.cos(a))},${r(y + h * 1.05 * Math.sin(a))}`;
      }).join(' ');
      return `<polygon points="${pts}" ${paint}/>`;
    }
  }
}
