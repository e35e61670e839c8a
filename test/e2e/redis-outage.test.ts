import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/adapters/config-file.js';
import { startService, type RunningService } from '../../src/main.js';
import { freePort, waitFor } from '../helpers/docker-cli.js';
import { TestRepo } from '../helpers/git-repo.js';
import { serveBareRepo, type ServedRepo } from '../helpers/git-server.js';
import { oneEnvironmentRepository, webEnvironment } from '../helpers/manifest-text.js';
import { sendPush } from '../helpers/signed-webhook.js';
import { OwnRedis } from '../helpers/own-redis.js';
import { createTestHost, type TestHost } from '../helpers/wharf-host.js';

const env = 'e2e-outage';
const secret = 'outage-secret';

function manifest(body: string): string {
  return webEnvironment({ name: env, host: 'outage.test', body, verify: '1s' });
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
  const wharfYaml = oneEnvironmentRepository(env);
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

function webhook(): Promise<number> {
  return sendPush(port, secret, 'f'.repeat(40));
}

describe('when Redis goes away', { timeout: 180_000 }, () => {
  it('answers webhooks with 503 while it is down, and the next resync deploys what was pushed meanwhile', async () => {
    await waitFor(
      'the first deploy',
      () => host.get('outage.test', '/'),
      (r) => r.body === 'before the outage\n',
      90_000,
    );
    const readiness = async () => {
      const response = await fetch(`http://127.0.0.1:${port}/readyz`);
      return { status: response.status, body: await response.json() };
    };
    expect(await readiness()).toEqual({
      status: 200,
      body: { ok: true, redis: true, docker: true },
    });
    await redis.down();
    expect(await webhook()).toBe(503);
    expect(await readiness()).toEqual({
      status: 503,
      body: { ok: false, redis: false, docker: true },
    });
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
