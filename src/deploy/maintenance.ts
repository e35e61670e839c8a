import { decideMaintenance } from '../core/edge/maintenance-page.js';
import { maintenanceIncludeLine, type Maintenance } from '../core/edge/render-maintenance.js';
import { WharfError } from '../core/errors.js';
import type { MaintenanceSettings } from '../core/manifest.js';
import { messageOf } from '../core/message-of.js';
import { blockDefaults } from '../manifests/schemas.js';
import type { DeployDeps } from './deps.js';
import { loadRevision } from './load-revision.js';

export interface MaintenanceOptions {
  readonly retryAfterSeconds?: number;
  readonly message?: string;
}

export interface MaintenanceOn {
  readonly maintenance: Maintenance;
  /** What the operator should know: the page does not show yet, or is not the repository's. */
  readonly notes: readonly string[];
}

interface PageSource {
  readonly settings: MaintenanceSettings;
  readonly files: ReadonlyMap<string, string>;
  readonly notes: string[];
}

/** The environment's `maintenance` block and files at the revision that runs, if it can be read. */
async function pageSource(deps: DeployDeps, environment: string): Promise<PageSource> {
  const defaults = blockDefaults<MaintenanceSettings>('Environment', '$defs/Maintenance');
  const applied = await deps.state.readApplied(environment);
  if (!applied)
    return {
      settings: defaults,
      files: new Map(),
      notes: [`${environment} has no record of a deploy here: wharf's default page is used`],
    };
  try {
    const loaded = await loadRevision(deps.git, applied.revision, environment);
    return { settings: loaded.environment.maintenance, files: loaded.repoFiles, notes: [] };
  } catch (error) {
    // Maintenance is what an operator reaches for when things go wrong: a manifest that
    // cannot be read does not keep the page down.
    return {
      settings: defaults,
      files: new Map(),
      notes: [
        `the manifest of ${environment} at ${applied.revision.slice(0, 12)} could not be read (${messageOf(error)}): wharf's default page is used`,
      ],
    };
  }
}

/**
 * `wharf maintenance on`: the edge answers the environment's public routes with its
 * maintenance page until `maintenanceOff`, through every deploy, resync and rollback meanwhile.
 * No container is touched. Put up again, it takes the new settings and stays the operator's.
 */
export async function maintenanceOn(
  deps: DeployDeps,
  environment: string,
  options: MaintenanceOptions,
): Promise<MaintenanceOn> {
  const source = await pageSource(deps, environment);
  const decided = decideMaintenance(environment, source.settings, source.files, {
    by: 'operator',
    since: deps.now().toISOString(),
    ...(options.retryAfterSeconds !== undefined
      ? { retryAfterSeconds: options.retryAfterSeconds }
      : {}),
    ...(options.message !== undefined ? { message: options.message } : {}),
  });
  if (!decided.ok)
    throw new WharfError(
      'maintenance-refused',
      `not putting the maintenance page of ${environment} up: ${decided.reason}`,
    );
  await deps.edge.ensureRunning();
  await deps.edge.applyMaintenance(environment, decided.maintenance);
  const site = await deps.edge.currentSite(environment);
  const notes = [...source.notes];
  if (site === null)
    notes.push(`${environment} has no site at the edge yet: the page shows once it is deployed`);
  else if (!site.includes(maintenanceIncludeLine(environment)))
    notes.push(
      `the edge site of ${environment} was written by an earlier wharf and cannot show the page yet: \`wharf deploy ${environment}\` (or the next resync) writes it again`,
    );
  return { maintenance: decided.maintenance, notes };
}

/** `wharf maintenance off`: live traffic reaches the apps again; the page it took down, or null. */
export async function maintenanceOff(
  deps: DeployDeps,
  environment: string,
): Promise<Maintenance | null> {
  const current = await deps.edge.currentMaintenance(environment);
  if (current === null) return null;
  await deps.edge.applyMaintenance(environment, null);
  return current;
}
