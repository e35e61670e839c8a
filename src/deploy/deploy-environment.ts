import { randomUUID } from 'node:crypto';
import { ComposeError, WharfError } from '../core/errors.js';
import type { AppliedRecord } from '../core/live.js';
import { needsWork, type Plan, type ServicePlan } from '../core/plan/types.js';
import { composeDocument } from '../core/render/compose-document.js';
import { labels } from '../core/render/names.js';
import { secretsIn } from '../core/render/secret-template.js';
import type { RenderedProject, RenderedService } from '../core/render/types.js';
import type { DeployRecord, DeployResult } from '../ports/history-store.js';
import type { DeployDeps } from './deps.js';
import { prepare, type Prepared } from './prepare.js';
import { silent, type ProgressListener } from './progress.js';
import { parseDuration } from '../core/duration.js';

export interface DeployRequest {
  readonly environment: string;
  /** A branch, `refs/pull/N/head` or sha; default: the branch the environment follows. */
  readonly revision?: string;
  readonly trigger: string;
  readonly onProgress?: ProgressListener;
}

export interface DeployOutcome {
  readonly id: string;
  readonly result: DeployResult;
  readonly revision: string;
  readonly plan: Plan;
}

function summary(plan: Plan): DeployRecord['summary'] {
  const count = (action: ServicePlan['action']): number =>
    plan.services.filter((s) => s.action === action).length;
  return {
    create: count('create'),
    update: count('update'),
    remove: count('remove'),
    drift: plan.services.filter((s) => s.drift.length > 0).length,
  };
}

/** The revision each service's label carries: the new one if it changes, else the one it has. */
function revisionFor(prepared: Prepared, work: ReadonlySet<string>) {
  return (service: RenderedService): string => {
    const key = `${service.project}/${service.composeName}`;
    if (work.has(key)) return prepared.rendered.revision;
    return (
      prepared.applied?.services[key]?.revision ??
      prepared.live.find(
        (c) => c.project === service.project && c.composeService === service.composeName,
      )?.revision ??
      prepared.rendered.revision
    );
  };
}

async function checkSecrets(deps: DeployDeps, prepared: Prepared): Promise<void> {
  const { rendered } = prepared;
  const wanted = new Set<string>();
  for (const project of [rendered.infra, rendered.apps]) {
    for (const name of Object.keys(
      (project.topLevel['secrets'] as Record<string, unknown> | undefined) ?? {},
    ))
      wanted.add(name);
    for (const file of project.files) for (const name of secretsIn(file.content)) wanted.add(name);
  }
  const missing = await deps.state.missingSecrets(rendered.environment, [...wanted].sort());
  if (missing.length > 0) {
    throw new WharfError(
      'secret-missing',
      `environment ${rendered.environment} needs secrets that are not in the store: ${missing.join(', ')}. Write each to ${deps.state.root}/secrets/${rendered.environment}/NAME before deploying.`,
    );
  }
}

async function applyProject(
  deps: DeployDeps,
  prepared: Prepared,
  project: RenderedProject,
  work: ServicePlan[],
  onProgress: ProgressListener,
): Promise<void> {
  const env = prepared.rendered.environment;
  const step = project === prepared.rendered.infra ? 'infra' : 'apps';
  const workKeys = new Set(work.map((s) => `${s.project}/${s.composeName}`));
  const document = composeDocument(project, revisionFor(prepared, workKeys));
  const directory = await deps.state.writeProject(env, project.directory, document, project.files);
  const target = { environment: env, project: project.name, directory };
  await deps.compose.validate(target);
  const up = work.filter((s) => s.action !== 'remove').map((s) => s.composeName);
  if (up.length > 0) {
    const wait = Math.ceil(
      (parseDuration(prepared.loaded.environment.deploy?.healthTimeout ?? '120s') ?? 120_000) /
        1000,
    );
    onProgress({
      environment: env,
      step,
      message: `starting ${up.join(', ')} in ${project.name}, waiting up to ${wait}s for healthy`,
    });
    try {
      await deps.compose.up(target, up, {
        waitSeconds: wait,
        onOutput: (line) => onProgress({ environment: env, step: 'compose', message: line }),
      });
    } catch (error) {
      if (!(error instanceof ComposeError)) throw error;
      // Say why: the last lines of the services that did not come up.
      const containers = (await deps.engine.listContainers(env)).filter(
        (c) =>
          c.project === project.name &&
          up.includes(c.composeService) &&
          (c.state !== 'running' || c.health === 'unhealthy'),
      );
      const logs = await Promise.all(
        containers.map(
          async (c) =>
            `--- last log lines of ${c.name} (${c.state}, ${c.health}):\n${await deps.engine.logTail(c.id, 20)}`,
        ),
      );
      throw new WharfError(error.code, [error.message, ...logs].join('\n'), {
        retryable: error.retryable,
        cause: error,
      });
    }
  }
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

async function pruneVolumes(
  deps: DeployDeps,
  prepared: Prepared,
  onProgress: ProgressListener,
): Promise<void> {
  const env = prepared.loaded.environment;
  const inUse = new Set(prepared.rendered.volumes.map((v) => v.name));
  for (const key of env.pruneVolumes ?? []) {
    const name = `wharf-${env.name}-${key}`;
    if (inUse.has(name) || !(await deps.engine.volumeExists(name))) continue;
    onProgress({
      environment: env.name,
      step: 'volumes',
      message: `removing volume ${name} (listed in pruneVolumes, no longer used)`,
    });
    await deps.engine.removeVolume(name);
  }
}

function appliedRecord(prepared: Prepared, before: AppliedRecord | null): AppliedRecord {
  const { rendered, plan } = prepared;
  const services: Record<string, AppliedRecord['services'][string]> = {};
  const changed = new Set(
    plan.services.filter(needsWork).map((s) => `${s.project}/${s.composeName}`),
  );
  for (const service of [...rendered.infra.services, ...rendered.apps.services]) {
    const key = `${service.project}/${service.composeName}`;
    const revision = changed.has(key)
      ? rendered.revision
      : (before?.services[key]?.revision ?? rendered.revision);
    services[key] = { configHash: service.configHash, revision, definition: service.definition };
  }
  return { revision: rendered.revision, colour: rendered.colour, services };
}

/**
 * Makes one environment match one revision (strategy `recreate`): stateful services first,
 * only those that changed or drifted, then the apps, then the edge. A revision whose plan is
 * empty runs no command that changes anything.
 */
export async function deployEnvironment(
  deps: DeployDeps,
  request: DeployRequest,
): Promise<DeployOutcome> {
  const onProgress = request.onProgress ?? silent;
  const env = request.environment;
  return deps.lock.withLock(env, async () => {
    const id = randomUUID();
    const startedAt = deps.now().toISOString();
    let prepared: Prepared | undefined;
    const record = async (result: DeployResult, error?: string): Promise<void> => {
      await deps.history.record({
        id,
        environment: env,
        revision: prepared?.rendered.revision ?? request.revision ?? '',
        startedAt,
        finishedAt: deps.now().toISOString(),
        result,
        trigger: request.trigger,
        summary: prepared ? summary(prepared.plan) : { create: 0, update: 0, remove: 0, drift: 0 },
        ...(error ? { error } : {}),
      });
    };
    try {
      prepared = await prepare(deps, env, request.revision, onProgress);
      const { plan, rendered } = prepared;
      const siteNow = await deps.edge.currentSite(env);
      const edgeState = await deps.engine.containerState('wharf-edge-nginx-1');
      if (plan.empty && siteNow === prepared.site && edgeState === 'running') {
        onProgress({
          environment: env,
          step: 'plan',
          message: `nothing to do: ${env} already runs ${rendered.revision.slice(0, 12)}`,
        });
        await record('synced');
        return { id, result: 'synced', revision: rendered.revision, plan };
      }
      const work = plan.services.filter(needsWork);
      onProgress({
        environment: env,
        step: 'plan',
        message: `${work.length} service(s) to change: ${work.map((s) => `${s.service} (${s.action}${s.drift.length ? `, ${s.drift.map((d) => d.kind).join('+')}` : ''})`).join(', ') || 'none; edge only'}`,
      });
      await checkSecrets(deps, prepared);

      if (
        await deps.engine.ensureNetwork(rendered.network, {
          [labels.managed]: 'true',
          [labels.environment]: env,
        })
      ) {
        onProgress({
          environment: env,
          step: 'network',
          message: `created network ${rendered.network}`,
        });
      }
      const infraWork = work.filter((s) => s.project === rendered.infra.name);
      const appWork = work.filter((s) => s.project === rendered.apps.name);
      if (infraWork.length > 0)
        await applyProject(deps, prepared, rendered.infra, infraWork, onProgress);
      if (appWork.length > 0)
        await applyProject(deps, prepared, rendered.apps, appWork, onProgress);
      await pruneVolumes(deps, prepared, onProgress);

      if (await deps.edge.ensureRunning())
        onProgress({ environment: env, step: 'edge', message: 'started the edge (wharf-edge)' });
      if (await deps.edge.attach(rendered.network))
        onProgress({
          environment: env,
          step: 'edge',
          message: `connected the edge to ${rendered.network}`,
        });
      if (siteNow !== prepared.site) {
        onProgress({
          environment: env,
          step: 'edge',
          message: `routing ${rendered.edge.hosts.join(', ')}: ${rendered.edge.routes.map((r) => `${r.path} -> ${r.service}`).join(', ')}`,
        });
        await deps.edge.applySite(env, prepared.site);
      } else if (work.some((s) => s.action !== 'remove')) {
        // Recreated containers have new addresses; Nginx resolves names when it loads.
        await deps.edge.reload();
      }
      await deps.state.writeApplied(env, appliedRecord(prepared, prepared.applied));
      await record('success');
      onProgress({
        environment: env,
        step: 'record',
        message: `${env} now runs ${rendered.revision.slice(0, 12)}`,
      });
      return { id, result: 'success', revision: rendered.revision, plan };
    } catch (error) {
      await record('failed', error instanceof Error ? error.message : String(error)).catch(
        () => undefined,
      );
      throw error;
    }
  });
}
