import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WharfError } from '../../src/core/errors.js';
import { deployEnvironment } from '../../src/deploy/deploy-environment.js';
import { docker, psql } from '../helpers/docker-cli.js';
import { TestRepo } from '../helpers/git-repo.js';
import { dedent } from '../helpers/manifest-text.js';
import { createTestHost, testImages, type TestHost } from '../helpers/wharf-host.js';

// Stateful services change in place and keep their data; a change that would lose data (a
// new PostgreSQL major version, another data volume) is refused and changes nothing.
const env = 'e2e-stateful';
const postgresContainer = `wharf-${env}-infra-postgres-1`;
// One local image under the tags the manifests name, so a version change is a real recreate.
const versions = ['16.1', '16.2', '17.0'];

let repo: TestRepo;
let host: TestHost;

function manifest(o: { postgres: string; pool: number; volume?: string }): string {
  return dedent(`
    apiVersion: wharf/v1
    kind: Environment
    name: ${env}
    topology: minimal
    host: stateful.test
    tls: { mode: none }
    deploy: { strategy: recreate, healthTimeout: 90s }
    secrets:
      PG_PASSWORD: { source: store }
    postgres:
      image: postgres:${o.postgres}
      database: shop
      user: shop
      passwordSecret: PG_PASSWORD
      ${o.volume ? `volume: ${o.volume}` : ''}
      pgbouncer: { poolMode: transaction, defaultPoolSize: ${o.pool} }
    services:
      web:
        image: ghcr.io/jupiter/web:1.8.0
        port: 8080
        route: /
  `);
}

const sql = (query: string): Promise<string> => psql(env, query);

async function deploy(o: Parameters<typeof manifest>[0]) {
  await repo.commit(`postgres ${o.postgres}, pool ${o.pool}`, { 'env.yaml': manifest(o) });
  return deployEnvironment(host.wired.deps, { environment: env, trigger: 'test' });
}

const containerId = (name: string): Promise<string> =>
  docker(['inspect', '--format', '{{.Id}}', name]);

beforeAll(async () => {
  for (const v of versions)
    await docker(['tag', 'wharf-test/postgres:1', `wharf-test/postgres:${v}`]);
  repo = await TestRepo.create();
  await repo.commit('start', {
    'wharf.yaml': dedent(`
      apiVersion: wharf/v1
      kind: Repository
      environments:
        ${env}: { manifest: env.yaml, branch: main }
    `),
    'env.yaml': manifest({ postgres: '16.1', pool: 20 }),
  });
  host = await createTestHost(repo.dir, [env], {
    images: {
      ...testImages,
      ...Object.fromEntries(versions.map((v) => [`postgres:${v}`, `wharf-test/postgres:${v}`])),
    },
  });
  await host.secret(env, 'PG_PASSWORD', 'stateful-password');
  expect(
    (await deployEnvironment(host.wired.deps, { environment: env, trigger: 'test' })).result,
  ).toBe('success');
  await sql('CREATE TABLE orders (id int); INSERT INTO orders VALUES (1), (2), (3);');
}, 180_000);

afterAll(async () => {
  await host.close();
  await repo.remove();
  for (const v of versions) await docker(['rmi', `wharf-test/postgres:${v}`]).catch(() => '');
});

describe('stateful services', { timeout: 180_000 }, () => {
  it('change PgBouncer settings in place, without touching PostgreSQL', async () => {
    const before = await containerId(postgresContainer);
    const bouncer = await containerId(`wharf-${env}-infra-pgbouncer-1`);
    const outcome = await deploy({ postgres: '16.1', pool: 30 });
    expect(outcome.result).toBe('success');
    expect(
      outcome.plan.services.filter((s) => s.action !== 'unchanged').map((s) => s.service),
    ).toEqual(['pgbouncer']);
    expect(await containerId(postgresContainer)).toBe(before);
    expect(await containerId(`wharf-${env}-infra-pgbouncer-1`)).not.toBe(bouncer);
    expect(await sql('SELECT count(*) FROM orders')).toBe('3');
  });

  it('move PostgreSQL to a new minor version on the same data', async () => {
    const before = await containerId(postgresContainer);
    const outcome = await deploy({ postgres: '16.2', pool: 30 });
    expect(outcome.result).toBe('success');
    expect(await containerId(postgresContainer)).not.toBe(before);
    expect(await docker(['inspect', '--format', '{{.Config.Image}}', postgresContainer])).toBe(
      'wharf-test/postgres:16.2',
    );
    expect(await sql('SELECT count(*) FROM orders')).toBe('3');
  });

  it.each([
    ['a new major version', { postgres: '17.0', pool: 30 }, /major version 16 to 17/],
    [
      'another data volume',
      { postgres: '16.2', pool: 30, volume: 'pgdata2' },
      /no longer mounts pgdata/,
    ],
  ])('refuse %s, changing nothing', async (_what, change, reason) => {
    const before = await containerId(postgresContainer);
    const error: unknown = await deploy(change).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WharfError);
    expect((error as WharfError).code).toBe('data-at-risk');
    expect((error as Error).message).toMatch(reason);
    expect((error as Error).message).toMatch(/deploy.allowDataLoss/);
    expect(await containerId(postgresContainer)).toBe(before);
    expect(await sql('SELECT count(*) FROM orders')).toBe('3');
    const [last] = await host.wired.deps.history.list(env, 1);
    expect(last).toMatchObject({ result: 'failed' });
    // Back to what runs, so the next case starts from it.
    await repo.commit('back', { 'env.yaml': manifest({ postgres: '16.2', pool: 30 }) });
  });
});
