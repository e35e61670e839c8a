import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployEnvironment } from '../../src/deploy/deploy-environment.js';
import { docker } from '../helpers/docker-cli.js';
import { TestRepo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/run-cli.js';
import { createTestHost, type TestHost } from '../helpers/wharf-host.js';

// A team's Compose file (web and PostgreSQL, on this machine's test images) goes through
// `wharf import` into a fresh environments repository, is committed as it was written, and is
// deployed for real: nothing is edited between the import and the deploy but the secret's value.
const env = 'imported-shop';
const hostName = 'imported-shop.test';
const fixture = 'test/fixtures/import/local-web-postgres/compose.yaml';

let repo: TestRepo;
let host: TestHost;
let imported: { code: number; stdout: string; stderr: string };

beforeAll(async () => {
  repo = await TestRepo.create();
  imported = await runCli([
    'import',
    fixture,
    '--repo',
    repo.dir,
    '--name',
    env,
    '--host',
    hostName,
  ]);
  await repo.commit('import compose.yaml');
  host = await createTestHost(repo.dir, [env]);
  // The one thing "Left to decide" asks for before a deploy: the password, into the store.
  await host.secret(env, 'POSTGRES_PASSWORD', 's3cret-pw');
}, 120_000);

afterAll(async () => {
  await host.close();
  await repo.remove();
});

describe(
  'an imported Compose project (real Docker, Compose, Nginx, Redis, git)',
  { timeout: 300_000 },
  () => {
    it('imports into a manifest that validates', () => {
      expect(imported.stderr).toBe('');
      expect(imported.code).toBe(0);
      expect(imported.stdout).toMatch(
        /valid: wharf\.yaml and 1 environment\(s\) \(imported-shop\)\n$/,
      );
    });

    it('deploys as imported and answers through the edge on its host', async () => {
      const outcome = await deployEnvironment(host.wired.deps, {
        environment: env,
        trigger: 'test',
      });
      expect(outcome.result, outcome.reason).toBe('success');
      expect(await host.get(hostName, '/')).toEqual({ status: 200, body: 'app shop version 1\n' });
      // Another host is not this environment's.
      expect((await host.get('other.test', '/')).status).not.toBe(200);
    });

    it('runs PostgreSQL with the database and role of the Compose file, reached with its password', async () => {
      const answer = await docker([
        'exec',
        `wharf-${env}-infra-postgres-1`,
        'sh',
        '-c',
        'PGPASSWORD=s3cret-pw psql -h 127.0.0.1 -U shop -d shop -tAc "select current_user || \' \' || current_database()"',
      ]);
      expect(answer).toBe('shop shop');
    });
  },
);
