import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/adapters/config-file.js';
import { withRegistryLogins } from '../../src/adapters/registry-logins.js';
import { ComposeError, WharfError } from '../../src/core/errors.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'wharf-logins-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('registry logins for one command', () => {
  it('are a Docker client configuration of their own, private, gone when the command ends', async () => {
    const passwordFile = path.join(dir, 'pw');
    await writeFile(passwordFile, 's3cret\n', { mode: 0o600 });
    let seen: { config: unknown; dirMode: number; fileMode: number; where: string } | null = null;
    await withRegistryLogins(
      [{ server: 'registry.example:5000', username: 'pull', passwordFile }],
      async (env) => {
        const where = env.DOCKER_CONFIG ?? '';
        const file = path.join(where, 'config.json');
        seen = {
          where,
          config: JSON.parse(await readFile(file, 'utf8')),
          dirMode: (await stat(where)).mode & 0o777,
          fileMode: (await stat(file)).mode & 0o777,
        };
      },
    );
    expect(seen).toMatchObject({
      config: {
        auths: { 'registry.example:5000': { auth: Buffer.from('pull:s3cret').toString('base64') } },
      },
      dirMode: 0o700,
      fileMode: 0o600,
    });
    await expect(stat((seen as unknown as { where: string }).where)).rejects.toThrow(/ENOENT/);
  });

  it('pass nothing when there are none', async () => {
    expect(await withRegistryLogins([], (env) => Promise.resolve(env))).toEqual({});
  });

  it('refuse a password file that is missing or empty, naming the registry and the file', async () => {
    const before = (await readdir(tmpdir())).filter((f) => f.startsWith('wharf-docker-config-'));
    const missing = path.join(dir, 'nope');
    const error = await withRegistryLogins(
      [{ server: 'registry.example', username: 'pull', passwordFile: missing }],
      () => Promise.resolve('ran'),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WharfError);
    expect((error as Error).message).toBe(
      `registries: the password of registry.example (${missing}) does not exist`,
    );
    const empty = path.join(dir, 'empty');
    await writeFile(empty, '\n');
    await expect(
      withRegistryLogins([{ server: 'r.example', username: 'u', passwordFile: empty }], () =>
        Promise.resolve('ran'),
      ),
    ).rejects.toThrow(/r\.example .* is empty/);
    const after = (await readdir(tmpdir())).filter((f) => f.startsWith('wharf-docker-config-'));
    expect(after).toEqual(before);
  });
});

describe('a pull the registry refuses for want of a login', () => {
  it.each([
    'Error response from daemon: Head "http://127.0.0.1:5000/v2/acme/web/manifests/2": no basic auth credentials',
    "Error response from daemon: pull access denied for acme/web, repository does not exist or may require 'docker login'",
    'unauthorized: authentication required',
  ])('says where the login goes and is not retried: %s', (stderr) => {
    const error = new ComposeError({
      environment: 'shop',
      project: 'shop-green',
      services: ['web'],
      command: 'up',
      exitCode: 1,
      stderrTail: stderr,
      timedOut: false,
    });
    expect(error.retryable).toBe(false);
    expect(error.message).toContain('add its credentials to `registries` in the configuration');
  });
});

describe('registries in the configuration', () => {
  it('refuse two logins for one registry', async () => {
    const file = path.join(dir, 'config.yaml');
    await writeFile(
      file,
      [
        'repository: { url: /srv/environments }',
        'registries:',
        '  - { server: Registry.example, username: a, passwordFile: /etc/wharf/a }',
        '  - { server: registry.example, username: b, passwordFile: /etc/wharf/b }',
        '',
      ].join('\n'),
    );
    await expect(loadConfig(file)).rejects.toThrow(
      `${file}: registries has two logins for registry.example; Docker keeps one per registry`,
    );
  });
});
