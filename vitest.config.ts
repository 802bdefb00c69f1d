import { defineConfig } from 'vitest/config';

/**
 * Two projects:
 * - unit: tests/unit/, pure and in-process; the setup file makes any child process an
 *   error, so nothing there starts a build, a CLI or a binary (`vitest run --project unit`);
 * - integration: tests/integration/, which run the CLIs, build or publish a fixture
 *   (`vitest run --project integration`; slow, a few builds).
 */
export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], setupFiles: ['tests/support/no-child-process.ts'] },
      },
      {
        extends: true,
        test: { name: 'integration', include: ['tests/integration/**/*.test.ts'] },
      },
    ],
  },
});
