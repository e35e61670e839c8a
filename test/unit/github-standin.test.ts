import { Octokit } from '@octokit/rest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubStandin, type GitHubStandin } from '../helpers/github-standin.js';

// The stand-in is only worth trusting if the client wharf uses accepts its answers.
const repo = { owner: 'acme', repo: 'shop' };
let standin: GitHubStandin;
let octokit: Octokit;

beforeAll(async () => {
  standin = await startGitHubStandin();
  const quiet = () => undefined;
  // Built as wharf builds it; the log is silenced because the 404s and 500s here are on purpose.
  octokit = new Octokit({
    baseUrl: standin.url,
    request: { retries: 0 },
    log: { debug: quiet, info: quiet, warn: quiet, error: quiet },
  });
});

afterEach(() => {
  standin.failWith(null);
  expect(standin.unknown).toEqual([]);
});

afterAll(() => standin.close());

/** The HTTP status a call fails with, or null when it succeeds. */
async function statusOf(call: Promise<unknown>): Promise<number | null> {
  try {
    await call;
    return null;
  } catch (error) {
    return (error as { status?: number }).status ?? -1;
  }
}

describe('GitHub stand-in', () => {
  it('keeps comments, pages through them and updates them', async () => {
    const issue = { ...repo, issue_number: 7 };
    const created = [];
    for (const body of ['one', 'two', 'three'])
      created.push((await octokit.rest.issues.createComment({ ...issue, body })).data);
    expect(created[0]?.user).toMatchObject({ login: 'wharf[bot]', type: 'Bot' });

    const listed = await octokit.paginate(octokit.rest.issues.listComments, {
      ...issue,
      per_page: 2,
    });
    expect(listed.map((c) => c.body)).toEqual(['one', 'two', 'three']);
    const first = await octokit.rest.issues.listComments({ ...issue, per_page: 2 });
    expect(first.data).toHaveLength(2);
    expect(first.headers.link).toMatch(/page=2>; rel="next".*page=2>; rel="last"/);

    const id = created[1]?.id ?? 0;
    const updated = await octokit.rest.issues.updateComment({ ...repo, comment_id: id, body: '2' });
    expect(updated.data).toMatchObject({ id, body: '2' });
    expect(standin.comments(7)).toEqual(
      created.map((c) => ({ id: c.id, body: c.id === id ? '2' : c.body })),
    );
    expect(standin.comments(8)).toEqual([]);

    expect(
      await statusOf(octokit.rest.issues.updateComment({ ...repo, comment_id: 1, body: 'x' })),
    ).toBe(404);
  });

  it('answers pulls.get for a pull request it was told about, and 404 otherwise', async () => {
    standin.setPullRequest(12, { state: 'open', headSha: 'abc123', headRepo: 'fork/shop' });
    const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: 12 });
    expect(data).toMatchObject({
      number: 12,
      state: 'open',
      merged: false,
      head: { sha: 'abc123', repo: { full_name: 'fork/shop' } },
      base: { repo: { full_name: 'acme/shop' } },
    });
    expect(await statusOf(octokit.rest.pulls.get({ ...repo, pull_number: 13 }))).toBe(404);
  });

  it('keeps deployments and their statuses', async () => {
    const create = (ref: string, environment: string) =>
      octokit.rest.repos.createDeployment({ ...repo, ref, environment, required_contexts: [] });
    const staging = await create('a1', 'staging');
    const production = await create('a1', 'production');
    const ids = [staging.data, production.data].map((d) => ('id' in d ? d.id : 0));
    for (const state of ['queued', 'success'] as const)
      await octokit.rest.repos.createDeploymentStatus({
        ...repo,
        deployment_id: ids[0] ?? 0,
        state,
      });

    expect(standin.deploymentStatuses(ids[0] ?? 0)).toEqual(['queued', 'success']);
    const all = await octokit.rest.repos.listDeployments({ ...repo, sha: 'a1' });
    expect(all.data.map((d) => d.id)).toEqual([...ids].reverse());
    const filtered = await octokit.rest.repos.listDeployments({ ...repo, environment: 'staging' });
    expect(filtered.data.map((d) => d.id)).toEqual([ids[0]]);
    expect(
      await statusOf(
        octokit.rest.repos.createDeploymentStatus({ ...repo, deployment_id: 1, state: 'success' }),
      ),
    ).toBe(404);
  });

  it('answers every request with the outage status while failWith is set', async () => {
    standin.failWith(500);
    const sent = standin.requests.length;
    const call = octokit.rest.repos.createCommitStatus({ ...repo, sha: 'a1', state: 'success' });
    expect(await statusOf(call)).toBe(500);
    expect(standin.requests.slice(sent)).toMatchObject([
      { operation: 'repos/create-commit-status', failed: true },
    ]);

    standin.failWith(null);
    await octokit.rest.repos.createCommitStatus({ ...repo, sha: 'a1', state: 'success' });
    expect(standin.requests.at(-1)?.failed).toBeFalsy();
  });

  it('refuses with 422 a body GitHub would refuse', async () => {
    const call = octokit.rest.repos.createCommitStatus({
      ...repo,
      sha: 'a1',
      state: 'bogus' as 'success',
    });
    expect(await statusOf(call)).toBe(422);
    expect(standin.requests.at(-1)?.invalid).not.toEqual([]);
  });

  it('gives every created thing its own id', () => {
    const ids = standin.requests.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
