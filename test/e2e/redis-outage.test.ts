import { createHmac, randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { startService, type RunningService } from '../../src/main.js';
import { freePort, waitFor } from '../helpers/docker-cli.js';
import { TestRepo } from '../helpers/git-repo.js';
import { serveBareRepo, type ServedRepo } from '../helpers/git-server.js';
import { dedent } from '../helpers/manifest-text.js';
import { OwnRedis } from '../helpers/own-redis.js';
import { createTestHost, type TestHost } from '../helpers/wharf-host.js';

const env = 'e2e-outage';
const secret = 'outage-secret';

function manifest(body: string): string {
  return dedent(`
    apiVersion: wharf/v1
    kind: Environment
    name: ${env}
    topology: minimal
    host: outage.test
    tls: { mode: none }
    deploy: { strategy: blue-green, healthTimeout: 30s, verify: 1s, keepPrevious: 0s }
    services:
      web: { image: ghcr.io/jupiter/web:1.8.0, port: 8080, route: /, health: { path: /healthz }, env: { APP_BODY: "${body}" } }
  `);
}

let redis: OwnRedis;
let served: ServedRepo;
let clone: TestRepo;
let host: TestHost;
let service: RunningService;
let secretDir: string;
let port: number;

beforeAll(async () => {
  redis = await OwnRedis.start();
  secretDir = await mkdtemp(path.join(tmpdir(), 'wharf-secret-'));
  await writeFile(path.join(secretDir, 'webhook'), secret);
  port = await freePort();
  served = await serveBareRepo({
    url: `http://127.0.0.1:${port}/webhooks/github`,
    secretFile: path.join(secretDir, 'webhook'),
    repository: 'acme/environments',
  });
  clone = await TestRepo.create();
  await clone.git('remote', 'add', 'origin', served.url);
  const wharfYaml = `apiVersion: wharf/v1\nkind: Repository\nenvironments:\n  ${env}: { manifest: env.yaml, branch: main }\n`;
  await clone.commit('start', {
    'wharf.yaml': wharfYaml,
    'env.yaml': manifest('before the outage'),
  });
  await clone.git('push', '-q', 'origin', 'main');
  host = await createTestHost(served.url, [env], {
    redis: { url: redis.url, prefix: `wharf-outage-${randomUUID().slice(0, 6)}` },
    server: { bind: '127.0.0.1', port },
    webhook: { secretFile: path.join(secretDir, 'webhook'), repositories: ['acme/environments'] },
    queue: { resyncInterval: '4s' },
  });
  service = await startService(await loadConfig(host.configFile), { http: true, workers: true });
}, 60_000);

afterAll(async () => {
  await service.stop();
  await host.close();
  await served.close();
  await clone.remove();
  await redis.down();
  await rm(secretDir, { recursive: true, force: true });
});

async function webhook(): Promise<number> {
  const body = JSON.stringify({
    ref: 'refs/heads/main',
    after: 'f'.repeat(40),
    repository: { full_name: 'acme/environments' },
  });
  const response = await fetch(`http://127.0.0.1:${port}/webhooks/github`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-github-event': 'push',
      'x-github-delivery': randomUUID(),
      'x-hub-signature-256': `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`,
    },
    body,
  });
  return response.status;
}

describe('when Redis goes away', { timeout: 180_000 }, () => {
  it('answers webhooks with 503 while it is down, and the next resync deploys what was pushed meanwhile', async () => {
    await waitFor(
      'the first deploy',
      () => host.get('outage.test', '/'),
      (r) => r.body === 'before the outage\n',
      90_000,
    );
    await redis.down();
    expect(await webhook()).toBe(503);
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(503);
    // Pushed while Redis is down: the hook's webhook fails, the commit is in git.
    await clone.commit('during the outage', { 'env.yaml': manifest('pushed during the outage') });
    await clone.git('push', '-q', 'origin', 'main');
    expect((await host.get('outage.test', '/')).body).toBe('before the outage\n');
    await redis.up();
    await waitFor(
      'the resync to deploy the commit pushed meanwhile',
      () => host.get('outage.test', '/'),
      (r) => r.body === 'pushed during the outage\n',
      90_000,
    );
    expect(await webhook()).toBe(202);
  });
});
