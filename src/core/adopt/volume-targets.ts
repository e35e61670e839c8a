import { names } from '../render/names.js';
import type { RenderedProject, RenderedService } from '../render/types.js';

/**
 * The named volumes a rendered service mounts, by mount point, as Docker names them: the
 * short Compose spelling `key:/path[:mode]`, with `key` a top-level volume of the project
 * (its `name`, else wharf's name for the key). Binds (`./x`, `/x`) are not volumes.
 */
export function volumeTargets(
  environment: string,
  project: RenderedProject,
  service: RenderedService,
): Map<string, string> {
  const declared = (project.topLevel['volumes'] ?? {}) as Record<string, { name?: unknown } | null>;
  const targets = new Map<string, string>();
  for (const entry of service.definition.volumes) {
    const [source = '', destination] = entry.split(':');
    if (!destination || source.startsWith('.') || source.startsWith('/')) continue;
    const name = declared[source]?.name;
    targets.set(destination, typeof name === 'string' ? name : names.volume(environment, source));
  }
  return targets;
}
