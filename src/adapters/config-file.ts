import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { WharfError } from '../core/errors.js';
import { messageOf } from '../core/message-of.js';
import { parseConfig, resolveConfig, type ResolvedConfig } from '../config/load-config.js';

/**
 * The installation id kept in the state directory, written at random the first time: it stays
 * with the state (applied records, rendered projects) that the labelled containers belong to.
 */
async function storedInstallationId(stateDir: string): Promise<string> {
  const file = path.join(stateDir, 'installation-id');
  const read = async (): Promise<string | null> => {
    try {
      return (await readFile(file, 'utf8')).trim() || null;
    } catch {
      return null;
    }
  };
  const existing = await read();
  if (existing) return existing;
  try {
    await mkdir(stateDir, { recursive: true });
    // `wx`: of two processes starting at once, one writes and both read what it wrote.
    await writeFile(file, `${randomBytes(6).toString('hex')}\n`, { flag: 'wx', mode: 0o644 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
      throw new WharfError(
        'installation-id',
        `cannot write ${file} (${messageOf(error)}); set installationId in the configuration, or run wharf as the user that owns ${stateDir}`,
      );
  }
  const written = await read();
  if (!written) throw new WharfError('installation-id', `${file} is empty`);
  return written;
}

/** Reads and validates the config file and the secrets it names; ConfigError names each problem by line. */
export async function loadConfig(file: string): Promise<ResolvedConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new WharfError(
      'config-missing',
      `no wharf configuration at ${file}; pass --config FILE or set WHARF_CONFIG (see docs/operations.md)`,
    );
  }
  const config = parseConfig(file, text);
  const read = async (
    secretPath: string | undefined,
    field: string,
  ): Promise<string | undefined> => {
    if (!secretPath) return undefined;
    try {
      return (await readFile(secretPath, 'utf8')).trim();
    } catch {
      throw new WharfError('config-token', `cannot read ${field} ${secretPath} named in ${file}`);
    }
  };
  const repositoryToken = await read(config.repository.tokenFile, 'repository.tokenFile');
  const githubToken = (await read(config.github?.tokenFile, 'github.tokenFile')) ?? repositoryToken;
  const forgeToken = (await read(config.forge?.tokenFile, 'forge.tokenFile')) ?? repositoryToken;
  const current =
    process.env['WHARF_WEBHOOK_SECRET'] ??
    (await read(config.webhook.secretFile, 'webhook.secretFile'));
  const previous = await read(config.webhook.previousSecretFile, 'webhook.previousSecretFile');
  const adminToken =
    process.env['WHARF_ADMIN_TOKEN'] ??
    (await read(config.server.adminTokenFile, 'server.adminTokenFile'));
  const names = config.notifications.receivers.map((r) => r.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  // Queued deliveries name their receiver: two of one name would get each other's messages.
  if (twice !== undefined)
    throw new WharfError(
      'config-invalid',
      `${file}: notifications.receivers has two receivers named ${twice}; give each its own name`,
    );
  const servers = config.registries.map((r) => r.server.toLowerCase());
  const twiceServer = servers.find((n, i) => servers.indexOf(n) !== i);
  if (twiceServer !== undefined)
    throw new WharfError(
      'config-invalid',
      `${file}: registries has two logins for ${twiceServer}; Docker keeps one per registry`,
    );
  const notificationSecrets: Record<string, string> = {};
  for (const [i, r] of config.notifications.receivers.entries()) {
    const file =
      r.kind === 'webhook' ? r.secretFile : r.kind === 'email' ? r.smtp.passwordFile : r.urlFile;
    const field = `notifications.receivers[${i}].${r.kind === 'webhook' ? 'secretFile' : r.kind === 'email' ? 'smtp.passwordFile' : 'urlFile'}`;
    const value = await read(file, field);
    if (value !== undefined) notificationSecrets[r.name] = value;
  }
  const installationId = config.installationId ?? (await storedInstallationId(config.stateDir));
  return resolveConfig(config, file, {
    installationId,
    ...(adminToken ? { adminToken } : {}),
    ...(repositoryToken ? { repositoryToken } : {}),
    ...(githubToken ? { githubToken } : {}),
    ...(forgeToken ? { forgeToken } : {}),
    notificationSecrets,
    webhookSecrets: [current, previous].filter((s): s is string => Boolean(s)),
  });
}
