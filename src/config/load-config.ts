import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { EdgeSettings } from '../core/edge/render-edge-project.js';
import { parseDuration } from '../core/duration.js';
import { WharfError } from '../core/errors.js';
import type { Problem } from '../core/problem.js';
import { loadYaml } from '../manifests/load-yaml.js';
import { schemaProblems } from '../manifests/schema-problems.js';
import { schemaValidator } from '../manifests/schemas.js';
import type { WharfConfig } from './config.generated.js';

export const defaultConfigPath = '/etc/wharf/config.yaml';

/** wharf's settings with every default filled in and the token read. */
export interface ResolvedConfig {
  readonly file: string;
  readonly repositoryUrl: string;
  readonly token?: string;
  readonly stateDir: string;
  readonly redisUrl: string;
  readonly redisPrefix: string;
  readonly edge: EdgeSettings;
  readonly images: Readonly<Record<string, string>>;
  readonly composeTimeoutSeconds: number;
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

export function resolveConfig(config: WharfConfig, file: string, token?: string): ResolvedConfig {
  const base = path.dirname(file);
  // A local repository path is taken relative to the config file, like any path in it.
  const url =
    /^[a-z][a-z0-9+.-]*:\/\//i.test(config.repository.url) || config.repository.url.includes('@')
      ? config.repository.url
      : path.resolve(base, config.repository.url);
  return {
    file,
    repositoryUrl: url,
    ...(token ? { token } : {}),
    stateDir: config.stateDir ?? '/var/lib/wharf',
    redisUrl: config.redis?.url ?? 'redis://127.0.0.1:6379',
    redisPrefix: config.redis?.prefix ?? 'wharf',
    edge: {
      image: config.edge?.image ?? 'nginx:1.27',
      bind: config.edge?.bind ?? '0.0.0.0',
      httpPort: config.edge?.httpPort ?? 80,
      httpsPort: config.edge?.httpsPort ?? 443,
      previewPort: config.edge?.previewPort ?? 8099,
    },
    images: Object.fromEntries(
      Object.entries(config.images ?? {}).filter((e): e is [string, string] => e[1] !== undefined),
    ),
    composeTimeoutSeconds: Math.ceil(
      (parseDuration(config.composeTimeout ?? '10m') ?? 600_000) / 1000,
    ),
  };
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
  let token: string | undefined;
  if (config.repository.tokenFile) {
    try {
      token = (await readFile(config.repository.tokenFile, 'utf8')).trim();
    } catch {
      throw new WharfError(
        'config-token',
        `cannot read repository.tokenFile ${config.repository.tokenFile} named in ${file}`,
      );
    }
  }
  return resolveConfig(config, file, token);
}
