import { decideMaintenance } from '../core/edge/maintenance-page.js';
import type { Maintenance } from '../core/edge/render-maintenance.js';
import { WharfError } from '../core/errors.js';
import { messageOf } from '../core/message-of.js';
import type { DeployDeps } from './deps.js';
import type { Prepared } from './prepare.js';
import type { ProgressListener } from './progress.js';

/**
 * The maintenance page of one deploy (`deploy.maintenance`): `up` where the decision says,
 * `down` once the deploy ends, whatever its outcome. A page an operator put up is theirs: the
 * deploy neither replaces it nor takes it down. A page a deploy left up (it was stopped before
 * its end) is taken down by `endLeftoverPage` at the start of the next deploy.
 * Any step that must run with the page up (a job, say) can call `up` before it.
 */
export interface DeployPage {
  up(): Promise<void>;
  down(): Promise<void>;
}

/**
 * Under the environment's lock no other deploy runs: a page put up for a deploy is what one
 * stopped before its end left behind (its process killed). It goes, as that deploy's end would
 * have done; an operator's page stays.
 */
export async function endLeftoverPage(
  deps: DeployDeps,
  environment: string,
  onProgress: ProgressListener,
): Promise<void> {
  const left = await deps.edge.currentMaintenance(environment);
  if (left?.by !== 'deploy') return;
  await deps.edge.applyMaintenance(environment, null);
  onProgress({
    environment,
    step: 'edge',
    message: `took down the maintenance page a deploy put up at ${left.since} and did not end`,
  });
}

export function deployMaintenance(
  deps: DeployDeps,
  prepared: Prepared,
  onProgress: ProgressListener,
): DeployPage {
  const env = prepared.rendered.environment;
  const manifest = prepared.loaded.environment;
  const say = (message: string): void => onProgress({ environment: env, step: 'edge', message });
  let ours = false;
  let wanted: Maintenance | null = null;
  // deploy.maintenance, or a job of the revision that runs with the page up.
  const jobWantsPage = Object.values(manifest.jobs ?? {}).some((j) => j?.maintenance && j.phase);
  if (manifest.deploy.maintenance || jobWantsPage) {
    const decided = decideMaintenance(env, manifest.maintenance, prepared.loaded.repoFiles, {
      by: 'deploy',
      since: deps.now().toISOString(),
    });
    // Refused before anything changes, not at the cutover.
    if (!decided.ok)
      throw new WharfError(
        'maintenance-refused',
        `not deploying ${env}: ${manifest.deploy.maintenance ? 'deploy.maintenance is on' : 'a job runs with the maintenance page'} and ${decided.reason}`,
      );
    wanted = decided.maintenance;
  }
  return {
    async up() {
      if (!wanted) return;
      const now = await deps.edge.currentMaintenance(env);
      if (now?.by === 'operator') {
        say('the maintenance page is already up by hand (wharf maintenance on); it stays up');
        return;
      }
      if (ours && now?.page === wanted.page && now.retryAfterSeconds === wanted.retryAfterSeconds)
        return;
      say(
        `putting the maintenance page up for the deploy (${wanted.source.kind === 'repository' ? wanted.source.path : 'the default page'}, Retry-After ${wanted.retryAfterSeconds}s)`,
      );
      await deps.edge.applyMaintenance(env, { ...wanted, since: deps.now().toISOString() });
      ours = true;
    },
    async down() {
      if (!ours) return;
      try {
        const now = await deps.edge.currentMaintenance(env);
        // An operator took it over meanwhile (wharf maintenance on): theirs to take down.
        if (now?.by !== 'deploy') return;
        await deps.edge.applyMaintenance(env, null);
        ours = false;
        say('maintenance page down: live traffic reaches the apps again');
      } catch (error) {
        say(
          `could not take the maintenance page down (${messageOf(error)}); the next deploy of ${env} or \`wharf maintenance off ${env}\` takes it down`,
        );
      }
    },
  };
}
