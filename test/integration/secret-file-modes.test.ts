import { lstatSync, mkdirSync, watch, type FSWatcher } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fsStateFiles, writeAtomic } from '../../src/adapters/fs-state-files.js';
import { tlsCertificates } from '../../src/adapters/tls-certificates.js';

let work: string;
let umask: number;

beforeAll(async () => {
  // Nothing is left to the umask: with 0, any mode not set explicitly would be 0666 or 0777.
  umask = process.umask(0);
  work = await mkdtemp(path.join(tmpdir(), 'wharf-modes-'));
});

afterAll(async () => {
  process.umask(umask);
  await rm(work, { recursive: true, force: true });
});

async function mode(file: string): Promise<number> {
  return (await stat(file)).mode & 0o777;
}

/**
 * Watches a folder while `write` runs and notes the mode of every file that shows up in it
 * (temporary ones included), and the modes of `guards` (the folders above) at that moment.
 * The folder is made first, 0755 like every parent it lacks, so the write must narrow them.
 */
async function watching(
  dir: string,
  guards: readonly string[],
  write: () => Promise<unknown>,
): Promise<{ files: Map<string, number[]>; guards: number[] }> {
  // As an older wharf, or git cloning the mirror first, leaves folders: open to all.
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  const files = new Map<string, number[]>();
  const guardModes: number[] = [];
  const watcher: FSWatcher = watch(dir, (_event, name) => {
    if (!name) return;
    try {
      const seen = lstatSync(path.join(dir, name)).mode & 0o777;
      files.set(name, [...(files.get(name) ?? []), seen]);
      for (const guard of guards) guardModes.push(lstatSync(guard).mode & 0o777);
    } catch {
      // Renamed away before it could be looked at.
    }
  });
  try {
    await write();
    // The watcher's events come after the writes: wait until it has seen the final file.
    for (let i = 0; i < 100 && files.size === 0; i += 1)
      await new Promise((resolve) => setTimeout(resolve, 10));
  } finally {
    watcher.close();
  }
  return { files, guards: guardModes };
}

describe('files that hold secrets', () => {
  it('writeAtomic makes a private file 0600 from its first byte, even over a wider one', async () => {
    const dir = path.join(work, 'atomic');
    const file = path.join(dir, 'token');
    const seen = await watching(dir, [], () => writeAtomic(file, 'value\n', 0o600));
    expect(await mode(file)).toBe(0o600);
    expect(seen.files.size).toBeGreaterThan(0);
    for (const [name, modes] of seen.files)
      for (const m of modes) expect(m & 0o077, `${name} was ${m.toString(8)}`).toBe(0);
    // A file already there with a wider mode is replaced, not rewritten in place.
    await writeFile(path.join(dir, 'old'), 'x', { mode: 0o666 });
    await writeAtomic(path.join(dir, 'old'), 'secret\n', 0o600);
    expect(await mode(path.join(dir, 'old'))).toBe(0o600);
  });

  it('the applied record is 0600 in a state directory that is 0700 before it is written', async () => {
    const root = path.join(work, 'state-applied');
    const state = fsStateFiles(root);
    const dir = path.join(root, 'envs', 'production');
    mkdirSync(root, { mode: 0o755 });
    const seen = await watching(dir, [root], () =>
      state.writeApplied('production', {
        revision: 'a'.repeat(40),
        colour: 'blue',
        services: {},
        hosts: [],
        infraRoutes: [],
        colours: {},
        warm: null,
        keepPreviousMs: 0,
      }),
    );
    expect(await mode(path.join(dir, 'applied.json'))).toBe(0o600);
    expect(await mode(root)).toBe(0o700);
    expect(seen.guards.length).toBeGreaterThan(0);
    for (const g of seen.guards) expect(g).toBe(0o700);
    for (const modes of seen.files.values()) for (const m of modes) expect(m & 0o077).toBe(0);
  });

  it.each([
    [
      'a decrypted secret',
      (root: string) => fsStateFiles(root).putSecret('production', 'API_KEY', 's3cret'),
      'production',
      'API_KEY',
    ],
    [
      'a generated preview secret',
      (root: string) => fsStateFiles(root).provisionSecrets('pr-4', ['PG_PASSWORD']),
      'pr-4',
      'PG_PASSWORD',
    ],
  ])(
    '%s lands behind folders that are root’s alone (0700) from before its first byte',
    async (_what, write, env, name) => {
      const root = path.join(work, `state-${env}`);
      const dir = path.join(root, 'secrets', env);
      const seen = await watching(dir, [root, path.join(root, 'secrets'), dir], () => write(root));
      // Readable by the container's user (Compose mounts it as it is), reachable by root only.
      expect(await mode(path.join(dir, name))).toBe(0o644);
      for (const folder of [root, path.join(root, 'secrets'), dir])
        expect(await mode(folder), folder).toBe(0o700);
      expect(seen.guards.length).toBeGreaterThan(0);
      for (const g of seen.guards) expect(g).toBe(0o700);
    },
  );

  it('a rendered file with a secret filled in is written under a 0700 state directory', async () => {
    const root = path.join(work, 'state-project');
    const state = fsStateFiles(root);
    await state.putSecret('production', 'PG_PASSWORD', 'pw');
    const dir = await state.writeProject('production', 'envs/production/infra', {}, [
      { path: 'userlist.txt', content: '"app" "{{secret PG_PASSWORD}}"\n', containsSecrets: true },
    ]);
    expect(await mode(root)).toBe(0o700);
    expect(await mode(path.join(dir, 'userlist.txt'))).toBe(0o644);
  });

  it('a TLS private key is 0600 in a 0700 folder, the chain stays readable', async () => {
    const dir = path.join(work, 'tls');
    const certificates = tlsCertificates({ dir, challengeDir: path.join(work, 'acme') });
    const envDir = path.join(dir, 'production');
    const seen = await watching(envDir, [envDir], () =>
      certificates.issue({
        environment: 'production',
        hosts: ['app.example.com'],
        mode: 'self-signed',
      }),
    );
    expect(await mode(envDir)).toBe(0o700);
    expect(await mode(path.join(envDir, 'key.pem'))).toBe(0o600);
    expect(await mode(path.join(envDir, 'fullchain.pem'))).toBe(0o644);
    for (const [name, modes] of seen.files)
      if (name.includes('key.pem')) for (const m of modes) expect(m & 0o077).toBe(0);
  });
});
