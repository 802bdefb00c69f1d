/**
 * Setup file of the unit project (vitest.config.ts): a unit test never starts a process.
 * Every function of node:child_process throws, for the test files and for whatever they
 * import, node_modules included (Pagefind's Node API starts its binary this way). Tests
 * that run a CLI, a build or a binary belong in tests/integration/.
 */
import childProcess from 'node:child_process';
import { syncBuiltinESMExports } from 'node:module';

export const NO_CHILD_PROCESS = 'unit tests must not start a child process (move this test to tests/integration/)';

const names = ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'] as const;
for (const name of names) {
  Object.defineProperty(childProcess, name, {
    configurable: true,
    writable: true,
    value: () => {
      throw new Error(`${NO_CHILD_PROCESS}: child_process.${name}`);
    },
  });
}
// The named ESM exports (`import { spawnSync } from 'node:child_process'`) follow the patched object.
syncBuiltinESMExports();
