import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RegistryLogin } from '../config/load-config.js';
import { WharfError } from '../core/errors.js';
import { readTextFile } from './read-text-file.js';

/**
 * Runs `command` with `DOCKER_CONFIG` pointing at a Docker client configuration that holds
 * only wharf's registry logins, written for this one command and removed after it: the
 * passwords never reach an argument list, an environment variable or a log, and no login
 * stays behind in a shared `~/.docker`. Without logins, the command runs as it is.
 */
export async function withRegistryLogins<T>(
  logins: readonly RegistryLogin[],
  command: (env: { readonly DOCKER_CONFIG?: string }) => Promise<T>,
): Promise<T> {
  if (logins.length === 0) return command({});
  const auths: Record<string, { auth: string }> = {};
  for (const login of logins) {
    const password = await passwordOf(login);
    auths[login.server] = {
      auth: Buffer.from(`${login.username}:${password}`).toString('base64'),
    };
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'wharf-docker-config-'));
  try {
    await chmod(dir, 0o700);
    await writeFile(path.join(dir, 'config.json'), JSON.stringify({ auths }), { mode: 0o600 });
    return await command({ DOCKER_CONFIG: dir });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The engine API's `X-Registry-Auth` for `server` from wharf's logins (JSON in URL-safe base64,
 * as the engine reads it), or null when wharf has no login for it. Sent in a header, never logged.
 */
export async function registryAuthHeader(
  logins: readonly RegistryLogin[],
  server: string,
): Promise<string | null> {
  const login = logins.find((l) => l.server === server);
  if (!login) return null;
  const auth = {
    username: login.username,
    password: await passwordOf(login),
    serveraddress: server,
  };
  // URL-safe alphabet with its padding: Node's 'base64url' drops the padding, which the
  // engine's decoder (Go's base64.URLEncoding) refuses, and then asks with no login at all.
  return Buffer.from(JSON.stringify(auth))
    .toString('base64')
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
}

async function passwordOf(login: RegistryLogin): Promise<string> {
  const refuse = (why: string): never => {
    throw new WharfError(
      'config-invalid',
      `registries: the password of ${login.server} (${login.passwordFile}) ${why}`,
    );
  };
  const read = await readTextFile(login.passwordFile, 64 * 1024).catch((error: unknown) =>
    refuse(`cannot be read: ${(error as Error).message}`),
  );
  if (read.kind !== 'ok')
    return refuse(read.kind === 'missing' ? 'does not exist' : `is ${read.kind}`);
  const password = read.content.trim();
  return password || refuse('is empty');
}
