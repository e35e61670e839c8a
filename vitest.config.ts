import { defineConfig } from 'vitest/config';

/**
 * Files that need the Docker engine or the host to themselves, run one at a time after every
 * other file: two stop and restart dockerd (under the demo, in the middle of a deploy), the adversarial deploys assert
 * that no container or network appeared anywhere on the engine, and the Swarm runtime's test
 * makes the engine a swarm manager (beside it, other files' edges answered 503).
 */
const exclusive = [
  'test/e2e/demo-dockerd-restart.test.ts',
  'test/e2e/dockerd-restart-deploy.test.ts',
  'test/e2e/adversarial-deploys.test.ts',
  'test/e2e/swarm-runtime.test.ts',
];

/**
 * Every other file runs beside others: each test host has its own installation, edge project,
 * Redis prefix, environment names and ports (test/helpers). Docker-backed files mostly wait on
 * containers, so more files than cores fit.
 */
const sideBySide = Number(process.env['WHARF_TEST_WORKERS'] ?? 3);

export default defineConfig({
  test: {
    // Services started inside tests log only what goes wrong; tests that read logs ask for more.
    env: { WHARF_LOG_LEVEL: 'warn' },
    globalSetup: ['test/setup/build.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'side-by-side',
          include: ['test/**/*.test.ts'],
          exclude: exclusive,
          maxWorkers: sideBySide,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'alone',
          include: exclusive,
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
