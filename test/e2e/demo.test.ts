import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort, testInstallationPrefix, waitFor } from '../helpers/docker-cli.js';
import { runGit } from '../helpers/git-repo.js';

// The demo's own names, apart from any demo serving on this host (`demo`, edge `wharf-edge`).
const demoEnv = 'test-demo';
const edgeProject = `${testInstallationPrefix}demo-edge`;
const installation = `${testInstallationPrefix}demo`;

/** Runs the demo; `ownGroup` gives it a process group of its own, as a terminal would. */
function startDemo(dir: string, port: number, check: boolean, ownGroup = false) {
  const child = spawn('bash', ['scripts/demo.sh', ...(check ? ['--check'] : [])], {
    detached: ownGroup,
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
  const exited = new Promise<{ code: number | null; output: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, output })),
  );
  return { child, output: () => output, exited };
}

function runDemo(dir: string, port: number): Promise<{ code: number | null; output: string }> {
  return startDemo(dir, port, true).exited;
}

/** GET / with `Host: localhost`, as a browser on this machine asks; the body, or the error. */
function page(port: number): Promise<string> {
  return new Promise((resolve) => {
    const req = request(
      { host: '127.0.0.1', port, path: '/', headers: { Host: 'localhost' }, timeout: 5000 },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve(body));
      },
    );
    req.on('timeout', () => req.destroy(new Error('no answer within 5 s')));
    req.on('error', (error) => resolve(error.message));
    req.end();
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

  it(
    'serves again after Ctrl-C when a version was pushed and the previous colour kept warm',
    { timeout: 800_000 },
    async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'wharf-demo-'));
      const port = await freePort();
      try {
        const demo = startDemo(dir, port, false);
        await waitFor(
          'the demo to serve',
          () => Promise.resolve(demo.output()),
          (o) => o.includes('Open it:'),
          400_000,
        );
        const clone = path.join(dir, 'environments');
        const manifest = path.join(clone, 'demo.yaml');
        await writeFile(
          manifest,
          (await readFile(manifest, 'utf8')).replace('version 1', 'version 2'),
        );
        await runGit(clone, 'commit', '-qam', 'Version 2');
        await runGit(clone, 'push', '-q', 'origin', 'main');
        await waitFor(
          'version 2 to answer',
          () => page(port),
          (b) => b === 'Hello from wharf, version 2\n',
          180_000,
        );
        // Ctrl-C: wharf stops and the demo's containers go; the warm colour's record and site stay.
        demo.child.kill('SIGINT');
        const stopped = await demo.exited;
        expect(stopped.output).toContain('stopping wharf and removing the demo');
        await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
        const again = await runDemo(dir, port);
        expect(again.output, again.output.slice(-3000)).toContain(
          'It answers: Hello from wharf, version 2',
        );
        expect(again.code).toBe(0);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );

  // Stops the host's Docker daemon: skipped where something else on the host needs it
  // (WHARF_TEST_SKIP_DOCKERD_RESTART=1; see docs/development.md).
  it.skipIf(process.env['WHARF_TEST_SKIP_DOCKERD_RESTART'] === '1')(
    'serves again from the same folder after dockerd was restarted, and a Ctrl-C leaves dockerd running',
    { timeout: 900_000 },
    async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'wharf-demo-'));
      const port = await freePort();
      try {
        await expectServedAndCleaned(await runDemo(dir, port), port);
        await stopDockerd();
        // The demo starts dockerd again; Ctrl-C in its terminal signals its whole group.
        const demo = startDemo(dir, port, false, true);
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
