import { execFile } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

async function modified(dir: string): Promise<Map<string, number>> {
  const times = new Map<string, number>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      times.set(path, (await stat(path)).mtimeMs);
    }
  return times;
}

// The demo's test runs `npm run build` while other files run the built CLI: a build that
// rewrote dist/ would let them import a half-written module.
it('a build with nothing changed rewrites no file of dist/', async () => {
  const before = await modified('dist');
  await promisify(execFile)('npx', ['tsc', '-p', 'tsconfig.build.json']);
  expect(await modified('dist')).toEqual(before);
}, 60_000);
