import { durationMs } from '../core/duration.js';
import type { Previews } from '../core/manifest.js';
import { messageOf } from '../core/message-of.js';
import type { PreviewReport } from '../core/previews/pr-comment.js';
import {
  forkRefusal,
  previewHost,
  previewName,
  previewStatusContext,
  pullRef,
} from '../core/previews/preview-environment.js';
import { loopGuard } from '../core/loop-guard.js';
import type { DeployOutcome } from '../deploy/deploy-environment.js';
import { teardownEnvironment } from '../deploy/teardown-environment.js';
import type { PullRequestRecord } from '../ports/preview-store.js';
import { planSummary } from '../core/notifications/plan-summary.js';
import { notify } from '../deploy/notify.js';
import { deployTracked } from './deploy-tracked.js';
import type { PipelineDeps } from './pipeline-deps.js';
import { maxActiveOf, previewSettings } from './preview-settings.js';
import { publishComment } from './publish-comment.js';
import { requestOnNode } from './request-on-node.js';

/** Why a pull request has no preview, in words for the PR, or null if it should have one. */
function reasonForNone(
  record: PullRequestRecord | null,
  settings: Previews | null,
  active: boolean,
): string | null {
  if (!record || record.wish === 'closed') return 'removed: the pull request was closed';
  if (!settings) return 'removed: previews are not enabled in wharf.yaml on the default branch';
  if (record.wish === 'expired')
    return `removed after ${settings.ttl} without a new commit; push a commit to bring it back`;
  if (record.wish === 'refused') return forkRefusal;
  if (!active) return 'waiting for a free preview slot';
  return null;
}

/**
 * Removes a preview and everything it owns, then tells GitHub: its Deployments become
 * inactive, the comment says why. Frees its slot; pull requests waiting for one are
 * started. GitHub errors are logged and change nothing here: Docker objects are removed
 * by label of this preview only, so nothing that should stay can go.
 */
export async function removePreview(
  deps: PipelineDeps,
  number: number,
  reason: string,
  maxActive: number,
): Promise<void> {
  const env = previewName(number);
  const log = deps.log.child({ env });
  const removed = await teardownEnvironment(deps, env, (event) =>
    log.info({ step: event.step }, event.message),
  );
  const record = await deps.previews.get(number);
  for (const id of record?.deployments ?? [])
    await deps.feedback.deploymentStatus(id, 'inactive', { description: reason });
  // A record that never saw the pull request's head (kept only to remove it) has no comment.
  if (record?.head) {
    await deps.previews.update(number, { preview: { phase: 'removed', message: reason } });
    if (record.wish !== 'refused')
      await deps.feedback.commitStatus(
        record.head,
        'error',
        `no preview: ${reason}`,
        previewStatusContext,
      );
    await publishComment(deps, number);
  }
  if (record?.wish === 'closed') {
    // A closed pull request leaves nothing in Redis: /metrics and the dashboard do not grow
    // with every pull request ever opened.
    await deps.previews.forget(number);
    await deps.history.forget(env);
    await deps.lock.forget(env);
  }
  // Gone from its node: a later preview of the same number may run anywhere.
  await deps.nodes.release(env);
  await startPromoted(deps, await deps.previews.release(number, maxActive));
  if (removed.containers + removed.volumes.length > 0 || removed.site) {
    log.info({ ...removed, reason }, 'preview removed');
    notify(deps, {
      kind: 'preview-removed',
      environment: env,
      reason,
      ...(record?.head ? { revision: record.head } : {}),
    });
  }
}

/** Pull requests that got a slot someone freed: each is told, then deployed. */
export async function startPromoted(deps: PipelineDeps, numbers: readonly number[]): Promise<void> {
  for (const number of numbers) {
    await setPreview(deps, number, {
      phase: 'deploying',
      message: 'a preview slot is free; deploying',
    });
    await requestOnNode(deps, {
      environment: previewName(number),
      trigger: 'preview-slot',
    });
  }
}

async function setPreview(
  deps: PipelineDeps,
  number: number,
  report: PreviewReport,
): Promise<void> {
  await deps.previews.update(number, { preview: report });
  await publishComment(deps, number);
}

/**
 * Brings preview `pr-N` to what its pull request wants: deployed at the PR head while the
 * PR is open and holds a slot; otherwise nothing left of it. The git fetch is done.
 */
export async function reconcilePreview(
  deps: PipelineDeps,
  number: number,
  trigger: string,
): Promise<DeployOutcome | null> {
  const env = previewName(number);
  const [record, settings, slots] = await Promise.all([
    deps.previews.get(number),
    previewSettings(deps.git),
    deps.previews.slots(),
  ]);
  const maxActive = maxActiveOf(settings);
  const active = slots.active.includes(number);
  const none = reasonForNone(record, settings, active);
  if (none !== null || !record || !settings) {
    // Waiting in line: nothing runs yet, and its place is kept.
    if (record?.wish === 'open' && settings && !active) return null;
    await removePreview(deps, number, none ?? 'removed', maxActive);
    return null;
  }
  const revision = await deps.git.resolve(pullRef(number));
  if (revision !== record.head)
    await deps.previews.update(number, { head: revision, activeAt: deps.now().toISOString() });
  // A head that failed stays failed (and says so on the PR) until a new commit: no retry,
  // and no new status or comment, on every resync.
  const blocked = loopGuard(await deps.history.list(env, 100), revision);
  if (blocked) {
    deps.log.info({ env, revision, reason: blocked }, 'preview head blocked by the loop guard');
    return null;
  }
  const url = deps.environmentUrl(previewHost(settings, number));
  const outcome = await deployTracked(deps, env, revision, trigger, {
    transient: true,
    onDeployment: (id) => deps.previews.addDeployment(number, id),
    beforeChange: async () => {
      await deps.feedback.commitStatus(
        revision,
        'pending',
        'deploying the preview',
        previewStatusContext,
      );
      await setPreview(deps, number, { phase: 'deploying', message: 'deploying', revision });
    },
  }).catch(async (error: unknown) => {
    const message = messageOf(error);
    await deps.feedback.commitStatus(revision, 'failure', message, previewStatusContext);
    await setPreview(deps, number, { phase: 'failed', message, revision });
    throw error;
  });
  if (!outcome) return null;
  if (outcome.result === 'success' || outcome.result === 'synced') {
    const current = await deps.previews.get(number);
    // An unchanged preview that already says so is left alone: no GitHub call per resync.
    if (current?.preview?.phase !== 'live' || current.preview.revision !== revision) {
      await deps.feedback.commitStatus(
        revision,
        'success',
        `preview at ${url}`,
        previewStatusContext,
      );
      await setPreview(deps, number, { phase: 'live', message: 'up', url, revision });
      notify(deps, {
        kind: 'preview-ready',
        environment: env,
        revision,
        url,
        changes: planSummary(outcome.plan),
      });
    }
  } else {
    const message = `${outcome.result}: ${outcome.reason ?? ''}`;
    await deps.feedback.commitStatus(revision, 'failure', message, previewStatusContext);
    await setPreview(deps, number, { phase: 'failed', message, revision });
  }
  return outcome;
}

/** Whether a preview's last commit is older than the ttl. */
export function idlePastTtl(record: PullRequestRecord, settings: Previews, now: Date): boolean {
  const since = Date.parse(record.activeAt);
  return Number.isFinite(since) && now.getTime() - since > durationMs(settings.ttl);
}
