import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decideGitea, giteaRepositoryOf } from '../../src/core/events/decide-gitea.js';
import { decideGitlab, gitlabRepositoryOf } from '../../src/core/events/decide-gitlab.js';

function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`test/fixtures/forge-webhooks/${name}.json`, 'utf8')) as Record<
    string,
    unknown
  >;
}

const off = { deployTags: false };
const on = { deployTags: true };
const zero = '0000000000000000000000000000000000000000';

function mergeRequest(attributes: Record<string, unknown>): Record<string, unknown> {
  const base = fixture('gitlab-merge-request');
  return {
    ...base,
    object_attributes: { ...(base['object_attributes'] as object), ...attributes },
  };
}

function pullRequest(fields: Record<string, unknown>, headRepo?: string | null) {
  const base = fixture('gitea-pull-request');
  const pr = base['pull_request'] as Record<string, Record<string, unknown>>;
  const head =
    headRepo === undefined
      ? pr['head']
      : { ...pr['head'], repo: headRepo === null ? null : { full_name: headRepo } };
  return { ...base, ...fields, pull_request: { ...pr, head } };
}

describe('GitLab webhooks, as GitLab documents them', () => {
  it('names a nested project by its full path', () => {
    expect(gitlabRepositoryOf(fixture('gitlab-push'))).toBe('acme/platform/environments');
    expect(gitlabRepositoryOf({ repository: { full_name: 'acme/x' } })).toBeUndefined();
  });

  it.each([
    {
      name: 'a push to a branch deploys it',
      event: 'Push Hook',
      payload: fixture('gitlab-push'),
      settings: off,
      want: {
        kind: 'push',
        branch: 'main',
        after: 'da1560886d4f094c3e6c9ef40349f7d38b5d27d7',
        pushedBy: 'jsmith',
      },
    },
    {
      name: 'a deleted branch deploys nothing',
      event: 'Push Hook',
      payload: { ...fixture('gitlab-push'), after: zero, checkout_sha: null },
      settings: off,
      want: { kind: 'ignore' },
    },
    {
      name: 'a tag deploys with deployTags',
      event: 'Tag Push Hook',
      payload: fixture('gitlab-tag-push'),
      settings: on,
      want: { kind: 'tag', tag: 'v1.0.0', after: '82b3d5ae55f7080f1e6022629cdb57bfae7cccc7' },
    },
    {
      name: 'a tag is ignored without deployTags',
      event: 'Tag Push Hook',
      payload: fixture('gitlab-tag-push'),
      settings: off,
      want: { kind: 'ignore' },
    },
    {
      name: 'an opened merge request gets a preview',
      event: 'Merge Request Hook',
      payload: fixture('gitlab-merge-request'),
      settings: off,
      want: { kind: 'pull_request', number: 7, action: 'update', fork: false },
    },
    {
      name: 'a reopened merge request gets its preview back',
      event: 'Merge Request Hook',
      payload: mergeRequest({ action: 'reopen' }),
      settings: off,
      want: { kind: 'pull_request', number: 7, action: 'update', fork: false },
    },
    {
      name: 'new commits update the preview',
      event: 'Merge Request Hook',
      payload: mergeRequest({
        action: 'update',
        oldrev: '95790bf891e76fee5e1747ab589903a6a1f80f22',
      }),
      settings: off,
      want: { kind: 'pull_request', number: 7, action: 'update', fork: false },
    },
    {
      name: 'an update without new commits (a new title) deploys nothing',
      event: 'Merge Request Hook',
      payload: mergeRequest({ action: 'update' }),
      settings: off,
      want: { kind: 'ignore' },
    },
    {
      name: 'an approval deploys nothing',
      event: 'Merge Request Hook',
      payload: mergeRequest({ action: 'approved' }),
      settings: off,
      want: { kind: 'ignore' },
    },
    {
      name: 'merging removes the preview',
      event: 'Merge Request Hook',
      payload: mergeRequest({ action: 'merge', state: 'merged' }),
      settings: off,
      want: { kind: 'pull_request', number: 7, action: 'close', fork: false },
    },
    {
      name: 'closing removes the preview',
      event: 'Merge Request Hook',
      payload: mergeRequest({ action: 'close', state: 'closed' }),
      settings: off,
      want: { kind: 'pull_request', number: 7, action: 'close', fork: false },
    },
    {
      name: 'a merge request from a fork is untrusted',
      event: 'Merge Request Hook',
      payload: mergeRequest({ source_project_id: 16 }),
      settings: off,
      want: { kind: 'pull_request', number: 7, action: 'update', fork: true },
    },
    {
      name: 'a merge request whose source project is not named is untrusted',
      event: 'Merge Request Hook',
      payload: mergeRequest({ source_project_id: undefined }),
      settings: off,
      want: { kind: 'pull_request', number: 7, action: 'update', fork: true },
    },
    {
      name: 'a merge request without an iid is ignored',
      event: 'Merge Request Hook',
      payload: mergeRequest({ iid: 0 }),
      settings: off,
      want: { kind: 'ignore' },
    },
    {
      name: 'an issue event is ignored',
      event: 'Issue Hook',
      payload: fixture('gitlab-push'),
      settings: off,
      want: { kind: 'ignore' },
    },
    {
      name: "GitHub's event name means nothing on the GitLab route",
      event: 'push',
      payload: fixture('gitlab-push'),
      settings: off,
      want: { kind: 'ignore' },
    },
  ])('$name', ({ event, payload, settings, want }) => {
    expect(decideGitlab(event, payload, settings)).toMatchObject(want);
  });
});

describe('Gitea and Forgejo webhooks, as Gitea documents them', () => {
  it('names the repository by owner/name', () => {
    expect(giteaRepositoryOf(fixture('gitea-push'))).toBe('acme/environments');
  });

  it.each([
    {
      name: 'a push to a branch deploys it',
      event: 'push',
      payload: fixture('gitea-push'),
      settings: off,
      want: {
        kind: 'push',
        branch: 'main',
        after: 'bffeb74224043ba2feb48d137756c8a9331c449a',
        pushedBy: 'gitea',
      },
    },
    {
      name: 'a deleted branch deploys nothing',
      event: 'push',
      payload: { ...fixture('gitea-push'), after: zero },
      settings: off,
      want: { kind: 'ignore' },
    },
    {
      name: 'a tag deploys with deployTags',
      event: 'push',
      payload: { ...fixture('gitea-push'), ref: 'refs/tags/v2' },
      settings: on,
      want: { kind: 'tag', tag: 'v2' },
    },
    {
      name: 'a tag is ignored without deployTags',
      event: 'push',
      payload: { ...fixture('gitea-push'), ref: 'refs/tags/v2' },
      settings: off,
      want: { kind: 'ignore' },
    },
    {
      name: 'an opened pull request gets a preview',
      event: 'pull_request',
      payload: fixture('gitea-pull-request'),
      settings: off,
      want: { kind: 'pull_request', number: 1, action: 'update', fork: false },
    },
    {
      name: 'new commits (synchronized) update the preview',
      event: 'pull_request',
      payload: pullRequest({ action: 'synchronized' }),
      settings: off,
      want: { kind: 'pull_request', number: 1, action: 'update', fork: false },
    },
    {
      name: 'a reopened pull request gets its preview back',
      event: 'pull_request',
      payload: pullRequest({ action: 'reopened' }),
      settings: off,
      want: { kind: 'pull_request', number: 1, action: 'update', fork: false },
    },
    {
      name: 'a merged (closed) pull request removes the preview',
      event: 'pull_request',
      payload: pullRequest({ action: 'closed' }),
      settings: off,
      want: { kind: 'pull_request', number: 1, action: 'close', fork: false },
    },
    {
      name: 'an edited title deploys nothing',
      event: 'pull_request',
      payload: pullRequest({ action: 'edited' }),
      settings: off,
      want: { kind: 'ignore' },
    },
    {
      name: 'a pull request from a fork is untrusted',
      event: 'pull_request',
      payload: pullRequest({}, 'mallory/environments'),
      settings: off,
      want: { kind: 'pull_request', number: 1, action: 'update', fork: true },
    },
    {
      name: 'a pull request whose head repository is gone is untrusted',
      event: 'pull_request',
      payload: pullRequest({}, null),
      settings: off,
      want: { kind: 'pull_request', number: 1, action: 'update', fork: true },
    },
    {
      name: 'a pull request without a number is ignored',
      event: 'pull_request',
      payload: { action: 'opened', repository: { full_name: 'acme/environments' } },
      settings: off,
      want: { kind: 'ignore' },
    },
    {
      name: 'an issue comment is ignored',
      event: 'issue_comment',
      payload: fixture('gitea-push'),
      settings: off,
      want: { kind: 'ignore' },
    },
  ])('$name', ({ event, payload, settings, want }) => {
    expect(decideGitea(event, payload, settings)).toMatchObject(want);
  });
});
