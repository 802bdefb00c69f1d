/**
 * Run a command and measure it the way the benchmark reports it: wall time, CPU time
 * (user + system of the whole process tree, from GNU time), the largest single process's
 * peak RSS (GNU time's %M) and the peak RSS of the whole tree (sum over every descendant,
 * sampled from /proc every 100 ms — Pagefind runs as a separate binary beside Node).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export interface RunResult {
  code: number;
  wallMs: number;
  /** User + system CPU of the whole process tree: the larger of GNU time's sum and the sampled one. */
  cpuMs: number;
  /** Peak RSS of the largest single process (bytes). */
  maxRss: number;
  /** Peak of the summed RSS of the whole process tree, sampled (bytes). */
  peakTreeRss: number;
  stdout: string;
  stderr: string;
}

const PAGE = 4096;
const TIME = '/usr/bin/time';

function children(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'latin1');
    } catch {
      continue;
    }
    // Field 4 (ppid) follows the parenthesised command name, which may contain spaces.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const list = map.get(ppid);
    if (list) list.push(Number(name));
    else map.set(ppid, [Number(name)]);
  }
  return map;
}

const TICK_MS = 10; // USER_HZ is 100 on Linux.

/**
 * Summed resident memory of `pid` and all its descendants (bytes), and each process's
 * CPU time so far (ms, user + system) recorded into `cpuByPid`.
 */
export function treeSample(pid: number, cpuByPid?: Map<number, number>): number {
  const kids = children();
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      total += Number(readFileSync(`/proc/${p}/statm`, 'latin1').split(' ')[1]) * PAGE;
      if (cpuByPid) {
        const stat = readFileSync(`/proc/${p}/stat`, 'latin1');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        // Fields 14 and 15 (utime, stime) are the 12th and 13th after the command name.
        cpuByPid.set(p, (Number(f[11]) + Number(f[12])) * TICK_MS);
      }
    } catch {
      /* exited */
    }
    stack.push(...(kids.get(p) ?? []));
  }
  return total;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Echo the command's output while it runs. */
  echo?: boolean;
}

export function runMeasured(cmd: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  if (!existsSync(TIME)) throw new Error('需要 GNU time（/usr/bin/time）：apt-get install -y time');
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(TIME, ['-f', 'BENCH_TIME %e %U %S %M', cmd, ...args], {
      env: options.env,
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d;
      if (options.echo) process.stdout.write(d);
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d;
      if (options.echo && !String(d).startsWith('BENCH_TIME')) process.stderr.write(d);
    });
    let peak = 0;
    // CPU of every process seen in the tree: a process its parent never waits for (the
    // Pagefind service is killed, not reaped, when Node exits) is missing from GNU time's sum.
    const cpuByPid = new Map<number, number>();
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeSample(child.pid, cpuByPid));
    }, 100);
    child.on('error', (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      const m = /BENCH_TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(stderr);
      stderr = stderr.replace(/^.*BENCH_TIME.*$/m, '');
      resolve({
        code: code ?? 1,
        wallMs,
        cpuMs: Math.max(
          m ? (Number(m[2]) + Number(m[3])) * 1000 : 0,
          [...cpuByPid.values()].reduce((a, b) => a + b, 0),
        ),
        maxRss: m ? Number(m[4]) * 1024 : NaN,
        peakTreeRss: Math.max(peak, m ? Number(m[4]) * 1024 : 0),
        stdout,
        stderr,
      });
    });
  });
}
