import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { expect } from 'vitest';
import { freePort, testInstallationPrefix, waitFor } from './docker-cli.js';

/** Running `scripts/demo.sh` (the README's `npm start`) from a test, under names of its own. */

// The demo's own names, apart from any demo serving on this host (`demo`, edge `wharf-edge`).
export const demoEnv = 'test-demo';
export const edgeProject = `${testInstallationPrefix}demo-edge`;
export const installation = `${testInstallationPrefix}demo`;

/** The demo's app port and its server's (webhooks, dashboard), both free. */
export interface DemoPorts {
  readonly app: number;
  readonly server: number;
}

export async function demoPorts(): Promise<DemoPorts> {
  return { app: await freePort(), server: await freePort() };
}

/** Runs the demo; `ownGroup` gives it a process group of its own, as a terminal would. */
export function startDemo(dir: string, ports: DemoPorts, check: boolean, ownGroup = false) {
  const child = spawn('bash', ['scripts/demo.sh', ...(check ? ['--check'] : [])], {
    detached: ownGroup,
    env: {
      ...process.env,
      WHARF_DEMO_DIR: dir,
      WHARF_DEMO_PORT: String(ports.app),
      WHARF_DEMO_SERVER_PORT: String(ports.server),
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

export function runDemo(
  dir: string,
  ports: DemoPorts,
): Promise<{ code: number | null; output: string }> {
  return startDemo(dir, ports, true).exited;
}

/** GET / with `Host: localhost`, as a browser on this machine asks; the body, or the error. */
export function page(port: number): Promise<string> {
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

export async function expectServedAndCleaned(
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
export async function stopDockerd(): Promise<void> {
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

export function pidOfDockerd(): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn('pidof', ['dockerd']);
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', () => resolve(out.trim()));
  });
}
