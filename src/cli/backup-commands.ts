import { restoreBackup, runBackup } from '../deploy/backup.js';
import { exitCodes, type CliIo } from './io.js';
import { runWithDeps, type ConfigOption } from './with-deps.js';

function size(bytes: number): string {
  return bytes >= 1_048_576
    ? `${(bytes / 1_048_576).toFixed(1)} MB`
    : bytes >= 1024
      ? `${(bytes / 1024).toFixed(1)} kB`
      : `${bytes} B`;
}

/** `wharf backup list <env>`: newest first, with what each holds. */
export async function backupListCommand(
  environment: string,
  options: ConfigOption & { readonly format: 'text' | 'json' },
  io: CliIo,
): Promise<number> {
  return runWithDeps(options, io, async (deps) => {
    const entries = await deps.backups.list(environment);
    if (options.format === 'json') io.out(`${JSON.stringify(entries, null, 2)}\n`);
    else if (entries.length === 0) io.out(`no backups of ${environment}\n`);
    else
      for (const e of entries)
        io.out(
          `${e.id}  ${e.parts.map((p) => (p.bytes ? `${p.name} (${size(p.bytes)})` : p.name)).join(', ')}\n`,
        );
    return exitCodes.ok;
  });
}

/** `wharf backup run <env>`: a backup now, whatever the schedule. */
export async function backupRunCommand(
  environment: string,
  options: ConfigOption,
  io: CliIo,
): Promise<number> {
  return runWithDeps(
    options,
    io,
    async (deps) => {
      io.err(`backing up ${environment}\n`);
      const entry = await runBackup(deps, environment);
      io.out(`${entry.id}\n`);
      return exitCodes.ok;
    },
    { environment },
  );
}

/** `wharf backup restore <env> <id> --yes`: replaces what the servers hold with the backup. */
export async function backupRestoreCommand(
  environment: string,
  id: string,
  options: ConfigOption & { readonly yes?: boolean },
  io: CliIo,
): Promise<number> {
  return runWithDeps(
    options,
    io,
    async (deps) => {
      if (!options.yes) {
        io.err(
          `restoring ${id} replaces the database and RabbitMQ definitions of ${environment} with the backup's; run again with --yes to do it\n`,
        );
        return exitCodes.invalid;
      }
      io.err(`restoring ${id} into ${environment}\n`);
      const entry = await restoreBackup(deps, environment, id);
      io.out(`restored ${entry.id} into ${environment}\n`);
      return exitCodes.ok;
    },
    { environment },
  );
}
