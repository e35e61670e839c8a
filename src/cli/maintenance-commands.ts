import type { Maintenance } from '../core/edge/render-maintenance.js';
import { maintenanceOff, maintenanceOn } from '../deploy/maintenance.js';
import { exitCodes, type CliIo } from './io.js';
import { runWithDeps, type ConfigOption } from './with-deps.js';

export interface MaintenanceOnOptions extends ConfigOption {
  readonly retryAfter?: number;
  readonly message?: string;
}

/** One line on a page that is up: since when, by whom, which page, what clients are told. */
export function describeMaintenance(m: Omit<Maintenance, 'page'>): string {
  const page = m.source.kind === 'repository' ? m.source.path : "wharf's default page";
  const by = m.by === 'operator' ? 'by hand' : 'for a deploy';
  return `since ${m.since}, ${by}, ${page}, Retry-After ${m.retryAfterSeconds}s`;
}

export function maintenanceOnCommand(
  environment: string,
  options: MaintenanceOnOptions,
  io: CliIo,
): Promise<number> {
  return runWithDeps(
    options,
    io,
    async (deps) => {
      const { maintenance, notes } = await maintenanceOn(deps, environment, {
        ...(options.retryAfter !== undefined ? { retryAfterSeconds: options.retryAfter } : {}),
        ...(options.message !== undefined ? { message: options.message } : {}),
      });
      for (const note of notes) io.err(`note: ${note}\n`);
      io.out(
        `maintenance on: ${environment} answers with its maintenance page (${describeMaintenance(maintenance)}); \`wharf maintenance off ${environment}\` ends it\n`,
      );
      return exitCodes.ok;
    },
    { environment },
  );
}

export function maintenanceOffCommand(
  environment: string,
  options: ConfigOption,
  io: CliIo,
): Promise<number> {
  return runWithDeps(
    options,
    io,
    async (deps) => {
      const was = await maintenanceOff(deps, environment);
      io.out(
        was
          ? `maintenance off: live traffic reaches ${environment}'s apps again (the page was up ${describeMaintenance(was)})\n`
          : `maintenance off: ${environment} was not in maintenance; nothing changed\n`,
      );
      return exitCodes.ok;
    },
    { environment },
  );
}
