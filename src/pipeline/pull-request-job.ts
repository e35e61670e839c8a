import { messageOf } from '../core/message-of.js';
import {
  changesOf,
  type EnvironmentChanges,
  type ValidationReport,
} from '../core/previews/pr-comment.js';
import {
  forkRefusal,
  previewName,
  previewStatusContext,
  pullRef,
} from '../core/previews/preview-environment.js';
import { prepare } from '../deploy/prepare.js';
import { snapshotsOf } from '../deploy/revision-snapshots.js';
import type { PullRequestFields } from '../ports/preview-store.js';
import { notify } from '../deploy/notify.js';
import type { PipelineDeps } from './pipeline-deps.js';
import { previewSettings } from './preview-settings.js';
import { publishComment } from './publish-comment.js';
import { requestOnNode } from './request-on-node.js';

/** What merging would change in each environment the pull request's head declares. */
async function planChanges(
  deps: PipelineDeps,
  head: string,
  environments: readonly string[],
): Promise<EnvironmentChanges[]> {
  const plans: EnvironmentChanges[] = [];
  for (const environment of environments) {
    try {
      const prepared = await prepare(deps, environment, head, () => undefined, { fetched: true });
      const changes = changesOf(prepared.plan);
      if (changes.length > 0) plans.push({ environment, changes });
    } catch (error) {
      plans.push({
        environment,
        changes: [],
        error: messageOf(error),
      });
    }
  }
  return plans;
}

/**
 * A pull request opened, updated, reopened or closed: validates its head (`wharf/validate`),
 * plans what merging would change, and records what the pull request wants of its preview;
 * the preview itself is brought there by the reconcile of `pr-N`. The payload only named
 * the pull request: the head is read from git.
 */
export async function handlePullRequest(
  deps: PipelineDeps,
  job: { readonly number: number; readonly action: 'update' | 'close'; readonly fork: boolean },
): Promise<void> {
  const { number } = job;
  const env = previewName(number);
  const log = deps.log.child({ pullRequest: number });
  const before = await deps.previews.get(number);
  if (job.action === 'close') {
    // Without a record (Redis lost it), the preview may still run: the reconcile removes
    // whatever Docker has of `pr-N`, and finds nothing if there was none.
    await deps.previews.update(number, { wish: 'closed', fork: before?.fork ?? job.fork });
    await requestOnNode(deps, { environment: env, trigger: 'webhook:pull_request' });
    log.info('pull request closed; its preview goes');
    return;
  }

  const head = await deps.git.resolve(pullRef(number));
  const validation = await snapshotsOf(deps.git).at(head).validation();
  const ok = validation.problems.length === 0;
  const report: ValidationReport = ok
    ? { ok, summary: `${validation.environments.length} environment(s)`, problems: [] }
    : {
        ok,
        summary: `${validation.problems.length} problem(s)`,
        problems: validation.problems
          .slice(0, 10)
          .map((p) => `${p.file}:${p.line}:${p.column} ${p.path} ${p.message}`),
      };
  await deps.feedback.commitStatus(
    head,
    ok ? 'success' : 'failure',
    ok ? `valid: ${validation.environments.map((e) => e.name).join(', ')}` : report.summary,
    'wharf/validate',
  );
  const now = deps.now().toISOString();
  const settings = await previewSettings(deps.git);
  const fields: PullRequestFields = {
    fork: job.fork,
    head,
    openedAt: before?.openedAt ?? now,
    activeAt: before && before.head === head ? before.activeAt : now,
    validation: report,
    plans: ok
      ? await planChanges(
          deps,
          head,
          validation.environments.map((e) => e.name),
        )
      : null,
  };

  if (!settings) {
    await deps.previews.update(number, {
      ...fields,
      wish: 'refused',
      preview: { phase: 'disabled', message: 'previews are not enabled in wharf.yaml' },
    });
  } else if (job.fork && settings.allowForks !== true) {
    await deps.previews.update(number, {
      ...fields,
      wish: 'refused',
      preview: { phase: 'refused', message: forkRefusal },
    });
    await deps.feedback.commitStatus(
      head,
      'error',
      'no preview: pull request from a fork',
      previewStatusContext,
    );
  } else if (!ok) {
    // Nothing that does not validate is deployed; a preview already up keeps its revision.
    await deps.previews.update(number, {
      ...fields,
      wish: 'open',
      preview: {
        phase: 'failed',
        message: 'the head does not validate; a preview already up keeps its last good revision',
        revision: head,
      },
    });
    await deps.feedback.commitStatus(
      head,
      'failure',
      'the head does not validate',
      previewStatusContext,
    );
  } else {
    await deps.previews.update(number, { ...fields, wish: 'open' });
    const slot = await deps.previews.claim(number, settings.maxActive);
    if (slot.active) {
      await deps.previews.update(number, {
        preview: { phase: 'deploying', message: 'queued', revision: head },
      });
      await deps.feedback.commitStatus(head, 'pending', 'preview queued', previewStatusContext);
      await requestOnNode(deps, { environment: env, trigger: 'webhook:pull_request' });
    } else {
      const message = `waiting for a free preview slot: ${slot.inUse} of ${settings.maxActive} in use (previews.maxActive); it starts when one frees`;
      await deps.previews.update(number, { preview: { phase: 'waiting', message } });
      notify(deps, {
        kind: 'waiting',
        environment: env,
        revision: head,
        waitingFor: 'preview-slots',
        reason: message,
        dedupeKey: `preview-slots:${env}:${head}`,
      });
      await deps.feedback.commitStatus(head, 'pending', message, previewStatusContext);
    }
  }
  await publishComment(deps, number);
  log.info({ head, valid: ok }, 'pull request handled');
}
