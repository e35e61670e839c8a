import { matchesGlob } from '../core/events/glob.js';
import { grantChanges, grantRefusal } from '../core/grant-changes.js';
import { readDefaultBranch } from '../deploy/load-revision.js';
import type { Repository } from '../core/manifest.js';
import { snapshotsOf } from '../deploy/revision-snapshots.js';
import type { RouteJob } from '../ports/job-queue.js';
import type { PipelineDeps } from './pipeline-deps.js';
import { resyncPreviews } from './preview-resync.js';
import { resyncSweep } from './resync-sweep.js';
import { handlePullRequest } from './pull-request-job.js';
import { requestOnNode } from './request-on-node.js';

function describeProblems(
  problems: readonly { file: string; line: number; path: string; message: string }[],
): string {
  const first = problems.slice(0, 2).map((p) => `${p.file}:${p.line} ${p.path} ${p.message}`);
  return `${problems.length} problem(s): ${first.join('; ')}`;
}

/** wharf.yaml to route by: the pushed commit's if it is valid, else the default branch's. */
async function repositoryAt(
  deps: PipelineDeps,
  revision: string,
): Promise<{ repository: Repository | undefined; problems: number; description: string }> {
  const validation = await snapshotsOf(deps.git).at(revision).validation();
  if (validation.problems.length === 0) {
    return {
      repository: validation.repository,
      problems: 0,
      description: `valid: ${validation.environments.map((e) => e.name).join(', ')}`,
    };
  }
  const fallback = await snapshotsOf(deps.git)
    .at(await deps.git.resolve(await deps.git.defaultBranch()))
    .validation();
  return {
    repository: validation.repository ?? fallback.repository,
    problems: validation.problems.length,
    description: describeProblems(validation.problems),
  };
}

/**
 * Why a pushed commit off the default branch may not deploy: its wharf.yaml changes the
 * grants of an environment it would deploy, which only the default branch gives. Null if not.
 */
async function grantProblem(
  deps: PipelineDeps,
  head: string,
  repository: Repository,
  environments: readonly string[],
): Promise<string | null> {
  const base = await readDefaultBranch(deps.git).catch(() => null);
  // A default branch that does not validate refuses every deploy, and says so there.
  if (!base || head === base.revision || (await deps.git.isAncestor(head, base.revision)))
    return null;
  const changes = grantChanges(repository, base.repository, environments);
  return changes.length > 0 ? grantRefusal(base.branch, changes) : null;
}

/**
 * What a push (or a resync tick) concerns: validates the pushed commit (commit status
 * `wharf/validate`) and asks for a reconcile of each environment that follows the ref.
 */
export async function handleRoute(deps: PipelineDeps, job: RouteJob): Promise<void> {
  await deps.git.fetch();
  if (job.kind === 'pull_request') {
    await handlePullRequest(deps, job);
    return;
  }
  if (job.kind === 'resync') {
    await resyncPreviews(deps);
    const head = await deps.git.resolve(await deps.git.defaultBranch());
    const { repository } = await repositoryAt(deps, head);
    const bound = Object.entries(repository?.environments ?? {}).flatMap(([name, binding]) =>
      binding && binding.autoDeploy !== false ? [{ name, branch: binding.branch }] : [],
    );
    const { synced, queued } = await resyncSweep(deps, bound);
    deps.log.info(
      { synced: synced.length, queued: queued.length },
      `resync: ${synced.length} environment(s) already in sync, ${queued.length} to reconcile`,
    );
    await deps.resyncDone();
    return;
  }
  const ref = job.kind === 'push' ? job.branch : `refs/tags/${job.tag}`;
  const head = await deps.git.resolve(ref);
  const { repository, problems, description } = await repositoryAt(deps, head);
  const bound = Object.entries(repository?.environments ?? {}).filter(([, binding]) => {
    if (!binding) return false;
    return job.kind === 'push'
      ? binding.branch === job.branch
      : binding.tags !== undefined && matchesGlob(job.tag, binding.tags);
  });
  const refused =
    problems === 0 && repository
      ? await grantProblem(
          deps,
          head,
          repository,
          bound.map(([name]) => name),
        )
      : null;
  await deps.feedback.commitStatus(
    head,
    problems > 0 || refused ? 'failure' : 'success',
    refused ?? description,
    'wharf/validate',
  );
  const targets = bound.filter(([, binding]) => binding?.autoDeploy !== false);
  if (targets.length === 0) {
    deps.log.info({ ref, revision: head, delivery: job.delivery }, 'push concerns no environment');
    return;
  }
  for (const [name] of targets) {
    deps.log.info(
      { env: name, ref, revision: head, delivery: job.delivery },
      'reconcile requested',
    );
    await requestOnNode(deps, {
      environment: name,
      trigger: `webhook:${job.kind}`,
      // A tag is deployed as the tag, not as the head of the branch.
      ...(job.kind === 'tag' ? { ref } : {}),
      ...(job.pushedBy ? { pushedBy: job.pushedBy } : {}),
    });
  }
}
