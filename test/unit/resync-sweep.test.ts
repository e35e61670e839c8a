import { describe, expect, it } from 'vitest';
import type { PipelineDeps } from '../../src/pipeline/pipeline-deps.js';
import { handleReconcile } from '../../src/pipeline/reconcile-job.js';
import { resyncSweep } from '../../src/pipeline/resync-sweep.js';
import { fakeHost, type FakeHost } from '../fakes/fake-host.js';
import { fakePipeline } from '../fakes/fake-pipeline.js';
import type { memoryQueue } from '../fakes/memory-queue.js';
import { oneEnvironmentRepository, webEnvironment } from '../helpers/manifest-text.js';

const env = 'shop';
const bound = [{ name: env, branch: 'main' }];

function manifest(body: string, keepPrevious = '0s'): string {
  return webEnvironment({ name: env, host: 'shop.test', body, verify: '2s' }).replace(
    'keepPrevious: 0s',
    `keepPrevious: ${keepPrevious}`,
  );
}

interface Situation {
  readonly host: FakeHost;
  readonly deps: PipelineDeps;
  readonly queue: ReturnType<typeof memoryQueue>;
}

/** `shop` deployed at the head of main by a reconcile, as a resync finds it. */
async function deployed(keepPrevious = '0s'): Promise<Situation> {
  const host = fakeHost();
  host.remote.commit('v1', {
    'wharf.yaml': oneEnvironmentRepository(env),
    'env.yaml': manifest('v1', keepPrevious),
  });
  const { deps, queue } = fakePipeline(host.deps);
  expect(
    await handleReconcile(deps, { node: 'local', environment: env, trigger: 'webhook:push' }),
  ).toMatchObject({
    result: 'success',
  });
  return { host, deps, queue };
}

/** Runs the sweep; it must change nothing, whatever it decides. */
async function sweep(s: Situation): Promise<'synced' | 'queued'> {
  const changes = s.host.docker.changes.length;
  const reloads = s.host.edge.reloads();
  const site = await s.deps.edge.currentSite(env);
  await s.deps.git.fetch();
  const outcome = await resyncSweep(s.deps, bound);
  expect(s.host.docker.changes.slice(changes)).toEqual([]);
  expect(s.host.edge.reloads()).toBe(reloads);
  expect(await s.deps.edge.currentSite(env)).toBe(site);
  expect([...outcome.synced, ...outcome.queued]).toEqual([env]);
  return outcome.synced.includes(env) ? 'synced' : 'queued';
}

describe('the resync sweep on the fakes', () => {
  it('records an environment that runs its head, with nothing drifted, synced: no job', async () => {
    const s = await deployed();
    const before = (await s.deps.history.list(env, 100)).length;
    expect(await sweep(s)).toBe('synced');
    expect(s.queue.waiting()).toEqual([]);
    const history = await s.deps.history.list(env, 100);
    expect(history).toHaveLength(before + 1);
    expect(history[0]).toMatchObject({ result: 'synced', trigger: 'resync' });
    // The full reconcile agrees: nothing to do.
    expect(
      await handleReconcile(s.deps, { node: 'local', environment: env, trigger: 'resync' }),
    ).toMatchObject({
      result: 'synced',
    });
  });

  it.each<[string, (s: Situation) => Promise<void> | void]>([
    [
      'a newer commit on its branch',
      (s) => void s.host.remote.commit('v2', { 'env.yaml': manifest('v2') }),
    ],
    [
      'a container stopped behind its back',
      (s) => {
        const web = [...s.host.docker.containers.values()].find((c) => c.name.includes('-web-'));
        if (!web) throw new Error('no web container');
        s.host.docker.kill(web.name);
      },
    ],
    [
      'the edge container down',
      (s) => {
        s.host.docker.kill(`${s.host.deps.edgeSettings.project}-nginx-1`);
      },
    ],
    [
      'its edge site gone',
      async (s) => {
        await s.deps.edge.removeSite(env);
      },
    ],
    [
      'a branch that moved back past what it saw',
      async (s) => {
        await s.deps.history.markSeen(env, 'f'.repeat(40));
      },
    ],
  ])('queues a reconcile for %s, to look at under the lock', async (_what, arrange) => {
    const s = await deployed();
    await arrange(s);
    expect(await sweep(s)).toBe('queued');
    expect(s.queue.waiting()).toEqual([{ environment: env, trigger: 'resync', node: 'local' }]);
  });

  it('queues a reconcile once the warm colour is past keepPrevious, which removes it', async () => {
    const s = await deployed('10m');
    s.host.remote.commit('v2', { 'env.yaml': manifest('v2', '10m') });
    await handleReconcile(s.deps, { node: 'local', environment: env, trigger: 'webhook:push' });
    expect(await sweep(s)).toBe('synced');
    s.host.clock.advance(11 * 60_000);
    expect(await sweep(s)).toBe('queued');
    const colours = () =>
      new Set([...s.host.docker.containers.values()].map((c) => c.labels['wharf.colour']));
    expect(colours().size).toBeGreaterThan(1);
    await handleReconcile(s.deps, { node: 'local', environment: env, trigger: 'resync' });
    expect([...colours()].filter(Boolean)).toHaveLength(1);
  });

  it('queues every environment when the host cannot be listed', async () => {
    const s = await deployed();
    const deps: PipelineDeps = {
      ...s.deps,
      engine: {
        ...s.deps.engine,
        listContainersByEnvironment: () => Promise.reject(new Error('docker is not answering')),
      },
    };
    await deps.git.fetch();
    expect(await resyncSweep(deps, bound)).toEqual({ synced: [], queued: [env] });
  });
});
