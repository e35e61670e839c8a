import { posix } from 'node:path';
import { ComposeError, PolicyError, WharfError } from '../core/errors.js';
import { describeViolation } from '../core/policy/environment-policy.js';
import { resolvedViolations } from '../core/policy/resolved-project.js';
import { planKey, serviceKey } from '../core/plan/plan.js';
import type { ServicePlan } from '../core/plan/types.js';
import { composeDocument, composeFile } from '../core/render/compose-document.js';
import type { RenderedFile, RenderedProject, RenderedService } from '../core/render/types.js';
import type { ComposeTarget } from '../ports/compose-runtime.js';
import type { DeployDeps } from './deps.js';
import { logTails } from './describe-failure.js';
import type { Prepared } from './prepare.js';
import type { ProgressListener } from './progress.js';

/** The revision each service's label carries: the new one if it changes, else the one it has. */
export function revisionFor(prepared: Prepared, changing: ReadonlySet<string> | 'all') {
  return (service: RenderedService): string => {
    const key = serviceKey(service);
    if (changing === 'all' || changing.has(key)) return prepared.rendered.revision;
    return prepared.applied?.services[key]?.revision ?? prepared.rendered.revision;
  };
}

/** What a deploy writes for a project: its folder, its Compose document and rendered files. */
export interface ProjectContent {
  /** Relative to the state directory. */
  readonly directory: string;
  readonly compose: Record<string, unknown>;
  /** Secrets still as `{{secret NAME}}`: the state directory fills them in as it writes. */
  readonly files: readonly RenderedFile[];
}

/** A project's content as the deploy writes it; `wharf render` shows the same. */
export function projectContent(
  project: RenderedProject,
  revisionOf: (s: RenderedService) => string,
  installation: string,
): ProjectContent {
  return {
    directory: project.directory,
    compose: composeFile(project, revisionOf, installation),
    files: project.files,
  };
}

/**
 * Writes a project's files, then has Compose read them back and checks the policy on what
 * Compose resolved: what Docker will run, not what wharf meant to write. A violation here
 * (it would take a spelling the renderer's own check missed) starts nothing.
 */
export async function writeProject(
  deps: DeployDeps,
  prepared: Prepared,
  project: RenderedProject,
  revisionOf: (s: RenderedService) => string,
): Promise<ComposeTarget> {
  const env = prepared.rendered.environment;
  const content = projectContent(project, revisionOf, deps.installationId);
  const directory = await deps.state.writeProject(
    env,
    content.directory,
    content.compose,
    content.files,
  );
  const target = { environment: env, project: project.name, directory };
  const resolved = await deps.compose.resolve(target);
  const violations = resolvedViolations(
    resolved,
    composeDocument(project, revisionOf, deps.installationId),
    {
      grant: prepared.loaded.policy,
      stateDir: deps.state.root,
      projectDir: posix.resolve(directory),
      trusted: Object.fromEntries(project.services.map((s) => [s.composeName, s.trustedSources])),
    },
  );
  if (violations.length > 0)
    throw new PolicyError(
      env,
      violations.map((v) => describeViolation(env, v)),
    );
  return target;
}

export interface UpRequest {
  readonly services: readonly string[];
  /** Compose waits for healthy containers this long; unset, it only starts them. */
  readonly waitSeconds?: number;
  /** Without a wait: what the progress line says the caller gives the services to be ready. */
  readonly readyWithinSeconds?: number;
  readonly removeOrphans?: boolean;
  readonly step: 'infra' | 'apps';
}

/** `docker compose up` (with --wait, if asked) for some services; a failure carries the containers' last log lines. */
export async function upServices(
  deps: DeployDeps,
  target: ComposeTarget,
  request: UpRequest,
  onProgress: ProgressListener,
): Promise<void> {
  const env = target.environment;
  onProgress({
    environment: env,
    step: request.step,
    message: `starting ${request.services.join(', ') || 'all services'} in ${target.project}, ${request.waitSeconds === undefined ? `ready within ${request.readyWithinSeconds ?? 0}s` : `waiting up to ${request.waitSeconds}s for healthy`}`,
  });
  try {
    await deps.compose.up(target, request.services, {
      ...(request.waitSeconds === undefined ? {} : { waitSeconds: request.waitSeconds }),
      ...(request.removeOrphans ? { removeOrphans: true } : {}),
      onOutput: (line) => onProgress({ environment: env, step: 'compose', message: line }),
    });
  } catch (error) {
    if (!(error instanceof ComposeError)) throw error;
    const failing = (await deps.engine.listContainers(env)).filter(
      (c) =>
        c.project === target.project &&
        (request.services.length === 0 || request.services.includes(c.composeService)) &&
        (c.state !== 'running' || c.health === 'unhealthy' || c.health === 'starting'),
    );
    throw new WharfError(
      error.code,
      [error.message, await logTails(deps, failing)].filter(Boolean).join('\n'),
      { retryable: error.retryable, cause: error },
    );
  }
}

/** Applies a plan's work to one project in place: up what changes or drifted, remove what went. */
export async function applyInPlace(
  deps: DeployDeps,
  prepared: Prepared,
  project: RenderedProject,
  work: readonly ServicePlan[],
  waitSeconds: number,
  onProgress: ProgressListener,
): Promise<void> {
  const env = prepared.rendered.environment;
  const step = project.name === prepared.rendered.infra.name ? 'infra' : 'apps';
  const changing = new Set(work.map((s) => planKey(s)));
  const target = await writeProject(deps, prepared, project, revisionFor(prepared, changing));
  const up = work
    .filter((s) => s.action !== 'remove')
    .map((s) => project.services.find((r) => r.name === s.service)?.composeName ?? s.composeName);
  if (up.length > 0)
    await upServices(deps, target, { services: up, waitSeconds, step }, onProgress);
  const removed = work.filter((s) => s.action === 'remove');
  if (removed.length > 0) {
    onProgress({
      environment: env,
      step,
      message: `removing ${removed.map((s) => s.service).join(', ')} from ${project.name}`,
    });
    const ids = prepared.live
      .filter((c) =>
        removed.some((r) => r.project === c.project && r.composeName === c.composeService),
      )
      .map((c) => c.id);
    await deps.engine.removeContainers(ids);
  }
}
