import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docker, waitFor, containersStartedSince, psql } from '../helpers/docker-cli.js';
import type { TestRepo } from '../helpers/git-repo.js';
import type { GitHubStandin } from '../helpers/github-standin.js';
import { startGitOpsHost, type GitOpsHost } from '../helpers/gitops-host.js';
import { startLoad } from '../helpers/load.js';
import { dedent } from '../helpers/manifest-text.js';
import { sendPullRequest } from '../helpers/signed-webhook.js';
import type { TestHost } from '../helpers/wharf-host.js';

// The four gestures, in order: push deploys (set-up), a pull request gets a preview, merging
// promotes it to production, a revert rolls production back. Asserted through the edge (Host
// headers), Docker, and the calls GitHub received; never by reading wharf's own state.
const env = 'e2e-flows';
const pr = 7;
const preview = `pr-${pr}`;
const prodHost = 'flows.test';
const previewHost = `pr-${pr}.flows.test`;

const wharfYaml = dedent(`
  apiVersion: wharf/v1
  kind: Repository
  environments:
    ${env}:
      manifest: production.yaml
      branch: main
      production: true
  previews:
    from: ${env}
    host: pr-{number}.flows.test
    maxActive: 2
    tls: none
    overrides:
      deploy: { verify: 1s, keepPrevious: 0s }
      services:
        api: { env: { APP_NAME: preview } }
      postgres: { seed: seeds/preview.sql }
`);

function manifest(api: { image: string; body: string }): string {
  return dedent(`
    apiVersion: wharf/v1
    kind: Environment
    name: ${env}
    topology: minimal
    host: ${prodHost}
    tls: { mode: none }
    deploy: { strategy: blue-green, healthTimeout: 60s, verify: 2s, keepPrevious: 10m }
    secrets:
      PG_PASSWORD: { source: store }
    postgres:
      database: shop
      user: shop
      passwordSecret: PG_PASSWORD
      pgbouncer: { poolMode: transaction }
    services:
      web:
        image: ghcr.io/jupiter/web:1.8.0
        port: 8080
        route: /
        health: { path: /healthz }
        env: { APP_BODY: "web" }
      api:
        image: ${api.image}
        port: 8080
        route: /api
        health: { path: /api/ }
        env: { APP_BODY: "${api.body}", APP_PATHS: "/api" }
  `);
}

const v1 = { image: 'ghcr.io/jupiter/api:2.3.1', body: 'api v1' };
const v2 = { image: 'ghcr.io/jupiter/api:2.4.0', body: 'api v2' };
const v3 = { image: 'ghcr.io/jupiter/api:2.4.0', body: 'api v3' };

let gitops: GitOpsHost;
let secret: string;
let standin: GitHubStandin;
let clone: TestRepo;
let host: TestHost;
let serverPort: number;
let head = '';

const api = (hostName: string): Promise<{ status: number; body: string }> =>
  host.get(hostName, '/api/').catch(() => ({ status: 0, body: '' }));

function ourComments(): { id: number; body: string }[] {
  return standin.comments(pr).filter((c) => c.body.includes('wharf'));
}

function statuses(sha: string, context: string): string[] {
  return standin.requests
    .filter(
      (r) =>
        r.operation === 'repos/create-commit-status' &&
        r.params['sha'] === sha &&
        r.body['context'] === context,
    )
    .map((r) => String(r.body['state']));
}

/** Pushes the PR branch and GitHub's `refs/pull/N/head` for it, then sends the event. */
async function pushPullRequest(action: 'opened' | 'synchronize'): Promise<string> {
  const sha = (await clone.git('rev-parse', 'HEAD')).trim();
  await clone.git(
    'push',
    '-q',
    '-f',
    'origin',
    `bump-api:bump-api`,
    `bump-api:refs/pull/${pr}/head`,
  );
  standin.setPullRequest(pr, { state: 'open', headSha: sha });
  expect(
    await sendPullRequest(serverPort, secret, {
      number: pr,
      action,
      head: sha,
      branch: 'bump-api',
    }),
  ).toBe(202);
  return sha;
}

async function previewObjects(): Promise<{
  containers: string;
  volumes: string;
  networks: string;
}> {
  const label = `label=wharf.environment=${preview}`;
  return {
    containers: await docker(['ps', '-aq', '--filter', label]),
    volumes: await docker(['volume', 'ls', '-q', '--filter', label]),
    networks: await docker(['network', 'ls', '-q', '--filter', `name=wharf-${preview}`]),
  };
}

beforeAll(async () => {
  gitops = await startGitOpsHost({
    environments: [env, preview],
    files: {
      'wharf.yaml': wharfYaml,
      'production.yaml': manifest(v1),
      'seeds/preview.sql':
        "CREATE TABLE products (name text);\nINSERT INTO products VALUES ('sample');\n",
    },
    secrets: { [env]: { PG_PASSWORD: 'production-only-password' } },
  });
  ({ secret, standin, clone, host, serverPort } = gitops);
  // git push deploys: the hook on the served repository sends the push webhook.
  await clone.git('push', '-q', 'origin', 'main');
  await waitFor(
    'production at v1',
    () => api(prodHost),
    (r) => r.body === 'api v1\n',
    150_000,
  );
  // Verified and recorded, not only answering: the plan on the PR compares with this record.
  await waitFor(
    'the first production deploy to finish',
    () =>
      Promise.resolve(
        standin.requests.some(
          (r) => r.operation === 'repos/create-deployment-status' && r.body['state'] === 'success',
        ),
      ),
    (done) => done,
    60_000,
  );
}, 200_000);

afterAll(() => gitops.close());

describe('the four user flows, end to end', { timeout: 240_000 }, () => {
  it('a pull request gets a preview on its own host, and one comment with the plan and URL', async () => {
    await clone.git('checkout', '-q', '-b', 'bump-api');
    await clone.commit('api v2', { 'production.yaml': manifest(v2) });
    head = await pushPullRequest('opened');

    await waitFor(
      'the preview at v2',
      () => api(previewHost),
      (r) => r.body === 'api v2\n',
      150_000,
    );
    expect(await api(prodHost)).toEqual({ status: 200, body: 'api v1\n' });
    await waitFor(
      'the preview URL in the comment',
      () => Promise.resolve(ourComments()),
      (c) => c.length === 1 && c[0]?.body.includes(`http://${previewHost}`) === true,
      30_000,
    );
    const [comment] = ourComments();
    expect(comment?.body).toContain(head.slice(0, 7));
    expect(comment?.body).toContain('✅ valid');
    // Names are escaped Markdown text: `e2e\-flows` shows as e2e-flows.
    expect(comment?.body).toMatch(/#### e2e\\-flows/);
    expect(comment?.body).toMatch(
      /\| api \| update \| image, env \| `wharf-test\/app:1` → `wharf-test\/app:2` \|/,
    );
    expect(comment?.body).not.toMatch(/\| web \|/);
    // The branch push and the pull request event each validate the head.
    expect(new Set(statuses(head, 'wharf/validate'))).toEqual(new Set(['success']));
    expect(statuses(head, 'wharf/preview').at(-1)).toBe('success');

    // Its own database, seeded; production's has no such table, and another password.
    expect(await psql(preview, 'SELECT name FROM products')).toBe('sample');
    await expect(psql(env, 'SELECT name FROM products')).rejects.toThrow(/products/);
    const password = (e: string): Promise<string> =>
      docker(['exec', `wharf-${e}-infra-postgres-1`, 'cat', '/run/secrets/PG_PASSWORD']);
    expect(await password(preview)).not.toBe(await password(env));
    const volumes = (await previewObjects()).volumes;
    expect(volumes).not.toBe('');
    const prodVolumes = await docker([
      'volume',
      'ls',
      '-q',
      '--filter',
      `label=wharf.environment=${env}`,
    ]);
    for (const v of volumes.split('\n')) expect(prodVolumes.split('\n')).not.toContain(v);
    const transient = standin.requests.find(
      (r) => r.operation === 'repos/create-deployment' && r.body['environment'] === preview,
    );
    expect(transient?.body).toMatchObject({
      ref: head,
      transient_environment: true,
      production_environment: false,
    });
  });

  it('a new commit on the pull request updates the preview and edits the same comment', async () => {
    const first = ourComments()[0]?.id;
    await clone.commit('api v3', { 'production.yaml': manifest(v3) });
    head = await pushPullRequest('synchronize');
    await waitFor(
      'the preview at v3',
      () => api(previewHost),
      (r) => r.body === 'api v3\n',
      150_000,
    );
    await waitFor(
      'the comment to show the new head',
      () => Promise.resolve(ourComments()),
      (c) => c[0]?.body.includes(head.slice(0, 7)) === true && c[0].body.includes('🟢'),
      30_000,
    );
    expect(ourComments().map((c) => c.id)).toEqual([first]);
    expect(standin.requests.filter((r) => r.operation === 'issues/create-comment')).toHaveLength(1);
    expect(await api(prodHost)).toEqual({ status: 200, body: 'api v1\n' });
  });

  it('merging promotes to production with no failed request, and closing removes the preview', async () => {
    const load = startLoad({
      port: host.edgePort,
      host: prodHost,
      path: '/api/',
      concurrency: 2,
      maxRequests: 100_000,
      maxMs: 200_000,
    });
    await clone.git('checkout', '-q', 'main');
    await clone.git(
      'merge',
      '-q',
      '--no-ff',
      '-m',
      'Merge pull request #7 from acme/bump-api',
      'bump-api',
    );
    const merged = (await clone.git('rev-parse', 'HEAD')).trim();
    await clone.git('push', '-q', 'origin', 'main');
    standin.setPullRequest(pr, { state: 'closed', merged: true, headSha: head });
    expect(
      await sendPullRequest(serverPort, secret, {
        number: pr,
        action: 'closed',
        merged: true,
        head,
        branch: 'bump-api',
      }),
    ).toBe(202);
    await waitFor(
      'production at v3',
      () => api(prodHost),
      (r) => r.body === 'api v3\n',
      150_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const samples = await load.stop();
    const failed = samples.filter((s) => s.status !== 200);
    expect(samples.length).toBeGreaterThan(50);
    expect(failed).toEqual([]);

    const deployment = standin.requests.find(
      (r) => r.operation === 'repos/create-deployment' && r.body['ref'] === merged,
    );
    expect(deployment?.body).toMatchObject({ environment: env, production_environment: true });
    await waitFor(
      'the production Deployment to succeed with its URL',
      () =>
        Promise.resolve(
          standin.requests.filter(
            (r) =>
              r.operation === 'repos/create-deployment-status' &&
              Number(r.params['deployment_id']) === deployment?.id,
          ),
        ),
      (s) =>
        s.some(
          (r) =>
            r.body['state'] === 'success' && r.body['environment_url'] === `http://${prodHost}`,
        ),
      30_000,
    );

    await waitFor(
      'the preview to be gone',
      async () => ({
        ...(await previewObjects()),
        edge: (await host.get(previewHost, '/api/')).status,
      }),
      (o) => o.containers === '' && o.volumes === '' && o.networks === '' && o.edge === 404,
      60_000,
    );
    const previewDeployments = standin.requests
      .filter((r) => r.operation === 'repos/create-deployment' && r.body['environment'] === preview)
      .map((r) => r.id);
    expect(previewDeployments.length).toBeGreaterThan(0);
    await waitFor(
      'every preview Deployment to be inactive',
      () => Promise.resolve(previewDeployments.map((id) => standin.deploymentStatuses(id).at(-1))),
      (last) => last.every((s) => s === 'inactive'),
      30_000,
    );
    expect(ourComments()).toHaveLength(1);
    await waitFor(
      'the comment to say the preview is gone',
      () => Promise.resolve(ourComments()[0]?.body ?? ''),
      (body) => body.includes('the pull request was closed'),
      30_000,
    );
    // Nothing of the closed preview stays in Redis but what expires by itself (and the job
    // queue's own bounded record of finished jobs).
    const redis = new Redis(`redis://127.0.0.1:${process.env['WHARF_REDIS_PORT'] ?? 6379}`);
    const prefix = host.config.redisPrefix;
    try {
      await waitFor(
        'the preview to leave nothing in Redis',
        async () => {
          const named = [
            ...(await redis.keys(`${prefix}:*${preview}*`)),
            ...(await redis.keys(`${prefix}:pr:${pr}*`)),
          ].filter((key) => !key.startsWith(`${prefix}:bull:`));
          const kept: string[] = [];
          for (const key of named) if ((await redis.ttl(key)) === -1) kept.push(key);
          const tallied = (await redis.hkeys(`${prefix}:deploy-tally`)).filter((field) =>
            field.startsWith(`${preview}\t`),
          );
          const listed = await redis.sismember(`${prefix}:environments`, preview);
          return [...kept, ...tallied, ...(listed ? ['environments'] : [])];
        },
        (left) => left.length === 0,
        30_000,
      );
    } finally {
      redis.disconnect();
    }
  });

  it('a revert pushed to main takes production back, switching to the warm colour without starting a container', async () => {
    // To the millisecond: a whole second would take in what the step before did.
    const since = Date.now() / 1000;
    await clone.git('revert', '--no-edit', '-m', '1', 'HEAD');
    await clone.git('push', '-q', 'origin', 'main');
    await waitFor(
      'production back at v1',
      () => api(prodHost),
      (r) => r.body === 'api v1\n',
      120_000,
    );
    const started = await containersStartedSince(since, env);
    expect(started).toBe('');
    expect(standin.unknown).toEqual([]);
    expect(standin.requests.flatMap((r) => r.invalid)).toEqual([]);
  });
});
