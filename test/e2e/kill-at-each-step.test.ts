// `wharf deploy` killed with SIGKILL, as a real process group, at each step of a blue-green
// deploy, under a steady load through the edge: the live route answers every request
// throughout, and the next `wharf deploy` converges (a healthy colour live, no half-started
// one, the right revision recorded) and deploys. Real Docker, Compose, Nginx, Redis and git.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { colourContainers } from '../helpers/docker-cli.js';
import { TestRepo } from '../helpers/git-repo.js';
import { startLoad } from '../helpers/load.js';
import { dedent, oneEnvironmentRepository } from '../helpers/manifest-text.js';
import { runWharf } from '../helpers/wharf-cli.js';
import { createTestHost, type TestHost } from '../helpers/wharf-host.js';

const env = 'e2e-kill';
const hostName = 'kill.test';

let repo: TestRepo;
let host: TestHost;
let pool = 5;

function manifest(version: string): string {
  return dedent(`
    apiVersion: wharf/v1
    kind: Environment
    name: ${env}
    topology: minimal
    host: ${hostName}
    tls: { mode: none }
    deploy: { strategy: blue-green, healthTimeout: 30s, verify: 1s, keepPrevious: 0s }
    secrets:
      PG_PASSWORD: { source: store }
    postgres:
      image: postgres:16
      database: shop
      user: shop
      passwordSecret: PG_PASSWORD
      pgbouncer: { poolMode: transaction, defaultPoolSize: ${pool} }
    services:
      web:
        image: ghcr.io/jupiter/web:1.8.0
        port: 8080
        route: /
        health: { path: /healthz }
        env: { APP_BODY: "web ${version}" }
  `);
}

const sitePath = (): string =>
  path.join(host.config.stateDir, 'edge', 'sites', 'live', `${env}.conf`);
const appliedPath = (): string => path.join(host.config.stateDir, 'envs', env, 'applied.json');
const readOrEmpty = (file: string): Promise<string> => readFile(file, 'utf8').catch(() => '');

/** Where to kill: when `marker` is printed, or when `file` changes after it. */
interface KillPoint {
  readonly marker: RegExp;
  readonly changed?: () => string;
  /** The step needs a stateful change in the revision. */
  readonly stateful?: boolean;
}

const steps: readonly (readonly [string, KillPoint])[] = [
  ['validating the revision', { marker: /validating revision/ }],
  [
    'updating a stateful service',
    { marker: new RegExp(`starting pgbouncer in wharf-${env}-infra`), stateful: true },
  ],
  ['starting the idle colour', { marker: new RegExp(`starting all services in wharf-${env}-`) }],
  ['at the health gate', { marker: /probing \w+ through the edge's preview route/ }],
  ['writing the edge (nginx -t)', { marker: /switching live traffic to/ }],
  ['reloading the edge', { marker: /switching live traffic to/, changed: sitePath }],
  ['verifying', { marker: /verifying \w+ through the live route/ }],
  // The record is written once verification passed, before the old colour goes.
  ['recording', { marker: /verifying \w+ through the live route/, changed: appliedPath }],
  ['removing the old colour', { marker: /removing \w+ \(keepPrevious is 0\)/ }],
];

/**
 * Runs `wharf deploy` as a process group and SIGKILLs all of it (Compose included, as a
 * service manager stopping a unit would) at `point`; resolves with its output.
 */
function killDeployAt(point: KillPoint): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'node',
      [path.resolve('bin/wharf.js'), 'deploy', env, '--config', host.configFile],
      {
        detached: true,
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { ...process.env, NO_COLOR: '1' },
      },
    );
    let output = '';
    let armed = false;
    let killed = false;
    const kill = (): void => {
      if (killed) return;
      killed = true;
      process.kill(-(child.pid ?? 0), 'SIGKILL');
    };
    // Polled, not watched: the file is replaced by rename, and the kill must land at once.
    const killWhenChanged = async (file: string): Promise<void> => {
      const before = await readOrEmpty(file);
      while (!killed && (await readOrEmpty(file)) === before)
        await new Promise((r) => setTimeout(r, 2));
      kill();
    };
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      output += chunk;
      if (armed || !point.marker.test(output)) return;
      armed = true;
      if (point.changed) void killWhenChanged(point.changed());
      else kill();
    });
    child.on('exit', () => {
      killed = true;
      if (armed) resolve(output);
      else reject(new Error(`the deploy ended before ${String(point.marker)}:\n${output}`));
    });
  });
}

beforeAll(async () => {
  repo = await TestRepo.create();
  await repo.commit('start', {
    'wharf.yaml': oneEnvironmentRepository(env),
    'env.yaml': manifest('base'),
  });
  host = await createTestHost(repo.dir, [env]);
  await host.secret(env, 'PG_PASSWORD', 'kill-test-password');
  await runWharf(host.configFile, 'deploy', env);
  expect((await host.get(hostName, '/')).body).toBe('web base\n');
}, 300_000);

afterAll(async () => {
  await host?.close();
  await repo?.remove();
}, 120_000);

describe('wharf killed with SIGKILL at each step of a blue-green deploy, under load', () => {
  it.each(steps)(
    'killed while %s: every request answered, and the next run converges and deploys',
    { timeout: 240_000 },
    async (step, point) => {
      const version = `v${Math.random().toString(36).slice(2, 8)}`;
      if (point.stateful) pool++;
      const head = await repo.commit(version, { 'env.yaml': manifest(version) });
      const load = startLoad({
        port: host.edgePort,
        host: hostName,
        path: '/',
        concurrency: 2,
        maxRequests: 200_000,
        maxMs: 200_000,
      });
      const started = performance.now();
      await killDeployAt(point);
      const killedAfter = performance.now() - started;
      // Between the kill and the next run, too, the live route answers.
      await new Promise((r) => setTimeout(r, 500));
      const nextStarted = performance.now();
      const next = await runWharf(host.configFile, 'deploy', env);
      const nextTook = performance.now() - nextStarted;
      const samples = await load.stop();
      const failed = samples.filter((s) => s.status !== 200 || !/^web \w+\n$/.test(s.body));
      expect(failed.slice(0, 5), `${failed.length} of ${samples.length} requests failed`).toEqual(
        [],
      );
      expect(samples.length).toBeGreaterThan(20);
      console.info(
        `killed while ${step} after ${(killedAfter / 1000).toFixed(1)} s; the next run took ${(nextTook / 1000).toFixed(1)} s; ${failed.length} of ${samples.length} requests failed`,
      );
      expect(next).toContain(`: ${env} at ${head.slice(0, 12)}`);
      expect((await host.get(hostName, '/')).body).toBe(`web ${version}\n`);
      // One colour, whole and running; nothing of the other.
      const applied = await host.wired.deps.state.readApplied(env);
      expect(applied?.revision).toBe(head);
      const apps = (await colourContainers(env)).filter(
        (c) => c.colour === 'blue' || c.colour === 'green',
      );
      expect(apps.filter((c) => c.colour !== applied?.colour)).toEqual([]);
      expect(apps.every((c) => c.state === 'running')).toBe(true);
      const [last] = await host.wired.deps.history.list(env, 1);
      expect(last?.revision).toBe(head);
      expect(['success', 'synced']).toContain(last?.result);
    },
  );
});
