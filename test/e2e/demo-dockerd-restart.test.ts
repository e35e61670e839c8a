import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { waitFor } from '../helpers/docker-cli.js';
import {
  demoPorts,
  expectServedAndCleaned,
  page,
  pidOfDockerd,
  runDemo,
  startDemo,
  stopDockerd,
} from '../helpers/demo.js';

// Runs alone (vitest.config.ts): it stops the Docker daemon every other test file needs.
describe("the README's main-job command (npm start, scripts/demo.sh) across a dockerd restart", () => {
  // Stops the host's Docker daemon: skipped where something else on the host needs it
  // (WHARF_TEST_SKIP_DOCKERD_RESTART=1; see docs/development.md).
  it.skipIf(process.env['WHARF_TEST_SKIP_DOCKERD_RESTART'] === '1')(
    'serves again from the same folder after dockerd was restarted, and a Ctrl-C leaves dockerd running',
    { timeout: 900_000 },
    async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'wharf-demo-'));
      const ports = await demoPorts();
      const port = ports.app;
      try {
        await expectServedAndCleaned(await runDemo(dir, ports), port);
        await stopDockerd();
        // The demo starts dockerd again; Ctrl-C in its terminal signals its whole group.
        const demo = startDemo(dir, ports, false, true);
        await waitFor(
          'the demo to serve after dockerd restarted',
          () => page(port),
          (b) => b === 'Hello from wharf, version 1\n',
          400_000,
        );
        const dockerd = await pidOfDockerd();
        expect(dockerd).not.toBe('');
        process.kill(-(demo.child.pid ?? 0), 'SIGINT');
        const stopped = await demo.exited;
        expect(stopped.output).toContain('stopping wharf and removing the demo');
        expect(stopped.output).not.toContain('Cannot connect to the Docker daemon');
        await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
        expect(await pidOfDockerd()).toBe(dockerd);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
});
