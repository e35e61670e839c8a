import { randomUUID } from 'node:crypto';
import { inlineText } from '../../src/core/markdown-escape.js';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bullmqQueue } from '../../src/adapters/bullmq-queue.js';
import type { JobQueue } from '../../src/ports/job-queue.js';
import { docker, waitFor } from '../helpers/docker-cli.js';
import type { TestRepo } from '../helpers/git-repo.js';
import type { GitHubStandin } from '../helpers/github-standin.js';
import { startGitOpsHost, type GitOpsHost } from '../helpers/gitops-host.js';
import { oneWebManifest } from '../helpers/blue-green-manifest.js';
import { dedent } from '../helpers/manifest-text.js';
import { runWharf } from '../helpers/wharf-cli.js';
import { sendPullRequest, type PullRequestEvent } from '../helpers/signed-webhook.js';
import type { TestHost } from '../helpers/wharf-host.js';

// Forks, the preview limit, the ttl, and GitHub failing: each asserted through the edge,
// Docker and the calls the GitHub stand-in received.
const env = 'e2e-plim';
const numbers = [31, 32, 33, 34];

function wharfYaml(ttl: string): string {
  return dedent(`
    apiVersion: wharf/v1
    kind: Repository
    environments:
      ${env}: { manifest: env.yaml, branch: main }
    previews:
      from: ${env}
      host: pr-{number}.plim.test
      maxActive: 1
      ttl: ${ttl}
      tls: none
      overrides:
        deploy: { verify: 1s, keepPrevious: 0s }
  `);
}

function manifest(body: string): string {
  return oneWebManifest(env, 'plim.test', body);
}

let gitops: GitOpsHost;
let secret: string;
let standin: GitHubStandin;
let clone: TestRepo;
let host: TestHost;
let serverPort: number;
let queue: JobQueue;

const page = (hostName: string): Promise<string> =>
  host.get(hostName, '/').then(
    (r) => (r.status === 200 ? r.body : `HTTP ${r.status}`),
    () => 'no answer',
  );

/** Opens (or updates) pull request `number` whose head sets the body to `body`. */
async function openPullRequest(
  number: number,
  body: string,
  action: PullRequestEvent['action'] = 'opened',
  fork?: string,
): Promise<string> {
  await clone.git('checkout', '-q', '-B', `pr-${number}`, 'main');
  const sha = await clone.commit(`pr ${number}: ${body}`, { 'env.yaml': manifest(body) });
  await clone.git('push', '-q', '-f', 'origin', `HEAD:refs/pull/${number}/head`);
  await clone.git('checkout', '-q', 'main');
  standin.setPullRequest(number, { state: 'open', headSha: sha });
  const event = { number, action, head: sha, branch: `pr-${number}`, ...(fork ? { fork } : {}) };
  expect(await sendPullRequest(serverPort, secret, event)).toBe(202);
  return sha;
}

async function closePullRequest(number: number, head: string): Promise<void> {
  standin.setPullRequest(number, { state: 'closed', headSha: head });
  const event = { number, action: 'closed' as const, head, branch: `pr-${number}` };
  expect(await sendPullRequest(serverPort, secret, event)).toBe(202);
}

const containers = (number: number): Promise<string> =>
  docker(['ps', '-aq', '--filter', `label=wharf.environment=pr-${number}`]);

const comment = (number: number): string =>
  standin.comments(number).find((c) => c.body.includes('wharf'))?.body ?? '';

function lastStatus(sha: string): { state?: unknown; description?: unknown } {
  const posted = standin.requests.filter(
    (r) =>
      r.operation === 'repos/create-commit-status' &&
      r.params['sha'] === sha &&
      r.body['context'] === 'wharf/preview' &&
      !r.failed,
  );
  return posted.at(-1)?.body ?? {};
}

beforeAll(async () => {
  gitops = await startGitOpsHost({
    environments: [env, ...numbers.map((n) => `pr-${n}`)],
    files: { 'wharf.yaml': wharfYaml('1h'), 'env.yaml': manifest('main') },
  });
  ({ secret, standin, clone, host, serverPort } = gitops);
  queue = bullmqQueue(
    { redisUrl: host.config.redisUrl, prefix: host.config.redisPrefix, attempts: 1, node: 'local' },
    pino({ level: 'silent' }),
  );
  await clone.git('push', '-q', 'origin', 'main');
  await waitFor(
    'production',
    () => page('plim.test'),
    (b) => b === 'main\n',
    150_000,
  );
}, 200_000);

afterAll(async () => {
  await queue.close();
  await gitops.close();
});

/** Runs the wharf CLI on this test's configuration; resolves with its standard output. */
function wharf(...args: string[]): Promise<string> {
  return runWharf(host.configFile, ...args);
}

/** A resync tick, as the repeatable job sends it. */
async function resync(): Promise<void> {
  await queue.route({ kind: 'resync' }, `test-resync-${randomUUID()}`);
}

describe('preview limits and failures', { timeout: 240_000 }, () => {
  it('gives a pull request from a fork no preview, and says why', async () => {
    const head = await openPullRequest(31, 'fork', 'opened', 'stranger/environments');
    await waitFor(
      'the refusal on the PR',
      () => Promise.resolve(comment(31)),
      (body) => body.includes('from forks get no preview'),
      60_000,
    );
    expect(lastStatus(head)).toMatchObject({ state: 'error' });
    expect(String(lastStatus(head).description)).toMatch(/fork/);
    expect(await containers(31)).toBe('');
    expect(await page('pr-31.plim.test')).toBe('HTTP 404');
  });

  it('holds previews beyond maxActive in line, and starts the next when a slot frees', async () => {
    const first = await openPullRequest(32, 'pr 32');
    await waitFor(
      'pr-32',
      () => page('pr-32.plim.test'),
      (b) => b === 'pr 32\n',
      150_000,
    );
    const second = await openPullRequest(33, 'pr 33');
    await waitFor(
      'pr-33 to be told it waits',
      () => Promise.resolve(comment(33)),
      (body) => body.includes(inlineText('waiting for a free preview slot: 1 of 1 in use')),
      60_000,
    );
    expect(lastStatus(second)).toMatchObject({ state: 'pending' });
    expect(await containers(33)).toBe('');

    await closePullRequest(32, first);
    await waitFor(
      'pr-33 to get the freed slot',
      () => page('pr-33.plim.test'),
      (b) => b === 'pr 33\n',
      150_000,
    );
    expect(await containers(32)).toBe('');
    expect(await page('pr-32.plim.test')).toBe('HTTP 404');
    await waitFor(
      'the comment on pr-33 to show its URL',
      () => Promise.resolve(comment(33)),
      (body) => body.includes('http://pr-33.plim.test'),
      30_000,
    );
    expect(lastStatus(second)).toMatchObject({ state: 'success' });
  });

  it('keeps a preview when GitHub cannot say its PR is closed, and removes only the preview when GitHub fails during teardown', async () => {
    const before = await containers(33);
    standin.failWith(500);
    try {
      await resync();
      await waitFor(
        'the resync to ask GitHub about pr-33',
        () =>
          Promise.resolve(
            standin.requests.some((r) => r.operation === 'pulls/get' && r.failed === true),
          ),
        (asked) => asked,
        60_000,
      );
      // The resync's own reconcile of pr-33 runs too; give it time to do something wrong.
      await new Promise((resolve) => setTimeout(resolve, 5000));
      expect(await containers(33)).toBe(before);
      expect(await page('pr-33.plim.test')).toBe('pr 33\n');

      await closePullRequest(33, (await clone.git('rev-parse', 'pr-33')).trim());
      await waitFor(
        'pr-33 to be removed',
        () => containers(33),
        (ids) => ids === '',
        60_000,
      );
      expect(await page('pr-33.plim.test')).toBe('HTTP 404');
      expect(await page('plim.test')).toBe('main\n');
      expect(await docker(['ps', '-q', '--filter', `label=wharf.environment=${env}`])).not.toBe('');
    } finally {
      standin.failWith(null);
    }
  });

  it('removes a preview idle past the ttl, says so, and brings it back on a new commit', async () => {
    await clone.commit('previews last 5s', { 'wharf.yaml': wharfYaml('5s') });
    await clone.git('push', '-q', 'origin', 'main');
    const head = await openPullRequest(34, 'pr 34');
    await waitFor(
      'pr-34',
      () => page('pr-34.plim.test'),
      (b) => b === 'pr 34\n',
      150_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 6000));
    await resync();
    await waitFor(
      'pr-34 to expire',
      () => containers(34),
      (ids) => ids === '',
      60_000,
    );
    expect(await page('pr-34.plim.test')).toBe('HTTP 404');
    await waitFor(
      'the comment to say why',
      () => Promise.resolve(comment(34)),
      (body) => body.includes('removed after 5s without a new commit'),
      30_000,
    );
    expect(lastStatus(head)).toMatchObject({ state: 'error' });

    await openPullRequest(34, 'pr 34 again', 'synchronize');
    await waitFor(
      'pr-34 back',
      () => page('pr-34.plim.test'),
      (b) => b === 'pr 34 again\n',
      150_000,
    );
    expect(standin.unknown).toEqual([]);
    expect(standin.requests.flatMap((r) => r.invalid)).toEqual([]);
  });

  it('lists previews with `wharf previews` and removes one with `wharf previews destroy`', async () => {
    await waitFor(
      'pr-34 to be reported live',
      () => Promise.resolve(comment(34)),
      (body) => body.includes('🟢 <http://pr-34.plim.test>'),
      60_000,
    );
    const listed = JSON.parse(await wharf('previews', '--format', 'json')) as {
      pullRequest: number;
      phase: string;
      url: string | null;
      containers: { running: number; healthy: number };
    }[];
    expect(listed.find((p) => p.pullRequest === 34)).toMatchObject({
      phase: 'live',
      url: 'http://pr-34.plim.test',
      containers: { running: 1, healthy: 1 },
    });
    expect(listed.find((p) => p.pullRequest === 31)).toMatchObject({ phase: 'refused' });
    expect(await wharf('previews')).toMatch(/#34\s+live/);
    expect(await wharf('previews', 'destroy', '34')).toBe('pr-34 removed\n');
    expect(await containers(34)).toBe('');
    expect(await page('pr-34.plim.test')).toBe('HTTP 404');
    expect(comment(34)).toContain(inlineText('removed by `wharf previews destroy`'));
  });
});
