import { constants } from 'node:fs';
import { mkdir, open, rename, rm, stat, writeFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

/** What reading a file the user named gave. Other failures (EACCES) reject with Node's error. */
export type TextFile =
  | { readonly kind: 'ok'; readonly content: string }
  | { readonly kind: 'missing' }
  | { readonly kind: 'not-a-file' }
  | { readonly kind: 'too-large'; readonly size: number };

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

/** Reads a text file of at most `maxBytes`, refusing folders, FIFOs and sockets without waiting. */
export async function readTextFile(file: string, maxBytes: number): Promise<TextFile> {
  let handle: FileHandle;
  try {
    // Non-blocking: opening a FIFO for reading would otherwise wait for a writer forever.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    if (code === 'ENXIO' || code === 'EISDIR') return { kind: 'not-a-file' };
    throw error;
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { kind: 'not-a-file' };
    if (info.size > maxBytes) return { kind: 'too-large', size: info.size };
    return { kind: 'ok', content: await handle.readFile('utf8') };
  } finally {
    await handle.close();
  }
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
