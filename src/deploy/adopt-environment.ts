import { decideAdopt } from '../core/adopt/decide-adopt.js';
import type { AdoptPlan } from '../core/adopt/types.js';
import { decideDeploy } from '../core/deploy/decide-deploy.js';
import { siteFromRecord } from '../core/edge/site-text.js';
import { WharfError } from '../core/errors.js';
import type { AppliedRecord } from '../core/live.js';
import type { ComposeProjects } from '../ports/compose-projects.js';
import { applyInPlace } from './apply-project.js';
import { deployEnvironment, type DeployOutcome } from './deploy-environment.js';
import { deployInput } from './deploy-input.js';
import type { DeployDeps } from './deps.js';
import { withEnvironmentLease } from './environment-lease.js';
import { prepare, type Prepared } from './prepare.js';
import { silent, type ProgressListener } from './progress.js';
import { checkSecrets } from './secrets.js';

export interface AdoptRequest {
  readonly environment: string;
  /** The Compose project to take over (default: the environment's name). */
  readonly project: string;
  readonly trigger: string;
  /** Only route the environment's host to the project's containers; a later run goes on. */
  readonly edgeOnly?: boolean;
  readonly onProgress?: ProgressListener;
}

export type AdoptOutcome =
  | { readonly result: 'refused'; readonly problems: readonly string[] }
  | { readonly result: 'routed'; readonly summary: readonly string[] }
  | {
      readonly result: 'adopted' | 'failed';
      readonly summary: readonly string[];
      readonly deploy: DeployOutcome;
    };

/** How long the project's containers have to answer through the edge's preview route. */
const gateMs = 30_000;

/** The stateful steps wharf's first deploy would take, taken now, before the apps move. */
function statefulSteps(deps: DeployDeps, prepared: Prepared) {
  // Adopting takes over Compose projects: a stack is deployed by wharf from the start.
  if (prepared.loaded.environment.runtime === 'swarm')
    throw new WharfError(
      'adopt-refused',
      `${prepared.rendered.environment} has \`runtime: swarm\`: \`wharf adopt\` takes over a Compose project; deploy the stack with \`wharf deploy\` instead`,
    );
  const decision = decideDeploy(
    deployInput(prepared, {
      edgeRunning: true,
      history: [],
      retry: true,
      jobRuns: [],
      node: deps.node,
    }),
  );
  if (decision.kind === 'refused') throw new WharfError(decision.code, decision.message);
  if (decision.kind === 'synced') return [];
  return decision.steps.filter((s) => s.kind === 'secrets' || s.kind === 'apply-stateful');
}

/** Every routed service answers through the preview route, within the gate's time. */
async function gateProject(deps: DeployDeps, plan: AdoptPlan): Promise<void> {
  const until = deps.now().getTime() + gateMs;
  for (const route of plan.routes) {
    for (;;) {
      const result = await deps.probe.probe('preview', plan.previewHost, route.probePath, 2000);
      if (result.ok) break;
      if (deps.now().getTime() >= until)
        throw new WharfError(
          'adopt-refused',
          `service ${route.service} of the project did not answer ${route.probePath} through the edge's preview route within ${gateMs / 1000}s (last: ${result.detail}); the edge serves nothing of it, nothing else was changed`,
        );
      await deps.sleep(200);
    }
  }
}

/**
 * The edge routes the environment's host to the project's stateless containers, then the
 * stateful services move to wharf's (each stopped, its volumes copied, wharf's started on the
 * copies and answering on the project's network under the old name).
 */
async function takeOver(
  deps: DeployDeps,
  projects: ComposeProjects,
  prepared: Prepared,
  plan: AdoptPlan,
  say: (message: string) => void,
  onProgress: ProgressListener,
  edgeOnly: boolean,
): Promise<void> {
  const env = prepared.rendered.environment;
  const steps = statefulSteps(deps, prepared);
  // Secrets first: a deploy that would stop for a missing one must stop before anything moves.
  for (const step of steps)
    if (step.kind === 'secrets') await checkSecrets(deps, prepared, step, onProgress);

  // Again after a run that stopped later on: the edge serves the project already.
  if (prepared.siteNow !== plan.sites.live) {
    await deps.edge.ensureRunning();
    await deps.engine.ensureNetwork(plan.network, plan.networkLabels);
    await deps.edge.attach(plan.network);
    for (const c of plan.connect)
      await deps.engine.ensureConnected(plan.network, c.container, c.aliases);
    await deps.edge.applySite(env, plan.sites.gate);
    try {
      await gateProject(deps, plan);
    } catch (error) {
      await deps.edge.removeSite(env);
      for (const c of plan.connect) await projects.disconnect(plan.network, c.container);
      throw error;
    }
    await deps.edge.applySite(env, plan.sites.live);
  }
  say(`the edge routes ${env} to the project's containers (standing in for ${plan.colour})`);

  if (edgeOnly || plan.stateful.length === 0) return;
  const stopped = plan.stateful.flatMap((m) => m.containers);
  say(`stopping the project's ${plan.stateful.map((m) => m.from).join(', ')} to copy the data`);
  await projects.stop(stopped);
  try {
    for (const move of plan.stateful)
      for (const copy of move.copies) {
        say(`copying the volume ${copy.from} into ${copy.to}`);
        await projects.copyVolume(copy.from, copy.to, move.image, plan.volumeLabels);
      }
    for (const step of steps)
      if (step.kind === 'apply-stateful')
        await applyInPlace(
          deps,
          prepared,
          step.project,
          step.services,
          step.waitSeconds,
          onProgress,
        );
  } catch (error) {
    // The project's volumes were only read: its servers go on with them, and what wharf made
    // of them (servers started on the copies, the copies) goes, so that a new run copies again.
    say(`starting the project's ${plan.stateful.map((m) => m.from).join(', ')} again`);
    await projects.start(stopped);
    const started = (await deps.engine.listContainers(env)).filter((c) => c.role === 'stateful');
    await deps.engine.removeContainers(started.map((c) => c.id));
    for (const copy of plan.stateful.flatMap((m) => m.copies))
      if (await deps.engine.volumeExists(copy.to)) await deps.engine.removeVolume(copy.to);
    throw error;
  }
  for (const move of plan.stateful) {
    await deps.engine.removeContainers(move.containers);
    for (const network of move.networks)
      await deps.engine.ensureConnected(network, move.container, [move.from]);
    say(`wharf's ${move.service} answers as ${move.from} on ${move.networks.join(', ')}`);
  }
}

/** The record without the colour the project stood in for: nothing of it is left to go back to. */
function withoutStandIn(record: AppliedRecord, plan: AdoptPlan): AppliedRecord {
  const colours = { ...record.colours };
  delete colours[plan.colour];
  return { ...record, colours, warm: record.warm?.colour === plan.colour ? null : record.warm };
}

/** Once wharf's colour serves: the project's stateless containers go, and wharf's servers leave its networks. */
async function retire(
  deps: DeployDeps,
  projects: ComposeProjects,
  env: string,
  plan: AdoptPlan,
  say: (message: string) => void,
): Promise<void> {
  say(`removing the project's ${plan.connect.map((c) => c.container).join(', ')}`);
  await deps.engine.removeContainers(plan.retire);
  for (const move of plan.stateful)
    for (const network of move.networks) await projects.disconnect(network, move.container);
  const applied = await deps.state.readApplied(env);
  if (!applied) return;
  const record = withoutStandIn(applied, plan);
  await deps.edge.applySite(env, siteFromRecord(env, record, record.colour, [record.colour]));
  await deps.state.writeApplied(env, record);
}

/**
 * `wharf adopt`: takes over a running Compose project of the environment's shape without
 * downtime. Decided first (`decideAdopt`, nothing changed when it refuses); then the edge
 * serves the project's containers, the stateful services move, wharf's first deploy starts
 * its colour beside the project's and switches the edge, and the project's containers go.
 */
export async function adoptEnvironment(
  deps: DeployDeps,
  projects: ComposeProjects,
  request: AdoptRequest,
): Promise<AdoptOutcome> {
  const env = request.environment;
  const onProgress = request.onProgress ?? silent;
  const say = (message: string): void => onProgress({ environment: env, step: 'adopt', message });
  const taken = await withEnvironmentLease(deps, env, async (locked) => {
    const prepared = await prepare(locked, env, undefined, onProgress);
    const rendered = prepared.renderFor('green');
    const [containers, existing] = await Promise.all([
      projects.containers(request.project),
      Promise.all(
        rendered.volumes.map(async (v) =>
          (await locked.engine.volumeExists(v.name)) ? [v.name] : [],
        ),
      ),
    ]);
    const decision = decideAdopt({
      environment: env,
      project: request.project,
      rendered,
      imageOverrides: locked.imageOverrides,
      containers,
      wharfContainers: prepared.live,
      deployed: prepared.applied !== null,
      existingVolumes: existing.flat(),
      edgePorts: [locked.edgeSettings.httpPort, locked.edgeSettings.httpsPort],
    });
    if (decision.kind === 'refused') return decision;
    for (const line of decision.summary) say(line);
    await takeOver(
      locked,
      projects,
      prepared,
      decision,
      say,
      onProgress,
      request.edgeOnly ?? false,
    );
    return { ...decision, revision: prepared.rendered.revision };
  });
  if (taken.kind === 'refused') return { result: 'refused', problems: taken.problems };
  if (request.edgeOnly) return { result: 'routed', summary: taken.summary };

  // The revision the project was checked against, even if a newer commit came meanwhile.
  const deploy = await deployEnvironment(deps, {
    environment: env,
    revision: taken.revision,
    trigger: request.trigger,
    onProgress,
  });
  if (deploy.result !== 'success' && deploy.result !== 'synced') {
    say(
      `the project's containers keep serving ${env} through the edge; run wharf adopt ${env} again once the deploy's failure is fixed`,
    );
    return { result: 'failed', summary: taken.summary, deploy };
  }
  await withEnvironmentLease(deps, env, (locked) => retire(locked, projects, env, taken, say));
  say(`${env} is wharf's now, at ${deploy.revision.slice(0, 12)}`);
  return { result: 'adopted', summary: taken.summary, deploy };
}
