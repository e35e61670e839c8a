import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locateRepository } from '../../src/adapters/locate-repository.js';
import { writeRenderedFiles } from '../../src/adapters/render-output.js';
import { WharfError } from '../../src/core/errors.js';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'wharf-cli-files-'));
  await mkdir(path.join(work, 'repo/environments/shop'), { recursive: true });
  await writeFile(path.join(work, 'repo/wharf.yaml'), 'environments: {}\n');
  await writeFile(path.join(work, 'repo/environments/shop/environment.yaml'), 'name: shop\n');
  await mkdir(path.join(work, 'loose'), { recursive: true });
  await writeFile(path.join(work, 'loose/environment.yaml'), 'name: loose\n');
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('locateRepository', () => {
  it.each([
    ['a repository folder', 'repo', { kind: 'repository', root: 'repo' }],
    ['its wharf.yaml', 'repo/wharf.yaml', { kind: 'repository', root: 'repo' }],
    [
      'a manifest deep inside',
      'repo/environments/shop/environment.yaml',
      { kind: 'file', root: 'repo', file: 'environments/shop/environment.yaml' },
    ],
    [
      'a manifest with no wharf.yaml above it',
      'loose/environment.yaml',
      { kind: 'file', root: 'loose', file: 'environment.yaml' },
    ],
  ])('places %s', async (_what, target, expected) => {
    const located = await locateRepository(path.join(work, target), 'wharf.yaml');
    expect(located).toEqual({ ...expected, root: path.join(work, expected.root) });
  });

  it("rejects a path that is not there with Node's ENOENT", async () => {
    await expect(locateRepository(path.join(work, 'none'), 'wharf.yaml')).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });
});

describe('writeRenderedFiles', () => {
  it('writes each file under the folder, making folders, and tells of each in order', async () => {
    const out = path.join(work, 'out');
    const written: string[] = [];
    await writeRenderedFiles(
      out,
      [
        { path: 'shop/blue/compose.yaml', content: 'services: {}\n' },
        { path: 'edge/sites/shop.conf', content: 'server {}\n' },
      ],
      (file) => written.push(file.path),
    );
    expect(written).toEqual(['shop/blue/compose.yaml', 'edge/sites/shop.conf']);
    expect(await readFile(path.join(out, 'shop/blue/compose.yaml'), 'utf8')).toBe('services: {}\n');
    expect(await readFile(path.join(out, 'edge/sites/shop.conf'), 'utf8')).toBe('server {}\n');
  });

  it('fails as render-write-failed, retryable, where a folder is a file', async () => {
    const out = path.join(work, 'blocked');
    await writeFile(out, 'not a folder');
    const written: string[] = [];
    const failure: unknown = await writeRenderedFiles(
      out,
      [{ path: 'a.yaml', content: 'x' }],
      (file) => written.push(file.path),
    ).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(WharfError);
    expect(failure).toMatchObject({ code: 'render-write-failed', retryable: true });
    expect((failure as WharfError).message).toMatch(`cannot write the rendered files to ${out}: `);
    expect(written).toEqual([]);
  });
});
