import { createServer } from 'node:http';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { forgeFeedback } from '../../src/adapters/forge-feedback.js';
import { forgeLinks } from '../../src/core/forge-links.js';
import { startForgeStandin, type ForgeKind, type ForgeStandin } from '../helpers/forge-standin.js';

const log = pino({ level: 'silent' });
const token = 'glpat-test-token';
const repositoryOf: Record<ForgeKind, string> = {
  gitlab: 'acme/platform/environments',
  gitea: 'acme/environments',
  forgejo: 'acme/environments',
};
const sha = 'da1560886d4f094c3e6c9ef40349f7d38b5d27d7';
const marker = '<!-- wharf:plan -->';

let standin: ForgeStandin | undefined;
afterEach(async () => {
  await standin?.close();
  standin = undefined;
});

async function setUp(kind: ForgeKind) {
  standin = await startForgeStandin(kind, repositoryOf[kind], token);
  const feedback = forgeFeedback(
    {
      kind,
      apiUrl: standin.url,
      token,
      repository: repositoryOf[kind],
      webUrl: 'https://forge.test',
    },
    log,
    2000,
  );
  return { standin, feedback };
}

describe.each(['gitlab', 'gitea', 'forgejo'] as const)('feedback on %s', (kind) => {
  it('posts commit statuses the published API accepts', async () => {
    const { standin, feedback } = await setUp(kind);
    await feedback.commitStatus(sha, 'pending', 'validating', 'wharf/validate');
    await feedback.commitStatus(sha, 'failure', 'x'.repeat(400), 'wharf/validate');
    const statuses = standin.requests.filter((r) => /[Ss]tatus$/.test(r.operation));
    expect(statuses.map((r) => [r.params['sha'], r.body['state']])).toEqual([
      [sha, 'pending'],
      [sha, kind === 'gitlab' ? 'failed' : 'failure'],
    ]);
    expect(standin.requests.flatMap((r) => r.invalid)).toEqual([]);
    expect(standin.unknown).toEqual([]);
  });

  it('writes one plan comment and edits it in place, even when its id was lost', async () => {
    const { standin, feedback } = await setUp(kind);
    const first = await feedback.upsertComment(3, marker, `${marker}\nplan one`, null);
    const again = await feedback.upsertComment(3, marker, `${marker}\nplan two`, first);
    const lost = await feedback.upsertComment(3, marker, `${marker}\nplan three`, null);
    expect(first).not.toBeNull();
    expect([again, lost]).toEqual([first, first]);
    expect(standin.comments(3)).toEqual([{ id: first, body: `${marker}\nplan three` }]);
    expect(standin.requests.flatMap((r) => r.invalid)).toEqual([]);
  });

  it('finds its comment among 130 others, asking as the API pages (GitLab) or not (Gitea)', async () => {
    const { standin, feedback } = await setUp(kind);
    for (let i = 0; i < 130; i += 1) standin.addComment(4, `looks good ${i}`);
    const first = await feedback.upsertComment(4, marker, `${marker}\nplan one`, null);
    const lists = () => standin.requests.filter((r) => /Comments$|Notes$/.test(r.operation));
    const before = lists().length;
    expect(await feedback.upsertComment(4, marker, `${marker}\nplan two`, null)).toBe(first);
    expect(lists().length - before).toBe(kind === 'gitlab' ? 2 : 1);
    expect(standin.comments(4)).toHaveLength(131);
    expect(standin.requests.flatMap((r) => r.invalid)).toEqual([]);
  });

  it('takes an edit that changes nothing (Gitea answers it 204, without a body)', async () => {
    const { standin, feedback } = await setUp(kind);
    const first = await feedback.upsertComment(5, marker, `${marker}\nsame`, null);
    expect(await feedback.upsertComment(5, marker, `${marker}\nsame`, first)).toBe(first);
    expect(standin.comments(5)).toEqual([{ id: first, body: `${marker}\nsame` }]);
  });

  it('writes a new comment when its old one was deleted', async () => {
    const { standin, feedback } = await setUp(kind);
    const id = await feedback.upsertComment(4, marker, `${marker}\nplan`, 999);
    expect(id).not.toBe(999);
    expect(standin.comments(4)).toHaveLength(1);
  });

  it('reads whether the request is still open', async () => {
    const { standin, feedback } = await setUp(kind);
    expect(await feedback.pullRequestState(5)).toBe('open');
    standin.setRequestState(5, 'merged');
    expect(await feedback.pullRequestState(5)).toBe('closed');
  });

  it('never throws when the forge is down, and says it could not', async () => {
    const { standin, feedback } = await setUp(kind);
    standin.failWith(503);
    await expect(
      feedback.commitStatus(sha, 'success', 'ok', 'wharf/validate'),
    ).resolves.toBeUndefined();
    expect(await feedback.upsertComment(6, marker, marker, null)).toBeNull();
    expect(await feedback.pullRequestState(6)).toBeNull();
    expect(standin.requests.filter((r) => r.failed).length).toBeGreaterThanOrEqual(3);
  });
});

describe('deployments', () => {
  it('creates a GitLab deployment and moves it through its statuses', async () => {
    const { standin, feedback } = await setUp('gitlab');
    const id = await feedback.createDeployment('production', sha, {
      transient: false,
      production: true,
      description: 'deploy',
    });
    expect(id).not.toBeNull();
    for (const state of ['queued', 'in_progress', 'success', 'inactive'] as const)
      await feedback.deploymentStatus(id ?? 0, state, { description: state });
    expect(standin.deploymentStatuses(id ?? 0)).toEqual(['running', 'success']);
    expect(standin.requests.flatMap((r) => r.invalid)).toEqual([]);
    // The nested project path travels as one URL-encoded id.
    expect(standin.requests[0]?.params['id']).toBe('acme/platform/environments');
  });

  it.each(['gitea', 'forgejo'] as const)('has none on %s: null, and no request', async (kind) => {
    const { standin, feedback } = await setUp(kind);
    expect(
      await feedback.createDeployment('production', sha, {
        transient: false,
        production: true,
        description: '',
      }),
    ).toBeNull();
    expect(standin.requests).toEqual([]);
  });
});

describe('the stand-ins themselves', () => {
  it('flag a body the published API would refuse, and a call without the token', async () => {
    standin = await startForgeStandin('gitea', 'acme/environments', token);
    await fetch(`${standin.url}/repos/acme/environments/statuses/${sha}`, {
      method: 'POST',
      headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ state: 'failed', name: 'wharf' }),
    });
    await fetch(`${standin.url}/repos/acme/environments/pulls/1`);
    // Gitea lists an issue's comments unpaged: a page or limit is not one of its parameters.
    await fetch(`${standin.url}/repos/acme/environments/issues/1/comments?limit=50&page=1`, {
      headers: { authorization: `token ${token}` },
    });
    expect(standin.requests[0]?.invalid.length).toBeGreaterThan(0);
    expect(standin.requests[1]?.invalid).toEqual([
      '?limit is not a query parameter of issueGetComments',
      '?page is not a query parameter of issueGetComments',
    ]);
    expect(standin.unknown).toEqual(['GET /api/v1/repos/acme/environments/pulls/1 (no token)']);
  });
});

describe('a forge that never answers', () => {
  it('holds a report no longer than the deadline', async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const address = silent.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const feedback = forgeFeedback(
      {
        kind: 'gitlab',
        apiUrl: `http://127.0.0.1:${port}/api/v4`,
        token,
        repository: 'a/b',
        webUrl: 'https://x',
      },
      log,
      300,
    );
    const started = Date.now();
    expect(await feedback.pullRequestState(1)).toBeNull();
    expect(Date.now() - started).toBeLessThan(2000);
    silent.closeAllConnections();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });
});

describe('links on each forge', () => {
  it.each([
    [
      'github',
      'https://github.com',
      'acme/env',
      'https://github.com/acme/env/commit/abc',
      'https://github.com/acme/env/pull/7',
    ],
    [
      'gitlab',
      'https://gitlab.example/',
      'acme/sub/env',
      'https://gitlab.example/acme/sub/env/-/commit/abc',
      'https://gitlab.example/acme/sub/env/-/merge_requests/7',
    ],
    [
      'gitea',
      'https://gitea.example',
      'acme/env',
      'https://gitea.example/acme/env/commit/abc',
      'https://gitea.example/acme/env/pulls/7',
    ],
    [
      'forgejo',
      'https://codeberg.org',
      'acme/env',
      'https://codeberg.org/acme/env/commit/abc',
      'https://codeberg.org/acme/env/pulls/7',
    ],
  ] as const)('%s', (kind, web, repository, commit, pull) => {
    const links = forgeLinks(kind, web, repository);
    expect([links.commitUrl('abc'), links.pullUrl(7)]).toEqual([commit, pull]);
  });
});
