import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort, testInstallationPrefix, waitFor } from '../helpers/docker-cli.js';

// The demo's own names, apart from any demo serving on this host (`demo`, edge `wharf-edge`).
const demoEnv = 'test-demo';
const edgeProject = `${testInstallationPrefix}demo-edge`;
const installation = `${testInstallationPrefix}demo`;

function runDemo(dir: string, port: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['scripts/demo.sh', '--check'], {
      env: {
        ...process.env,
        WHARF_DEMO_DIR: dir,
        WHARF_DEMO_PORT: String(port),
        WHARF_DEMO_ENV: demoEnv,
        WHARF_DEMO_EDGE_PROJECT: edgeProject,
        WHARF_DEMO_INSTALLATION: installation,
      },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

async function expectServedAndCleaned(
  result: { code: number | null; output: string },
  port: number,
): Promise<void> {
  expect(result.output).toContain(`Open it:   http://localhost:${port}/`);
  expect(result.output).toContain('It answers: Hello from wharf, version 1');
  expect(result.output).toContain('DEMO OK');
  expect(result.code, result.output.slice(-3000)).toBe(0);
  // Ctrl-C (here: the end of --check) removed what the demo started.
  await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
}

/** Stops dockerd (as a host reboot would) and waits until it is gone; demo.sh starts it again. */
async function stopDockerd(): Promise<void> {
  const pid = Number(await pidOfDockerd());
  if (!pid) throw new Error('no dockerd runs');
  process.kill(pid, 'SIGTERM');
  await waitFor(
    'dockerd to exit',
    () => pidOfDockerd().then((p) => p !== String(pid)),
    (gone) => gone,
    120_000,
  );
}

function pidOfDockerd(): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn('pidof', ['dockerd']);
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', () => resolve(out.trim()));
  });
}

describe("the README's main-job command (npm start, scripts/demo.sh)", () => {
  it(
    'sets everything up, deploys the demo environment and serves it, then cleans up; and again from the same folder',
    { timeout: 800_000 },
    async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'wharf-demo-'));
      const port = await freePort();
      try {
        await expectServedAndCleaned(await runDemo(dir, port), port);
        // Restartable: the second run finds the first one's site and record, not its containers.
        await expectServedAndCleaned(await runDemo(dir, port), port);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );

  // Stops the host's Docker daemon: only where nothing else uses it (WHARF_TEST_RESTART_DOCKERD=1).
  it.runIf(process.env['WHARF_TEST_RESTART_DOCKERD'] === '1')(
    'serves again from the same folder after dockerd was restarted',
    { timeout: 900_000 },
    async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'wharf-demo-'));
      const port = await freePort();
      try {
        await expectServedAndCleaned(await runDemo(dir, port), port);
        await stopDockerd();
        await expectServedAndCleaned(await runDemo(dir, port), port);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
});
