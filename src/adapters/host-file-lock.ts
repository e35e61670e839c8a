import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { messageOf } from '../core/message-of.js';

export interface FileLockOptions {
  /** How long to wait for another holder before giving up (default 60 s). */
  readonly waitMs?: number;
  /** Builds the error thrown when the wait ran out. */
  readonly busy: (detail: string) => Error;
}

// One queue per lock file in this process, so its own callers wait in turn instead of polling
// the lock directory against each other.
const queues = new Map<string, Promise<unknown>>();

/**
 * Runs `work` holding `file`'s lock against every process of this host that shares the
 * folder: a `file.lock` directory made atomically by mkdir and kept fresh while held, taken
 * over when its holder stopped refreshing it for 10 s (killed). Callers of one process queue.
 */
export async function withFileLock<T>(
  file: string,
  work: () => Promise<T>,
  options: FileLockOptions,
): Promise<T> {
  const previous = queues.get(file) ?? Promise.resolve();
  const run = previous.then(
    () => holding(file, work, options),
    () => holding(file, work, options),
  );
  const tail = run.catch(() => undefined);
  queues.set(file, tail);
  try {
    return await run;
  } finally {
    if (queues.get(file) === tail) queues.delete(file);
  }
}

async function holding<T>(
  file: string,
  work: () => Promise<T>,
  options: FileLockOptions,
): Promise<T> {
  await mkdir(path.dirname(file), { recursive: true });
  const waitMs = options.waitMs ?? 60_000;
  let compromised: Error | undefined;
  let unlock: () => Promise<void>;
  try {
    unlock = await lockfile.lock(file, {
      realpath: false,
      stale: 10_000,
      update: 2_000,
      retries: { retries: Math.ceil(waitMs / 250), minTimeout: 50, maxTimeout: 250, factor: 1.5 },
      // The default throws from a timer, ending the process; the holder is told instead.
      onCompromised: (error) => (compromised = error),
    });
  } catch (error) {
    throw options.busy(messageOf(error));
  }
  try {
    const result = await work();
    if (compromised)
      throw options.busy(`the lock was taken over while held: ${compromised.message}`);
    return result;
  } finally {
    await unlock().catch(() => undefined);
  }
}
