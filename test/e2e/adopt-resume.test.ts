import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerProjects } from '../../src/adapters/docker-projects.js';
import { adoptEnvironment, type AdoptRequest } from '../../src/deploy/adopt-environment.js';
import { composeProject, projectContainers, shopPsql } from '../helpers/compose-project.js';
import { docker } from '../helpers/docker-cli.js';
import { TestRepo } from '../helpers/git-repo.js';
import { startLoad, type Load } from '../helpers/load.js';
import { runCli } from '../helpers/run-cli.js';
import { createTestHost, type TestHost } from '../helpers/wharf-host.js';

// An adoption in three runs: the edge only (`--edge-only`), then one whose deploy fails (the manifest's app is made unhealthy): the project's app
// keeps serving through the edge on wharf's database; once the manifest is fixed, adopt runs
// again and finishes, all under the same load.
const env = 'resumed-shop';
const hostName = 'resumed-shop.test';
const fixture = path.resolve('test/fixtures/import/local-web-postgres/compose.yaml');
const project = `adoptresume${randomUUID().slice(0, 8)}`;
const manifestFile = `environments/${env}.yaml`;

let repo: TestRepo;
let host: TestHost;
let imported: string;

beforeAll(async () => {
  repo = await TestRepo.create();
  const result = await runCli([
    'import',
    fixture,
    '--repo',
    repo.dir,
    '--name',
    env,
    '--host',
    hostName,
  ]);
  expect(result.code, result.stdout + result.stderr).toBe(0);
  imported = await readFile(path.join(repo.dir, manifestFile), 'utf8');
  expect(imported).toContain('      APP_PORT: "3000"\n');
  // wharf's colour fails its health check; the project's containers, started from the Compose
  // file, do not have the variable.
  await repo.commit('import, with a broken app', {
    [manifestFile]: imported.replace(
      '      APP_PORT: "3000"\n',
      '      APP_PORT: "3000"\n      APP_HEALTH: unhealthy\n',
    ),
  });
  host = await createTestHost(repo.dir, [env]);
  await host.secret(env, 'POSTGRES_PASSWORD', 's3cret-pw');
  await composeProject(project, fixture, 'up', '-d', '--wait');
  await shopPsql(
    `${project}-db-1`,
    "create table orders (id int primary key, item text); insert into orders values (1, 'kept across two runs')",
  );
}, 240_000);

afterAll(async () => {
  await host.close();
  await composeProject(project, fixture, 'down', '-v', '--remove-orphans').catch(() => undefined);
  await repo.remove();
});

describe(
  'wharf adopt in steps: the edge only, a failed deploy, then again',
  { timeout: 300_000 },
  () => {
    it('keeps the project serving through the edge on wharf’s database, then finishes, with 0 failed requests', async () => {
      const load: { current?: Load } = {};
      const request: AdoptRequest = {
        environment: env,
        project,
        trigger: 'test',
        onProgress: (event) => {
          if (event.message.startsWith('the edge routes') && !load.current)
            load.current = startLoad({
              port: host.edgePort,
              host: hostName,
              path: '/',
              concurrency: 4,
              maxRequests: 500_000,
              maxMs: 280_000,
            });
        },
      };
      // First the edge only, as for traffic to be moved to it before anything else changes.
      const routed = await adoptEnvironment(host.wired.deps, dockerProjects(), {
        ...request,
        edgeOnly: true,
      });
      expect(routed.result).toBe('routed');
      expect(await host.get(hostName, '/')).toEqual({ status: 200, body: 'app shop version 1\n' });
      expect(await projectContainers(project)).toEqual([
        `${project}-db-1 running`,
        `${project}-web-1 running`,
      ]);
      expect(await docker(['ps', '-aq', '--filter', `label=wharf.environment=${env}`])).toBe('');

      const first = await adoptEnvironment(host.wired.deps, dockerProjects(), request);
      expect(first.result).toBe('failed');
      expect(first.result === 'failed' ? first.deploy.reason : '').toMatch(/unhealthy/);
      // The project's app serves on, its database is wharf's now, and no colour of wharf runs.
      expect(await projectContainers(project)).toEqual([`${project}-web-1 running`]);
      const wharfs = await docker([
        'ps',
        '--filter',
        `label=wharf.environment=${env}`,
        '--format',
        '{{.Names}}',
      ]);
      expect(wharfs.split('\n').sort()).toEqual([
        `wharf-${env}-infra-pgbouncer-1`,
        `wharf-${env}-infra-postgres-1`,
      ]);
      const duringFailure = load.current?.samples.length ?? 0;

      await repo.commit('the app fixed', { [manifestFile]: imported });
      const second = await adoptEnvironment(host.wired.deps, dockerProjects(), request);
      const samples = (await load.current?.stop()) ?? [];
      expect(second.result, JSON.stringify(second)).toBe('adopted');
      // The second run moved no data again: nothing of the project's database was left to move.
      expect(second.result === 'adopted' ? second.summary : []).toEqual([
        'web: ' +
          `${project}-web-1` +
          " serve through the edge until wharf's blue is healthy, then are removed",
      ]);

      const failed = samples.filter((s) => s.status !== 200 || s.body !== 'app shop version 1\n');
      expect(failed).toEqual([]);
      expect(duringFailure).toBeGreaterThan(20);
      console.info(
        `adopt, failed and run again, under load: ${samples.length} requests, ${failed.length} failed`,
      );
      expect(await projectContainers(project)).toEqual([]);
      expect((await host.wired.deps.state.readApplied(env))?.colour).toBe('blue');
      expect(await shopPsql(`wharf-${env}-infra-postgres-1`, 'select item from orders')).toBe(
        'kept across two runs',
      );
    });
  },
);
