import { describe, expect, it } from 'vitest';
import type { NotificationEvent } from '../../src/core/notifications/events.js';
import { requestOnNode } from '../../src/pipeline/request-on-node.js';
import { fakeHost } from '../fakes/fake-host.js';
import { fakePipeline } from '../fakes/fake-pipeline.js';
import { memoryNodes } from '../fakes/memory-nodes.js';
import { oneEnvironmentRepository, webEnvironment } from '../helpers/manifest-text.js';

const env = 'shop';

/** An environment on node edge-2, whose one agent beat 20 s ago (gone) or stopped. */
function setUp(manifestNode = 'edge-2') {
  const host = fakeHost();
  host.remote.commit('v1', {
    'wharf.yaml': oneEnvironmentRepository(env),
    'env.yaml': webEnvironment({ name: env, host: 'shop.test', body: 'v1', verify: '1s' }).replace(
      'topology: minimal',
      `topology: minimal\nnode: ${manifestNode}`,
    ),
  });
  const told: NotificationEvent[] = [];
  const pipeline = fakePipeline({
    ...host.deps,
    notifier: { notify: (event) => void told.push(event) },
  });
  const now = () => host.deps.now().getTime();
  const nodes = memoryNodes({ alwaysLive: ['local'], now });
  const deps = { ...pipeline.deps, nodes };
  return { host, deps, queue: pipeline.queue, nodes, told };
}

describe('asking a node for a reconcile', () => {
  it('queues it on the node with no live agent, and says it waits: log, status, one notification', async () => {
    const { deps, queue, nodes, told } = setUp();
    await nodes.beat('edge-2', 'b:2');
    await nodes.leave('edge-2', 'b:2');
    const outcome = await requestOnNode(deps, {
      environment: env,
      trigger: 'webhook:push',
      pushedBy: 'ana',
    });
    expect(outcome).toMatchObject({ kind: 'queued', node: 'edge-2' });
    expect(outcome.kind === 'queued' && outcome.waiting).toMatch(
      /^waiting for an agent on node edge-2 \(its agent stopped 0 s ago\); it deploys as soon as one starts$/,
    );
    expect(queue.waiting()).toEqual([
      { environment: env, trigger: 'webhook:push', pushedBy: 'ana', node: 'edge-2' },
    ]);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({
      kind: 'waiting',
      environment: env,
      waitingFor: 'agent',
      pushedBy: 'ana',
      reason: outcome.kind === 'queued' ? outcome.waiting : '',
    });
    // Asked again while the node is still down: the same message, folded by its key.
    await requestOnNode(deps, { environment: env, trigger: 'resync' });
    expect(told[1]?.dedupeKey).toBe(told[0]?.dedupeKey);
  });

  it('says nothing when an agent of the node is live', async () => {
    const { deps, nodes, told } = setUp();
    await nodes.beat('edge-2', 'b:2');
    const outcome = await requestOnNode(deps, { environment: env, trigger: 'webhook:push' });
    expect(outcome).toEqual({ kind: 'queued', node: 'edge-2', waiting: null });
    expect(told).toEqual([]);
  });

  it('refuses a commit that moves a placed environment, queues nothing, and tells it as blocked', async () => {
    const { deps, queue, nodes, told } = setUp('edge-3');
    await nodes.place(env, 'edge-2');
    const outcome = await requestOnNode(deps, { environment: env, trigger: 'webhook:push' });
    expect(outcome.kind).toBe('moved');
    expect(queue.waiting()).toEqual([]);
    expect(told.map((e) => [e.kind, e.environment])).toEqual([['blocked', env]]);
    expect(told[0]?.reason).toContain(
      'runs on node edge-2 and the manifest moves it to node edge-3',
    );
  });
});
