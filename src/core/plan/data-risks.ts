import { serverNamed } from '../servers/registry.js';
import type { Plan } from './types.js';

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
 * started on another data volume (it comes up empty), or a server moved to an image that
 * cannot read its data (PostgreSQL's next major version). Each is a sentence saying what and how to
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
    if (typeof image?.before === 'string' && typeof image.after === 'string') {
      const risk = serverNamed(s.service)?.imageRisk?.(image.before, image.after);
      if (risk) risks.push(risk);
    }
  }
  return risks;
}
