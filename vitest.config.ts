import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/build.ts'],
    // Services started inside tests log only what goes wrong; tests that read logs ask for more.
    env: { WHARF_LOG_LEVEL: 'warn' },
    // Docker-backed tests share one engine; running files in parallel on 2 cores only adds noise.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
