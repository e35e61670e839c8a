import { constants } from 'node:fs';
import { open, realpath, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { ReadResult, RepoFiles } from '../ports/repo-files.js';

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Repository files from a folder on disk. Symbolic links that lead outside it are refused. */
export function fsRepoFiles(root: string): RepoFiles {
  const absoluteRoot = path.resolve(root);
  return {
    async read(relativePath: string, maxBytes: number): Promise<ReadResult> {
      if (path.isAbsolute(relativePath)) return { kind: 'outside' };
      const target = path.resolve(absoluteRoot, relativePath);
      if (!isInside(absoluteRoot, target)) return { kind: 'outside' };
      let real: string;
      try {
        real = await realpath(target);
      } catch {
        return { kind: 'missing' };
      }
      if (!isInside(await realpath(absoluteRoot), real)) return { kind: 'outside' };
      // Non-blocking: opening a FIFO for reading would otherwise wait for a writer forever. The
      // type is checked on the open handle, so nothing can swap the file in between.
      let handle: FileHandle;
      try {
        handle = await open(real, constants.O_RDONLY | constants.O_NONBLOCK);
      } catch (error) {
        // A socket cannot be opened at all (ENXIO).
        if ((error as NodeJS.ErrnoException).code === 'ENXIO') return { kind: 'not-a-file' };
        throw error;
      }
      try {
        const stat = await handle.stat();
        if (!stat.isFile()) return { kind: 'not-a-file' };
        if (stat.size > maxBytes) return { kind: 'too-large', size: stat.size };
        return { kind: 'ok', content: await handle.readFile('utf8') };
      } finally {
        await handle.close();
      }
    },
  };
}
