import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployEnvironment } from '../../src/deploy/deploy-environment.js';
import { docker, psql } from '../helpers/docker-cli.js';
import { TestRepo } from '../helpers/git-repo.js';
import { dedent } from '../helpers/manifest-text.js';
import { runWharf } from '../helpers/wharf-cli.js';
import { createTestHost, type TestHost } from '../helpers/wharf-host.js';

// A backup that is worth having: rows written, backed up, the database destroyed (container
// and volume), the environment deployed again empty, the backup restored, the rows read back.
const env = 'e2e-backup';
const postgres = `wharf-${env}-infra-postgres-1`;

let repo: TestRepo;
let host: TestHost;

const wharf = (...args: string[]): Promise<string> => runWharf(host.configFile, ...args);

const sql = (query: string): Promise<string> => psql(env, query);

const deploy = () => deployEnvironment(host.wired.deps, { environment: env, trigger: 'test' });

beforeAll(async () => {
  repo = await TestRepo.create();
  await repo.commit('start', {
    'wharf.yaml': dedent(`
      apiVersion: wharf/v1
      kind: Repository
      environments:
        ${env}: { manifest: env.yaml, branch: main }
    `),
    'env.yaml': dedent(`
      apiVersion: wharf/v1
      kind: Environment
      name: ${env}
      topology: minimal
      host: backup.test
      tls: { mode: none }
      deploy: { strategy: recreate, healthTimeout: 90s }
      secrets:
        PG_PASSWORD: { source: store }
      postgres:
        database: shop
        user: shop
        passwordSecret: PG_PASSWORD
      backups: { schedule: '@daily', keep: 2 }
      services:
        web:
          image: ghcr.io/jupiter/web:1.8.0
          port: 8080
          route: /
    `),
  });
  host = await createTestHost(repo.dir, [env]);
  await host.secret(env, 'PG_PASSWORD', 'backup-password');
  expect((await deploy()).result).toBe('success');
}, 180_000);

afterAll(async () => {
  await host.close();
  await repo.remove();
});

describe('backups', { timeout: 240_000 }, () => {
  it('bring back rows after the database is destroyed', async () => {
    await sql(
      "CREATE TABLE orders (id int, item text); INSERT INTO orders VALUES (1, 'tea'), (2, 'milk');",
    );
    const id = (await wharf('backup', 'run', env)).trim();
    const listed = JSON.parse(await wharf('backup', 'list', env, '--format', 'json')) as {
      id: string;
      parts: { name: string; bytes: number }[];
    }[];
    expect(listed.map((b) => b.id)).toEqual([id]);
    expect(listed[0]?.parts.map((p) => p.name)).toEqual(['config', 'postgres.dump']);
    expect(listed[0]?.parts.find((p) => p.name === 'postgres.dump')?.bytes).toBeGreaterThan(500);

    // Destroyed: the server and its volume; a deploy brings back an empty one.
    await docker(['rm', '-f', postgres]);
    await docker(['volume', 'rm', `wharf-${env}-pgdata`]);
    expect((await deploy()).result).toBe('success');
    await expect(sql('SELECT count(*) FROM orders')).rejects.toThrow(/orders/);

    await expect(wharf('backup', 'restore', env, id)).rejects.toThrow(/--yes/);
    expect(await wharf('backup', 'restore', env, id, '--yes')).toBe(`restored ${id} into ${env}\n`);
    expect(await sql('SELECT item FROM orders ORDER BY id')).toBe('tea\nmilk');
  });

  it('keeps as many as the manifest says, newest first', async () => {
    const ids = [];
    for (let i = 0; i < 2; i++) {
      ids.push((await wharf('backup', 'run', env)).trim());
      // Ids are timestamps to the millisecond; keep them apart.
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const listed = (await wharf('backup', 'list', env))
      .trim()
      .split('\n')
      .map((l) => l.split(' ')[0]);
    expect(listed).toEqual(ids.reverse());
  });
});
