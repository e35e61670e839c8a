import path from 'node:path';
import { durationMs } from '../core/duration.js';
import type { EdgeSettings } from '../core/edge/render-edge-project.js';
import { WharfError } from '../core/errors.js';
import type { ForgeSettings } from '../core/forge-settings.js';
import type { GitHubSettings } from '../core/github-settings.js';
import { locate } from '../manifests/locate-node.js';
import { hashOf } from '../core/render/config-hash.js';
import type { Problem } from '../core/problem.js';
import { loadYaml } from '../manifests/load-yaml.js';
import { schemaProblems } from '../manifests/schema-problems.js';
import { blockDefaults, resolveManifest } from '../manifests/schemas.js';
import type { NotificationSettings, Receiver } from '../core/notifications/receivers.js';
import type { WharfConfig } from './config.generated.js';

export const defaultConfigPath = '/etc/wharf/config.yaml';

export interface RegistryLogin {
  readonly server: string;
  readonly username: string;
  readonly passwordFile: string;
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
    /** Each ACME request, and the whole issuance, may take this long. */
    readonly acmeTimeoutMs: number;
    readonly acmeDeadlineMs: number;
    /** Extra authority for the ACME server's own HTTPS. */
    readonly acmeCaFile?: string;
    /** ACME directory where a manifest names none. */
    readonly acmeDirectory?: string;
  };
  readonly images: Readonly<Record<string, string>>;
  /** Private registries' logins; each password is read from its file when a deploy pulls. */
  readonly registries: readonly RegistryLogin[];
  readonly composeTimeoutSeconds: number;
  /** Longest one backup or restore command may take. */
  readonly backupTimeoutMs: number;
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
  /** GitLab, Gitea or Forgejo feedback; never together with `github`. */
  readonly forge: ForgeSettings | null;
  /** The address of an environment's host shown on Deployments and the dashboard; `{host}`: the host. */
  readonly environmentUrl: string;
  /** The node this process deploys for (`wharf agent --node` overrides the file's). */
  readonly node: string;
  readonly queue: {
    readonly concurrency: number;
    readonly resyncIntervalMs: number;
    readonly attempts: number;
  };
  readonly notifications: NotificationSettings;
}

/** Secret values the configuration names (read from files or the environment). */
export interface ConfigSecrets {
  /** The id kept in the state directory, when the configuration names none. */
  readonly installationId?: string;
  readonly repositoryToken?: string;
  readonly githubToken?: string;
  readonly forgeToken?: string;
  readonly webhookSecrets?: readonly string[];
  readonly adminToken?: string;
  /** The URL, signing secret or SMTP password of each notification receiver, by its name. */
  readonly notificationSecrets?: Readonly<Record<string, string>>;
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

/**
 * wharf's settings from a validated configuration (every schema default already in it, see
 * `parseConfig`) and the secrets it names.
 */
export function resolveConfig(
  config: WharfConfig,
  file: string,
  secrets: ConfigSecrets = {},
): ResolvedConfig {
  // A local repository path is taken relative to the config file, like any path in it.
  const remote =
    /^[a-z][a-z0-9+.-]*:\/\//i.test(config.repository.url) || config.repository.url.includes('@');
  const { edge, server, queue, github, forge } = config;
  return {
    file,
    repositoryUrl: remote
      ? config.repository.url
      : path.resolve(path.dirname(file), config.repository.url),
    ...(secrets.repositoryToken ? { token: secrets.repositoryToken } : {}),
    stateDir: config.stateDir,
    installationId:
      config.installationId ?? secrets.installationId ?? `s-${hashOf(config.stateDir)}`,
    redisUrl: config.redis.url,
    redisPrefix: config.redis.prefix,
    edge: {
      project: edge.project,
      image: edge.image,
      bind: edge.bind,
      httpPort: edge.httpPort,
      httpsPort: edge.httpsPort,
      previewPort: edge.previewPort,
    },
    tls: {
      renewBeforeMs: durationMs(edge.renewBefore),
      acmeTimeoutMs: durationMs(edge.acmeTimeout),
      acmeDeadlineMs: durationMs(edge.acmeDeadline),
      ...(edge.acmeCaFile ? { acmeCaFile: edge.acmeCaFile } : {}),
      ...(edge.acmeDirectory ? { acmeDirectory: edge.acmeDirectory } : {}),
    },
    images: Object.fromEntries(
      Object.entries(config.images).filter((e): e is [string, string] => e[1] !== undefined),
    ),
    registries: config.registries.map((r) => ({ ...r })),
    composeTimeoutSeconds: Math.ceil(durationMs(config.composeTimeout) / 1000),
    backupTimeoutMs: durationMs(config.backupTimeout),
    server: {
      bind: server.bind,
      port: server.port,
      bridgeMetricsPort: server.bridgeMetricsPort,
      ...(secrets.adminToken ? { adminToken: secrets.adminToken } : {}),
    },
    ...(config.secrets?.ageIdentityFile ? { ageIdentityFile: config.secrets.ageIdentityFile } : {}),
    webhook: {
      secrets: secrets.webhookSecrets ?? [],
      // Not a schema default: without a list, the repository GitHub feedback goes to.
      repositories:
        config.webhook.repositories ??
        (github ? [github.repository] : forge ? [forge.repository] : []),
      deployTags: config.webhook.deployTags,
    },
    github: github
      ? {
          apiUrl: github.apiUrl.replace(/\/$/, ''),
          ...(secrets.githubToken ? { token: secrets.githubToken } : {}),
          owner: github.repository.split('/')[0] ?? '',
          repo: github.repository.split('/')[1] ?? '',
          webUrl: github.webUrl.replace(/\/$/, ''),
        }
      : null,
    forge: forge
      ? {
          kind: forge.kind,
          apiUrl: forge.apiUrl.replace(/\/$/, ''),
          ...(secrets.forgeToken ? { token: secrets.forgeToken } : {}),
          repository: forge.repository,
          webUrl: forge.webUrl.replace(/\/$/, ''),
        }
      : null,
    environmentUrl: (
      github ??
      blockDefaults<Pick<NonNullable<WharfConfig['github']>, 'environmentUrl'>>(
        'WharfConfig',
        'properties/github',
      )
    ).environmentUrl,
    node: config.node,
    queue: {
      concurrency: queue.concurrency,
      resyncIntervalMs: durationMs(queue.resyncInterval),
      attempts: queue.attempts,
    },
    notifications: notificationSettings(config.notifications, secrets.notificationSecrets ?? {}),
  };
}

/** The receivers with the secrets their files hold; a receiver whose file was not read is dropped. */
function notificationSettings(
  config: WharfConfig['notifications'],
  secrets: Readonly<Record<string, string>>,
): NotificationSettings {
  const receivers = config.receivers.flatMap((r): Receiver[] => {
    const filter = {
      ...(r.environments ? { environments: r.environments } : {}),
      ...(r.events ? { events: r.events } : {}),
    };
    const secret = secrets[r.name];
    switch (r.kind) {
      case 'slack':
      case 'teams':
        return secret === undefined ? [] : [{ name: r.name, kind: r.kind, url: secret, ...filter }];
      case 'webhook':
        return secret === undefined
          ? []
          : [{ name: r.name, kind: 'webhook', url: r.url, secret, ...filter }];
      case 'email': {
        const secure = r.smtp.secure ?? r.smtp.port === 465;
        return [
          {
            name: r.name,
            kind: 'email',
            smtp: {
              host: r.smtp.host,
              port: r.smtp.port ?? (secure ? 465 : 587),
              secure,
              ...(r.smtp.user ? { user: r.smtp.user } : {}),
              ...(secret !== undefined ? { password: secret } : {}),
            },
            from: r.from,
            to: r.to,
            ...filter,
          },
        ];
      }
    }
  });
  return {
    receivers,
    attempts: config.attempts,
    backoffMs: durationMs(config.backoff),
    timeoutMs: durationMs(config.timeout),
  };
}

/**
 * Parses and validates the text of a config file, filling in every default the schema gives;
 * ConfigError names each problem by line.
 */
export function parseConfig(file: string, text: string): WharfConfig {
  const loaded = loadYaml(file, text);
  if (!loaded.ok) throw new ConfigError(file, loaded.problems);
  const resolved = resolveManifest('WharfConfig', loaded.yaml.value);
  if (!resolved.ok) throw new ConfigError(file, schemaProblems(loaded.yaml, resolved.errors));
  const value = resolved.value;
  // Feedback goes to one forge: two would each get half a story.
  const refuse = (path: readonly string[], rule: string, message: string): never => {
    const at = locate(loaded.yaml, path, 'key');
    throw new ConfigError(file, [
      { file, line: at.line, column: at.column, path: `$.${path.join('.')}`, message, rule },
    ]);
  };
  if (value.github && value.forge)
    refuse(
      ['forge'],
      'one-feedback-forge',
      'configure feedback on one forge: `github` and `forge` cannot both be set (webhooks from every forge are accepted either way)',
    );
  if (
    value.forge &&
    value.forge.kind !== 'gitlab' &&
    value.forge.repository.split('/').length !== 2
  )
    refuse(
      ['forge', 'repository'],
      'owner-name-repository',
      `${value.forge.kind} names a repository \`owner/name\`; only GitLab nests groups`,
    );
  return value;
}
