import { loadConfig } from '../adapters/config-file.js';
import { WharfError } from '../core/errors.js';
import { startService, type ServiceOptions } from '../main.js';
import { exitCodes, type CliIo } from './io.js';
import { reportError } from './report-error.js';
import { configPath, type ConfigOption } from './with-deps.js';

/** Runs until SIGTERM or SIGINT, then stops taking jobs, lets running deploys finish, exits. */
async function runService(
  options: ConfigOption & { node?: string },
  service: ServiceOptions,
  io: CliIo,
): Promise<number> {
  try {
    const loaded = await loadConfig(configPath(options));
    const config = options.node ? { ...loaded, node: options.node } : loaded;
    if (service.http && config.webhook.secrets.length === 0) {
      throw new WharfError(
        'config-missing',
        'wharf serve needs a webhook secret: set webhook.secretFile in the configuration or WHARF_WEBHOOK_SECRET',
      );
    }
    const running = await startService(config, service);
    if (running.address)
      io.err(
        `wharf is listening on ${running.address} (POST /webhooks/github, GET /healthz, GET /readyz)\n`,
      );
    await new Promise<void>((resolve) => {
      const stop = (): void => {
        process.off('SIGTERM', stop);
        process.off('SIGINT', stop);
        resolve();
      };
      process.on('SIGTERM', stop);
      process.on('SIGINT', stop);
    });
    await running.stop();
    return exitCodes.ok;
  } catch (error) {
    return reportError(error, io);
  }
}

export function serveCommand(
  options: ConfigOption & { workers: boolean; node?: string },
  io: CliIo,
): Promise<number> {
  return runService(options, { http: true, workers: options.workers }, io);
}

export function agentCommand(
  options: ConfigOption & { node?: string },
  io: CliIo,
): Promise<number> {
  return runService(options, { http: false, workers: true }, io);
}
