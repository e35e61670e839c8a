import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerProjects } from '../../src/adapters/docker-projects.js';
import { adoptEnvironment } from '../../src/deploy/adopt-environment.js';
import { composeProject, projectContainers, shopPsql } from '../helpers/compose-project.js';
import { docker } from '../helpers/docker-cli.js';
import { TestRepo } from '../helpers/git-repo.js';
import { startLoad } from '../helpers/load.js';
import { runCli } from '../helpers/run-cli.js';
import { createTestHost, type TestHost } from '../helpers/wharf-host.js';

// A team runs its Compose file (web and PostgreSQL, test/fixtures/import/local-web-postgres)
// with `docker compose -p NAME up -d`, imports it into an environments repository, and hands
// the running project to wharf with `wharf adopt`, under steady traffic through the edge.
const env = 'adopted-shop';
const hostName = 'adopted-shop.test';
const fixture = path.resolve('test/fixtures/import/local-web-postgres/compose.yaml');
const suffix = randomUUID().slice(0, 8);
const project = `adopt${suffix}`;
/** A project of the same shape running another version of the app than the manifest says. */
const otherProject = `adoptother${suffix}`;
/** A project of the same shape whose app listens on another port than the manifest's. */
const deafProject = `adoptdeaf${suffix}`;

let repo: TestRepo;
let host: TestHost;

beforeAll(async () => {
  repo = await TestRepo.create();
  const imported = await runCli([
    'import',
    fixture,
    '--repo',
    repo.dir,
    '--name',
    env,
    '--host',
    hostName,
  ]);
  expect(imported.code, imported.stdout + imported.stderr).toBe(0);
  await repo.commit('import compose.yaml');
  host = await createTestHost(repo.dir, [env]);
  await host.secret(env, 'POSTGRES_PASSWORD', 's3cret-pw');
  const other = path.join(host.root, 'other-compose.yaml');
  await writeFile(
    other,
    (await readFile(fixture, 'utf8')).replace('wharf-test/app:1', 'wharf-test/app:2'),
  );
  const deaf = path.join(host.root, 'deaf-compose.yaml');
  await writeFile(deaf, (await readFile(fixture, 'utf8')).replaceAll('3000', '3001'));
  await Promise.all([
    composeProject(project, fixture, 'up', '-d', '--wait'),
    composeProject(otherProject, other, 'up', '-d', '--wait'),
    composeProject(deafProject, deaf, 'up', '-d', '--wait'),
  ]);
  await shopPsql(
    `${project}-db-1`,
    "create table orders (id int primary key, item text); insert into orders values (1, 'kept across the adoption')",
  );
}, 240_000);

afterAll(async () => {
  await host.close();
  for (const name of [project, otherProject, deafProject])
    await composeProject(name, fixture, 'down', '-v', '--remove-orphans').catch(() => undefined);
  await repo.remove();
});

describe('wharf adopt (real Docker, Compose, Nginx, Redis, git)', { timeout: 300_000 }, () => {
  it('refuses a project that runs another image than the manifest, naming it, and changes nothing', async () => {
    const before = await projectContainers(otherProject);
    const result = await runCli([
      'adopt',
      env,
      '--project',
      otherProject,
      '--config',
      host.configFile,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `refused: not adopting Compose project ${otherProject} into ${env}; nothing was changed:\n  service web: project ${otherProject} runs wharf-test/app:2 (${otherProject}-web-1), environment ${env} says wharf-test/app:1; make them the same first\n`,
    );
    expect(await projectContainers(otherProject)).toEqual(before);
    expect(before.every((line) => line.endsWith(' running'))).toBe(true);
    expect(await docker(['ps', '-aq', '--filter', `label=wharf.environment=${env}`])).toBe('');
    expect(await host.wired.deps.edge.currentSite(env)).toBeNull();
  });

  it("gives up when the project's app does not answer through the edge, and leaves the project as it was", async () => {
    const before = await projectContainers(deafProject);
    const result = await runCli([
      'adopt',
      env,
      '--project',
      deafProject,
      '--config',
      host.configFile,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^error: service web of the project did not answer \/ through the edge's preview route within 30s \(last: HTTP 503\); the edge serves nothing of it, nothing else was changed\n$/m,
    );
    expect(await host.wired.deps.edge.currentSite(env)).toBeNull();
    expect(await projectContainers(deafProject)).toEqual(before);
    expect(before.every((line) => line.endsWith(' running'))).toBe(true);
    expect(
      await docker([
        'inspect',
        '--format',
        '{{json .NetworkSettings.Networks}}',
        `${deafProject}-web-1`,
      ]),
    ).not.toContain(`wharf-${env}`);
    expect(await docker(['ps', '-aq', '--filter', `label=wharf.environment=${env}`])).toBe('');
  });

  it('takes over the running project with 0 failed requests through the edge, and keeps its data', async () => {
    const load = { current: null as ReturnType<typeof startLoad> | null };
    let servedByProject = 0;
    const databaseSeen: { lookup?: Promise<[string, string]> } = {};
    const database = { stopped: 0, back: 0 };
    const outcome = await adoptEnvironment(host.wired.deps, dockerProjects(), {
      environment: env,
      project,
      trigger: 'test',
      onProgress: (event) => {
        // The same endpoint from the moment the edge serves the project to the end.
        if (event.message.startsWith('the edge routes'))
          load.current = startLoad({
            port: host.edgePort,
            host: hostName,
            path: '/',
            concurrency: 4,
            maxRequests: 500_000,
            maxMs: 280_000,
          });
        if (event.message.startsWith("stopping the project's db"))
          database.stopped = performance.now();
        // The project's app, still serving, finds wharf's PostgreSQL under the old name.
        if (event.message.startsWith("wharf's postgres answers as db"))
          database.back = performance.now();
        if (event.message.startsWith("wharf's postgres answers as db"))
          databaseSeen.lookup = Promise.all([
            docker(['exec', `${project}-web-1`, 'nslookup', 'db']),
            docker([
              'inspect',
              '--format',
              `{{(index .NetworkSettings.Networks "${project}_default").IPAddress}}`,
              `wharf-${env}-infra-postgres-1`,
            ]),
          ]);
        if (event.message.startsWith('switching live traffic'))
          servedByProject = load.current?.samples.length ?? 0;
      },
    });
    // A little traffic after the project's containers are gone: wharf's colour alone serves it.
    const afterRetire = load.current?.samples.length ?? 0;
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const samples = (await load.current?.stop()) ?? [];
    expect(outcome.result, JSON.stringify(outcome)).toBe('adopted');
    const [lookup, address] = (await databaseSeen.lookup) ?? ['', 'no event'];
    expect(address).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(lookup).toContain(address);

    const failed = samples.filter((s) => s.status !== 200 || s.body !== 'app shop version 1\n');
    expect(failed).toEqual([]);
    expect(servedByProject).toBeGreaterThan(20);
    expect(samples.length - afterRetire).toBeGreaterThan(5);
    console.info(
      `adopt under load: ${samples.length} requests, ${failed.length} failed, ${servedByProject} before the switch; the database away for ${Math.round(database.back - database.stopped)} ms`,
    );

    // The project's containers are gone, wharf's run the environment.
    expect(await projectContainers(project)).toEqual([]);
    const wharfs = await docker([
      'ps',
      '--filter',
      `label=wharf.environment=${env}`,
      '--format',
      '{{.Names}}',
    ]);
    expect(wharfs.split('\n').sort()).toEqual([
      `wharf-${env}-blue-web-blue-1`,
      `wharf-${env}-infra-pgbouncer-1`,
      `wharf-${env}-infra-postgres-1`,
    ]);
    expect(await host.get(hostName, '/')).toEqual({ status: 200, body: 'app shop version 1\n' });
    const applied = await host.wired.deps.state.readApplied(env);
    expect(applied?.colour).toBe('blue');
    expect(applied?.warm).toBeNull();

    // The data written to the project's database is in wharf's, and the project's volume stays.
    expect(await shopPsql(`wharf-${env}-infra-postgres-1`, 'select item from orders')).toBe(
      'kept across the adoption',
    );
    expect(await docker(['volume', 'ls', '-q', '--filter', `name=${project}_db-data`])).toBe(
      `${project}_db-data`,
    );
  });
});
