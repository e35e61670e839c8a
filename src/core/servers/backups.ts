import type { Environment } from '../manifest.js';
import { names } from '../render/names.js';
import { postgres } from './postgres.js';
import { rabbitmq } from './rabbitmq.js';

type BackupPart = NonNullable<NonNullable<Environment['backups']>['include']>[number];

/** What a backup holds when the manifest does not say. */
export const allBackupParts: readonly BackupPart[] = ['postgres', 'rabbitmq', 'config'];

/** The servers of an environment a backup reads from and a restore writes to. */
export interface BackupTargets {
  readonly postgres?: {
    readonly container: string;
    readonly user: string;
    readonly database: string;
    /** Inside the container. */
    readonly passwordFile: string;
  };
  readonly rabbitmqContainer?: string;
}

/**
 * The environment's own PostgreSQL (a managed one in `hybrid` is its provider's to back up)
 * and its RabbitMQ, by their containers.
 */
export function backupTargets(manifest: Environment): BackupTargets {
  const project = names.infraProject(manifest.name);
  const pg = manifest.postgres;
  return {
    ...(pg && postgres.enabled(manifest)
      ? {
          postgres: {
            container: names.container(project, postgres.name, 1),
            user: pg.user,
            database: pg.database,
            passwordFile: `/run/secrets/${pg.passwordSecret}`,
          },
        }
      : {}),
    ...(rabbitmq.enabled(manifest)
      ? { rabbitmqContainer: names.container(project, rabbitmq.name, 1) }
      : {}),
  };
}

/** What a backup reads: the included parts, from the servers the environment runs. */
export function backupContents(
  manifest: Environment,
  include: ReadonlySet<BackupPart>,
): BackupTargets & { readonly config: boolean } {
  const targets = backupTargets(manifest);
  return {
    ...(include.has('postgres') && targets.postgres ? { postgres: targets.postgres } : {}),
    ...(include.has('rabbitmq') && targets.rabbitmqContainer
      ? { rabbitmqContainer: targets.rabbitmqContainer }
      : {}),
    config: include.has('config'),
  };
}
