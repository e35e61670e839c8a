import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

/** What reading a text file gave. Other failures (EACCES) reject with Node's error. */
export type TextFile =
  | { readonly kind: 'ok'; readonly content: string }
  | { readonly kind: 'missing' }
  | { readonly kind: 'not-a-file' }
  | { readonly kind: 'too-large'; readonly size: number };

/**
 * Reads a text file of at most `maxBytes`, refusing folders, FIFOs and sockets without waiting.
 * The type and size are checked on the open handle, so nothing can swap the file in between.
 */
export async function readTextFile(file: string, maxBytes: number): Promise<TextFile> {
  let handle: FileHandle;
  try {
    // Non-blocking: opening a FIFO for reading would otherwise wait for a writer forever.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    // A socket cannot be opened at all (ENXIO).
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
