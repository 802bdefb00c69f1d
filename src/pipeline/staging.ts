/**
 * The staging folder shared by `npm run build` and `npm run publish` (`.staging/` beside
 * the output): each run works in `build-<time>-<pid>`, `old-<time>-<pid>` or
 * `publish-<time>-<pid>`. A run that was killed (even with kill -9) cannot remove its
 * own folder, so every run first removes the folders of runs whose process is gone.
 */
import { existsSync, readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';

const NAME = /^(?:build|old|publish)-\d+-(\d+)$/;

/** Remove what killed builds and publishes left in `stagingRoot`; returns the names removed. */
export async function removeAbandoned(stagingRoot: string): Promise<string[]> {
  if (!existsSync(stagingRoot)) return [];
  const removed: string[] = [];
  for (const name of readdirSync(stagingRoot)) {
    const pid = Number(NAME.exec(name)?.[1]);
    if (!pid || pid === process.pid) continue;
    try {
      process.kill(pid, 0); // Still running: another run's folder, leave it.
    } catch (error) {
      // EPERM: the process exists (another user's); only ESRCH means it is gone.
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') continue;
      await rm(path.join(stagingRoot, name), { recursive: true, force: true });
      removed.push(name);
    }
  }
  return removed;
}
