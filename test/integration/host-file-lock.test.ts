// The host's file lock is the kernel's: held against other processes, released the moment its
// holder dies (SIGKILL included), never taken from a live holder. Real processes.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withFileLock } from '../../src/adapters/host-file-lock.js';

let dir: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'wharf-file-lock-'));
});

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

const busy = (detail: string): Error => Object.assign(new Error(detail), { code: 'busy' });

/** Another wharf process that takes the lock and holds it until it is killed. */
async function holderProcess(file: string): Promise<ChildProcess> {
  const adapter = path.resolve('src/adapters/host-file-lock.ts');
  const script = `import { withFileLock } from ${JSON.stringify(adapter)};
await withFileLock(${JSON.stringify(file)}, async () => {
  console.log('held');
  await new Promise(() => undefined);
}, { busy: (d) => new Error(d) });`;
  const child = spawn('node', ['--import', 'tsx', '--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout?.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`the holder exited ${code}`)));
  });
  return child;
}

describe('the host file lock', { timeout: 60_000 }, () => {
  it('keeps a second process out while held, and gives up after its wait', async () => {
    const file = path.join(dir, 'held');
    const holder = await holderProcess(file);
    const started = performance.now();
    const failure = await withFileLock(file, () => Promise.resolve('got it'), {
      waitMs: 1000,
      busy,
    }).catch((e: unknown) => e);
    expect(failure).toMatchObject({
      code: 'busy',
      message: `another process held ${file} for 1 s`,
    });
    expect(performance.now() - started).toBeGreaterThan(900);
    const now = await withFileLock(file, () => Promise.resolve('got it'), {
      waitMs: 0,
      busy,
    }).catch((e: unknown) => e);
    expect(now).toMatchObject({ message: `another process holds ${file}` });
    holder.kill('SIGTERM');
  });

  it('is free the moment its holder is killed with SIGKILL', async () => {
    const file = path.join(dir, 'killed');
    const holder = await holderProcess(file);
    const waiting = withFileLock(file, () => Promise.resolve(performance.now()), {
      waitMs: 20_000,
      busy,
    });
    await new Promise((r) => setTimeout(r, 300));
    const killedAt = performance.now();
    holder.kill('SIGKILL');
    const acquiredAt = await waiting;
    expect(acquiredAt - killedAt).toBeLessThan(1000);
  });

  it('runs the callers of one process in turn, and makes the lock file private', async () => {
    const file = path.join(dir, 'queue');
    const order: string[] = [];
    const step = (name: string) => () =>
      new Promise<void>((resolve) => {
        order.push(`${name} in`);
        setTimeout(() => {
          order.push(`${name} out`);
          resolve();
        }, 50);
      });
    await Promise.all(['a', 'b', 'c'].map((n) => withFileLock(file, step(n), { busy })));
    expect(order).toEqual(['a in', 'a out', 'b in', 'b out', 'c in', 'c out']);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readFile(file, 'utf8')).toBe('');
  });
});
