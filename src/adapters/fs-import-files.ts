import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

export { readTextFile, type TextFile } from './read-text-file.js';

/** The names `docker compose` looks for in a folder, in its order. */
const composeFileNames = [
  'compose.yaml',
  'compose.yml',
  'docker-compose.yaml',
  'docker-compose.yml',
];

/**
 * The Compose file `target` names: itself, or in a folder the first of Compose's own names
 * there (the folder itself when none is, so that reading it says so).
 */
export async function composeFileAt(target: string): Promise<string> {
  const info = await stat(target).catch(() => undefined);
  if (!info?.isDirectory()) return target;
  for (const name of composeFileNames) {
    const file = path.join(target, name);
    if ((await stat(file).catch(() => undefined))?.isFile()) return file;
  }
  return target;
}

export async function fileExists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/**
 * Writes `content` to `file`, making its folder: into a file beside it first, then renamed
 * over it, so that a reader never sees half a file and a failure leaves the old one whole.
 */
export async function writeTextFile(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const partial = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(partial, content, { mode: 0o644 });
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}
