import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployEnvironment, LoopGuardError } from '../../src/deploy/deploy-environment.js';
import { colourContainers, docker, psql } from '../helpers/docker-cli.js';
import { TestRepo } from '../helpers/git-repo.js';
import { startLoad, type Sample } from '../helpers/load.js';
import { dedent } from '../helpers/manifest-text.js';
import { runWharf } from '../helpers/wharf-cli.js';
import { createTestHost, testImages, type TestHost } from '../helpers/wharf-host.js';

// A migration as a `before-cutover` job: the new version needs a column its migration adds, in
// the environment's own PostgreSQL through PgBouncer, run with the new image before traffic
// moves; the old version serves until then. A migration that fails leaves the old one serving.
const env = 'e2e-jobs';
const hostName = 'jobs.test';

let repo: TestRepo;
let host: TestHost;

function manifest(version: number, o: { column?: string; migration?: string } = {}): string {
  const job = o.migration
    ? dedent(`
        jobs:
          migrate:
            service: api
            phase: before-cutover
            timeout: 60s
            command: [jupiter-app, migrate, "${o.migration}"]
      `)
    : '';
  return (
    dedent(`
      apiVersion: wharf/v1
      kind: Environment
      name: ${env}
      topology: minimal
      host: ${hostName}
      tls: { mode: none }
      deploy: { strategy: blue-green, healthTimeout: 60s, verify: 3s, keepPrevious: 30m }
      secrets:
        PG_PASSWORD: { source: store }
      postgres:
        image: postgres:16
        database: shop
        user: shop
        passwordSecret: PG_PASSWORD
      services:
        api:
          image: ghcr.io/jupiter/app:1.0.0
          port: 8080
          route: /
          health: { path: /api/version, interval: 1s }
          env:
            APP_VERSION: "${version}"
            DATABASE_NAME: shop
            DATABASE_USER: shop
            DATABASE_PASSWORD_FILE: /run/secrets/PG_PASSWORD
            ${o.column ? `REQUIRED_COLUMN: ${o.column}` : ''}
          secrets: [PG_PASSWORD]
    `) + job
  );
}

async function push(version: number, o: Parameters<typeof manifest>[1] = {}) {
  await repo.commit(`v${version}`, { 'env.yaml': manifest(version, o) });
  return deployEnvironment(host.wired.deps, { environment: env, trigger: 'test' });
}

/** Steady load on /api/version through the edge while `during` runs. */
async function underLoad<T>(during: () => Promise<T>): Promise<{ result: T; samples: Sample[] }> {
  const load = startLoad({
    port: host.edgePort,
    host: hostName,
    path: '/api/version',
    concurrency: 4,
    maxRequests: 1_000_000,
    maxMs: 240_000,
  });
  const result = await during();
  return { result, samples: await load.stop() };
}

const failedOf = (samples: readonly Sample[]) => samples.filter((s) => s.status !== 200);
const versionsOf = (samples: readonly Sample[]) =>
  [...samples].sort((a, b) => a.end - b.end).map((s) => s.body);

beforeAll(async () => {
  repo = await TestRepo.create();
  await repo.commit('start', {
    'wharf.yaml': dedent(`
      apiVersion: wharf/v1
      kind: Repository
      environments:
        ${env}: { manifest: env.yaml, branch: main }
    `),
    'env.yaml': manifest(1),
  });
  host = await createTestHost(repo.dir, [env], { images: testImages });
  await host.secret(env, 'PG_PASSWORD', 'jobs-password');
  const first = await deployEnvironment(host.wired.deps, { environment: env, trigger: 'test' });
  expect(first.result, first.reason).toBe('success');
}, 240_000);

afterAll(async () => {
  await host.close();
  await repo.remove();
});

describe('a migration before the cutover', { timeout: 300_000 }, () => {
  it('adds the column the new version needs before traffic moves, with 0 failed requests', async () => {
    expect(await host.get(hostName, '/api/version')).toEqual({ status: 200, body: '"1"' });
    const { result: outcome, samples } = await underLoad(() =>
      push(2, { column: 'tag', migration: 'ALTER TABLE items ADD COLUMN tag text' }),
    );
    expect(outcome.result, outcome.reason).toBe('success');
    expect(failedOf(samples)).toEqual([]);
    expect(samples.length).toBeGreaterThan(100);
    // The old version answered until the cutover, the new one after: never back and forth.
    const versions = versionsOf(samples);
    const firstNew = versions.indexOf('"2"');
    expect(firstNew).toBeGreaterThan(0);
    expect(versions.slice(0, firstNew).every((v) => v === '"1"')).toBe(true);
    expect(versions.slice(firstNew + 50).every((v) => v === '"2"')).toBe(true);
    expect(
      await psql(
        env,
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'items' AND column_name = 'tag'",
      ),
    ).toBe('tag');
    const log = await runWharf(host.configFile, 'logs', outcome.id);
    expect(log).toMatch(/running job migrate \(before-cutover\) in api's image/);
    expect(log).toMatch(/\[migrate\] applying: ALTER TABLE items ADD COLUMN tag text/);
    expect(log).toMatch(/job migrate succeeded/);
    // The job left no container behind.
    expect(await docker(['ps', '-aq', '--filter', `name=wharf-${env}-.*-wharf-job-`])).toBe('');
  });

  it('keeps the old version serving when the migration fails, leaves nothing of the new colour, and blocks the revision', async () => {
    const applied = await host.wired.deps.state.readApplied(env);
    const liveColour = applied?.colour ?? '';
    const serving = (await colourContainers(env)).filter((c) => c.colour === liveColour);
    expect(serving.length).toBeGreaterThan(0);
    const { result: outcome, samples } = await underLoad(() =>
      push(3, { column: 'label', migration: 'ALTER TABLE no_such_table ADD COLUMN label text' }),
    );
    expect(outcome.result).toBe('failed');
    expect(outcome.reason).toMatch(
      /job migrate \(before-cutover\) of e2e-jobs exited with status 1/,
    );
    expect(outcome.reason).toMatch(/no_such_table/);
    expect(failedOf(samples)).toEqual([]);
    expect(new Set(versionsOf(samples))).toEqual(new Set(['"2"']));
    expect(await host.get(hostName, '/api/version')).toEqual({ status: 200, body: '"2"' });
    // The live colour as it was, and nothing of the failed try (the idle colour it started in).
    const after = await colourContainers(env);
    expect(after.filter((c) => c.colour === liveColour)).toEqual(serving);
    expect(after.filter((c) => c.colour && c.colour !== liveColour)).toEqual([]);
    const log = await runWharf(host.configFile, 'logs', outcome.id);
    expect(log).toMatch(/\[migrate\] .*no_such_table/);
    await expect(
      deployEnvironment(host.wired.deps, { environment: env, trigger: 'test' }),
    ).rejects.toBeInstanceOf(LoopGuardError);
  });
});
