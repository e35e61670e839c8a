import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { WharfError } from '../core/errors.js';
import { messageOf } from '../core/message-of.js';

/** A file to write, its path relative to the output folder. */
export interface OutputFile {
  readonly path: string;
  readonly content: string;
}

/**
 * Writes `files` under `folder`, making folders as needed; `onWritten` hears of each once it is
 * on disk. A failure (a full disk, a folder that is a file) is `render-write-failed`, worth
 * trying again once fixed.
 */
export async function writeRenderedFiles<F extends OutputFile>(
  folder: string,
  files: readonly F[],
  onWritten: (file: F) => void,
): Promise<void> {
  try {
    for (const file of files) {
      const target = path.join(folder, file.path);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, file.content);
      onWritten(file);
    }
  } catch (error) {
    throw new WharfError(
      'render-write-failed',
      `cannot write the rendered files to ${folder}: ${messageOf(error)}`,
      { retryable: true },
    );
  }
}
