import { ComposeError } from '../../src/core/errors.js';
import { describe, expect, it } from 'vitest';
import { deployEnvironment } from '../../src/deploy/deploy-environment.js';
import type { PipelineDeps } from '../../src/pipeline/pipeline-deps.js';
import { handleReconcile } from '../../src/pipeline/reconcile-job.js';
import { handleRoute } from '../../src/pipeline/route-job.js';
import { fakeHost, type FakeHost } from '../fakes/fake-host.js';
import { fakePipeline } from '../fakes/fake-pipeline.js';
import { oneEnvironmentRepository, webEnvironment } from '../helpers/manifest-text.js';

const env = 'shop';

function manifest(body: string, health = 'healthy'): string {
  return webEnvironment({ name: env, host: 'shop.test', body, verify: '5s' }).replace(
    `APP_BODY: "${body}"`,
    `APP_BODY: "${body}", APP_HEALTH: "${health}"`,
  );
}

function pipeline(host: FakeHost): ReturnType<typeof fakePipeline> {
  return fakePipeline(host.deps);
}

function start(): FakeHost {
  const host = fakeHost();
  host.remote.commit('v1', {
    'wharf.yaml': oneEnvironmentRepository(env),
    'env.yaml': manifest('v1'),
  });
  return host;
}

describe('the reconcile job on the fakes', () => {
  it('deploys the head of the followed branch and reports its Deployment in order', async () => {
    const host = start();
    const { deps, feedback } = pipeline(host);
    const sha = host.remote.commit('v2', { 'env.yaml': manifest('v2') });
    const outcome = await handleReconcile(deps, {
      node: 'local',
      environment: env,
      trigger: 'webhook:push',
    });
    expect(outcome).toMatchObject({ result: 'success', revision: sha });
    expect(host.get('shop.test', '/').body).toBe('v2\n');
    expect(feedback.told()).toEqual([
      `deployment 1 ${env} ${sha.slice(0, 7)}`,
      'deployment 1 queued',
      'deployment 1 in_progress',
      'deployment 1 success',
    ]);
    expect(await deps.history.lastSeen(env)).toBe(sha);
  });

  it('opens no Deployment when the environment already runs the head', async () => {
    const host = start();
    const { deps, feedback } = pipeline(host);
    await handleReconcile(deps, { node: 'local', environment: env, trigger: 'webhook:push' });
    const told = feedback.told().length;
    const outcome = await handleReconcile(deps, {
      node: 'local',
      environment: env,
      trigger: 'resync',
    });
    expect(outcome?.result).toBe('synced');
    expect(feedback.told().slice(told)).toEqual([]);
  });

  it.each([
    ['failed', 'unhealthy'],
    ['rolled back', 'healthy'],
  ])(
    'does not deploy a revision that %s again, until a newer commit comes',
    async (what, health) => {
      const host = start();
      const { deps, feedback } = pipeline(host);
      await handleReconcile(deps, { node: 'local', environment: env, trigger: 'webhook:push' });
      host.remote.commit('bad', {
        'env.yaml':
          what === 'rolled back'
            ? manifest('bad').replace('APP_HEALTH: "healthy"', 'APP_FAIL_AFTER: "2"')
            : manifest('bad', health),
      });
      const first = await handleReconcile(deps, {
        node: 'local',
        environment: env,
        trigger: 'webhook:push',
      });
      expect(first?.result).toBe(what === 'failed' ? 'failed' : 'rolled-back');
      const records = (await deps.history.list(env, 100)).length;
      const told = feedback.told().length;
      expect(
        await handleReconcile(deps, { node: 'local', environment: env, trigger: 'resync' }),
      ).toBeNull();
      expect((await deps.history.list(env, 100)).length).toBe(records);
      expect(feedback.told().slice(told)).toEqual([]);
      expect(host.get('shop.test', '/').body).toBe('v1\n');
      const good = host.remote.commit('fixed', { 'env.yaml': manifest('fixed') });
      expect(
        await handleReconcile(deps, { node: 'local', environment: env, trigger: 'webhook:push' }),
      ).toMatchObject({
        result: 'success',
        revision: good,
      });
    },
  );

  it('deploys a revision again on the next resync when its swap failed for a reason that passes (a Compose timeout)', async () => {
    const host = start();
    const { deps } = pipeline(host);
    await handleReconcile(deps, { node: 'local', environment: env, trigger: 'webhook:push' });
    let timeouts = 1;
    const flaky: PipelineDeps = {
      ...deps,
      compose: {
        ...deps.compose,
        up: (target, services, options) =>
          timeouts-- > 0
            ? Promise.reject(
                new ComposeError({
                  environment: env,
                  project: target.project,
                  services,
                  command: 'up --wait',
                  exitCode: null,
                  stderrTail: '',
                  timedOut: true,
                }),
              )
            : deps.compose.up(target, services, options),
      },
    };
    const sha = host.remote.commit('v2', { 'env.yaml': manifest('v2') });
    const first = await handleReconcile(flaky, {
      node: 'local',
      environment: env,
      trigger: 'webhook:push',
    });
    expect(first).toMatchObject({ result: 'failed', revision: sha });
    expect(host.get('shop.test', '/').body).toBe('v1\n');
    expect(
      await handleReconcile(flaky, { node: 'local', environment: env, trigger: 'resync' }),
    ).toMatchObject({
      result: 'success',
      revision: sha,
    });
    expect(host.get('shop.test', '/').body).toBe('v2\n');
  });

  it('does not follow a branch moved back to an older commit', async () => {
    const host = start();
    const { deps } = pipeline(host);
    const older = host.remote.commit('v2', { 'env.yaml': manifest('v2') });
    await handleReconcile(deps, { node: 'local', environment: env, trigger: 'webhook:push' });
    const newer = host.remote.commit('v3', { 'env.yaml': manifest('v3') });
    await handleReconcile(deps, { node: 'local', environment: env, trigger: 'webhook:push' });
    host.remote.setRef('main', older);
    const records = await deps.history.list(env, 100);
    expect(
      await handleReconcile(deps, { node: 'local', environment: env, trigger: 'webhook:push' }),
    ).toBeNull();
    expect(await deps.git.resolve('main')).toBe(older);
    expect(await deps.history.list(env, 100)).toEqual(records);
    expect(await deps.history.lastSeen(env)).toBe(newer);
    expect(host.get('shop.test', '/').body).toBe('v3\n');
  });

  it('fails closed when the last commit followed is no longer in the repository, until a person deploys the head', async () => {
    const host = start();
    const { deps } = pipeline(host);
    host.remote.commit('v2', { 'env.yaml': manifest('v2') });
    await handleReconcile(deps, { node: 'local', environment: env, trigger: 'webhook:push' });
    // As after a force push that dropped it: the mirror no longer has the commit seen last.
    const gone = 'f'.repeat(40);
    await deps.history.markSeen(env, gone);
    const head = host.remote.commit('v3', { 'env.yaml': manifest('v3') });
    const records = await deps.history.list(env, 100);
    expect(
      await handleReconcile(deps, { node: 'local', environment: env, trigger: 'webhook:push' }),
    ).toBeNull();
    expect(await deps.history.list(env, 100)).toEqual(records);
    expect(await deps.history.lastSeen(env)).toBe(gone);
    expect(host.get('shop.test', '/').body).toBe('v2\n');
    // Deployed by hand: the head is followed from there.
    const byHand = await deployEnvironment(deps, {
      environment: env,
      trigger: 'cli',
      revision: head,
    });
    expect(byHand.result, byHand.reason).toBe('success');
    await handleReconcile(deps, { node: 'local', environment: env, trigger: 'webhook:push' });
    expect(await deps.history.lastSeen(env)).toBe(head);
    const next = host.remote.commit('v4', { 'env.yaml': manifest('v4') });
    expect(
      (await handleReconcile(deps, { node: 'local', environment: env, trigger: 'webhook:push' }))
        ?.revision,
    ).toBe(next);
    expect(host.get('shop.test', '/').body).toBe('v4\n');
  });

  it('deploys a pushed tag as the tag, not the head of the branch, and keeps the branch rule apart', async () => {
    const host = fakeHost();
    host.remote.commit('v1', {
      'wharf.yaml': oneEnvironmentRepository(env).replace(
        'branch: main }',
        "branch: main, tags: 'v*' }",
      ),
      'env.yaml': manifest('v1'),
    });
    const { deps, queue } = pipeline(host);
    await handleReconcile(deps, { node: 'local', environment: env, trigger: 'webhook:push' });
    const head = await deps.git.resolve('main');
    const tagged = host.remote.commit('v2', { 'env.yaml': manifest('v2') });
    host.remote.setRef('refs/tags/v2.0', tagged);
    host.remote.commit('v3', { 'env.yaml': manifest('v3') });
    await handleRoute(deps, { kind: 'tag', tag: 'v2.0', after: tagged, delivery: 'tag-delivery' });
    const [job] = queue.waiting();
    expect(job).toEqual({
      environment: env,
      trigger: 'webhook:tag',
      ref: 'refs/tags/v2.0',
      node: 'local',
    });
    const outcome = await handleReconcile(deps, job!);
    expect(outcome).toMatchObject({ result: 'success', revision: tagged });
    expect(host.get('shop.test', '/').body).toBe('v2\n');
    expect(await deps.history.lastSeen(env, 'refs/tags/v2.0')).toBe(tagged);
    // The branch's last seen commit is its own.
    expect(await deps.history.lastSeen(env)).toBe(head);
  });
});
