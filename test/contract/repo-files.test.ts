import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fsRepoFiles } from '../../src/adapters/fs-repo-files.js';
import { gitSource } from '../../src/adapters/git-source.js';
import { TestRepo } from '../helpers/git-repo.js';
import type { RepoFiles } from '../../src/ports/repo-files.js';
import { memoryRepoFiles } from '../fakes/memory-repo-files.js';

const files = {
  'wharf.yaml': 'kind: Repository\n',
  'envs/production.yaml': 'kind: Environment\n',
  'big.txt': 'x'.repeat(2000),
};

const temps: string[] = [];
afterAll(async () => {
  await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function onDisk(): Promise<RepoFiles> {
  const base = await mkdtemp(path.join(tmpdir(), 'wharf-repo-files-'));
  temps.push(base);
  const root = path.join(base, 'repo');
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), content);
  }
  await writeFile(path.join(base, 'secret.txt'), 'outside');
  await symlink(path.join(base, 'secret.txt'), path.join(root, 'escape.txt'));
  await symlink('envs/production.yaml', path.join(root, 'alias.yaml'));
  return fsRepoFiles(root);
}

/** The same files committed to git, read back at that revision from a mirror. */
async function inGit(): Promise<RepoFiles> {
  const repo = await TestRepo.create();
  temps.push(repo.dir);
  await repo.write(files);
  await repo.link('escape.txt', '/etc/hostname');
  await repo.link('climb.txt', '../outside.txt');
  await repo.link('alias.yaml', 'envs/production.yaml');
  const sha = await repo.commit('files');
  const mirrorDir = `${repo.dir}-mirror.git`;
  temps.push(mirrorDir);
  const source = gitSource({ url: repo.dir, mirrorDir });
  await source.fetch();
  return source.files(await source.resolve(sha));
}

// One contract, run against the in-memory fake the unit tests use and the real adapter.
const implementations: [string, () => Promise<RepoFiles>][] = [
  ['memory fake', () => Promise.resolve(memoryRepoFiles(files))],
  ['filesystem adapter', onDisk],
  ['git tree adapter', inGit],
];

describe.each(implementations)('RepoFiles contract: %s', (_name, make) => {
  it('reads a file by its path relative to the root', async () => {
    const repo = await make();
    expect(await repo.read('envs/production.yaml', 1000)).toEqual({
      kind: 'ok',
      content: 'kind: Environment\n',
    });
  });

  it('reports a missing file as missing', async () => {
    const repo = await make();
    expect(await repo.read('envs/nope.yaml', 1000)).toEqual({ kind: 'missing' });
  });

  it('refuses paths that climb out of the root or are absolute', async () => {
    const repo = await make();
    expect(await repo.read('../secret.txt', 1000)).toEqual({ kind: 'outside' });
    expect(await repo.read('envs/../../secret.txt', 1000)).toEqual({ kind: 'outside' });
    expect(await repo.read('/etc/passwd', 1000)).toEqual({ kind: 'outside' });
  });

  it('reports a folder as not a file', async () => {
    const repo = await make();
    expect(await repo.read('envs', 1000)).toEqual({ kind: 'not-a-file' });
  });

  it('reports a file over the size limit without reading it', async () => {
    const repo = await make();
    expect(await repo.read('big.txt', 1000)).toEqual({ kind: 'too-large', size: 2000 });
  });
});

describe('filesystem adapter', () => {
  it('refuses a FIFO and a socket without waiting on them', async () => {
    const root = path.join(await mkdtemp(path.join(tmpdir(), 'wharf-repo-special-')), 'repo');
    temps.push(path.dirname(root));
    await mkdir(root);
    execFileSync('mkfifo', [path.join(root, 'pipe.yaml')]);
    const socket = createServer();
    await new Promise<void>((resolve) => socket.listen(path.join(root, 'socket.yaml'), resolve));
    try {
      const repo = fsRepoFiles(root);
      expect(await repo.read('pipe.yaml', 1000)).toEqual({ kind: 'not-a-file' });
      expect(await repo.read('socket.yaml', 1000)).toEqual({ kind: 'not-a-file' });
    } finally {
      await new Promise((resolve) => socket.close(resolve));
    }
  });

  it('refuses a symbolic link that leads outside, follows one that stays inside', async () => {
    const repo = await onDisk();
    expect(await repo.read('escape.txt', 1000)).toEqual({ kind: 'outside' });
    expect(await repo.read('alias.yaml', 1000)).toEqual({
      kind: 'ok',
      content: 'kind: Environment\n',
    });
  });
});
