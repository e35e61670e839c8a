import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitSource } from '../../src/adapters/git-source.js';
import { GitError } from '../../src/core/errors.js';
import type { GitSource } from '../../src/ports/git-source.js';
import { TestRepo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/run-cli.js';

let origin: TestRepo;
let source: GitSource;
let first: string;
let second: string;
let pullHead: string;

beforeAll(async () => {
  origin = await TestRepo.create();
  first = await origin.commit('first', { 'wharf.yaml': 'one\n' });
  second = await origin.commit('second: staging gets v2', {
    'wharf.yaml': 'two\n',
    'envs/staging.yaml': 'v2\n',
  });
  await origin.git('branch', 'staging', first);
  // What GitHub publishes for pull request 7's head.
  await origin.git('checkout', '-q', '-b', 'feature');
  pullHead = await origin.commit('feature work', { 'wharf.yaml': 'pr\n' });
  await origin.git('update-ref', 'refs/pull/7/head', pullHead);
  await origin.git('checkout', '-q', 'main');
  source = gitSource({ url: origin.dir, mirrorDir: `${origin.dir}-mirror.git` });
  await source.fetch();
});

afterAll(async () => {
  await origin.remove();
  await rm(`${origin.dir}-mirror.git`, { recursive: true, force: true });
});

describe('the git source (a bare mirror read through simple-git)', () => {
  it('resolves branch heads, pull-request heads and short shas to full shas', async () => {
    expect(await source.resolve('main')).toBe(second);
    expect(await source.resolve('refs/heads/staging')).toBe(first);
    expect(await source.resolve('refs/pull/7/head')).toBe(pullHead);
    expect(await source.resolve(second.slice(0, 10))).toBe(second);
    expect(await source.defaultBranch()).toBe('main');
  });

  it('reads the files of any revision without a working tree', async () => {
    expect(await source.files(first).read('wharf.yaml', 100)).toEqual({
      kind: 'ok',
      content: 'one\n',
    });
    expect(await source.files(second).read('wharf.yaml', 100)).toEqual({
      kind: 'ok',
      content: 'two\n',
    });
    expect(await source.files(first).read('envs/staging.yaml', 100)).toEqual({ kind: 'missing' });
  });

  it('sees new commits after a fetch', async () => {
    const third = await origin.commit('third', { 'wharf.yaml': 'three\n' });
    expect(await source.resolve('main')).toBe(second);
    await source.fetch();
    expect(await source.resolve('main')).toBe(third);
    expect(await source.describe(third)).toMatchObject({ subject: 'third', author: 'Test Author' });
  });

  it('says clearly when a revision does not exist', async () => {
    await expect(source.resolve('f'.repeat(40))).rejects.toThrow(
      /revision `f{40}` does not exist in the environments repository/,
    );
    await expect(source.resolve('no-such-branch')).rejects.toMatchObject({
      code: 'revision-not-found',
    });
  });

  it('refuses refs that could reach git as options or expressions, without running git', async () => {
    for (const ref of ['--upload-pack=touch /tmp/x', 'main~1', 'main:wharf.yaml']) {
      await expect(source.resolve(ref)).rejects.toMatchObject({ code: 'invalid-ref' });
    }
  });

  it('keeps the token out of error messages', async () => {
    const secret = 'ghp_supersecrettoken123';
    const remote = gitSource({
      url: `${origin.dir}/does-not-exist`,
      mirrorDir: `${origin.dir}-missing.git`,
      token: secret,
    });
    const error = await remote.fetch().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitError);
    expect((error as GitError).message).toMatch(/cannot clone the environments repository/);
    expect((error as GitError).message).not.toContain(secret);
    expect((error as GitError).retryable).toBe(true);
  });
});

describe('credentials in the repository URL', () => {
  // Nothing listens on port 1: the clone fails, and git and wharf both speak of the URL.
  const url = 'https://user:s3cret@127.0.0.1:1/x.git';

  it('are in no GitError message', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'wharf-scrub-'));
    try {
      const failing = gitSource({
        url,
        mirrorDir: path.join(work, 'mirror.git'),
        timeoutMs: 20_000,
      });
      const error = await failing.fetch().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(GitError);
      const message = (error as GitError).message;
      expect(message).toContain(
        'cannot clone the environments repository https://***@127.0.0.1:1/x.git',
      );
      expect(message).not.toContain('s3cret');
      expect(message).not.toContain('user:');
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });

  it('are not in what the CLI prints', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'wharf-scrub-cli-'));
    try {
      const config = path.join(work, 'config.yaml');
      await writeFile(
        config,
        `repository:\n  url: ${url}\nstateDir: ${path.join(work, 'state')}\nredis:\n  prefix: wharf-test-scrub\n`,
      );
      const result = await runCli(['plan', 'production', '--config', config]);
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain('https://***@127.0.0.1:1/x.git');
      for (const output of [result.stdout, result.stderr]) {
        expect(output).not.toContain('s3cret');
        expect(output).not.toContain('user:');
      }
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
