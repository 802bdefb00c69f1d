/**
 * Run one command under the benchmark's measurement (wall, CPU, peak RSS of the process
 * tree) and print the figures as JSON: node scripts/dev/measure.ts -- CMD ARGS…
 */
import { runMeasured } from '../../src/bench/proc.ts';

const i = process.argv.indexOf('--');
const [cmd, ...rest] = process.argv.slice(i + 1);
if (!cmd) {
  console.error('usage: node scripts/dev/measure.ts -- CMD ARGS…');
  process.exit(2);
}
const r = await runMeasured(cmd, rest, { echo: true });
console.log(
  JSON.stringify({
    code: r.code,
    wallMs: Math.round(r.wallMs),
    cpuMs: Math.round(r.cpuMs),
    maxRssMB: Math.round(r.maxRss / 2 ** 20),
    peakTreeRssMB: Math.round(r.peakTreeRss / 2 ** 20),
  }),
);
process.exit(r.code);
