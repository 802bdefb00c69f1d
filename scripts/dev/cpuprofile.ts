/**
 * Summarise a V8 .cpuprofile (node --cpu-prof): self time by package or source file and
 * by function, and inclusive time of chosen functions (src/bench/cpuprofile.ts).
 *
 *   node scripts/dev/cpuprofile.ts FILE.cpuprofile [--top 30] [--by package|file|function] [--under FUNCTION]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { summarise, type Profile } from '../../src/bench/cpuprofile.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '30' }, by: { type: 'string', default: 'package' }, under: { type: 'string' } },
});
const profile = JSON.parse(readFileSync(positionals[0]!, 'utf8')) as Profile;
const s = summarise(profile, values.by as 'package', Number(values.top), values.under);
console.log(`CPU（非空闲）${Math.round(s.totalMs)} ms`);
for (const r of s.rows) console.log(`${String(r.ms).padStart(7)} ms ${String(r.pct).padStart(5)}%  ${r.key}`);
