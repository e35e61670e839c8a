import { loopGuard } from '../core/loop-guard.js';
import { messageOf } from '../core/message-of.js';
import type { DeployOutcome } from '../deploy/deploy-environment.js';
import { followedBranch } from '../deploy/load-revision.js';
import type { ReconcileJob } from '../ports/job-queue.js';
import { previewNumber } from '../core/previews/preview-environment.js';
import { backupIfDue } from '../deploy/backup.js';
import { notify } from '../deploy/notify.js';
import { deployTracked } from './deploy-tracked.js';
import type { PipelineDeps } from './pipeline-deps.js';
import { reconcilePreview } from './preview-reconcile.js';
import { nodeInputOf } from './node-of-environment.js';
import { movedMessage, runHere } from '../core/nodes/node-route.js';
import { WharfError } from '../core/errors.js';

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
  await deps.git.fetch();
  await guardNode(deps, job);
  const number = previewNumber(env);
  if (number !== null) return reconcilePreview(deps, number, job.trigger);
  try {
    return await reconcileEnvironment(deps, job);
  } finally {
    // Backups follow their schedule whatever the newest commit did (blocked, failed, no change).
    await scheduledBackup(deps, env);
  }
}

async function reconcileEnvironment(
  deps: PipelineDeps,
  job: ReconcileJob,
): Promise<DeployOutcome | null> {
  const env = job.environment;
  const log = deps.log.child({ env, trigger: job.trigger, ...(job.ref ? { ref: job.ref } : {}) });
  // A pushed tag deploys the tag; the rule of never moving back holds per ref.
  const revision = await deps.git.resolve(job.ref ?? (await followedBranch(deps.git, env)));

  const seen = await deps.history.lastSeen(env, job.ref);
  if (seen && seen !== revision && !(await deps.git.hasCommit(seen))) {
    // The rule cannot be checked (history rewritten by a force push, say): it fails closed.
    // A person who deployed the new head by hand has checked it; it is followed from there.
    if ((await deps.state.readApplied(env))?.revision !== revision) {
      log.error(
        { revision, seen },
        'the last commit this environment followed is no longer in the repository (history rewritten?); not deploying the branch head by itself: check it, then deploy it by hand (wharf deploy ENV --revision SHA)',
      );
      return null;
    }
  } else if (seen && seen !== revision && (await deps.git.isAncestor(revision, seen))) {
    log.warn(
      { revision, seen },
      'branch moved back to an older commit; not following it (deploy it by hand to roll back)',
    );
    return null;
  }
  await deps.history.markSeen(env, revision, job.ref);
  const blocked = loopGuard(await deps.history.list(env, 100), revision);
  if (blocked) {
    log.info({ revision, reason: blocked }, 'revision blocked by the loop guard');
    return null;
  }

  return deployTracked(deps, env, revision, job.trigger, {
    transient: false,
    ...(job.pushedBy ? { pushedBy: job.pushedBy } : {}),
  });
}

/**
 * The last word on where an environment runs, taken by the agent that would deploy it: its
 * node read again now (a commit may have moved it since the job was queued), and its
 * placement claimed. Backups and previews go through here too.
 */
async function guardNode(deps: PipelineDeps, job: ReconcileJob): Promise<void> {
  const input = await nodeInputOf(deps, job.environment, job.ref);
  const decision = runHere(job.environment, deps.node, input);
  if (decision.kind === 'refuse') {
    deps.log.error({ env: job.environment, node: deps.node, code: decision.code }, decision.reason);
    throw new WharfError(decision.code, decision.reason);
  }
  const placed = await deps.nodes.place(job.environment, deps.node);
  if (placed !== deps.node) {
    // Another node placed it between the read and the claim.
    const reason = movedMessage(job.environment, placed, deps.node);
    throw new WharfError('node-moved', reason);
  }
}

/** A backup whose schedule fired; its failure is logged and never fails the reconcile. */
async function scheduledBackup(deps: PipelineDeps, env: string): Promise<void> {
  try {
    const backup = await backupIfDue(deps, env);
    if (backup) deps.log.info({ env, backup: backup.id, parts: backup.parts }, 'backup written');
  } catch (error) {
    const message = messageOf(error);
    deps.log.warn(
      { env, err: { message } },
      'scheduled backup failed; trying again at the next reconcile',
    );
    notify(deps, { kind: 'backup-failed', environment: env, reason: message });
  }
}
