import { Redis } from 'ioredis';
import { reconcileQueueName } from '../../src/adapters/bullmq-queue.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { containerIdentities, docker, waitFor } from '../helpers/docker-cli.js';
import type { TestRepo } from '../helpers/git-repo.js';
import type { GitHubStandin } from '../helpers/github-standin.js';
import { startGitOpsHost, type GitOpsHost } from '../helpers/gitops-host.js';
import { dedent } from '../helpers/manifest-text.js';
import { sendPush } from '../helpers/signed-webhook.js';
import type { TestHost } from '../helpers/wharf-host.js';

const env = 'e2e-push';

const wharfYaml = dedent(`
  apiVersion: wharf/v1
  kind: Repository
  environments:
    ${env}:
      manifest: push.yaml
      branch: main
`);

function manifest(body: string, broken = false): string {
  return dedent(`
    apiVersion: wharf/v1
    kind: Environment
    name: ${env}
    topology: minimal
    host: push.test
    tls: { mode: none }
    deploy: { strategy: blue-green, healthTimeout: 30s, verify: 1s, keepPrevious: 0s }
    services:
      web:
        image: ghcr.io/jupiter/web:1.8.0
        port: ${broken ? 'eighty' : '8080'}
        route: /
        health: { path: /healthz }
        env: { APP_BODY: "${body}" }
  `);
}

let gitops: GitOpsHost;
let secret: string;
let standin: GitHubStandin;
let clone: TestRepo;
let host: TestHost;
let serverPort: number;
let burstShas: string[] = [];

async function push(message: string, files: Record<string, string>): Promise<string> {
  const sha = await clone.commit(message, files);
  await clone.git('push', '-q', 'origin', 'main');
  return sha;
}

/** A signed push webhook for `after`, as GitHub sends it. */
function webhook(after: string): Promise<number> {
  return sendPush(serverPort, secret, after);
}

/**
 * Reconcile jobs of the environment that started at `since` (ms) or later and ran to the end
 * (BullMQ keeps the last 1000 completed). One that started after a push read git after it.
 */
async function reconcilesStartedFrom(since: number): Promise<number> {
  const redis = new Redis(host.config.redisUrl, { maxRetriesPerRequest: 1 });
  const jobs = `${host.config.redisPrefix}:bull:${reconcileQueueName('local')}`;
  try {
    let count = 0;
    for (const id of await redis.zrange(`${jobs}:completed`, '0', '-1')) {
      const [processedOn, data] = await redis.hmget(`${jobs}:${id}`, 'processedOn', 'data');
      const job = JSON.parse(data ?? '{}') as { environment?: string };
      if (job.environment === env && Number(processedOn) >= since) count++;
    }
    return count;
  } finally {
    redis.disconnect();
  }
}

/** The `wharf.revision` label of each running app container of the live colour. */
async function liveRevisions(): Promise<string[]> {
  const colour = (await host.wired.deps.state.readApplied(env))?.colour ?? '(none)';
  const out = await docker([
    'ps',
    '--filter',
    `label=wharf.environment=${env}`,
    '--filter',
    `label=wharf.colour=${colour}`,
    '--format',
    '{{.Label "wharf.revision"}}',
  ]);
  return out.split('\n').filter(Boolean);
}

/** The states posted for the Deployment GitHub created for `sha`, in order. */
function deploymentStates(sha: string): unknown[][] {
  const deployment = standin.requests.find(
    (r) => r.operation === 'repos/create-deployment' && r.body['ref'] === sha,
  );
  return standin.requests
    .filter(
      (r) =>
        r.operation === 'repos/create-deployment-status' &&
        Number(r.params['deployment_id']) === deployment?.id,
    )
    .map((r) => [r.body['state'], r.body['environment_url']]);
}

beforeAll(async () => {
  gitops = await startGitOpsHost({
    environments: [env],
    files: { 'wharf.yaml': wharfYaml, 'push.yaml': manifest('web one') },
    environmentUrl: 'http://{host}:8080',
  });
  ({ secret, standin, clone, host, serverPort } = gitops);
  await clone.git('push', '-q', 'origin', 'main');
}, 60_000);

afterAll(() => gitops.close());

describe(
  'git push deploys (served git repo with the hook, real Redis, Docker, Nginx; GitHub stand-in)',
  { timeout: 180_000 },
  () => {
    it('deploys a pushed commit and reports its status and Deployment to GitHub, in order', async () => {
      const sha = await push('web two', { 'push.yaml': manifest('web two') });
      await waitFor(
        'the pushed version through the edge',
        () => host.get('push.test', '/'),
        (r) => r.body === 'web two\n',
        120_000,
      );
      await waitFor(
        'the deployment success',
        () => Promise.resolve(deploymentStates(sha).map((s) => s[0])),
        (states) => states.includes('success'),
        30_000,
      );

      expect(standin.unknown).toEqual([]);
      expect(standin.requests.flatMap((r) => r.invalid)).toEqual([]);
      const status = standin.requests.find(
        (r) => r.operation === 'repos/create-commit-status' && r.params['sha'] === sha,
      );
      expect(status?.body).toMatchObject({ state: 'success', context: 'wharf/validate' });
      const deployment = standin.requests.find(
        (r) => r.operation === 'repos/create-deployment' && r.body['ref'] === sha,
      );
      expect(deployment?.body).toMatchObject({
        environment: env,
        required_contexts: [],
        auto_merge: false,
      });
      expect(deploymentStates(sha)).toEqual([
        ['queued', undefined],
        ['in_progress', undefined],
        ['success', 'http://push.test:8080'],
      ]);
      // The reconcile ran for this very commit: its record, and the containers serving it.
      const records = await host.wired.deps.history.list(env, 100);
      expect(records.filter((r) => r.revision === sha && r.result !== 'synced')).toEqual([
        expect.objectContaining({ result: 'success', trigger: 'webhook:push' }),
      ]);
      expect(await liveRevisions()).toEqual([sha]);
    });

    it('deploys at most twice for 10 pushes within a second, and the last commit wins', async () => {
      const before = (await host.wired.deps.history.list(env, 100)).filter(
        (r) => r.result === 'success',
      ).length;
      // Ten commits, each announced by its own push webhook, all ten within a second.
      const shas: string[] = [];
      for (let i = 1; i <= 10; i++)
        shas.push(await clone.commit(`burst ${i}`, { 'push.yaml': manifest(`burst ${i}`) }));
      const last = shas[9] ?? '';
      burstShas = shas;
      await clone.git('push', '-q', 'origin', 'main');
      const started = Date.now();
      const answers = await Promise.all(shas.map((sha) => webhook(sha)));
      expect(Date.now() - started).toBeLessThan(1000);
      expect(answers.every((status) => status === 202)).toBe(true);
      await waitFor(
        'the last burst commit live',
        () => host.get('push.test', '/'),
        (r) => r.body === 'burst 10\n',
        120_000,
      );
      await waitFor(
        'the queue to settle',
        () => gitops.service!.counts(),
        (c) => c.waiting + c.active + c.delayed === 0,
        60_000,
      );
      const deploys = (await host.wired.deps.history.list(env, 100))
        .filter((r) => r.result === 'success')
        .slice(0, -before || undefined);
      expect(deploys.length).toBeLessThanOrEqual(2);
      expect(deploys[0]?.revision).toBe(last);
    });

    it('reports an invalid manifest on the commit and the Deployment, and changes nothing', async () => {
      const before = await containerIdentities(env);
      const requestsBefore = standin.requests.length;
      const sha = await push('broken port', { 'push.yaml': manifest('broken', true) });
      await waitFor(
        'the validate status',
        () =>
          Promise.resolve(
            standin.requests
              .slice(requestsBefore)
              .find((r) => r.operation === 'repos/create-commit-status' && r.params['sha'] === sha),
          ),
        Boolean,
        60_000,
      );
      const status = standin.requests
        .slice(requestsBefore)
        .find((r) => r.operation === 'repos/create-commit-status' && r.params['sha'] === sha);
      expect(status?.body['state']).toBe('failure');
      expect(String(status?.body['description'])).toMatch(
        /1 problem\(s\): push\.yaml:\d+ \$\.services\.web\.port must be a whole number/,
      );
      await waitFor(
        'the deployment failure',
        () => Promise.resolve(deploymentStates(sha).map((s) => s[0])),
        (s) => s.includes('failure'),
        60_000,
      );
      expect(deploymentStates(sha).map((s) => s[0])).toEqual(['queued', 'in_progress', 'failure']);
      expect(await containerIdentities(env)).toEqual(before);
      expect((await host.get('push.test', '/')).body).toBe('burst 10\n');
    });

    it('does not follow a branch moved back to an older commit', async () => {
      const older = burstShas[4] ?? '';
      const historyBefore = await host.wired.deps.history.list(env, 100);
      const seenBefore = await host.wired.deps.history.lastSeen(env);
      const revisionsBefore = await liveRevisions();
      const pushed = Date.now();
      await clone.git('push', '-q', '--force', 'origin', `${older}:main`);
      expect(await webhook(older)).toBe(202);
      // A reconcile that started after the branch moved has run to its end: it read `older`.
      await waitFor(
        'a reconcile started after the branch moved to finish',
        () => reconcilesStartedFrom(pushed),
        (n) => n > 0,
        60_000,
      );
      expect(await host.wired.deps.git.resolve('main')).toBe(older);
      await waitFor(
        'the queue to settle',
        () => gitops.service!.counts(),
        (c) => c.waiting + c.active + c.delayed === 0,
        60_000,
      );
      expect((await host.get('push.test', '/')).body).toBe('burst 10\n');
      expect(await liveRevisions()).toEqual(revisionsBefore);
      // It deployed nothing, not even a synced check of the older commit, and still holds the
      // newest commit it saw as the one to follow.
      expect(await host.wired.deps.history.list(env, 100)).toEqual(historyBefore);
      expect(await host.wired.deps.history.lastSeen(env)).toBe(seenBefore);
    });
  },
);
