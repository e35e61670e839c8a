import { spawn } from 'node:child_process';
import { mkdir, open } from 'node:fs/promises';
import path from 'node:path';

export interface FileLockOptions {
  /** How long to wait for another holder before giving up (default 60 s; 0: do not wait). */
  readonly waitMs?: number;
  /** Builds the error thrown when the wait ran out. */
  readonly busy: (detail: string) => Error;
}

// One queue per lock file in this process, so its own callers wait in turn instead of each
// asking the kernel and waiting against each other.
const queues = new Map<string, Promise<unknown>>();

/**
 * Runs `work` holding `file`'s lock against every process of this host that shares the
 * folder (containers with it mounted included). The lock is the kernel's (flock(2)), so it
 * is released the moment its holder dies, however it dies: a killed wharf never keeps the
 * others waiting, and a live one is never taken over. Callers of one process queue.
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
  const held = await acquire(file, options.waitMs ?? 60_000, options.busy);
  try {
    const result = await work();
    const lost = held.lost();
    if (lost) throw options.busy(`the lock was lost while held: ${lost}`);
    return result;
  } finally {
    await held.release();
  }
}

interface Held {
  /** Why the lock ended before it was released, if it did. */
  lost(): string | undefined;
  release(): Promise<void>;
}

/**
 * Node has no flock(2), so util-linux's flock(1) takes it and runs `cat`, which echoes the
 * line we send once the lock is ours. The lock lasts while `cat` runs: until we close its
 * input, or this process dies and the kernel closes it. Its own process group, so a Ctrl-C
 * to ours (serve finishing its deploys) does not end it early.
 */
async function acquire(
  file: string,
  waitMs: number,
  busy: (detail: string) => Error,
): Promise<Held> {
  await mkdir(path.dirname(file), { recursive: true });
  // Made here, private, rather than by flock(1) with the umask's mode.
  await (await open(file, 'a', 0o600)).close();
  const wait = waitMs > 0 ? ['-w', String(waitMs / 1000)] : ['-n'];
  const child = spawn('flock', ['-x', ...wait, file, 'cat'], {
    detached: true,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  // A flock that gave up at once has closed its input before we write to it.
  child.stdin.on('error', () => undefined);
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let acquired = false;
  let releasing = false;
  let lost: string | undefined;
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  await new Promise<void>((resolve, reject) => {
    child.on('error', (error) => reject(busy(`flock could not run: ${error.message}`)));
    child.stdout.once('data', () => {
      acquired = true;
      resolve();
    });
    void exited.then((code) => {
      if (!acquired) {
        reject(
          busy(
            code !== 1 || stderr
              ? `flock exited ${code}: ${stderr.trim()}`
              : waitMs > 0
                ? `another process held ${file} for ${waitMs / 1000} s`
                : `another process holds ${file}`,
          ),
        );
      } else if (!releasing) lost = `flock exited ${code} ${stderr.trim()}`.trim();
    });
    child.stdin.write('held\n');
  });
  return {
    lost: () => lost,
    async release() {
      releasing = true;
      child.stdin.end();
      await exited;
    },
  };
}
