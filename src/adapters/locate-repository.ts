import { stat } from 'node:fs/promises';
import path from 'node:path';

/** A path given on the command line, in the repository it belongs to. */
export type LocatedTarget =
  | { readonly kind: 'repository'; readonly root: string }
  | {
      readonly kind: 'file';
      readonly root: string;
      /** Relative to `root`. */
      readonly file: string;
    };

async function isFile(file: string): Promise<boolean> {
  return stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
}

/** The repository root a single manifest belongs to: the nearest folder above it with the repository file. */
async function repositoryRoot(file: string, repositoryFile: string): Promise<string> {
  let dir = path.dirname(file);
  for (;;) {
    if (await isFile(path.join(dir, repositoryFile))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return path.dirname(file);
    dir = parent;
  }
}

/**
 * What `target` (absolute) is: a repository folder, its `repositoryFile` (wharf.yaml), or a
 * manifest inside a repository, else inside its own folder. A target that cannot be read
 * rejects with Node's own error, `code` and all (ENOENT, EACCES).
 */
export async function locateRepository(
  target: string,
  repositoryFile: string,
): Promise<LocatedTarget> {
  const info = await stat(target);
  if (info.isDirectory()) return { kind: 'repository', root: target };
  if (path.basename(target) === repositoryFile)
    return { kind: 'repository', root: path.dirname(target) };
  const root = await repositoryRoot(target, repositoryFile);
  return { kind: 'file', root, file: path.relative(root, target) };
}
