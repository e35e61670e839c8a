import { randomUUID } from 'node:crypto';
import { LockedError, WharfError } from '../core/errors.js';
import { messageOf } from '../core/message-of.js';
import { deployEnvironment, type DeployOutcome } from '../deploy/deploy-environment.js';
import { prepare, type Prepared } from '../deploy/prepare.js';
import type { ProgressEvent } from '../deploy/progress.js';
import { planSummary } from '../core/notifications/plan-summary.js';
import { notify } from '../deploy/notify.js';
import type { PipelineDeps } from './pipeline-deps.js';

export interface TrackOptions {
  readonly transient: boolean;
  /** Called with the GitHub Deployment's id once it exists. */
  readonly onDeployment?: (id: number) => Promise<void>;
  /** Called once the deploy holds the lock and has work to do. */
  readonly beforeChange?: () => Promise<void>;
  /** Who pushed the revision, when the forge said: shown in notifications. */
  readonly pushedBy?: string;
}

// Refusals of what the revision asks for: the deploy is blocked until the repository changes.
const policyCodes = new Set([
  'policy-denied',
  'grant-not-on-default-branch',
  'secret-not-granted',
  'host-taken',
  'data-at-risk',
  'previews-off',
  'preview-compose-refused',
]);

/**
 * Deploys a revision (already fetched) and reports it as a GitHub Deployment, opened only
 * when there is something to change. Returns null when drift is only to be reported.
 */
export async function deployTracked(
  deps: PipelineDeps,
  env: string,
  revision: string,
  trigger: string,
  options: TrackOptions,
): Promise<DeployOutcome | null> {
  // Every line of this deploy names the environment, the revision and the deploy.
  const deployId = randomUUID();
  const log = deps.log.child({ env, revision, deploy: deployId, trigger });
  // A dry run first: nothing to do needs no Deployment, and drift may be only reported.
  let dryRun: Prepared | null = null;
  try {
    dryRun = await prepare(deps, env, revision, () => undefined, { fetched: true });
  } catch {
    // Invalid or refused revisions fail again inside the deploy, which records why.
  }
  const manifest = dryRun?.loaded.environment ?? null;
  if (dryRun && trigger === 'resync' && manifest?.deploy?.selfHeal === false) {
    const changes = dryRun.plan.services.filter((s) => s.action !== 'unchanged');
    if (changes.length === 0 && !dryRun.plan.empty) {
      const drifted = dryRun.plan.services.filter((s) => s.drift.length > 0).map((s) => s.service);
      log.warn({ drift: drifted }, 'drift found; self-heal is off, leaving it');
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
      transient: options.transient,
      production: dryRun?.loaded.repository.environments[env]?.production ?? env === 'production',
      description: `wharf deploys ${revision.slice(0, 12)} (${trigger})`,
    });
    if (deployment !== null) await options.onDeployment?.(deployment);
    await options.beforeChange?.();
    await status('queued', 'queued');
    await status('in_progress', 'deploying');
  };
  // A revision that does not validate fails before the deploy takes the lock; its Deployment
  // says so. Any other Deployment opens once the deploy holds the lock and has work to do.
  if (!dryRun) await openDeployment();
  try {
    const outcome = await deployEnvironment(deps, {
      id: deployId,
      environment: env,
      revision,
      fetched: true,
      trigger: trigger,
      ...(dryRun ? { beforeChange: openDeployment } : {}),
      onProgress: (event: ProgressEvent) => {
        if (event.step !== 'compose') log.info({ step: event.step }, event.message);
      },
    });
    await status(
      outcome.result === 'success' || outcome.result === 'synced' ? 'success' : 'failure',
      outcome.result === 'success' || outcome.result === 'synced'
        ? `live at ${revision.slice(0, 12)}`
        : `${outcome.result}: ${outcome.reason ?? ''}`,
    );
    log.info({ result: outcome.result }, 'reconcile finished');
    if (outcome.result !== 'synced')
      notify(deps, {
        kind:
          outcome.result === 'success'
            ? 'deploy-succeeded'
            : outcome.result === 'rolled-back'
              ? 'rolled-back'
              : 'deploy-failed',
        environment: env,
        revision,
        deploy: deployId,
        changes: planSummary(outcome.plan),
        ...(options.pushedBy ? { pushedBy: options.pushedBy } : {}),
        ...(outcome.reason ? { reason: outcome.reason } : {}),
        ...(url && outcome.result === 'success' ? { url } : {}),
      });
    return outcome;
  } catch (error) {
    const message = messageOf(error);
    const retrying = error instanceof WharfError && error.retryable;
    // A retry makes its own Deployment; this one is closed rather than left in progress.
    await status(retrying ? 'inactive' : 'failure', retrying ? `retrying: ${message}` : message);
    // Another process deploying the environment is routine: the job waits and runs after it.
    if (error instanceof LockedError) log.info('environment busy; reconcile waits');
    else log.warn({ err: { message } }, 'reconcile failed');
    const common = {
      environment: env,
      revision,
      deploy: deployId,
      reason: message,
      ...(options.pushedBy ? { pushedBy: options.pushedBy } : {}),
      ...(dryRun ? { changes: planSummary(dryRun.plan) } : {}),
    };
    if (error instanceof LockedError)
      // The job tries again every few seconds: one message per revision waiting.
      notify(deps, {
        ...common,
        kind: 'waiting',
        waitingFor: 'lock',
        dedupeKey: `lock:${env}:${revision}`,
      });
    else if (error instanceof WharfError && policyCodes.has(error.code))
      notify(deps, { ...common, kind: 'blocked' });
    // A failure that may pass is tried again; only the last word is worth a message.
    else if (!retrying) notify(deps, { ...common, kind: 'deploy-failed' });
    throw error;
  }
}
