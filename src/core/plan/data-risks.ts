import type { Plan } from './types.js';

/** The major version in an image's tag (`postgres:16.2-bookworm` is 16), or null if it has none. */
export function majorVersion(image: string): number | null {
  if (image.includes('@')) return null;
  const slash = image.lastIndexOf('/');
  const colon = image.lastIndexOf(':');
  if (colon <= slash) return null;
  const match = /^(\d+)/.exec(image.slice(colon + 1));
  return match ? Number(match[1]) : null;
}

/** The named volumes a service mounts (`pgdata:/var/lib/...` gives `pgdata`). */
function namedVolumes(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((v): v is string => typeof v === 'string')
    .map((v) => v.split(':')[0] ?? '')
    .filter((source) => source !== '' && !source.startsWith('.') && !source.startsWith('/'));
}

/**
 * Changes a plan would make that lose data without deleting anything: a stateful service
 * started on another data volume (it comes up empty), or PostgreSQL moved to another major
 * version (it cannot read the old data directory). Each is a sentence saying what and how to
 * do it safely; the deploy refuses unless the manifest allows data loss.
 */
export function dataRisks(plan: Plan): string[] {
  const risks: string[] = [];
  for (const s of plan.services) {
    if (s.role !== 'stateful' || s.action !== 'update') continue;
    const volumes = s.changes.find((c) => c.field === 'volumes');
    if (volumes) {
      const before = namedVolumes(volumes.before);
      const gone = before.filter((v) => !namedVolumes(volumes.after).includes(v));
      if (gone.length > 0)
        risks.push(
          `${s.service} would start on other data: it no longer mounts ${gone.join(', ')} (its data stays in that volume, but the service would come up without it)`,
        );
    }
    const image = s.changes.find((c) => c.field === 'image');
    if (
      s.service === 'postgres' &&
      typeof image?.before === 'string' &&
      typeof image.after === 'string'
    ) {
      const [from, to] = [majorVersion(image.before), majorVersion(image.after)];
      if (from !== null && to !== null && from !== to)
        risks.push(
          `postgres would move from major version ${from} to ${to}, which cannot read the data directory of ${from}: dump the database, deploy the new version on a new volume and restore it`,
        );
    }
  }
  return risks;
}
