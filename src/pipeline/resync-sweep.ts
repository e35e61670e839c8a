import { randomUUID } from 'node:crypto';
import type { LiveContainer } from '../core/live.js';
import { decideDeploy } from '../core/deploy/decide-deploy.js';
import { names } from '../core/render/names.js';
import { scheduledBackupDue } from '../deploy/backup.js';
import { convergeIsNoop } from '../deploy/converge.js';
import { deployInput } from '../deploy/deploy-input.js';
import { prepare } from '../deploy/prepare.js';
import { silent } from '../deploy/progress.js';
import { tlsSettled } from '../deploy/tls.js';
import type { PipelineDeps } from './pipeline-deps.js';
import { requestOnNode } from './request-on-node.js';
import { nodeInputOf } from './node-of-environment.js';
import { routeNode } from '../core/nodes/node-route.js';

export interface SweepOutcome {
  /** Environments that already ran the head of their branch: recorded synced, nothing run. */
  readonly synced: readonly string[];
  /** Environments given a reconcile job: something to change, or to look at under the lock. */
  readonly queued: readonly string[];
}

/**
 * The periodic resync of the environments wharf.yaml binds to branches. Live state is read
 * once for all of this node's (the other nodes' get a reconcile job on their queue): one listing of the host's containers, the edge container's state.
 * An environment whose reconcile would find nothing to do (its branch's head already runs,
 * nothing drifted, nothing to recover, its edge site, certificate and backups as they
 * should be) is recorded synced from that listing alone. Every other one gets a reconcile
 * job, which reads live state again inside the environment's lock and decides there, so
 * this sweep never changes anything itself.
 */
export async function resyncSweep(
  deps: PipelineDeps,
  environments: readonly { readonly name: string; readonly branch: string }[],
): Promise<SweepOutcome> {
  const synced: string[] = [];
  const queued: string[] = [];
  const listing = await deps.engine
    .listContainersByEnvironment(environments.map((e) => e.name))
    .catch(() => null);
  const edgeRunning =
    (await deps.engine.containerState(names.edgeContainer(deps.edgeSettings.project))) ===
    'running';
  const heads = new Map<string, Promise<string>>();
  const headOf = (branch: string): Promise<string> => {
    let head = heads.get(branch);
    if (!head) {
      head = deps.git.resolve(branch);
      heads.set(branch, head);
    }
    return head;
  };
  for (const { name, branch } of environments) {
    // Live state read here is this host's: only this node's environments may be found quiet.
    const route = routeNode(await nodeInputOf(deps, name));
    if (route.kind !== 'deploy' || route.node !== deps.node) {
      await requestOnNode(
        deps,
        { environment: name, trigger: 'resync' },
        Math.floor(Math.random() * deps.resyncJitterMs),
      );
      queued.push(name);
      continue;
    }
    const live = listing?.get(name);
    const revision = await headOf(branch).catch(() => null);
    const quiet =
      live !== undefined &&
      edgeRunning &&
      revision !== null &&
      (await nothingToDo(deps, name, revision, live).catch(() => false));
    if (quiet && revision !== null) {
      await recordSynced(deps, name, revision);
      synced.push(name);
    } else {
      await requestOnNode(
        deps,
        { environment: name, trigger: 'resync' },
        Math.floor(Math.random() * deps.resyncJitterMs),
      );
      queued.push(name);
    }
  }
  return { synced, queued };
}

/** Whether a reconcile of the environment at `revision` would end `synced`, changing nothing. */
async function nothingToDo(
  deps: PipelineDeps,
  env: string,
  revision: string,
  live: readonly LiveContainer[],
): Promise<boolean> {
  // A branch moved back is for the reconcile to report.
  if ((await deps.history.lastSeen(env)) !== revision) return false;
  const [applied, site] = await Promise.all([
    deps.state.readApplied(env),
    deps.edge.currentSite(env),
  ]);
  if (!applied || !(await convergeIsNoop(deps, env, applied, live, site))) return false;
  const prepared = await prepare(deps, env, revision, silent, {
    fetched: true,
    live,
    read: { applied, siteNow: site },
  });
  // The deploy's own decision, on the same reading: only `synced` is left to this sweep.
  const [history, jobRuns] = await Promise.all([
    deps.history.list(env, 100),
    deps.state.readJobRuns(env),
  ]);
  const decision = decideDeploy(
    deployInput(prepared, {
      edgeRunning: true,
      history,
      retry: false,
      jobRuns,
      node: deps.node,
    }),
  );
  if (decision.kind !== 'synced') return false;
  if (!(await tlsSettled(deps, prepared.loaded.environment, prepared.rendered.edge.hosts)))
    return false;
  return !(await scheduledBackupDue(deps, env));
}

async function recordSynced(deps: PipelineDeps, env: string, revision: string): Promise<void> {
  const at = deps.now().toISOString();
  await deps.history.record({
    id: randomUUID(),
    environment: env,
    revision,
    startedAt: at,
    finishedAt: at,
    result: 'synced',
    trigger: 'resync',
    summary: { create: 0, update: 0, remove: 0, drift: 0 },
    ...(deps.worker ? { worker: deps.worker } : {}),
  });
}
