// dockerd stopped and started again while `wharf deploy` starts the new colour: the deploy
// fails cleanly (an error naming what failed, no hang), the next `wharf deploy` converges and
// deploys, and nothing is lost from the history. Real Docker, Compose, Nginx, Redis and git.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { colourContainers, docker, waitFor } from '../helpers/docker-cli.js';
import { stopDockerd } from '../helpers/demo.js';
import { TestRepo } from '../helpers/git-repo.js';
import { oneWebManifest } from '../helpers/blue-green-manifest.js';
import { oneEnvironmentRepository } from '../helpers/manifest-text.js';
import { runWharf } from '../helpers/wharf-cli.js';
import { createTestHost, type TestHost } from '../helpers/wharf-host.js';

// Runs alone (vitest.config.ts): it stops the Docker daemon every other test file needs.
const env = 'e2e-dockerd-mid';
const hostName = 'dockerd-mid.test';

let repo: TestRepo;
let host: TestHost;

function manifest(version: string): string {
  return oneWebManifest(env, hostName, `web ${version}`);
}

/** Starts dockerd again the way the README's commands do, and waits until it answers. */
function startDockerd(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['scripts/install-host.sh'], { stdio: 'ignore' });
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`install-host.sh exited ${code}`)),
    );
  });
}

/** `wharf deploy` as a process; `whenStarting` runs once the new colour is being started. */
function deployThrough(
  whenStarting: () => Promise<void>,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      'node',
      [path.resolve('bin/wharf.js'), 'deploy', env, '--config', host.configFile],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } },
    );
    let output = '';
    let fired = false;
    const read = (chunk: string): void => {
      output += chunk;
      if (fired || !/starting all services in wharf-e2e-dockerd-mid-/.test(output)) return;
      fired = true;
      void whenStarting();
    };
    child.stdout.setEncoding('utf8').on('data', read);
    child.stderr.setEncoding('utf8').on('data', read);
    child.on('exit', (code) => resolve({ code, output }));
  });
}

beforeAll(async () => {
  repo = await TestRepo.create();
  await repo.commit('start', {
    'wharf.yaml': oneEnvironmentRepository(env),
    'env.yaml': manifest('base'),
  });
  host = await createTestHost(repo.dir, [env]);
  await runWharf(host.configFile, 'deploy', env);
  expect((await host.get(hostName, '/')).body).toBe('web base\n');
}, 300_000);

afterAll(async () => {
  // A failed test may leave dockerd stopped: started again before anything is removed.
  const answers = (): Promise<boolean> =>
    docker(['info', '--format', '{{.ID}}']).then(Boolean, () => false);
  if (!(await answers())) await startDockerd();
  await waitFor('docker to answer', answers, Boolean, 120_000);
  await host?.close();
  await repo?.remove();
}, 300_000);

describe('dockerd restarted in the middle of a deploy', () => {
  // Stops the host's Docker daemon: skipped where something else on the host needs it.
  it.skipIf(process.env['WHARF_TEST_SKIP_DOCKERD_RESTART'] === '1')(
    'the deploy fails cleanly, the next run converges and deploys, and the history keeps every deploy',
    { timeout: 600_000 },
    async () => {
      const before = await host.wired.deps.history.list(env, 100);
      expect(before.map((entry) => entry.result)).toEqual(['success']);
      const head = await repo.commit('v2', { 'env.yaml': manifest('v2') });
      let restart: Promise<number> | undefined;
      const interrupted = await deployThrough(() => {
        const started = performance.now();
        restart = stopDockerd()
          .then(startDockerd)
          .then(() => (performance.now() - started) / 1000);
        return restart.then(() => undefined);
      });
      const restartedIn = (await restart) ?? 0;
      // Failed with a message, or finished: either way it ended by itself, and said so.
      if (interrupted.code === 0) expect(interrupted.output).toContain(`deployed: ${env}`);
      else {
        expect(interrupted.output).toMatch(/^(error|failed|rolled back)/m);
        expect(interrupted.output).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
      }
      expect(restartedIn).toBeGreaterThan(0);
      // The daemon answers again; the next run brings everything back and deploys v2.
      await waitFor('docker to answer', () => docker(['info', '--format', '{{.ID}}']), Boolean);
      const next = await runWharf(host.configFile, 'deploy', env);
      expect(next).toMatch(new RegExp(`(deployed|synced): ${env} at ${head.slice(0, 12)}`));
      expect(await host.get(hostName, '/')).toEqual({ status: 200, body: 'web v2\n' });
      const applied = await host.wired.deps.state.readApplied(env);
      expect(applied?.revision).toBe(head);
      const colours = (await colourContainers(env)).map((c) => `${c.colour} ${c.state}`);
      expect(colours).toEqual([`${applied?.colour ?? ''} running`]);
      // Nothing lost: the first deploy is still there, the interrupted one recorded, then v2.
      const after = await host.wired.deps.history.list(env, 100);
      expect(after.at(-1)).toMatchObject({ id: before[0]?.id, result: 'success' });
      expect(after.length).toBeGreaterThanOrEqual(3);
      expect(after[0]).toMatchObject({ revision: head });
      console.info(
        `dockerd restarted in ${restartedIn.toFixed(1)} s; the interrupted deploy exited ${interrupted.code}; history: ${after.map((e) => e.result).join(', ')}`,
      );
    },
  );
});
