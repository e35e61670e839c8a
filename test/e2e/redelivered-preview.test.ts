// A `pull_request opened` whose job failed (the pull request's ref was not fetchable yet),
// delivered again by GitHub's "Redeliver" (same delivery id): the preview is created. The
// whole path: signed webhook, `wharf serve`, BullMQ and Redis, git, Docker and the edge.
import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../helpers/docker-cli.js';
import { startGitOpsHost, type GitOpsHost } from '../helpers/gitops-host.js';
import { oneWebManifest } from '../helpers/blue-green-manifest.js';
import { dedent } from '../helpers/manifest-text.js';
import { sendPullRequest } from '../helpers/signed-webhook.js';

const env = 'e2e-redeliver';
const pr = 4;
const previewHost = `pr-${pr}.redeliver.test`;

function manifest(body: string): string {
  return oneWebManifest(env, 'redeliver.test', body);
}

let gitops: GitOpsHost;
let redis: Redis;
let routeQueue: Queue;

beforeAll(async () => {
  gitops = await startGitOpsHost({
    environments: [env, `pr-${pr}`],
    files: {
      'wharf.yaml': dedent(`
        apiVersion: wharf/v1
        kind: Repository
        environments:
          ${env}: { manifest: env.yaml, branch: main }
        previews:
          from: ${env}
          host: pr-{number}.redeliver.test
          tls: none
      `),
      'env.yaml': manifest('main'),
    },
    // One try: a failed job stays failed, as after GitHub's retries ran out.
    config: { queue: { concurrency: 2, resyncInterval: '1h', attempts: 1 } },
  });
  redis = new Redis(gitops.host.config.redisUrl, { maxRetriesPerRequest: null });
  routeQueue = new Queue('route', {
    connection: redis,
    prefix: `${gitops.host.config.redisPrefix}:bull`,
  });
  await gitops.clone.git('push', '-q', 'origin', 'main');
}, 180_000);

afterAll(async () => {
  await routeQueue?.close();
  redis?.disconnect();
  await gitops?.close();
}, 180_000);

async function jobState(delivery: string): Promise<string> {
  const job = await routeQueue.getJob(`delivery-${delivery}`);
  return job ? await job.getState() : 'none';
}

describe('a redelivered pull_request opened', () => {
  it('creates the preview its failed first delivery could not', { timeout: 240_000 }, async () => {
    const { clone, standin, serverPort, secret, host } = gitops;
    await clone.git('checkout', '-q', '-b', 'feature');
    const head = await clone.commit('preview body', { 'env.yaml': manifest('preview') });
    await clone.git('push', '-q', 'origin', 'feature:feature');
    standin.setPullRequest(pr, { state: 'open', headSha: head });
    const delivery = randomUUID();
    const opened = { number: pr, action: 'opened' as const, head, branch: 'feature' };
    // GitHub has not made refs/pull/4/head yet: the job cannot fetch the pull request.
    expect(await sendPullRequest(serverPort, secret, opened, undefined, delivery)).toBe(202);
    await waitFor(
      'the first job to fail',
      () => jobState(delivery),
      (s) => s === 'failed',
      60_000,
    );
    const before = await host.get(previewHost, '/').catch(() => ({ status: 0, body: '' }));
    expect(before.status).not.toBe(200);

    await clone.git('push', '-q', 'origin', `feature:refs/pull/${pr}/head`);
    expect(await sendPullRequest(serverPort, secret, opened, undefined, delivery)).toBe(202);
    await waitFor(
      'the preview to serve',
      () => host.get(previewHost, '/').catch(() => ({ status: 0, body: '' })),
      (r) => r.status === 200 && r.body === 'preview\n',
      180_000,
    );
    expect(await jobState(delivery)).toBe('completed');
  });
});
