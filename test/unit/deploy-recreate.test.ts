import { describe, expect, it } from 'vitest';
import { deployEnvironment } from '../../src/deploy/deploy-environment.js';
import { deployKilledAt } from '../fakes/freeze.js';
import { memoryLock } from '../fakes/memory-lock.js';
import { fakeHost, type FakeHost } from '../fakes/fake-host.js';
import { dedent, oneEnvironmentRepository } from '../helpers/manifest-text.js';

const env = 'shop';

function manifest(body: string, health = 'healthy'): string {
  return dedent(`
    apiVersion: wharf/v1
    kind: Environment
    name: ${env}
    topology: minimal
    host: shop.test
    tls: { mode: none }
    deploy: { strategy: recreate, healthTimeout: 20s }
    services:
      web: { image: ghcr.io/jupiter/web:1.8.0, port: 8080, route: /, health: { path: /healthz }, env: { APP_BODY: "${body}", APP_HEALTH: "${health}" } }
      worker: { image: ghcr.io/jupiter/api:2.3.1, command: [sh, /entrypoint.sh], env: { APP_BODY: "worker" } }
  `);
}

async function running(): Promise<FakeHost> {
  const host = fakeHost();
  host.remote.commit('v1', {
    'wharf.yaml': oneEnvironmentRepository(env),
    'env.yaml': manifest('v1'),
  });
  const first = await deployEnvironment(host.deps, { environment: env, trigger: 'test' });
  expect(first.result, first.reason).toBe('success');
  return host;
}

const deploy = (host: FakeHost) =>
  deployEnvironment(host.deps, { environment: env, trigger: 'test' });

function containers(host: FakeHost): string[] {
  return [...host.docker.containers.values()]
    .filter((c) => c.labels['wharf.environment'] === env)
    .map((c) => `${c.name} ${c.state}`)
    .sort();
}

describe('recreate deploys on the fakes', () => {
  it('replaces only the changed service in the live colour, no second colour', async () => {
    const host = await running();
    const worker = host.docker.containers.get('wharf-shop-blue-worker-blue-1')?.id;
    host.remote.commit('v2', { 'env.yaml': manifest('v2') });
    const outcome = await deploy(host);
    expect(outcome.result, outcome.reason).toBe('success');
    expect(host.get('shop.test', '/').body).toBe('v2\n');
    expect(containers(host)).toEqual([
      'wharf-shop-blue-web-blue-1 running',
      'wharf-shop-blue-worker-blue-1 running',
    ]);
    expect(host.docker.containers.get('wharf-shop-blue-worker-blue-1')?.id).toBe(worker);
  });

  it('repairs a container stopped behind its back, the same revision', async () => {
    const host = await running();
    host.docker.kill('wharf-shop-blue-web-blue-1');
    expect(host.get('shop.test', '/').status).toBe(503);
    const outcome = await deploy(host);
    expect(outcome.result, outcome.reason).toBe('success');
    expect(
      outcome.plan.services.find((s) => s.service === 'web')?.drift.map((d) => d.kind),
    ).toEqual(['stopped']);
    expect(host.get('shop.test', '/').body).toBe('v1\n');
  });

  it('records a failure with the container’s last lines when the new version is unhealthy', async () => {
    const host = await running();
    host.remote.commit('v2', { 'env.yaml': manifest('v2', 'unhealthy') });
    const error = await deploy(host).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/wharf-shop-blue-web-blue-1 is unhealthy/);
    const [last] = await host.deps.history.list(env, 1);
    expect(last?.result).toBe('failed');
    expect(last?.error).toMatch(/listening on :8080 \(health unhealthy\)/);
  });

  it('starts the edge again when it is down, though nothing else changed', async () => {
    const host = await running();
    host.docker.kill('wharf-fake-edge-nginx-1');
    expect(host.get('shop.test', '/').status).toBe(0);
    const outcome = await deploy(host);
    expect(outcome.result, outcome.reason).toBe('success');
    expect(host.get('shop.test', '/').body).toBe('v1\n');
  });

  describe.each([
    ['while the changed service is recreated', /^starting web-blue in wharf-shop-blue/],
    ['before the edge is told', /Container wharf-shop-blue-web-blue-1 {2}Started/],
  ])('when wharf is killed %s', (_when, marker) => {
    it('the next run finishes the deploy', async () => {
      const host = await running();
      host.remote.commit('v2', { 'env.yaml': manifest('v2') });
      await deployKilledAt(host.deps, env, marker);
      const outcome = await deployEnvironment(
        { ...host.deps, lock: memoryLock() },
        { environment: env, trigger: 'test' },
      );
      expect(outcome.result, outcome.reason).toBe('success');
      expect(host.get('shop.test', '/').body).toBe('v2\n');
      expect(containers(host)).toEqual([
        'wharf-shop-blue-web-blue-1 running',
        'wharf-shop-blue-worker-blue-1 running',
      ]);
    });
  });
});
