// GitLab, Gitea and Forgejo, one after the other on one host (one repository, one edge, one
// environment): a push deploys through the edge, a merge/pull request gets a preview and one
// comment in the forge's stand-in, edited on the next push, and closing removes the preview.
// Webhooks go to `wharf serve`'s real endpoints, signed or tokened as each forge does.
import { readFile, writeFile } from 'node:fs/promises';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/adapters/config-file.js';
import { startService, type RunningService } from '../../src/main.js';
import { oneWebManifest } from '../helpers/blue-green-manifest.js';
import { docker, freePort, waitFor } from '../helpers/docker-cli.js';
import { startForgeStandin, type ForgeKind, type ForgeStandin } from '../helpers/forge-standin.js';
import { forgePush, forgeRequest, sendForgeWebhook } from '../helpers/forge-webhook.js';
import { TestRepo } from '../helpers/git-repo.js';
import { dedent } from '../helpers/manifest-text.js';
import { createTestHost, type TestHost } from '../helpers/wharf-host.js';

const env = 'e2e-forges';
const prodHost = 'forges.test';
const secret = `forge-secret-${Math.random().toString(36).slice(2)}`;
const token = 'forge-api-token';
const forges = [
  { kind: 'gitlab', repository: 'acme/platform/environments', number: 11 },
  { kind: 'gitea', repository: 'acme/environments', number: 12 },
  { kind: 'forgejo', repository: 'acme/environments', number: 13 },
] as const satisfies readonly { kind: ForgeKind; repository: string; number: number }[];

let repo: TestRepo;
let host: TestHost;
let port: number;
let tokenFile: string;

const body = (hostName: string) => host.get(hostName, '/').catch(() => ({ status: 0, body: '' }));

beforeAll(async () => {
  repo = await TestRepo.create();
  await repo.commit('start', {
    'wharf.yaml': dedent(`
      apiVersion: wharf/v1
      kind: Repository
      environments:
        ${env}: { manifest: env.yaml, branch: main, production: true }
      previews:
        from: ${env}
        host: pr-{number}.forges.test
        tls: none
    `),
    'env.yaml': oneWebManifest(env, prodHost, 'start'),
  });
  port = await freePort();
  host = await createTestHost(repo.dir, [env, ...forges.map((f) => `pr-${f.number}`)], {
    server: { bind: '127.0.0.1', port },
    webhook: { repositories: [...new Set(forges.map((f) => f.repository))] },
    queue: { concurrency: 2, resyncInterval: '1h' },
  });
  tokenFile = `${host.root}/forge-token`;
  await writeFile(tokenFile, token);
  await writeFile(`${host.root}/webhook-secret`, secret);
}, 120_000);

afterAll(async () => {
  await host?.close();
  await repo?.remove();
}, 120_000);

/** Points the config at `kind`'s stand-in and starts `wharf serve` (server and workers). */
async function serveFor(kind: ForgeKind, repository: string, standin: ForgeStandin) {
  const config = parse(await readFile(host.configFile, 'utf8')) as Record<string, unknown>;
  config['forge'] = {
    kind,
    apiUrl: standin.url,
    webUrl: 'https://forge.test',
    tokenFile,
    repository,
  };
  config['webhook'] = {
    ...(config['webhook'] as object),
    secretFile: `${host.root}/webhook-secret`,
  };
  await writeFile(host.configFile, stringify(config));
  return startService(await loadConfig(host.configFile), { http: true, workers: true });
}

describe.each(forges)('$kind, end to end', { timeout: 120_000 }, ({ kind, repository, number }) => {
  let standin: ForgeStandin;
  let service: RunningService;
  const previewHost = `pr-${number}.forges.test`;
  const pullRef =
    kind === 'gitlab' ? `refs/merge-requests/${number}/head` : `refs/pull/${number}/head`;
  const send = (message: { event: string; payload: unknown }) =>
    sendForgeWebhook(kind, port, secret, message.event, message.payload);

  beforeAll(async () => {
    standin = await startForgeStandin(kind, repository, token);
    service = await serveFor(kind, repository, standin);
  }, 30_000);

  afterAll(async () => {
    await service?.stop();
    await standin?.close();
  }, 60_000);

  it('a push deploys through the edge, and the commit gets its status', async () => {
    await repo.git('checkout', '-q', 'main');
    const sha = await repo.commit(`${kind} main`, {
      'env.yaml': oneWebManifest(env, prodHost, `${kind} main`),
    });
    expect(await send(forgePush(kind, repository, 'main', sha))).toBe(202);
    await waitFor(
      'production serving the push',
      () => body(prodHost),
      (r) => r.body === `${kind} main\n`,
      90_000,
    );
    await waitFor(
      'the validate status',
      () =>
        Promise.resolve(
          standin.requests.filter((r) => r.params['sha'] === sha && /[Ss]tatus$/.test(r.operation)),
        ),
      (s) => s.length > 0,
      30_000,
    );
  });

  it('a merge/pull request gets a preview and one comment, edited on the next push; closing removes it', async () => {
    await repo.git('checkout', '-q', '-B', `feature-${kind}`, 'main');
    const first = await repo.commit('preview one', {
      'env.yaml': oneWebManifest(env, prodHost, `${kind} preview one`),
    });
    await repo.git('update-ref', pullRef, first);
    expect(await send(forgeRequest(kind, repository, number, 'open', first))).toBe(202);
    await waitFor(
      'the preview',
      () => body(previewHost),
      (r) => r.body === `${kind} preview one\n`,
      90_000,
    );
    await waitFor(
      'one comment with the preview URL',
      () => Promise.resolve(standin.comments(number)),
      (c) => c.length === 1 && c[0]?.body.includes(first.slice(0, 7)) === true,
      30_000,
    );
    const commentId = standin.comments(number)[0]?.id;

    const second = await repo.commit('preview two', {
      'env.yaml': oneWebManifest(env, prodHost, `${kind} preview two`),
    });
    await repo.git('update-ref', pullRef, second);
    expect(await send(forgeRequest(kind, repository, number, 'update', second))).toBe(202);
    await waitFor(
      'the preview updated',
      () => body(previewHost),
      (r) => r.body === `${kind} preview two\n`,
      90_000,
    );
    await waitFor(
      'the comment edited for the new head',
      () => Promise.resolve(standin.comments(number)),
      (c) => c[0]?.body.includes(second.slice(0, 7)) === true,
      30_000,
    );
    expect(standin.comments(number).map((c) => c.id)).toEqual([commentId]);
    await expect(body(prodHost)).resolves.toMatchObject({ body: `${kind} main\n` });

    standin.setRequestState(number, 'closed');
    expect(await send(forgeRequest(kind, repository, number, 'close', second))).toBe(202);
    await waitFor(
      'the preview containers removed',
      () => docker(['ps', '-aq', '--filter', `label=wharf.environment=pr-${number}`]),
      (ids) => ids === '',
      60_000,
    );
    expect((await body(previewHost)).body).not.toBe(`${kind} preview two\n`);
    // Every call wharf made is one the forge's published API takes.
    expect(standin.requests.flatMap((r) => r.invalid)).toEqual([]);
    expect(standin.unknown).toEqual([]);
    if (kind === 'gitlab')
      expect(standin.requests.some((r) => r.operation === 'createDeployment')).toBe(true);
  });
});
