/**
 * Front matter written the way editors write it: plain scalars where YAML allows,
 * flow lists for short word lists, block lists for lists of objects; quoted only where
 * a plain scalar would be misread.
 */

const RESERVED = /^(?:true|false|yes|no|on|off|null|~|y|n)$/i;

function plainSafe(s: string, inFlow: boolean): boolean {
  if (s === '' || s.trim() !== s) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`+]/.test(s) || (s.startsWith('.') && !s.startsWith('./'))) return false;
  // Numbers, dates and times would be read as such.
  if (/^[-+.\d][\d_.:eE+-]*$/.test(s) || /^\d{4}-\d\d?-\d\d?(?:[Tt ]|$)/.test(s) || /^0[xob]/i.test(s)) return false;
  if (/: |:$| #|\n|\t/.test(s)) return false;
  if (inFlow && /[,[\]{}]/.test(s)) return false;
  return !RESERVED.test(s);
}

/** A YAML scalar: plain when safe, else a JSON string (valid YAML double-quoted). */
export function scalar(v: unknown, inFlow = false): string {
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const s = String(v);
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  if (/^[0-9A-Z]{18}\/\d{4}-\d{5}$/.test(s)) return s;
  return plainSafe(s, inFlow) ? s : JSON.stringify(s);
}

const isFlat = (v: unknown) => v === null || typeof v !== 'object';

function emit(key: string, value: unknown, indent: string): string[] {
  const flatObjects = Array.isArray(value) && value.every((e) => isFlat(e) || (typeof e === 'object' && Object.values(e as object).every(isFlat)));
  if ((value !== null && typeof value === 'object' && !Array.isArray(value)) || (Array.isArray(value) && !flatObjects)) {
    // Nested structures (e.g. report tables) as JSON, which is valid YAML flow style.
    return [`${indent}${key}: ${JSON.stringify(value)}`];
  }
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string' && v.length <= 30)) {
      return [`${indent}${key}: [${value.map((v) => scalar(v, true)).join(', ')}]`];
    }
    const out = [`${indent}${key}:`];
    for (const entry of value) {
      if (entry && typeof entry === 'object') {
        const pairs = Object.entries(entry as Record<string, unknown>);
        pairs.forEach(([k, v], i) => {
          out.push(`${indent}${i === 0 ? '  - ' : '    '}${k}: ${scalar(v)}`);
        });
      } else out.push(`${indent}  - ${scalar(entry)}`);
    }
    return out;
  }
  return [`${indent}${key}: ${scalar(value)}`];
}

/** `---` front matter block for ordered fields; undefined values are left out. */
export function frontMatter(fields: ReadonlyArray<readonly [string, unknown]>): string {
  const lines = ['---'];
  for (const [k, v] of fields) {
    if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    lines.push(...emit(k, v, ''));
  }
  lines.push('---');
  return `${lines.join('\n')}\n`;
}
