import type { StackStep, SwarmRollout } from '../../core/deploy/types.js';
import type { PhaseJobs } from '../../core/jobs/job-runs.js';
import { leaseLost, WharfError } from '../../core/errors.js';
import { planKey } from '../../core/plan/plan.js';
import {
  rolloutVerdict,
  stackSettled,
  type WantedService,
} from '../../core/swarm/rollout-verdict.js';
import { nodeLabel, rollbackDocument, stackDocument } from '../../core/swarm/stack-document.js';
import type { SwarmManager, SwarmRuntime, SwarmService } from '../../ports/swarm-runtime.js';
import { pinStackImages } from '../pin-stack-images.js';
import { revisionFor } from '../apply-project.js';
import { writeStackSource, type StackSource } from '../stack-source.js';
import { swarmJobRunner } from '../swarm-jobs.js';
import type { DeployDeps } from '../deps.js';
import { messageOf } from '../describe-failure.js';
import type { Prepared } from '../prepare.js';
import type { ProgressListener } from '../progress.js';
import { runJobs } from '../run-jobs.js';
import { swarmManager } from '../swarm-live.js';
import type { SwapOutcome } from './blue-green.js';

/** A stack this rollout handed to Docker, and how to put it back. */
interface Deployed {
  readonly name: string;
  readonly directory: string;
  readonly document: Record<string, unknown>;
  /** The stack that converged before; null: the stack is new, and goes if the rollout fails. */
  readonly before: Record<string, unknown> | null;
  /** The project as written and checked: a job of the apps' stack runs from it too. */
  readonly source: StackSource;
}

/** Docker's times have nanoseconds; a second's margin keeps a rollout's own status in. */
const sinceMarginMs = 1000;
/** How often a rollout reads the services while Swarm works on them. */
const settlePollMs = 500;

function wantedOf(stack: StackStep): WantedService[] {
  return stack.services
    .filter((s) => s.action !== 'remove')
    .flatMap((s) => {
      const service = stack.project.services.find((r) => r.name === s.service);
      return service
        ? [
            {
              name: `${stack.project.name}_${service.composeName}`,
              configHash: service.configHash,
              replicas: service.replicas,
            },
          ]
        : [];
    });
}

/** The stack file of one project, from its Compose file as written and the files' hashes. */
async function writeStack(
  deps: DeployDeps,
  prepared: Prepared,
  stack: StackStep,
  rollout: SwarmRollout,
  { swarm, manager }: { readonly swarm: SwarmRuntime; readonly manager: SwarmManager },
  say: (message: string) => void,
): Promise<Deployed> {
  const revisionOf = revisionFor(prepared, new Set(stack.services.map(planKey)));
  const written = await writeStackSource(deps, prepared, stack.project, revisionOf, {
    node: rollout.node,
    verifyMs: rollout.verifyMs,
  });
  const document = await pinStackImages(
    swarm,
    manager,
    stack.project.name,
    stackDocument(stack.project, written.compose, written.options),
    say,
  );
  await deps.state.writeStack(written.target.directory, 'stack.yml', document);
  return {
    name: stack.project.name,
    directory: written.target.directory,
    document,
    before: await deps.state.readStack(written.target.directory, 'stack.applied.json'),
    source: written,
  };
}

/** Where the services of a stack run now, for the log: `web-blue 2 on node-1, 2 on node-2`. */
function placement(all: readonly SwarmService[], stack: string): string {
  return all
    .filter((s) => s.stack === stack)
    .map((s) => {
      const perNode = new Map<string, number>();
      for (const t of s.tasks)
        if (t.desiredState === 'running' && t.state === 'running')
          perNode.set(t.node, (perNode.get(t.node) ?? 0) + 1);
      const where = [...perNode].map(([node, n]) => `${n} on ${node}`).join(', ');
      return `${s.name.slice(stack.length + 1)} ${where || 'no task running'}`;
    })
    .join('; ');
}

/**
 * Performs a decided Swarm rollout. Every stack is written, checked and pinned first; each is
 * then handed to `docker stack deploy`, and once Swarm is done with it (an update watched to
 * its end, `monitor` included; a new service once its tasks run) wharf judges what Swarm made
 * of it. `before-cutover` jobs run before the apps' stack. Then the edge routes to the tasks,
 * each route is probed through it, and the `after-cutover` jobs run. Any failure deploys every
 * stack this rollout touched as it last converged (a new stack is removed), and the edge's
 * site goes back: the whole deploy is undone, not only the service Swarm rolled back.
 */
export async function runSwarmRollout(
  deps: DeployDeps,
  prepared: Prepared,
  rollout: SwarmRollout,
  deployId: string,
  onProgress: ProgressListener,
): Promise<SwapOutcome> {
  const env = prepared.rendered.environment;
  const say = (message: string): void => onProgress({ environment: env, step: 'apps', message });
  const { swarm, manager } = await swarmManager(deps, env);
  if (await swarm.labelNode(manager.nodeId, nodeLabel, rollout.node))
    say(
      `labelled swarm node ${manager.hostname} ${nodeLabel}=${rollout.node}: stateful services run there, beside their volumes`,
    );
  const deployed: Deployed[] = [];
  let siteChanged = false;
  // Every stack is written, checked and pinned before any reaches Docker: a policy refusal or
  // a registry that will not name an image changes nothing.
  const stacks: Deployed[] = [];
  for (const stack of rollout.stacks)
    stacks.push(await writeStack(deps, prepared, stack, rollout, { swarm, manager }, say));
  // Migrations go after the stateful stack (they need the database), before the apps' stack.
  const appsAt = rollout.stacks.findIndex((s) => s.project.name === rollout.jobs.project.name);
  const beforeAt = appsAt === -1 ? rollout.stacks.length : appsAt;
  const apps = stacks[appsAt];
  // The jobs run from the apps' project as its stack was written; without that stack, the
  // project is written for them as it stands.
  const runner = apps
    ? swarmJobRunner(deps, { swarm, manager }, env, rollout.jobs.project, apps.source, (message) =>
        onProgress({ environment: env, step: 'job', message }),
      )
    : undefined;
  const changing = (rollout.stacks[appsAt]?.services ?? []).map(planKey);
  const runPhase = (jobs: PhaseJobs): Promise<void> =>
    runJobs(
      deps,
      prepared,
      { project: rollout.jobs.project, jobs, changing },
      deployId,
      onProgress,
      undefined,
      runner,
    );
  try {
    for (const [index, stack] of rollout.stacks.entries()) {
      if (index === beforeAt) await runPhase(rollout.jobs.beforeCutover);
      const since = new Date(deps.now().getTime() - sinceMarginMs).toISOString();
      const written = stacks[index];
      if (!written) break;
      deployed.push(written);
      say(
        `deploying stack ${written.name} (${stack.services.map((s) => `${s.service} ${s.action}`).join(', ')}), waiting up to ${Math.round(rollout.healthMs / 1000)}s for Swarm to converge`,
      );
      const services = await deployAndSettle(
        swarm,
        env,
        written,
        rollout.healthMs + 60_000,
        (line) => onProgress({ environment: env, step: 'compose', message: line }),
      );
      const verdict = rolloutVerdict(services, wantedOf(stack), since);
      if (verdict.kind === 'failed')
        throw new WharfError(
          'rollout-failed',
          `stack ${written.name} did not converge: ${verdict.reasons.join('; ')}`,
        );
      say(`stack ${written.name} converged: ${placement(services, written.name)}`);
    }
    if (beforeAt === rollout.stacks.length) await runPhase(rollout.jobs.beforeCutover);
    await deps.edge.ensureRunning();
    await deps.edge.attach(rollout.network);
    if (rollout.site) {
      onProgress({ environment: env, step: 'edge', message: rollout.routing });
      siteChanged = true;
      await deps.edge.applySite(env, rollout.site);
    }
    // No reload for new tasks: the site's upstreams follow Docker's DNS by themselves.
    for (const route of rollout.routes) {
      const result = await deps.probe.probe('live', rollout.liveHost, route.probePath, 5000);
      if (!result.ok)
        throw new WharfError(
          'health-failed',
          `service ${route.service} did not answer ${route.probePath} through the edge (last: ${result.detail})`,
        );
    }
    await runPhase(rollout.jobs.afterCutover);
  } catch (error) {
    // No stack was handed to Docker yet (a migration failed with the stateful stack as it
    // was): a plain failure, nothing to undo.
    if (leaseLost(error) || (deployed.length === 0 && !siteChanged)) throw error;
    const reason = messageOf(error);
    say(`undoing the rollout of every stack of this deploy: ${reason}`);
    await undo(deps, env, swarm, deployed, say);
    if (siteChanged && rollout.siteBefore) await deps.edge.applySite(env, rollout.siteBefore);
    return {
      result: 'rolled-back',
      reason,
      retryable: error instanceof WharfError && error.code === 'stack-failed' && error.retryable,
    };
  }
  for (const stack of deployed) {
    // The stack as deployed names its images by digest already: a rollback to it deploys the
    // same bytes even if a tag moved since.
    await deps.state.writeStack(stack.directory, 'stack.applied.json', stack.document);
    const removed = await swarm.removeUnused(stack.name);
    if (removed > 0)
      say(`removed ${removed} config(s) and secret(s) of ${stack.name} no service uses`);
  }
  return { result: 'success' };
}

/**
 * Hands a stack to Docker and watches until Swarm is done with it (`stackSettled`), at most
 * `timeoutMs`; returns the environment's services as they are then, for the verdict to judge
 * (one that did not settle in time is judged as it stands).
 */
async function deployAndSettle(
  swarm: SwarmRuntime,
  env: string,
  stack: Pick<Deployed, 'name' | 'directory'>,
  timeoutMs: number,
  onOutput?: (line: string) => void,
): Promise<SwarmService[]> {
  const deadline = Date.now() + timeoutMs;
  await swarm.deploy(stack.name, stack.directory, {
    timeoutMs,
    ...(onOutput ? { onOutput } : {}),
  });
  for (;;) {
    const services = await swarm.services(env);
    if (stackSettled(services, stack.name) || Date.now() >= deadline) return services;
    await new Promise((resolve) => setTimeout(resolve, settlePollMs));
  }
}

/** Every stack back as it last converged, last deployed first; a new one removed. */
async function undo(
  deps: DeployDeps,
  env: string,
  swarm: SwarmRuntime,
  deployed: readonly Deployed[],
  say: (message: string) => void,
): Promise<void> {
  for (const stack of [...deployed].reverse()) {
    if (!stack.before) {
      say(`removing stack ${stack.name}: it had never converged before`);
      await swarm.remove(stack.name);
      continue;
    }
    await deps.state.writeStack(stack.directory, 'stack.yml', rollbackDocument(stack.before));
    await deployAndSettle(swarm, env, stack, 300_000);
    say(`stack ${stack.name} is back as it last converged`);
  }
}
