/**
 * The unit project's guard (tests/support/no-child-process.ts): starting a process from a
 * unit test fails the test, whichever way the module is imported.
 */
import { describe, expect, it } from 'vitest';
import * as named from 'node:child_process';
import childProcess from 'child_process';
import { createRequire } from 'node:module';

describe('unit tests start no child process', () => {
  it('fails spawnSync, execFileSync, spawn, exec and fork, named, default or required', () => {
    expect(() => named.spawnSync(process.execPath, ['-v'])).toThrow('unit tests must not start a child process');
    expect(() => named.execFileSync(process.execPath, ['-v'])).toThrow('child_process.execFileSync');
    expect(() => childProcess.spawn(process.execPath, ['-v'])).toThrow('child_process.spawn');
    expect(() => childProcess.exec('true')).toThrow('child_process.exec');
    const required = createRequire(import.meta.url)('node:child_process') as typeof childProcess;
    expect(() => required.fork('x.js')).toThrow('child_process.fork');
    expect(() => required.execSync('true')).toThrow('child_process.execSync');
  });
});
