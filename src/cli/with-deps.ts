import { loadConfig } from '../adapters/config-file.js';
import { defaultConfigPath } from '../config/load-config.js';
import type { DeployDeps } from '../deploy/deps.js';
import { wire } from '../main.js';
import type { CliIo } from './io.js';
import { reportError } from './report-error.js';

export interface ConfigOption {
  readonly config?: string;
}

export function configPath(options: ConfigOption): string {
  return options.config ?? process.env['WHARF_CONFIG'] ?? defaultConfigPath;
}

/** Loads the configuration, wires the adapters, runs `work`, and always closes connections. */
export async function withDeps<T>(
  options: ConfigOption,
  io: CliIo,
  work: (deps: DeployDeps) => Promise<T>,
): Promise<T> {
  void io;
  const config = await loadConfig(configPath(options));
  const wired = wire(config);
  try {
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
): Promise<number> {
  try {
    return await withDeps(options, io, work);
  } catch (error) {
    return reportError(error, io);
  }
}
