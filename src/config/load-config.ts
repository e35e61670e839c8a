import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDuration } from '../core/duration.js';
import type { EdgeSettings } from '../core/edge/render-edge-project.js';
import { WharfError } from '../core/errors.js';
import { hashOf } from '../core/render/config-hash.js';
import type { Problem } from '../core/problem.js';
import { loadYaml } from '../manifests/load-yaml.js';
import { schemaProblems } from '../manifests/schema-problems.js';
import { schemaValidator } from '../manifests/schemas.js';
import type { WharfConfig } from './config.generated.js';

export const defaultConfigPath = '/etc/wharf/config.yaml';

export interface GitHubSettings {
  readonly apiUrl: string;
  readonly token?: string;
  readonly owner: string;
  readonly repo: string;
  readonly environmentUrl: string;
  /** GitHub's web address, for links to commits and pull requests. */
  readonly webUrl: string;
}

/** wharf's settings with every default filled in and the secrets it names read. */
export interface ResolvedConfig {
  readonly file: string;
  readonly repositoryUrl: string;
  readonly token?: string;
  readonly stateDir: string;
  /** This installation's identity: the label on the edge and every container it deploys. */
  readonly installationId: string;
  readonly redisUrl: string;
  readonly redisPrefix: string;
  readonly edge: EdgeSettings;
  readonly tls: {
    /** Renew certificates that expire sooner than this. */
    readonly renewBeforeMs: number;
    /** Extra authority for the ACME server's own HTTPS. */
    readonly acmeCaFile?: string;
    /** ACME directory where a manifest names none. */
    readonly acmeDirectory?: string;
  };
  readonly images: Readonly<Record<string, string>>;
  readonly composeTimeoutSeconds: number;
  readonly server: {
    readonly bind: string;
    readonly port: number;
    /** Metrics-only listener on the Docker bridge for the environments' Prometheus; 0: none. */
    readonly bridgeMetricsPort: number;
    /** Opens the dashboard and the queue view; without it they stay closed. */
    readonly adminToken?: string;
  };
  /** This host's age identities, for secrets encrypted in the repository. */
  readonly ageIdentityFile?: string;
  readonly webhook: {
    /** Accepted secrets: the current one first, then the previous one while rotating. */
    readonly secrets: readonly string[];
    readonly repositories: readonly string[];
    readonly deployTags: boolean;
  };
  readonly github: GitHubSettings | null;
  readonly queue: {
    readonly concurrency: number;
    readonly resyncIntervalMs: number;
    readonly attempts: number;
  };
}

/** Secret values the configuration names (read from files or the environment). */
export interface ConfigSecrets {
  /** The id kept in the state directory, when the configuration names none. */
  readonly installationId?: string;
  readonly repositoryToken?: string;
  readonly githubToken?: string;
  readonly webhookSecrets?: readonly string[];
  readonly adminToken?: string;
}

/** The config file does not validate; `problems` say where. */
export class ConfigError extends WharfError {
  constructor(
    file: string,
    readonly problems: readonly Problem[],
  ) {
    super(
      'config-invalid',
      `${file} is not a valid wharf configuration:\n${problems.map((p) => `  ${file}:${p.line}:${p.column}  ${p.path}  ${p.message}`).join('\n')}`,
    );
  }
}

export function resolveConfig(
  config: WharfConfig,
  file: string,
  secrets: ConfigSecrets = {},
): ResolvedConfig {
  // A local repository path is taken relative to the config file, like any path in it.
  const remote =
    /^[a-z][a-z0-9+.-]*:\/\//i.test(config.repository.url) || config.repository.url.includes('@');
  const github = config.github;
  return {
    file,
    repositoryUrl: remote
      ? config.repository.url
      : path.resolve(path.dirname(file), config.repository.url),
    ...(secrets.repositoryToken ? { token: secrets.repositoryToken } : {}),
    stateDir: config.stateDir ?? '/var/lib/wharf',
    installationId:
      config.installationId ??
      secrets.installationId ??
      `s-${hashOf(config.stateDir ?? '/var/lib/wharf')}`,
    redisUrl: config.redis?.url ?? 'redis://127.0.0.1:6379',
    redisPrefix: config.redis?.prefix ?? 'wharf',
    edge: {
      project: config.edge?.project ?? 'wharf-edge',
      image: config.edge?.image ?? 'nginx:1.27',
      bind: config.edge?.bind ?? '0.0.0.0',
      httpPort: config.edge?.httpPort ?? 80,
      httpsPort: config.edge?.httpsPort ?? 443,
      previewPort: config.edge?.previewPort ?? 8099,
    },
    tls: {
      renewBeforeMs: parseDuration(config.edge?.renewBefore ?? '30d') ?? 30 * 24 * 3600 * 1000,
      ...(config.edge?.acmeCaFile ? { acmeCaFile: config.edge.acmeCaFile } : {}),
      ...(config.edge?.acmeDirectory ? { acmeDirectory: config.edge.acmeDirectory } : {}),
    },
    images: Object.fromEntries(
      Object.entries(config.images ?? {}).filter((e): e is [string, string] => e[1] !== undefined),
    ),
    composeTimeoutSeconds: Math.ceil(
      (parseDuration(config.composeTimeout ?? '10m') ?? 600_000) / 1000,
    ),
    server: {
      bind: config.server?.bind ?? '127.0.0.1',
      port: config.server?.port ?? 8787,
      bridgeMetricsPort: config.server?.bridgeMetricsPort ?? 8788,
      ...(secrets.adminToken ? { adminToken: secrets.adminToken } : {}),
    },
    ...(config.secrets?.ageIdentityFile ? { ageIdentityFile: config.secrets.ageIdentityFile } : {}),
    webhook: {
      secrets: secrets.webhookSecrets ?? [],
      repositories: config.webhook?.repositories ?? (github ? [github.repository] : []),
      deployTags: config.webhook?.deployTags ?? false,
    },
    github: github
      ? {
          apiUrl: (github.apiUrl ?? 'https://api.github.com').replace(/\/$/, ''),
          ...(secrets.githubToken ? { token: secrets.githubToken } : {}),
          owner: github.repository.split('/')[0] ?? '',
          repo: github.repository.split('/')[1] ?? '',
          environmentUrl: github.environmentUrl ?? 'https://{host}',
          webUrl: (github.webUrl ?? 'https://github.com').replace(/\/$/, ''),
        }
      : null,
    queue: {
      concurrency: config.queue?.concurrency ?? 2,
      resyncIntervalMs: parseDuration(config.queue?.resyncInterval ?? '3m') ?? 180_000,
      attempts: config.queue?.attempts ?? 5,
    },
  };
}

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
        `cannot write ${file} (${(error as Error).message}); set installationId in the configuration, or run wharf as the user that owns ${stateDir}`,
      );
  }
  const written = await read();
  if (!written) throw new WharfError('installation-id', `${file} is empty`);
  return written;
}

/** Reads and validates the config file; ConfigError names each problem by line. */
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
  const loaded = loadYaml(file, text);
  if (!loaded.ok) throw new ConfigError(file, loaded.problems);
  const validate = schemaValidator('WharfConfig');
  if (!validate(loaded.yaml.value))
    throw new ConfigError(file, schemaProblems(loaded.yaml, validate.errors ?? []));
  const config = loaded.yaml.value as WharfConfig;
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
  const current =
    process.env['WHARF_WEBHOOK_SECRET'] ??
    (await read(config.webhook?.secretFile, 'webhook.secretFile'));
  const previous = await read(config.webhook?.previousSecretFile, 'webhook.previousSecretFile');
  const adminToken =
    process.env['WHARF_ADMIN_TOKEN'] ??
    (await read(config.server?.adminTokenFile, 'server.adminTokenFile'));
  const installationId =
    config.installationId ?? (await storedInstallationId(config.stateDir ?? '/var/lib/wharf'));
  return resolveConfig(config, file, {
    installationId,
    ...(adminToken ? { adminToken } : {}),
    ...(repositoryToken ? { repositoryToken } : {}),
    ...(githubToken ? { githubToken } : {}),
    webhookSecrets: [current, previous].filter((s): s is string => Boolean(s)),
  });
}
