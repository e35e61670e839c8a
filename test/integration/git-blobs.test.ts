import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitBlobReader } from '../../src/adapters/git-blobs.js';
import { TestRepo } from '../helpers/git-repo.js';

let repo: TestRepo;
let blob: string;
beforeAll(async () => {
  repo = await TestRepo.create('wharf-blobs-');
  await repo.commit('one file', { 'a.yaml': 'kind: Environment\n' });
  blob = execFileSync('git', ['rev-parse', 'HEAD:a.yaml'], {
    cwd: repo.dir,
    encoding: 'utf8',
  }).trim();
});
afterAll(async () => {
  await repo.remove();
});

describe('GitBlobReader', () => {
  it('reads blobs and answers null for an object the repository lacks', async () => {
    const reader = new GitBlobReader({ cwd: repo.dir, env: {} });
    expect((await reader.read(blob))?.toString()).toBe('kind: Environment\n');
    expect(await reader.read('0'.repeat(40))).toBeNull();
    reader.close();
  });

  it('a read that starts a new process while the idle one exits is answered by the new one', async () => {
    // The idle process is closed after 1 ms; the next read comes just after, while it is still
    // exiting. Its exit must not fail the read the new process is answering.
    const reader = new GitBlobReader({ cwd: repo.dir, env: {}, idleMs: 1 });
    for (let i = 0; i < 40; i++) {
      expect((await reader.read(blob))?.toString()).toBe('kind: Environment\n');
      await new Promise((resolve) => setTimeout(resolve, 3));
    }
    reader.close();
  });

  it('still answers the reads asked before it was closed', async () => {
    const reader = new GitBlobReader({ cwd: repo.dir, env: {} });
    const pending = reader.read(blob);
    reader.close();
    expect((await pending)?.toString()).toBe('kind: Environment\n');
  });
});
