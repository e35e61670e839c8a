import { containersOf, observeColour, workerServices } from '../bluegreen/colours.js';
import { durationMs } from '../duration.js';
import { previewHost } from '../edge/render-site.js';
import { siteText, swapSite } from '../edge/site-text.js';
import type { AppliedRecord, ColourRecord, LiveContainer } from '../live.js';
import type { Colour } from '../render/names.js';
import { phaseJobs, type JobPhase, type PhaseJobs } from '../jobs/job-runs.js';
import type { EdgeRoute, RenderedProject, RenderedService } from '../render/types.js';
import { newAppliedRecord } from './applied-record.js';
import { decideSwitch } from './switch-colours.js';
import type { BlueGreenSwap, DeployInput, DeployStep, JobsStep } from './types.js';

/** The warm colour, when it runs exactly the revision's stateless services, healthy; else null. */
export function instantSwitchColour(
  applied: AppliedRecord | null,
  active: Colour | null,
  live: readonly LiveContainer[],
  desired: readonly RenderedService[],
): Colour | null {
  const warm = applied?.warm;
  if (!applied || !warm || !active || warm.colour === active) return null;
  const record = applied.colours[warm.colour];
  const warmContainers = containersOf(live, warm.colour);
  if (!record || !observeColour(warmContainers, record.routes).healthy) return null;
  const same =
    desired.every((s) => {
      const running = warmContainers.filter((c) => c.service === s.name);
      return running.length === s.replicas && running.every((c) => c.configHash === s.configHash);
    }) && warmContainers.every((c) => desired.some((s) => s.name === c.service));
  return same ? warm.colour : null;
}

/** A phase's jobs as `project` renders them, each once per revision. */
export function jobsOf(input: DeployInput, project: RenderedProject, phase: JobPhase): PhaseJobs {
  return phaseJobs(project.jobs ?? [], phase, input.jobRuns, input.live.revision, input.retry);
}

/** A phase's jobs as a step of the deploy, or none when the phase has no job at all. */
export function jobsStep(
  input: DeployInput,
  project: RenderedProject,
  phase: JobPhase,
  changing: readonly string[] | 'all',
): JobsStep[] {
  const jobs = jobsOf(input, project, phase);
  return jobs.run.length + jobs.skipped.length > 0
    ? [{ kind: 'jobs', project, jobs, changing }]
    : [];
}

/** The live colour's routes as last applied, else as this revision renders them. */
function activeRoutesOf(input: DeployInput): readonly EdgeRoute[] {
  const active = input.active;
  if (!active) return [];
  return input.applied?.colours[active]?.routes ?? input.live.edge.apps;
}

/**
 * The swap into the idle colour: the sites it passes through, what it clears and stops, and
 * the record it writes once the candidate is verified.
 */
function swap(input: DeployInput): BlueGreenSwap {
  const { active, applied } = input;
  const rendered = input.idle;
  const candidate = rendered.colour;
  const env = rendered.environment;
  const keepMs = durationMs(input.settings.keepPrevious);
  const activeRoutes = activeRoutesOf(input);
  const liveColours: Partial<Record<Colour, readonly EdgeRoute[]>> = active
    ? { [active]: activeRoutes }
    : {};
  const site = (live: Colour | null, colours: Partial<Record<Colour, readonly EdgeRoute[]>>) =>
    siteText({
      environment: env,
      hosts: rendered.edge.hosts,
      infraRoutes: rendered.edge.infra,
      live,
      colours,
    });
  const leftovers = containersOf(input.containers, candidate);
  const keepsOld = active !== null && keepMs > 0;
  const activeRecord = active ? applied?.colours[active] : undefined;
  const others: Partial<Record<Colour, ColourRecord>> =
    keepsOld && activeRecord ? { [active]: activeRecord } : {};
  return {
    kind: 'blue-green',
    active,
    candidate,
    project: rendered.apps,
    network: rendered.network,
    leftovers: leftovers.map((c) => c.id),
    forgetWarm:
      leftovers.length > 0 && applied?.warm?.colour === candidate
        ? { ...applied, warm: null }
        : null,
    routes: rendered.edge.apps,
    previewHost: previewHost(env, candidate),
    liveHost: rendered.edge.hosts[0] ?? '',
    activeWorkers: active
      ? workerServices(containersOf(input.containers, active), activeRoutes)
      : [],
    healthMs: durationMs(input.settings.healthTimeout),
    verifyMs: durationMs(input.settings.verify),
    sites: {
      gate: site(active, { ...liveColours, [candidate]: rendered.edge.apps }),
      cutover: swapSite(
        rendered,
        candidate,
        active ? { colour: active, routes: activeRoutes } : null,
      ),
      back: active ? site(active, liveColours) : null,
      final: active && !keepsOld ? swapSite(rendered, candidate, null) : null,
    },
    removeOld: active !== null && !keepsOld,
    beforeCutover: jobsOf(input, rendered.apps, 'before-cutover'),
    afterCutover: jobsOf(input, rendered.apps, 'after-cutover'),
    maintenanceAtCutover: input.settings.maintenance,
    applied: {
      record: newAppliedRecord(applied, input.plan, rendered, candidate, others, null, keepMs),
      warmFor:
        keepsOld && active
          ? { colour: active, revision: activeRecord?.revision ?? '', ms: keepMs }
          : null,
    },
  };
}

/**
 * The apps' steps when stateless services change under blue-green: an instant switch when
 * the warm colour already runs them (a revert), else a swap into the idle colour.
 */
export function decideBlueGreen(input: DeployInput): DeployStep[] {
  const env = input.live.environment;
  const revision = input.live.revision;
  const warm = instantSwitchColour(
    input.applied,
    input.active,
    input.containers,
    input.live.apps.services,
  );
  if (warm && input.applied?.warm) {
    // The warm colour is the idle one: its jobs are the revision's as rendered for it.
    return [
      ...jobsStep(input, input.idle.apps, 'before-cutover', 'all'),
      {
        kind: 'instant-switch',
        warmRevision: input.applied.warm.revision,
        switch: decideSwitch(env, input.applied, input.containers, warm, revision, input.live),
      },
      ...jobsStep(input, input.idle.apps, 'after-cutover', 'all'),
      {
        kind: 'record',
        result: 'success',
        message: `${env} now runs ${revision.slice(0, 12)} in ${warm}`,
      },
    ];
  }
  const step = swap(input);
  return [
    step,
    {
      kind: 'record',
      result: 'success',
      message: `${env} now runs ${revision.slice(0, 12)} in ${step.candidate}`,
    },
  ];
}
