import { WharfError } from '../core/errors.js';
import { previewNumber } from '../core/previews/preview-environment.js';
import { colours, names } from '../core/render/names.js';
import type { DeployDeps } from './deps.js';
import { silent, type ProgressListener } from './progress.js';
import { withEnvironmentLease } from './environment-lease.js';

/** A preview of a `runtime: swarm` environment is stacks of its own: they go first, every task with them. */
async function removeStacks(
  deps: DeployDeps,
  environment: string,
  say: (message: string) => void,
): Promise<void> {
  if (!deps.swarm || !(await deps.swarm.manager())) return;
  const stacks = new Set((await deps.swarm.services(environment)).map((s) => s.stack));
  for (const stack of [...stacks].sort()) {
    say(`removing stack ${stack}`);
    await deps.swarm.remove(stack);
  }
}

export interface Teardown {
  readonly containers: number;
  readonly volumes: readonly string[];
  readonly networks: readonly string[];
  readonly site: boolean;
}

/**
 * Removes everything of a preview environment: containers of every colour and the infra,
 * its edge routes, networks, volumes (its own database with them), rendered files and
 * secrets. Holds the environment's lock, so it never races a deploy of the same preview.
 * Only `pr-N` environments: wharf never tears down an environment wharf.yaml declares.
 * Safe to repeat; a second run finds nothing and removes nothing.
 */
export async function teardownEnvironment(
  deps: DeployDeps,
  environment: string,
  onProgress: ProgressListener = silent,
): Promise<Teardown> {
  if (previewNumber(environment) === null) {
    throw new WharfError(
      'not-a-preview',
      `${environment} is not a preview (pr-N); wharf only removes previews`,
    );
  }
  return withEnvironmentLease(deps, environment, async (deps) => {
    const say = (message: string): void => onProgress({ environment, step: 'teardown', message });
    // Routes first: no request is sent to a container about to go.
    const site = (await deps.edge.currentSite(environment)) !== null;
    if (site) {
      say('removing its edge routes');
      await deps.edge.removeSite(environment);
    }
    await deps.edge.applyTls(environment, null);
    // A later preview of the same number starts out of maintenance.
    await deps.edge.applyMaintenance(environment, null);
    await deps.certificates.remove(environment);
    await removeStacks(deps, environment, say);
    const containers = await deps.engine.listContainers(environment);
    if (containers.length > 0) {
      say(
        `removing ${containers.length} container(s): ${containers.map((c) => c.name).join(', ')}`,
      );
      await deps.engine.removeContainers(containers.map((c) => c.id));
    }
    const networks: string[] = [];
    for (const network of [
      names.network(environment),
      ...colours.map((c) => names.appProject(environment, c)),
    ]) {
      if (await deps.engine.removeNetwork(network)) networks.push(network);
    }
    if (networks.length > 0) say(`removed network(s) ${networks.join(', ')}`);
    const volumes = await deps.engine.listVolumes(environment);
    for (const volume of volumes) await deps.engine.removeVolume(volume);
    if (volumes.length > 0) say(`removed volume(s) ${volumes.join(', ')}`);
    await deps.state.removeEnvironment(environment);
    return { containers: containers.length, volumes, networks, site };
  });
}
