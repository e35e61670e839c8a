import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployEnvironment } from '../../src/deploy/deploy-environment.js';
import { docker } from '../helpers/docker-cli.js';
import { itemProcessed, startJupiterSite, type JupiterSite } from '../helpers/jupiter-topology.js';
import { runWharf } from '../helpers/wharf-cli.js';

// The `minimal` topology of the jupiter plan, deployed from environments/production.yaml as it
// is in this repository: only the images are substituted (no registry here) and the ACME
// server is pebble on 127.0.0.1 (never Let's Encrypt). Web at /, the api at /api reading and
// writing PostgreSQL through PgBouncer and publishing to RabbitMQ, a worker consuming, the
// RabbitMQ management UI at /rabbitmq; nothing published but the edge's ports.
const env = 'production';
const hostName = 'app.ar';

let site: JupiterSite;

const get = (urlPath: string) => site.get(hostName, urlPath);

beforeAll(async () => {
  site = await startJupiterSite([env], {
    secrets: {
      [env]: {
        DATABASE_PASSWORD: 'db-password-for-tests',
        RABBITMQ_PASSWORD: 'mq-password-for-tests',
        SESSION_SECRET: 'session-secret-for-tests',
      },
    },
  });
}, 120_000);

afterAll(async () => {
  await site.close();
});

describe('the minimal topology (environments/production.yaml)', { timeout: 300_000 }, () => {
  it('deploys, and answers over HTTPS with a certificate from the ACME server', async () => {
    const outcome = await deployEnvironment(site.host.wired.deps, {
      environment: env,
      trigger: 'test',
    });
    expect(outcome.result).toBe('success');
    const home = await get('/');
    expect(home).toMatchObject({ status: 200, body: 'jupiter web\n' });
    expect(home.issuer).toMatch(/Pebble/);
  });

  it('serves the api from PostgreSQL through PgBouncer and RabbitMQ, with the worker consuming', async () => {
    expect((await get('/api/health')).status).toBe(200);
    expect(await itemProcessed(site, hostName)).toBe(true);
  });

  it('routes the RabbitMQ management UI at /rabbitmq', async () => {
    const ui = await get('/rabbitmq/');
    expect(ui.status).toBe(200);
    expect(ui.body).toMatch(/RabbitMQ Management/);
  });

  it('publishes no port but the edge’s', async () => {
    const ports = await docker([
      'ps',
      '--filter',
      `label=wharf.environment=${env}`,
      '--format',
      '{{.Names}} {{.Ports}}',
    ]);
    for (const line of ports.split('\n')) expect(line, line).not.toMatch(/->/);
    // Nor does any of them listen on the host directly: none shares the host's network. (The
    // host's own listening sockets are not compared: other test files open theirs meanwhile.)
    const ids = await docker(['ps', '-aq', '--filter', `label=wharf.environment=${env}`]);
    const modes = await docker([
      'inspect',
      '--format',
      '{{.Name}} {{.HostConfig.NetworkMode}}',
      ...ids.split('\n'),
    ]);
    for (const line of modes.split('\n')) expect(line, line).not.toMatch(/ host$/);
  });

  it('backs up the database and the RabbitMQ definitions', async () => {
    const id = (await runWharf(site.host.configFile, 'backup', 'run', env)).trim();
    const list = await runWharf(site.host.configFile, 'backup', 'list', env);
    expect(list).toContain(id);
    expect(list).toMatch(/postgres\.dump/);
    expect(list).toMatch(/rabbitmq-definitions\.json/);
  });
});
