import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitError, ValidationError } from '../../src/core/errors.js';
import { deployEnvironment } from '../../src/deploy/deploy-environment.js';
import { prepare } from '../../src/deploy/prepare.js';
import { silent } from '../../src/deploy/progress.js';
import { containerIdentities, docker } from '../helpers/docker-cli.js';
import { TestRepo } from '../helpers/git-repo.js';
import { dedent } from '../helpers/manifest-text.js';
import { runCli } from '../helpers/run-cli.js';
import { createTestHost, type TestHost } from '../helpers/wharf-host.js';

const env = 'e2e-shop';
const wharfYaml = dedent(`
  apiVersion: wharf/v1
  kind: Repository
  environments:
    ${env}:
      manifest: shop.yaml
      branch: main
`);

/** The jupiter shape: web at /, api at /api, a worker, PostgreSQL behind PgBouncer. */
function manifest(webImage = 'ghcr.io/jupiter/web:1.8.0', extra = '', withWorker = true): string {
  return (
    dedent(`
    apiVersion: wharf/v1
    kind: Environment
    name: ${env}
    topology: minimal
    host: shop.test
    tls: { mode: none }
    deploy: { strategy: recreate, healthTimeout: 90s }
    services:
      web:
        image: ${webImage}
        port: 8080
        route: /
        env: { APP_NAME: web }
      api:
        image: ghcr.io/jupiter/api:2.3.1
        port: 8080
        route: /api
        env: { APP_NAME: api, APP_PATHS: /api }
        secrets: [DATABASE_PASSWORD]
        dependsOn: [pgbouncer]
    ${withWorker ? '  worker:\n        image: ghcr.io/jupiter/api:2.3.1\n        env: { APP_NAME: worker }' : ''}
    postgres:
      database: shop
      user: shop
      passwordSecret: DATABASE_PASSWORD
    secrets:
      DATABASE_PASSWORD: { source: store }
  `) + extra
  );
}

let repo: TestRepo;
let host: TestHost;

async function deploy(revision?: string) {
  return deployEnvironment(host.wired.deps, {
    environment: env,
    trigger: 'test',
    ...(revision ? { revision } : {}),
  });
}

async function psql(sql: string): Promise<string> {
  // Through PgBouncer, as the apps connect.
  return docker([
    'exec',
    '-e',
    'PGPASSWORD=correct horse battery',
    `wharf-${env}-infra-pgbouncer-1`,
    'psql',
    '-h',
    '127.0.0.1',
    '-p',
    '6432',
    '-U',
    'shop',
    '-d',
    'shop',
    '-tAc',
    sql,
  ]);
}

beforeAll(async () => {
  repo = await TestRepo.create();
  await repo.commit('jupiter shop', { 'wharf.yaml': wharfYaml, 'shop.yaml': manifest() });
  host = await createTestHost(repo.dir, [env]);
  await host.secret(env, 'DATABASE_PASSWORD', 'correct horse battery');
}, 60_000);

afterAll(async () => {
  await host.close();
  await repo.remove();
});

describe(
  'deploying with strategy recreate (real Docker, Compose, Nginx, Redis, git)',
  { timeout: 180_000 },
  () => {
    it('deploys the environment and serves it through the edge by Host header', async () => {
      const outcome = await deploy();
      expect(outcome.result).toBe('success');
      expect(await host.get('shop.test', '/')).toEqual({
        status: 200,
        body: 'app web version 1\n',
      });
      expect(await host.get('shop.test', '/api/')).toEqual({
        status: 200,
        body: 'app api version 1\n',
      });
      expect((await host.get('elsewhere.test', '/')).status).toBe(404);
      expect(await psql('select 1')).toBe('1');
      // Nginx is the only entry point: no container of the environment publishes a port.
      const ports = await docker([
        'ps',
        '--filter',
        `label=wharf.environment=${env}`,
        '--format',
        '{{.Ports}}',
      ]);
      expect(ports.split('\n').filter((p) => p.includes('->'))).toEqual([]);
    });

    it('runs no mutating Docker command when the plan is empty, and restarts nothing', async () => {
      const before = await containerIdentities(env);
      // To the millisecond: a whole second would take in what the step before did.
      const since = Date.now() / 1000;
      const outcome = await deploy();
      expect(outcome.result).toBe('synced');
      expect(outcome.plan.empty).toBe(true);
      const until = Math.ceil(Date.now() / 1000) + 1;
      const events = await docker([
        'events',
        '--since',
        since.toFixed(3),
        '--until',
        String(until),
        '--format',
        '{{.Type}} {{.Action}} {{.Actor.Attributes.name}}',
      ]);
      // This environment's objects and its edge: other test files may change theirs meanwhile.
      const mutating = events
        .split('\n')
        .filter((e) => e.includes(`wharf-${env}`) || e.includes(host.edgeProject))
        .filter((e) => !/ (exec_create|exec_start|exec_die|health_status)/.test(e));
      expect(mutating).toEqual([]);
      expect(await containerIdentities(env)).toEqual(before);
    });

    it('plans exactly the changed service and field, deploys it, and restarts nothing else', async () => {
      const revision = await repo.commit('web 1.9.0', {
        'shop.yaml': manifest('ghcr.io/jupiter/web:1.9.0'),
      });
      const planned = await runCli(['plan', env, '--format', 'json', '--config', host.configFile]);
      expect(planned.stderr).toBe('');
      expect(planned.code).toBe(0);
      const plan = JSON.parse(planned.stdout) as {
        revision: string;
        services: { service: string; action: string; changes: unknown[] }[];
      };
      expect(plan.revision).toBe(revision);
      expect(plan.services.filter((s) => s.action !== 'unchanged')).toEqual([
        {
          service: 'web',
          composeName: 'web-blue',
          project: `wharf-${env}-blue`,
          role: 'stateless',
          action: 'update',
          changes: [{ field: 'image', before: 'wharf-test/app:1', after: 'wharf-test/app:2' }],
          drift: [],
        },
      ]);

      const before = await containerIdentities(env);
      await deploy();
      expect(await host.get('shop.test', '/')).toEqual({
        status: 200,
        body: 'app web version 2\n',
      });
      const after = await containerIdentities(env);
      const restarted = after
        .filter((a) => !before.some((b) => b.id === a.id && b.startedAt === a.startedAt))
        .map((c) => c.name);
      expect(restarted).toEqual([`wharf-${env}-blue-web-blue-1`]);
    });

    it('reports a container stopped by hand as drift, and deploy brings it back', async () => {
      await docker(['stop', `wharf-${env}-blue-worker-blue-1`]);
      const prepared = await prepare(host.wired.deps, env, undefined, silent);
      const worker = prepared.plan.services.find((s) => s.service === 'worker');
      expect(worker?.drift.map((d) => d.kind)).toEqual(['stopped']);
      expect(prepared.plan.empty).toBe(false);
      await deploy();
      expect(
        await docker([
          'inspect',
          '--format',
          '{{.State.Status}}',
          `wharf-${env}-blue-worker-blue-1`,
        ]),
      ).toBe('running');
    });

    it('removes a service dropped from the manifest and keeps the database volume through a PostgreSQL recreate', async () => {
      await psql('create table orders (id int primary key, item text)');
      await psql("insert into orders values (1, 'anchor')");
      const postgresBefore = await docker([
        'inspect',
        '--format',
        '{{.Id}}',
        `wharf-${env}-infra-postgres-1`,
      ]);
      // Drop the worker; give PostgreSQL a setting that recreates its container.
      const extra = 'compose:\n  services:\n    postgres:\n      environment: { TZ: UTC }\n';
      await repo.commit('drop the worker, set TZ', {
        'shop.yaml': manifest('ghcr.io/jupiter/web:1.9.0', extra, false),
      });
      await deploy();
      const names = (await containerIdentities(env)).map((c) => c.name);
      expect(names).not.toContain(`wharf-${env}-blue-worker-blue-1`);
      expect(
        await docker(['inspect', '--format', '{{.Id}}', `wharf-${env}-infra-postgres-1`]),
      ).not.toBe(postgresBefore);
      expect(await psql('select item from orders where id = 1')).toBe('anchor');
    });

    it('refuses a revision that breaks policy, says why, and changes nothing', async () => {
      const before = await containerIdentities(env);
      const extra = 'compose:\n  services:\n    api:\n      privileged: true\n';
      await repo.commit('privileged api', {
        'shop.yaml': manifest('ghcr.io/jupiter/web:1.9.0', extra, false),
      });
      const error = await deploy().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as Error).message).toMatch(
        /shop\.yaml:\d+:\d+ \$\.compose\.services\.api\.privileged `privileged: true` needs a grant \(refused by policy; grant: policy\.e2e-shop\.privileged/,
      );
      expect(await containerIdentities(env)).toEqual(before);
      const [last] = await host.wired.deps.history.list(env, 1);
      expect(last?.result).toBe('failed');
      expect(last?.error).toMatch(/refused by policy/);
    });

    it('refuses a revision that does not exist and changes nothing', async () => {
      const before = await containerIdentities(env);
      const result = await runCli([
        'deploy',
        env,
        '--revision',
        'deadbeef'.repeat(5),
        '--config',
        host.configFile,
      ]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(
        /revision `(deadbeef){5}` does not exist in the environments repository/,
      );
      await expect(deploy('deadbeef'.repeat(5))).rejects.toBeInstanceOf(GitError);
      expect(await containerIdentities(env)).toEqual(before);
    });

    it('shows what runs with wharf status and what happened with wharf history', async () => {
      const status = await runCli(['status', env, '--config', host.configFile]);
      expect(status.code).toBe(0);
      expect(status.stdout).toMatch(/e2e-shop {2}last deploy failed/);
      expect(status.stdout).toMatch(/web {12}blue {6}running/);
      const history = await runCli([
        'history',
        env,
        '--format',
        'json',
        '--config',
        host.configFile,
      ]);
      const records = JSON.parse(history.stdout) as { result: string }[];
      expect(records.map((r) => r.result)).toEqual([
        'failed',
        'failed',
        'failed',
        'success',
        'success',
        'success',
        'synced',
        'success',
      ]);
    });
  },
);
