import type { Previews } from '../core/manifest.js';
import { blockDefaults } from '../manifests/schemas.js';
import { snapshotsOf } from '../deploy/revision-snapshots.js';
import type { GitSource } from '../ports/git-source.js';

/**
 * The preview settings wharf trusts: wharf.yaml on the default branch, never the pull
 * request's own (which could raise its limits or let forks in). Null when previews are off
 * or the default branch's wharf.yaml does not validate.
 */
export async function previewSettings(git: GitSource): Promise<Previews | null> {
  const head = await git.resolve(await git.defaultBranch());
  const validation = await snapshotsOf(git).at(head).validation();
  const previews = validation.problems.length === 0 ? validation.repository?.previews : undefined;
  return previews && previews.enabled !== false ? previews : null;
}

/**
 * How many previews may run at once. With previews off, the schema's default still frees the
 * slots of pull requests that wait, so each is reconciled (and its preview removed).
 */
export function maxActiveOf(settings: Previews | null): number {
  return (
    settings?.maxActive ??
    blockDefaults<Pick<Previews, 'maxActive'>>('Repository', '$defs/Previews').maxActive
  );
}
