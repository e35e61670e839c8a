import { LockedError, WharfError } from '../core/errors.js';
import { loopGuard } from '../core/loop-guard.js';
import { deployEnvironment, type DeployOutcome } from '../deploy/deploy-environment.js';
import { followedBranch } from '../deploy/load-revision.js';
import { prepare, type Prepared } from '../deploy/prepare.js';
import type { ProgressEvent } from '../deploy/progress.js';
import type { ReconcileJob } from '../ports/job-queue.js';
import type { PipelineDeps } from './pipeline-deps.js';

/**
 * Reconciles one environment with the head of the branch it follows, as git has it now (the
 * newest commit wins, whatever the webhook said). Reports a GitHub Deployment for every
 * deploy that changes something.
 */
export async function handleReconcile(
  deps: PipelineDeps,
  job: ReconcileJob,
): Promise<DeployOutcome | null> {
  const env = job.environment;
  const log = deps.log.child({ env, trigger: job.trigger });
  await deps.git.fetch();
  const revision = await deps.git.resolve(await followedBranch(deps.git, env));

  const seen = await deps.history.lastSeen(env);
  if (seen && seen !== revision && (await deps.git.isAncestor(revision, seen))) {
    log.warn(
      { revision, seen },
      'branch moved back to an older commit; not following it (deploy it by hand to roll back)',
    );
    return null;
  }
  await deps.history.markSeen(env, revision);
  const blocked = loopGuard(await deps.history.list(env, 100), revision);
  if (blocked) {
    log.info({ revision, reason: blocked }, 'revision blocked by the loop guard');
    return null;
  }

  // A dry run first: nothing to do needs no Deployment, and drift may be only reported.
  let preview: Prepared | null = null;
  try {
    preview = await prepare(deps, env, revision, () => undefined, { fetched: true });
  } catch {
    // Invalid or refused revisions fail again inside the deploy, which records why.
  }
  const manifest = preview?.loaded.environment ?? null;
  if (preview && job.trigger === 'resync' && manifest?.deploy?.selfHeal === false) {
    const changes = preview.plan.services.filter((s) => s.action !== 'unchanged');
    if (changes.length === 0 && !preview.plan.empty) {
      const drifted = preview.plan.services.filter((s) => s.drift.length > 0).map((s) => s.service);
      log.warn({ revision, drift: drifted }, 'drift found; self-heal is off, leaving it');
      return null;
    }
  }
  const url = manifest ? deps.environmentUrl(manifest.host) : undefined;
  let deployment: number | null = null;
  const status = async (
    state: 'queued' | 'in_progress' | 'success' | 'failure' | 'inactive',
    description: string,
  ): Promise<void> => {
    if (deployment === null) return;
    await deps.feedback.deploymentStatus(deployment, state, {
      description,
      ...(url && state === 'success' ? { environmentUrl: url } : {}),
    });
  };
  const openDeployment = async (): Promise<void> => {
    deployment = await deps.feedback.createDeployment(env, revision, {
      transient: false,
      production: env === 'production',
      description: `wharf deploys ${revision.slice(0, 12)} (${job.trigger})`,
    });
    await status('queued', 'queued');
    await status('in_progress', 'deploying');
  };
  // A revision that does not validate fails before the deploy takes the lock; its Deployment
  // says so. Any other Deployment opens once the deploy holds the lock and has work to do.
  if (!preview) await openDeployment();
  try {
    const outcome = await deployEnvironment(deps, {
      environment: env,
      revision,
      fetched: true,
      trigger: job.trigger,
      ...(preview ? { beforeChange: openDeployment } : {}),
      onProgress: (event: ProgressEvent) => {
        if (event.step !== 'compose') log.info({ step: event.step, revision }, event.message);
      },
    });
    await status(
      outcome.result === 'success' || outcome.result === 'synced' ? 'success' : 'failure',
      outcome.result === 'success' || outcome.result === 'synced'
        ? `live at ${revision.slice(0, 12)}`
        : `${outcome.result}: ${outcome.reason ?? ''}`,
    );
    log.info({ revision, result: outcome.result }, 'reconcile finished');
    return outcome;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const retrying = error instanceof WharfError && error.retryable;
    // A retry makes its own Deployment; this one is closed rather than left in progress.
    await status(retrying ? 'inactive' : 'failure', retrying ? `retrying: ${message}` : message);
    // Another process deploying the environment is routine: the job waits and runs after it.
    if (error instanceof LockedError) log.info({ revision }, 'environment busy; reconcile waits');
    else log.warn({ revision, err: { message } }, 'reconcile failed');
    throw error;
  }
}
