import { describe, expect, it } from 'vitest';
import { revisionSnapshots } from '../../src/deploy/revision-snapshots.js';
import type { RenderedEnvironment } from '../../src/core/render/types.js';
import type { GitSource } from '../../src/ports/git-source.js';
import { FakeGitRemote } from '../fakes/fake-git-source.js';
import { oneEnvironmentRepository, webEnvironment } from '../helpers/manifest-text.js';

function repository(): { remote: FakeGitRemote; git: GitSource; reads: string[] } {
  const remote = new FakeGitRemote();
  const source = remote.source();
  const reads: string[] = [];
  // Every file read reaches git: what the snapshot does not keep shows here.
  const git: GitSource = {
    ...source,
    files: (revision) => ({
      read: (path, max) => {
        reads.push(`${revision.slice(0, 7)} ${path}`);
        return source.files(revision).read(path, max);
      },
    }),
  };
  return { remote, git, reads };
}

const files = (body: string) => ({
  'wharf.yaml': oneEnvironmentRepository('shop'),
  'env.yaml': webEnvironment({ name: 'shop', host: 'shop.test', body, verify: '5s' }),
});

describe('revision snapshots', () => {
  it('validate a commit once, however many steps ask', async () => {
    const { remote, git, reads } = repository();
    const sha = remote.commit('v1', files('v1'));
    const snapshots = revisionSnapshots(git);
    const first = await snapshots.at(sha).validation();
    expect(first.problems).toEqual([]);
    const readsOnce = reads.length;
    for (let i = 0; i < 5; i++) expect(await snapshots.at(sha).validation()).toBe(first);
    expect(reads).toHaveLength(readsOnce);
    expect(snapshots.counts.validations).toBe(1);
  });

  it('keep each commit apart, and forget the least recently used past their capacity', async () => {
    const { remote, git } = repository();
    const a = remote.commit('a', files('a'));
    const b = remote.commit('b', files('b'));
    const c = remote.commit('c', files('c'));
    const snapshots = revisionSnapshots(git, 2);
    const validationOf = async (sha: string) =>
      (await snapshots.at(sha).validation()).environments[0]?.manifest.services['web']?.env;
    expect(await validationOf(a)).toEqual({ APP_BODY: 'a' });
    expect(await validationOf(b)).toEqual({ APP_BODY: 'b' });
    await validationOf(a); // a is now the newest used; b goes when c comes
    expect(await validationOf(c)).toEqual({ APP_BODY: 'c' });
    expect(snapshots.counts.validations).toBe(3);
    await validationOf(a);
    expect(snapshots.counts.validations).toBe(3);
    await validationOf(b);
    expect(snapshots.counts.validations).toBe(4);
  });

  it('read a referenced file once, and keep no failed read', async () => {
    const { remote, git, reads } = repository();
    const sha = remote.commit('v1', { ...files('v1'), 'dash.json': '{}' });
    const snapshots = revisionSnapshots(git);
    expect(await snapshots.at(sha).referenced('dash.json')).toBe('{}');
    expect(await snapshots.at(sha).referenced('dash.json')).toBe('{}');
    expect(await snapshots.at(sha).referenced('missing.json')).toBeUndefined();
    expect(reads.filter((r) => r.endsWith('dash.json'))).toHaveLength(1);

    let fail = true;
    const flaky: GitSource = {
      ...git,
      files: (revision) => ({
        read: (path, max) =>
          fail ? Promise.reject(new Error('git is gone')) : git.files(revision).read(path, max),
      }),
    };
    const again = revisionSnapshots(flaky);
    await expect(again.at(sha).validation()).rejects.toThrow('git is gone');
    await expect(again.at(sha).referenced('dash.json')).rejects.toThrow('git is gone');
    fail = false;
    expect((await again.at(sha).validation()).problems).toEqual([]);
    expect(await again.at(sha).referenced('dash.json')).toBe('{}');
  });

  it('keep renders by key, a bounded number of them', () => {
    const { remote, git } = repository();
    const sha = remote.commit('v1', files('v1'));
    const snapshots = revisionSnapshots(git);
    const render = (key: string) =>
      snapshots
        .at(sha)
        .rendered(key, () => ({ environment: key }) as unknown as RenderedEnvironment);
    const first = render('shop|blue');
    expect(render('shop|blue')).toBe(first);
    expect(snapshots.counts.renders).toBe(1);
    for (let i = 0; i < 40; i++) render(`env${i}|blue`);
    expect(render('shop|blue')).not.toBe(first);
  });
});
