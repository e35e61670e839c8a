import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort, waitFor } from './docker-cli.js';

const exec = promisify(execFile);

/** Debian's `docker-registry` (distribution) on 127.0.0.1, with a login when `user` is given. */
export interface TestRegistry {
  /** `127.0.0.1:PORT`: how image names begin. */
  readonly server: string;
  /** Tags a local image into the registry and pushes it, logged in for the push alone. */
  push(localImage: string, name: string): Promise<string>;
  close(): Promise<void>;
}

export async function startRegistry(login?: {
  readonly user: string;
  readonly password: string;
}): Promise<TestRegistry> {
  const dir = await mkdtemp(path.join(tmpdir(), 'wharf-registry-'));
  const port = await freePort();
  const server = `127.0.0.1:${port}`;
  const auth = login ? (await exec('htpasswd', ['-Bbn', login.user, login.password])).stdout : null;
  if (auth) await writeFile(path.join(dir, 'htpasswd'), auth);
  await writeFile(
    path.join(dir, 'config.yml'),
    [
      'version: 0.1',
      'log: { level: error }',
      `storage: { filesystem: { rootdirectory: ${dir}/data } }`,
      `http: { addr: "${server}" }`,
      ...(auth ? [`auth: { htpasswd: { realm: wharf-test, path: ${dir}/htpasswd } }`] : []),
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn('docker-registry', ['serve', path.join(dir, 'config.yml')], {
    stdio: 'ignore',
  });
  await waitFor(
    `the registry on ${server}`,
    () => fetch(`http://${server}/v2/`).then((r) => r.status),
    (status) => status === 200 || status === 401,
    15_000,
  );
  return {
    server,
    async push(localImage, name) {
      const image = `${server}/${name}`;
      const config = await mkdtemp(path.join(tmpdir(), 'wharf-registry-client-'));
      const docker = (...args: string[]) =>
        exec('docker', ['--config', config, ...args], { maxBuffer: 16 << 20 });
      try {
        if (login) {
          const done = docker('login', server, '-u', login.user, '--password-stdin');
          done.child.stdin?.end(login.password);
          await done;
        }
        await docker('tag', localImage, image);
        await docker('push', image);
        // Only the registry has it now: the next deploy must pull.
        await docker('rmi', image);
      } finally {
        await rm(config, { recursive: true, force: true });
      }
      return image;
    },
    async close() {
      child.kill('SIGTERM');
      await rm(dir, { recursive: true, force: true });
    },
  };
}
