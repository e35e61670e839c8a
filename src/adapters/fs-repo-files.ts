import { realpath } from 'node:fs/promises';
import path from 'node:path';
import type { ReadResult, RepoFiles } from '../ports/repo-files.js';
import { readTextFile } from './read-text-file.js';

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
      return readTextFile(real, maxBytes);
    },
  };
}
