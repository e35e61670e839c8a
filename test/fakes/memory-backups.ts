import { WharfError } from '../../src/core/errors.js';
import type { BackupEntry, Backups } from '../../src/ports/backups.js';
import { atOnce } from './at-once.js';

/** Backups in memory: each run is an entry with the parts asked for, the oldest beyond `keep` dropped. */
export function memoryBackups(now: () => Date): Backups {
  const entries = new Map<string, BackupEntry[]>();
  return {
    list: (environment) =>
      atOnce(() => {
        return [...(entries.get(environment) ?? [])];
      }),
    run: (request) =>
      atOnce(() => {
        const createdAt = now().toISOString();
        const entry: BackupEntry = {
          id: createdAt.replace(/[:.]/g, '-'),
          environment: request.environment,
          createdAt,
          parts: [
            ...(request.postgres ? [{ name: 'postgres.dump', bytes: 1 }] : []),
            ...(request.rabbitmqContainer ? [{ name: 'rabbitmq-definitions.json', bytes: 1 }] : []),
            ...(request.config ? [{ name: 'config', bytes: 1 }] : []),
          ],
        };
        const list = [entry, ...(entries.get(request.environment) ?? [])].slice(
          0,
          Math.max(1, request.keep),
        );
        entries.set(request.environment, list);
        return entry;
      }),
    restore: (environment, id) =>
      atOnce(() => {
        const found = entries.get(environment)?.find((e) => e.id === id);
        if (!found) throw new WharfError('backup-unknown', `${environment} has no backup ${id}`);
        return found;
      }),
  };
}
