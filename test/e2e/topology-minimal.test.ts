import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployEnvironment } from '../../src/deploy/deploy-environment.js';
import { docker, removeEnvironment } from '../helpers/docker-cli.js';
import { edgeHttps, type HttpsAnswer } from '../helpers/edge-https.js';
import { runGit } from '../helpers/git-repo.js';
import { preparePebble, type Pebble } from '../helpers/pebble.js';
import { runWharf } from '../helpers/wharf-cli.js';
import { createTestHost, testImages, type TestHost } from '../helpers/wharf-host.js';

// The `minimal` topology of the jupiter plan, deployed from environments/production.yaml as it
// is in this repository: only the images are substituted (no registry here) and the ACME
// server is pebble on 127.0.0.1 (never Let's Encrypt). Web at /, the api at /api reading and
// writing PostgreSQL through PgBouncer and publishing to RabbitMQ, a worker consuming, the
// RabbitMQ management UI at /rabbitmq; nothing published but the edge's ports.
const env = 'production';
const hostName = 'app.ar';

let pebble: Pebble;
let repoDir: string;
let host: TestHost;
let listeningBefore: Set<string>;

/** TCP ports listening on the host (`ss`), as `address:port`. */
function listening(): Set<string> {
  const out = execFileSync('ss', ['-ltnH'], { encoding: 'utf8' });
  return new Set(
    out
      .split('\n')
      .filter(Boolean)
      .map((l) => l.trim().split(/\s+/)[3] ?? ''),
  );
}

/** HTTPS to the edge for the production host; pebble's certificate is read, not trusted. */
function get(urlPath: string, method = 'GET', body?: string): Promise<HttpsAnswer> {
  return edgeHttps(host.httpsPort, hostName, urlPath, { method, ...(body ? { body } : {}) });
}

beforeAll(async () => {
  // The web image listens on 3000 as the manifest says: the test app with its port set.
  execFileSync('docker', ['build', '-q', '-t', 'wharf-test/web-3000:1', '-'], {
    input: 'FROM wharf-test/app:1\nENV APP_PORT=3000 APP_BODY="jupiter web"\n',
  });
  pebble = await preparePebble();
  repoDir = await mkdtemp(path.join(tmpdir(), 'wharf-topology-'));
  await cp('environments', repoDir, { recursive: true });
  await runGit(repoDir, 'init', '-q', '-b', 'main');
  await runGit(repoDir, 'add', '.');
  await runGit(
    repoDir,
    '-c',
    'user.name=t',
    '-c',
    'user.email=t@t',
    'commit',
    '-q',
    '-m',
    'jupiter',
  );
  await removeEnvironment(env);
  host = await createTestHost(repoDir, [env], {
    edge: { acmeCaFile: pebble.caFile, acmeDirectory: pebble.directoryUrl },
    images: {
      ...testImages,
      'ghcr.io/jupiter/web:1.8.0': 'wharf-test/web-3000:1',
      'ghcr.io/jupiter/api:2.3.1': 'wharf-test/jupiter-app:1',
    },
  });
  await pebble.start(host.edgePort);
  for (const [name, value] of Object.entries({
    DATABASE_PASSWORD: 'db-password-for-tests',
    RABBITMQ_PASSWORD: 'mq-password-for-tests',
    SESSION_SECRET: 'session-secret-for-tests',
  }))
    await host.secret(env, name, value);
  listeningBefore = listening();
}, 120_000);

afterAll(async () => {
  await host.close();
  await pebble.close();
  await rm(repoDir, { recursive: true, force: true });
});

describe('the minimal topology (environments/production.yaml)', { timeout: 300_000 }, () => {
  it('deploys, and answers over HTTPS with a certificate from the ACME server', async () => {
    const outcome = await deployEnvironment(host.wired.deps, { environment: env, trigger: 'test' });
    expect(outcome.result).toBe('success');
    const home = await get('/');
    expect(home).toMatchObject({ status: 200, body: 'jupiter web\n' });
    expect(home.issuer).toMatch(/Pebble/);
  });

  it('serves the api from PostgreSQL through PgBouncer and RabbitMQ, with the worker consuming', async () => {
    expect((await get('/api/health')).status).toBe(200);
    const created = JSON.parse((await get('/api/items', 'POST', '{"name":"tea"}')).body) as {
      id: number;
    };
    const deadline = Date.now() + 30_000;
    let items: { id: number; processed: boolean }[] = [];
    while (Date.now() < deadline) {
      items = JSON.parse((await get('/api/items')).body) as typeof items;
      if (items.find((i) => i.id === created.id)?.processed) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(items.find((i) => i.id === created.id)).toMatchObject({ processed: true });
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
    const added = [...listening()].filter((p) => !listeningBefore.has(p));
    // The edge itself may have started with this test; nothing else may listen.
    const edge = [host.edgePort, host.httpsPort, host.config.edge.previewPort].map(String);
    for (const port of added) expect(edge, port).toContain(port.split(':').at(-1));
  });

  it('backs up the database and the RabbitMQ definitions', async () => {
    const id = (await runWharf(host.configFile, 'backup', 'run', env)).trim();
    const list = await runWharf(host.configFile, 'backup', 'list', env);
    expect(list).toContain(id);
    expect(list).toMatch(/postgres\.dump/);
    expect(list).toMatch(/rabbitmq-definitions\.json/);
  });
});
