import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { gitSource } from '../../src/adapters/git-source.js';
import { GitError } from '../../src/core/errors.js';
import type { GitSource } from '../../src/ports/git-source.js';
import { FakeGitRemote } from '../fakes/fake-git-source.js';
import { TestRepo } from '../helpers/git-repo.js';

/** The remote wharf fetches from, and wharf's mirror of it. */
interface Remote {
  readonly source: GitSource;
  commit(message: string, files: Record<string, string | null>, branch?: string): Promise<string>;
  setRef(ref: string, sha: string): Promise<void>;
}

const temps: string[] = [];
afterAll(async () => {
  await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function realGit(): Promise<Remote> {
  const repo = await TestRepo.create();
  temps.push(repo.dir, `${repo.dir}-mirror.git`);
  return {
    source: gitSource({ url: repo.dir, mirrorDir: `${repo.dir}-mirror.git` }),
    async commit(message, files, branch = 'main') {
      const current = await repo.git('rev-parse', '--abbrev-ref', 'HEAD').catch(() => 'main');
      if (current !== branch) {
        const exists = await repo.git('rev-parse', '--verify', '--quiet', branch).catch(() => '');
        await repo.git('checkout', '-q', ...(exists ? [] : ['-b']), branch);
      }
      return repo.commit(message, files);
    },
    async setRef(ref, sha) {
      await repo.git('update-ref', ref, sha);
    },
  };
}

function fakeGit(): Promise<Remote> {
  const remote = new FakeGitRemote();
  return Promise.resolve({
    source: remote.source(),
    commit: (message, files, branch) => Promise.resolve(remote.commit(message, files, branch)),
    setRef: (ref, sha) => Promise.resolve(remote.setRef(ref, sha)),
  });
}

const implementations: [string, () => Promise<Remote>][] = [
  ['fake remote', fakeGit],
  ['git adapter (bare mirror)', realGit],
];

describe.each(implementations)('GitSource contract: %s', (_name, make) => {
  it('resolves branch heads, pull-request heads and short shas to full shas', async () => {
    const remote = await make();
    const first = await remote.commit('first', { 'wharf.yaml': 'one\n' });
    const second = await remote.commit('second', { 'wharf.yaml': 'two\n' });
    await remote.setRef('refs/pull/7/head', first);
    await remote.source.fetch();
    expect(await remote.source.resolve('main')).toBe(second);
    expect(await remote.source.resolve('refs/heads/main')).toBe(second);
    expect(await remote.source.resolve('refs/pull/7/head')).toBe(first);
    expect(await remote.source.resolve(first.slice(0, 10))).toBe(first);
    expect(await remote.source.defaultBranch()).toBe('main');
  });

  it('refuses a ref it does not know, and one that could read as an option', async () => {
    const remote = await make();
    await remote.commit('first', { 'wharf.yaml': 'one\n' });
    await remote.source.fetch();
    for (const ref of ['nope', 'refs/pull/99/head', '--upload-pack=x'])
      expect(await remote.source.resolve(ref).catch((e: unknown) => e)).toBeInstanceOf(GitError);
  });

  it('reads any revision’s files, each commit’s tree as it was', async () => {
    const remote = await make();
    const first = await remote.commit('first', { 'wharf.yaml': 'one\n', 'old.yaml': 'x\n' });
    const second = await remote.commit('second', { 'wharf.yaml': 'two\n', 'old.yaml': null });
    await remote.source.fetch();
    expect(await remote.source.files(first).read('old.yaml', 100)).toEqual({
      kind: 'ok',
      content: 'x\n',
    });
    expect(await remote.source.files(second).read('old.yaml', 100)).toEqual({ kind: 'missing' });
    expect(await remote.source.files(second).read('wharf.yaml', 100)).toEqual({
      kind: 'ok',
      content: 'two\n',
    });
    expect(() => remote.source.files('main')).toThrow(GitError);
  });

  it('sees commits pushed after its last fetch only once it fetches again', async () => {
    const remote = await make();
    const first = await remote.commit('first', { 'wharf.yaml': 'one\n' });
    await remote.source.fetch();
    const second = await remote.commit('second', { 'wharf.yaml': 'two\n' });
    expect(await remote.source.resolve('main')).toBe(first);
    await remote.source.fetch();
    expect(await remote.source.resolve('main')).toBe(second);
  });

  it('tells whether one commit is an ancestor of another', async () => {
    const remote = await make();
    const first = await remote.commit('first', { 'a.txt': '1\n' });
    const second = await remote.commit('second', { 'a.txt': '2\n' });
    const side = await remote.commit('side', { 'b.txt': '1\n' }, 'feature');
    await remote.source.fetch();
    expect(await remote.source.isAncestor(first, second)).toBe(true);
    expect(await remote.source.isAncestor(second, first)).toBe(false);
    expect(await remote.source.isAncestor(second, side)).toBe(true);
    expect(await remote.source.isAncestor(side, second)).toBe(false);
    expect(await remote.source.resolve('feature')).toBe(side);
  });

  it('resolves a pushed tag to the commit it names, not the branch head', async () => {
    const remote = await make();
    const tagged = await remote.commit('tagged', { 'a.txt': '1\n' });
    await remote.setRef('refs/tags/v1.0', tagged);
    const head = await remote.commit('later', { 'a.txt': '2\n' });
    await remote.source.fetch();
    expect(await remote.source.resolve('refs/tags/v1.0')).toBe(tagged);
    expect(await remote.source.resolve('main')).toBe(head);
  });

  it('tells whether it holds a commit', async () => {
    const remote = await make();
    const sha = await remote.commit('one', { 'a.txt': '1\n' });
    await remote.source.fetch();
    expect(await remote.source.hasCommit(sha)).toBe(true);
    expect(await remote.source.hasCommit('f'.repeat(40))).toBe(false);
    expect(await remote.source.hasCommit('main')).toBe(false);
  });

  it('describes a commit by its subject and author', async () => {
    const remote = await make();
    const sha = await remote.commit('web v2\n\nlonger text', { 'a.txt': '1\n' });
    await remote.source.fetch();
    const described = await remote.source.describe(sha);
    expect(described).toMatchObject({ subject: 'web v2', author: 'Test Author' });
    expect(Date.parse(described.date)).not.toBeNaN();
  });
});
