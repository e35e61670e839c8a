// A private registry with a login (Debian's docker-registry with htpasswd): a deploy without
// credentials fails with a clear message and changes nothing; with them it pulls and runs; the
// password is in no log, no Redis key, no container and no Docker configuration left behind.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docker } from '../helpers/docker-cli.js';
import { TestRepo } from '../helpers/git-repo.js';
import { webEnvironment } from '../helpers/manifest-text.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { runCli, type CliResult } from '../helpers/run-cli.js';
import { createTestHost, type TestHost } from '../helpers/wharf-host.js';

const env = 'e2e-registry';
const password = `pw-${Math.random().toString(36).slice(2)}-secret`;
const user = 'deployer';

let registry: TestRegistry;
let repo: TestRepo;
let host: TestHost;
let privateImage: string;
/** The host's configuration with the registry's login. */
let withLogin: string;
const printed: CliResult[] = [];

function manifest(image: string, body: string): string {
  return webEnvironment({ name: env, host: 'registry.test', body, verify: '1s' }).replace(
    'ghcr.io/jupiter/web:1.8.0',
    image,
  );
}

async function deploy(configFile: string, ...flags: string[]): Promise<CliResult> {
  const result = await runCli(['deploy', env, '--config', configFile, ...flags]);
  printed.push(result);
  return result;
}

const answer = () => host.get('registry.test', '/').catch(() => ({ status: 0, body: '' }));

beforeAll(async () => {
  registry = await startRegistry({ user, password });
  privateImage = await registry.push('wharf-test/app:2', 'acme/web:2');
  repo = await TestRepo.create();
  await repo.commit('public image', {
    'wharf.yaml': `apiVersion: wharf/v1\nkind: Repository\nenvironments:\n  ${env}: { manifest: env.yaml, branch: main }\n`,
    'env.yaml': manifest('ghcr.io/jupiter/web:1.8.0', 'public v1'),
  });
  host = await createTestHost(repo.dir, [env]);
  const passwordFile = path.join(host.root, 'registry-password');
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  const config = parse(await readFile(host.configFile, 'utf8')) as Record<string, unknown>;
  config['registries'] = [{ server: registry.server, username: user, passwordFile }];
  withLogin = path.join(host.root, 'config-with-login.yaml');
  await writeFile(withLogin, stringify(config));
  expect((await deploy(host.configFile)).code).toBe(0);
  expect((await answer()).body).toBe('public v1\n');
}, 180_000);

afterAll(async () => {
  await host?.close();
  await repo?.remove();
  await registry?.close();
  await docker(['rmi', privateImage]).catch(() => undefined);
});

describe('a private registry with a login', { timeout: 180_000 }, () => {
  it('without credentials: the deploy fails saying the registry wants a login, and nothing changes', async () => {
    await repo.commit('private image', { 'env.yaml': manifest(privateImage, 'private v2') });
    const failed = await deploy(host.configFile);
    expect(failed.code).not.toBe(0);
    const said = failed.stdout + failed.stderr;
    expect(said).toContain(registry.server);
    expect(said).toMatch(/add its credentials to `registries` in the configuration/);
    expect((await answer()).body).toBe('public v1\n');
  });

  it('with credentials: the deploy pulls and runs the image; the password is nowhere', async () => {
    // The failed revision is held until asked again: --retry, as the refusal says.
    const deployed = await deploy(withLogin, '--retry');
    expect(deployed.stderr + deployed.stdout).not.toMatch(/error/i);
    expect(deployed.code).toBe(0);
    expect((await answer()).body).toBe('private v2\n');
    const running = await docker([
      'ps',
      '--filter',
      `label=wharf.environment=${env}`,
      '--format',
      '{{.Image}}',
    ]);
    expect(running.split('\n')).toContain(privateImage);

    const encoded = Buffer.from(`${user}:${password}`).toString('base64');
    const leaks = (text: string) => text.includes(password) || text.includes(encoded);
    // What wharf printed.
    expect(printed.filter((p) => leaks(p.stdout + p.stderr))).toEqual([]);
    // Everything this installation keeps in Redis: history, deploy logs, state.
    const redis = new Redis(host.config.redisUrl);
    try {
      const keys = await redis.keys(`${host.config.redisPrefix}:*`);
      expect(keys.length).toBeGreaterThan(0);
      const leaking: string[] = [];
      for (const key of keys) {
        const type = await redis.type(key);
        const value =
          type === 'string'
            ? await redis.get(key)
            : type === 'list'
              ? (await redis.lrange(key, 0, -1)).join('\n')
              : type === 'hash'
                ? JSON.stringify(await redis.hgetall(key))
                : type === 'zset'
                  ? (await redis.zrange(key, '0', '-1')).join('\n')
                  : type === 'stream'
                    ? JSON.stringify(await redis.xrange(key, '-', '+'))
                    : '';
        if (leaks(value ?? '')) leaking.push(key);
      }
      expect(leaking).toEqual([]);
    } finally {
      redis.disconnect();
    }
    // The containers' configuration, the state directory's files and Docker client configs.
    const ids = (await docker(['ps', '-aq', '--filter', `label=wharf.environment=${env}`])).split(
      '\n',
    );
    expect(leaks(await docker(['inspect', ...ids]))).toBe(false);
    const stateFiles = await readdir(host.config.stateDir, {
      recursive: true,
      withFileTypes: true,
    });
    const leakingFiles: string[] = [];
    for (const f of stateFiles.filter((e) => e.isFile())) {
      const file = path.join(f.parentPath, f.name);
      if (leaks(await readFile(file, 'utf8'))) leakingFiles.push(file);
    }
    expect(leakingFiles).toEqual([]);
    expect((await readdir(tmpdir())).filter((f) => f.startsWith('wharf-docker-config-'))).toEqual(
      [],
    );
    const userConfig = await readFile(path.join(homedir(), '.docker', 'config.json'), 'utf8').catch(
      () => '',
    );
    expect(userConfig).not.toContain(registry.server);
  });
});
