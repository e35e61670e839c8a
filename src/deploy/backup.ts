import { CronExpressionParser } from 'cron-parser';
import { WharfError } from '../core/errors.js';
import type { Backups, Environment } from '../core/manifest.js';
import { blockDefaults } from '../manifests/schemas.js';
import { backupContents, backupTargets } from '../core/servers/backups.js';
import type { BackupEntry } from '../ports/backups.js';
import type { DeployDeps } from './deps.js';
import { loadManifest } from './load-revision.js';
import { withEnvironmentLease } from './environment-lease.js';

/** The manifest of what runs now: the revision wharf last applied. */
async function runningManifest(deps: DeployDeps, environment: string): Promise<Environment> {
  const applied = await deps.state.readApplied(environment);
  if (!applied)
    throw new WharfError(
      'not-deployed',
      `${environment} has not been deployed by wharf on this host; there is nothing to back up or restore into`,
    );
  return loadManifest(deps.git, applied.revision, environment);
}

/** What a backup run by hand covers in an environment without `backups`: the schema's defaults. */
function unscheduled(): Pick<Backups, 'include' | 'keep'> {
  return blockDefaults<Pick<Backups, 'include' | 'keep'>>('Environment', '$defs/Backups');
}

/**
 * Backs up an environment now: `pg_dump` of its own PostgreSQL (a managed one in `hybrid` is
 * its provider's to back up), RabbitMQ definitions, wharf's rendered files. Holds the
 * environment's lock, so no deploy recreates a server in the middle of it.
 */
export async function runBackup(deps: DeployDeps, environment: string): Promise<BackupEntry> {
  return withEnvironmentLease(deps, environment, async (deps) => {
    const manifest = await runningManifest(deps, environment);
    const settings = manifest.backups ?? unscheduled();
    const include = new Set(settings.include);
    return deps.backups.run({
      environment,
      ...backupContents(manifest, include),
      keep: settings.keep,
    });
  });
}

/** Restores backup `id` into the environment's running servers (replacing what they hold). */
export async function restoreBackup(
  deps: DeployDeps,
  environment: string,
  id: string,
): Promise<BackupEntry> {
  return withEnvironmentLease(deps, environment, async (deps) => {
    const manifest = await runningManifest(deps, environment);
    return deps.backups.restore(environment, id, backupTargets(manifest));
  });
}

/** Whether the schedule has fired since the newest backup (or there is none). */
export function backupDue(schedule: string, newest: Date | null, now: Date): boolean {
  const fired = CronExpressionParser.parse(schedule, { currentDate: now }).prev().toDate();
  return newest === null || newest < fired;
}

/**
 * Runs the environment's scheduled backup if its schedule fired since the last one. Called on
 * every reconcile, so the resync interval is the schedule's resolution.
 */
export async function backupIfDue(
  deps: DeployDeps,
  environment: string,
): Promise<BackupEntry | null> {
  return (await scheduledBackupDue(deps, environment)) ? runBackup(deps, environment) : null;
}

/** Whether the environment's backup schedule has fired since its newest backup. */
export async function scheduledBackupDue(deps: DeployDeps, environment: string): Promise<boolean> {
  const applied = await deps.state.readApplied(environment);
  if (!applied) return false;
  const manifest = await runningManifest(deps, environment);
  const schedule = manifest.backups?.schedule;
  if (!schedule) return false;
  const [newest] = await deps.backups.list(environment);
  return backupDue(schedule, newest ? new Date(newest.createdAt) : null, deps.now());
}
