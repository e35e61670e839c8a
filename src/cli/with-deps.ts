import { loadConfig } from '../adapters/config-file.js';
import { defaultConfigPath } from '../config/load-config.js';
import type { DeployDeps } from '../deploy/deps.js';
import { wire } from '../main.js';
import type { CliIo } from './io.js';
import { guardThisNode } from './node-guard.js';
import { reportError } from './report-error.js';

export interface ConfigOption {
  readonly config?: string;
}

export function configPath(options: ConfigOption): string {
  return options.config ?? process.env['WHARF_CONFIG'] ?? defaultConfigPath;
}

/** The environment a command changes: refused unless this host is of its node. */
export interface OnEnvironment {
  readonly environment: string;
  /** The revision the command deploys, when not what the environment follows. */
  readonly ref?: string;
}

/** Loads the configuration, wires the adapters, runs `work`, and always closes connections. */
export async function withDeps<T>(
  options: ConfigOption,
  io: CliIo,
  work: (deps: DeployDeps) => Promise<T>,
  on?: OnEnvironment,
): Promise<T> {
  void io;
  const config = await loadConfig(configPath(options));
  const wired = wire(config);
  try {
    if (on) await guardThisNode(wired, config.node, on.environment, on.ref);
    return await work(wired.deps);
  } finally {
    await wired.close();
  }
}

/** A command that needs the adapters: any error becomes its message and exit code. */
export async function runWithDeps(
  options: ConfigOption,
  io: CliIo,
  work: (deps: DeployDeps) => Promise<number>,
  on?: OnEnvironment,
): Promise<number> {
  try {
    return await withDeps(options, io, work, on);
  } catch (error) {
    return reportError(error, io);
  }
}
