import path from 'node:path';
import type { ReadResult, RepoFiles } from '../../src/ports/repo-files.js';

/** Repository files held in memory: `{ 'wharf.yaml': '...', 'seeds/a.sql': '...' }`. */
export function memoryRepoFiles(files: Readonly<Record<string, string>>): RepoFiles {
  const normalized = new Map(Object.entries(files).map(([k, v]) => [path.posix.normalize(k), v]));
  const folders = new Set(
    [...normalized.keys()].flatMap((file) => {
      const parts = file.split('/');
      return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('/'));
    }),
  );
  return {
    read(relativePath: string, maxBytes: number): Promise<ReadResult> {
      const normal = path.posix.normalize(relativePath);
      if (path.posix.isAbsolute(relativePath) || normal === '..' || normal.startsWith('../')) {
        return Promise.resolve({ kind: 'outside' });
      }
      if (folders.has(normal) || normal === '.') return Promise.resolve({ kind: 'not-a-file' });
      const content = normalized.get(normal);
      if (content === undefined) return Promise.resolve({ kind: 'missing' });
      const size = Buffer.byteLength(content);
      if (size > maxBytes) return Promise.resolve({ kind: 'too-large', size });
      return Promise.resolve({ kind: 'ok', content });
    },
  };
}
