/**
 * Summarise a V8 .cpuprofile (node --cpu-prof): self time by package or source file and
 * by function, and inclusive time of chosen functions.
 *
 * The command: node scripts/dev/cpuprofile.ts FILE.cpuprofile [--top 30] [--by package|file|function] [--under FUNCTION]
 */
interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
export interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Package or area a script URL belongs to. */
export function areaOf(url: string): string {
  if (!url) return '(native/gc/idle)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 13).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.startsWith('node:')) return 'node:internal';
  const m = /\/(src\/[^/]+\/[^/]+|src\/[^/]+|scripts\/[^/]+|\.prerender\/chunks\/[^_.]+|\.staging)/.exec(url);
  return m
    ? m[1]!
    : url
        .replace(/^file:\/\//, '')
        .split('/')
        .slice(-2)
        .join('/');
}

/**
 * @param under only samples whose stack contains a function of this name (e.g. the
 *   page-generation loop), to break one phase down
 */
export function summarise(profile: Profile, by: 'package' | 'file' | 'function', top: number, under?: string) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inside = (id: number): boolean => {
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) if (byId.get(cur)!.callFrame.functionName === under) return true;
    return false;
  };
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const totals = new Map<string, number>();
  let all = 0;
  for (const [id, us] of self) {
    const n = byId.get(id)!;
    const f = n.callFrame;
    if (f.functionName === '(idle)') continue;
    if (under && !inside(id)) continue;
    all += us;
    const key =
      by === 'package'
        ? areaOf(f.url)
        : by === 'file'
          ? `${areaOf(f.url)} ${f.url.split('/').pop()}`
          : `${f.functionName || '(anonymous)'} ${areaOf(f.url)}:${f.lineNumber + 1}`;
    totals.set(key, (totals.get(key) ?? 0) + us);
  }
  const rows = [...totals].sort((a, b) => b[1] - a[1]).slice(0, top);
  return { totalMs: all / 1000, rows: rows.map(([k, us]) => ({ key: k, ms: Math.round(us / 1000), pct: Number(((100 * us) / all).toFixed(1)) })) };
}
