import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as age from 'age-encryption';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployEnvironment } from '../../src/deploy/deploy-environment.js';
import { docker, waitFor } from '../helpers/docker-cli.js';
import { runGit } from '../helpers/git-repo.js';
import {
  itemProcessed,
  promQuery,
  serviceContainer,
  startJupiterSite,
  type JupiterSite,
} from '../helpers/jupiter-topology.js';
import { startManagedPostgres, type ManagedPostgres } from '../helpers/managed-postgres.js';

// The `hybrid` topology, deployed from environments/partners.yaml: PostgreSQL is a managed
// server outside the environment, reached only through the host's PgBouncer over verified TLS.
// The managed server is a PostgreSQL container wharf does not manage, published on the host's
// Docker bridge address like a server elsewhere; the manifest is pointed at it (address, port
// and its authority's certificate), its images substituted, ACME at pebble.
const env = 'partners';
const hostName = 'partners.app.ar';
const password = 'managed-db-password-for-tests';

let managed: ManagedPostgres;
let site: JupiterSite;
let identity: string;
let keyDir: string;
let identityFile: string;
const sessionSecret = 'session-secret-from-the-repository';

/** age, as `age -a -r RECIPIENT` would write it. */
async function encryptTo(key: string, value: string): Promise<string> {
  const encrypter = new age.Encrypter();
  encrypter.addRecipient(await age.identityToRecipient(key));
  return age.armor.encode(await encrypter.encrypt(value));
}

beforeAll(async () => {
  identity = await age.generateIdentity();
  keyDir = await mkdtemp(path.join(tmpdir(), 'wharf-age-'));
  identityFile = path.join(keyDir, 'age-identity.txt');
  await writeFile(identityFile, `# created for the test\n${identity}\n`, { mode: 0o600 });
  managed = await startManagedPostgres({
    database: 'jupiter_partners',
    user: 'partners',
    password,
  });
  site = await startJupiterSite([env], {
    async edit(repoDir) {
      const file = path.join(repoDir, 'partners.yaml');
      const manifest = await readFile(file, 'utf8');
      const pointed = manifest
        .replace('host: jupiter-db.managed-postgres.example.net', `host: ${managed.host}`)
        .replace(
          /port: 5432\n(\s+)sslmode: verify-full\n/,
          `port: ${managed.port}\n$1sslmode: verify-full\n$1caFile: certs/managed-postgres-ca.pem\n`,
        );
      expect(pointed).toContain(`caFile: certs/managed-postgres-ca.pem`);
      await writeFile(file, pointed);
      await mkdir(path.join(repoDir, 'certs'));
      await writeFile(path.join(repoDir, 'certs', 'managed-postgres-ca.pem'), managed.caPem);
      // SESSION_SECRET is kept in the repository, encrypted to this host's age recipient.
      await writeFile(
        path.join(repoDir, 'secrets', 'partners', 'session-secret.age'),
        await encryptTo(identity, sessionSecret),
      );
    },
    config: { secrets: { ageIdentityFile: identityFile } },
    secrets: {
      [env]: {
        DATABASE_PASSWORD: password,
        RABBITMQ_PASSWORD: 'mq-password-for-tests',
      },
    },
  });
}, 180_000);

afterAll(async () => {
  await site?.close();
  await managed?.close();
  await rm(keyDir, { recursive: true, force: true });
});

describe('the hybrid topology (environments/partners.yaml)', { timeout: 300_000 }, () => {
  it('does not deploy without the key to the repository’s encrypted secret', async () => {
    const { decrypter: _, ...withoutKey } = site.host.wired.deps;
    await expect(
      deployEnvironment(withoutKey, { environment: env, trigger: 'test' }),
    ).rejects.toThrow(
      /secrets\/partners\/session-secret\.age \(secret SESSION_SECRET of partners\) is encrypted in the repository, but this host has no age identity: set secrets\.ageIdentityFile/,
    );
    expect(await docker(['ps', '-aq', '--filter', `label=wharf.environment=${env}`])).toBe('');
  });

  it('deploys without a local PostgreSQL, the api answering from the managed server', async () => {
    const outcome = await deployEnvironment(site.host.wired.deps, {
      environment: env,
      trigger: 'test',
    });
    expect(outcome.result).toBe('success');
    const services = await docker([
      'ps',
      '--filter',
      `label=wharf.environment=${env}`,
      '--format',
      '{{.Label "wharf.service"}}',
    ]);
    expect(services.split('\n').sort()).toEqual(
      expect.arrayContaining(['api', 'pgbouncer', 'rabbitmq', 'worker']),
    );
    expect(services.split('\n')).not.toContain('postgres');
    expect((await site.get(hostName, '/api/health')).status).toBe(200);
    expect(await itemProcessed(site, hostName)).toBe(true);
  });

  it('keeps the data on the managed server', async () => {
    expect(
      Number(await managed.sql('select count(*) from items where processed_at is not null')),
    ).toBeGreaterThan(0);
  });

  it('reaches it only through PgBouncer, over TLS', async () => {
    // Every network session of the app's role is TLS, from one address: the host's.
    const sessions = await managed.sql(
      "select count(*), bool_and(s.ssl), count(distinct a.client_addr) from pg_stat_activity a join pg_stat_ssl s using (pid) where a.usename = 'partners' and a.client_addr is not null",
    );
    const [count, allTls, clients] = sessions.split('|');
    expect(Number(count)).toBeGreaterThan(0);
    expect(allTls).toBe('t');
    expect(clients).toBe('1');
    // The apps are given PgBouncer, never the server.
    const api = await serviceContainer(env, 'api');
    const apiEnv = await docker(['exec', api, 'env']);
    expect(apiEnv).toContain('DATABASE_HOST=pgbouncer');
    expect(apiEnv).not.toContain(managed.host);
  });

  it('has its Prometheus reach the managed server through the exporter, over verified TLS', async () => {
    const up = await waitFor(
      'pg_up from the managed server',
      () => promQuery(env, 'pg_up'),
      (result) => result.length === 1,
      60_000,
    );
    expect(up[0]?.value[1]).toBe('1');
  });

  it('keeps the credentials out of the repository in clear', async () => {
    for (const clear of [password, sessionSecret]) {
      const found = await runGit(site.repoDir, 'grep', '-c', clear, 'HEAD').catch(() => '');
      expect(found, clear).toBe('');
    }
    // The repository's encrypted secret, opened on the host and mounted like any other.
    const api = await serviceContainer(env, 'api');
    expect(await docker(['exec', api, 'cat', '/run/secrets/SESSION_SECRET'])).toBe(sessionSecret);
    const rendered = await readFile(
      path.join(site.host.config.stateDir, 'envs', env, 'infra', 'pgbouncer', 'pgbouncer.ini'),
      'utf8',
    );
    expect(rendered).toContain('server_tls_sslmode = verify-full');
    expect(rendered).not.toContain(password);
  });
});
