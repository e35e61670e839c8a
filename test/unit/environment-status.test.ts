import { describe, expect, it } from 'vitest';
import { deployEnvironment } from '../../src/deploy/deploy-environment.js';
import { allEnvironmentStatus } from '../../src/observe/environment-status.js';
import type { DeployRecord } from '../../src/ports/history-store.js';
import { fakeHost, type FakeHost } from '../fakes/fake-host.js';
import { dedent, oneEnvironmentRepository } from '../helpers/manifest-text.js';

const manifest = dedent(`
  apiVersion: wharf/v1
  kind: Environment
  name: shop
  topology: minimal
  host: shop.test
  tls: { mode: none }
  deploy: { strategy: recreate, healthTimeout: 20s }
  services:
    web: { image: ghcr.io/jupiter/web:1.8.0, port: 8080, route: /, health: { path: /healthz } }
    worker: { image: ghcr.io/jupiter/api:2.3.1, command: [sh, /entrypoint.sh] }
`);

function failed(environment: string): DeployRecord {
  return {
    id: `failed-${environment}`,
    environment,
    revision: 'c'.repeat(40),
    startedAt: '2026-12-02T06:00:00.000Z',
    finishedAt: '2026-12-02T06:00:05.000Z',
    result: 'failed',
    trigger: 'test',
    summary: { create: 0, update: 0, remove: 0, drift: 0 },
    error: 'image not found',
  };
}

/** `shop` deployed and seen at its revision, `blog` only failed, two previews with history. */
async function host(): Promise<{ host: FakeHost; revision: string }> {
  const h = fakeHost();
  const revision = h.remote.commit('v1', {
    'wharf.yaml': oneEnvironmentRepository('shop'),
    'env.yaml': manifest,
  });
  const outcome = await deployEnvironment(h.deps, { environment: 'shop', trigger: 'test' });
  expect(outcome.result, outcome.reason).toBe('success');
  await h.deps.history.markSeen('shop', revision);
  await h.deps.history.record(failed('blog'));
  await h.deps.history.record(failed('pr-4'));
  await h.deps.history.record(failed('pr-5'));
  await h.deps.deployLog.start('deploy-pr-5', 'pr-5');
  return { host: h, revision };
}

describe('allEnvironmentStatus', () => {
  it('gives each environment its revision, sync, health, last deploy and containers', async () => {
    const { host: h, revision } = await host();
    const [newest] = await h.deps.history.list('shop', 1);
    expect(await allEnvironmentStatus(h.deps)).toEqual([
      {
        environment: 'blog',
        hosts: [],
        revision: null,
        colour: null,
        warm: null,
        sync: 'Unknown',
        health: 'Missing',
        lastDeploy: failed('blog'),
        deploying: null,
        containers: { total: 0, running: 0 },
      },
      // A preview that runs nothing but is being deployed is shown; pr-4 (gone) is not.
      {
        environment: 'pr-5',
        hosts: [],
        revision: null,
        colour: null,
        warm: null,
        sync: 'Unknown',
        health: 'Progressing',
        lastDeploy: failed('pr-5'),
        deploying: 'deploy-pr-5',
        containers: { total: 0, running: 0 },
      },
      {
        environment: 'shop',
        hosts: ['shop.test'],
        revision,
        colour: 'blue',
        warm: null,
        sync: 'Synced',
        health: 'Healthy',
        lastDeploy: newest,
        deploying: null,
        containers: { total: 2, running: 2 },
      },
    ]);
  });

  it('says OutOfSync when git wants a newer commit, Degraded when a container stopped', async () => {
    const { host: h } = await host();
    await h.deps.history.markSeen('shop', 'd'.repeat(40));
    h.docker.kill('wharf-shop-blue-web-blue-1');
    const shop = (await allEnvironmentStatus(h.deps)).find((s) => s.environment === 'shop');
    expect(shop).toMatchObject({
      sync: 'OutOfSync',
      health: 'Degraded',
      containers: { total: 2, running: 1 },
    });
  });

  it('lists nothing before any environment has a history', async () => {
    expect(await allEnvironmentStatus(fakeHost().deps)).toEqual([]);
  });
});
