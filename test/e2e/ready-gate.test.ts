import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployEnvironment } from '../../src/deploy/deploy-environment.js';
import { colourContainers, docker } from '../helpers/docker-cli.js';
import { TestRepo } from '../helpers/git-repo.js';
import { startLoad, type Sample } from '../helpers/load.js';
import { oneWebManifest } from '../helpers/blue-green-manifest.js';
import { oneEnvironmentRepository } from '../helpers/manifest-text.js';
import { createTestHost, type TestHost } from '../helpers/wharf-host.js';

// The readiness gate passes once both hold: the container's health check has passed and the
// route answers its probe through the edge. Each case makes one of them hold `lag` seconds after
// the other, and shows that traffic moved only after the later one.
const env = 'e2e-ready';
const hostName = 'ready.test';
// Under the image's HEALTHCHECK (every 2 s, unhealthy after 2 failures): 3 s is one failure.
const lag = 3;

/**
 * web answers `body`; `health` is its health block: `path` is what wharf probes through the
 * edge, and the container's health is the test image's HEALTHCHECK (its /healthz).
 */
function manifest(body: string, health: string, webEnv = ''): string {
  return oneWebManifest(env, hostName, body, { health, webEnv });
}

let repo: TestRepo;
let host: TestHost;

beforeAll(async () => {
  repo = await TestRepo.create();
  await repo.commit('start', {
    'wharf.yaml': oneEnvironmentRepository(env),
    'env.yaml': manifest('v0', '{ path: /healthz }'),
  });
  host = await createTestHost(repo.dir, [env]);
  const first = await deployEnvironment(host.wired.deps, { environment: env, trigger: 'test' });
  expect(first.result, first.reason).toBe('success');
}, 120_000);

afterAll(async () => {
  await host.close();
  await repo.remove();
});

/**
 * Deploys `body` under load and returns when its container started (Docker's clock) and when
 * the first request answered by it was sent (the same clock), with every sample.
 */
async function deployUnderLoad(
  body: string,
  health: string,
  webEnv = '',
): Promise<{ startedAt: number; firstServed: number; samples: Sample[] }> {
  await repo.commit(body, { 'env.yaml': manifest(body, health, webEnv) });
  const load = startLoad({
    port: host.edgePort,
    host: hostName,
    path: '/',
    concurrency: 4,
    maxRequests: 200_000,
    maxMs: 120_000,
  });
  const outcome = await deployEnvironment(host.wired.deps, { environment: env, trigger: 'test' });
  const live = (await colourContainers(env)).find((c) => c.state === 'running');
  const startedAt = Date.parse(
    (await docker(['inspect', '--format', '{{.State.StartedAt}}', live?.name ?? ''])).trim(),
  );
  const samples = await load.stop();
  expect(outcome.result, outcome.reason).toBe('success');
  const first = samples.find((s) => s.body === `${body}\n`);
  return {
    startedAt,
    firstServed: first ? performance.timeOrigin + first.start : Number.NaN,
    samples,
  };
}

describe('the readiness gate', { timeout: 120_000 }, () => {
  it('waits for the container health check when the probe answers first', async () => {
    // The route answers at once; the image's check (its /healthz) passes `lag` seconds later.
    const { startedAt, firstServed, samples } = await deployUnderLoad(
      'probe first',
      '{ path: / }',
      `, APP_HEALTHY_AFTER: "${lag}"`,
    );
    expect(samples.filter((s) => s.status !== 200)).toEqual([]);
    expect(firstServed - startedAt).toBeGreaterThanOrEqual(lag * 1000);
  });

  it('waits for the probe when the container health check passes first', async () => {
    // The image's check passes at once; the probed path answers `lag` seconds later.
    const { startedAt, firstServed, samples } = await deployUnderLoad(
      'check first',
      '{ path: /late/ }',
      `, APP_PATHS: /late, APP_PATHS_AFTER: "${lag}"`,
    );
    expect(samples.filter((s) => s.status !== 200)).toEqual([]);
    expect(firstServed - startedAt).toBeGreaterThanOrEqual(lag * 1000);
  });
});
