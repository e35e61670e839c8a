import type { JobRunRecord, PhaseJobs } from '../../src/core/jobs/job-runs.js';
import { describe, expect, it } from 'vitest';
import { newAppliedRecord } from '../../src/core/deploy/applied-record.js';
import { decideDeploy } from '../../src/core/deploy/decide-deploy.js';
import type { DeployDecision, DeployInput, DeployStep } from '../../src/core/deploy/types.js';
import { previewHost } from '../../src/core/edge/render-site.js';
import { inPlaceSite, siteText, swapSite, switchSite } from '../../src/core/edge/site-text.js';
import type { AppliedRecord, LiveContainer } from '../../src/core/live.js';
import type { PastDeploy } from '../../src/core/loop-guard.js';
import type { Environment, EnvironmentInput } from '../../src/core/manifest.js';
import { plan as makePlan } from '../../src/core/plan/plan.js';
import { otherColour, type Colour } from '../../src/core/render/names.js';
import { renderEnvironment } from '../../src/core/render/render-environment.js';
import type { RenderedEnvironment } from '../../src/core/render/types.js';
import { shopEnvironment, shopInput } from '../helpers/environments.js';
import { runningContainers } from '../helpers/live-containers.js';

const [rev0, rev1] = ['0'.repeat(40), '1'.repeat(40)];

function render(env: Environment, revision: string, colour: Colour): RenderedEnvironment {
  return renderEnvironment({ environment: env, revision, colour, stateDir: '/s' });
}

const containersOf = runningContainers;

function shop(
  overrides: Partial<EnvironmentInput> = {},
  web: Record<string, unknown> = {},
): Environment {
  const input = shopInput(overrides);
  return shopEnvironment({
    ...overrides,
    services: { ...input.services, web: { ...input.services['web'], ...web } },
  } as Partial<EnvironmentInput>);
}

interface Situation {
  /** What runs, live in `active`, at rev0; null: nothing yet. */
  readonly before: Environment | null;
  /** The revision to deploy. */
  readonly after: Environment;
  readonly revision?: string;
  readonly active?: Colour;
  /** The other colour, kept warm, running this environment's apps at rev1. */
  readonly warm?: Environment;
  readonly siteNow?: string | null;
  readonly edgeRunning?: boolean;
  readonly retry?: boolean;
  readonly history?: readonly PastDeploy[];
  readonly jobRuns?: readonly JobRunRecord[];
  readonly containers?: (live: LiveContainer[]) => LiveContainer[];
  readonly preview?: boolean;
}

/** The data a deploy decides on, built the way `prepare` builds it, from pure parts only. */
function situation(s: Situation): DeployInput {
  const active = s.before ? (s.active ?? 'blue') : null;
  const liveColour = active ?? 'blue';
  const revision = s.revision ?? rev1;
  let containers: LiveContainer[] = [];
  let applied: AppliedRecord | null = null;
  let siteNow: string | null = null;
  if (s.before) {
    const was = render(s.before, rev0, liveColour);
    const empty = makePlan({
      environment: 'shop',
      revision: rev0,
      desired: [],
      live: [],
      applied: null,
    });
    applied = newAppliedRecord(null, empty, was, liveColour, {}, null, 1_800_000);
    containers = containersOf([...was.infra.services, ...was.apps.services], rev0);
    if (s.warm) {
      const colour = otherColour(liveColour);
      const warm = render(s.warm, rev1, colour);
      const record = newAppliedRecord(null, empty, warm, colour, {}, null, 1_800_000);
      applied = {
        ...applied,
        colours: { ...applied.colours, [colour]: record.colours[colour] },
        warm: { colour, revision: rev1, until: '2026-01-01T00:30:00Z' },
      };
      containers.push(...containersOf(warm.apps.services, rev1));
    }
    siteNow = inPlaceSite(applied, was);
  }
  containers = s.containers ? s.containers(containers) : containers;
  const live = render(s.after, revision, liveColour);
  const projects = new Set([live.infra.name, live.apps.name]);
  return {
    plan: makePlan({
      environment: 'shop',
      revision,
      desired: [...live.infra.services, ...live.apps.services],
      live: containers.filter((c) => projects.has(c.project)),
      applied,
    }),
    live,
    idle: render(s.after, revision, active ? otherColour(active) : 'blue'),
    applied,
    containers,
    active,
    siteNow: s.siteNow === undefined ? siteNow : s.siteNow,
    edgeRunning: s.edgeRunning ?? true,
    settings: s.after.deploy,
    pruneVolumes: s.after.pruneVolumes ?? [],
    preview: s.preview ?? false,
    retry: s.retry ?? false,
    history: s.history ?? [],
    jobRuns: s.jobRuns ?? [],
    runtime: s.after.runtime,
    node: 'edge-1',
  };
}

/** A decision in a line per step, naming what each step is about. */
function outline(decision: DeployDecision): string[] {
  if (decision.kind === 'synced') return ['synced'];
  if (decision.kind === 'refused') return [`refused ${decision.code}`];
  const jobs = (j: PhaseJobs): string =>
    `jobs ${j.phase} run:${j.run.map((r) => r.name).join(',')}${j.skipped.length ? ` skipped:${j.skipped.map((r) => r.name).join(',')}` : ''}`;
  const failure = decision.onFailure
    ? [`on failure: ${jobs(decision.onFailure.jobs)} in ${decision.onFailure.project.name}`]
    : [];
  const steps = decision.steps.flatMap((step) => {
    switch (step.kind) {
      case 'jobs':
        return [`${jobs(step.jobs)} in ${step.project.name}`];
      case 'blue-green': {
        const around = [step.beforeCutover, step.afterCutover]
          .filter((j) => j.run.length + j.skipped.length > 0)
          .map((j) => ` (${jobs(j)})`)
          .join('');
        const page = step.maintenanceAtCutover ? ' page-at-cutover' : '';
        return [`blue-green ${step.active ?? 'none'}->${step.candidate}${page}${around}`];
      }
      case 'swarm-rollout': {
        const around = [step.jobs.beforeCutover, step.jobs.afterCutover]
          .filter((j) => j.run.length + j.skipped.length > 0)
          .map((j) => ` (${jobs(j)})`)
          .join('');
        return [`${stepLine(step)}${around}`];
      }
      default:
        return [stepLine(step)];
    }
  });
  return [...steps, ...failure];
}

function stepLine(step: DeployStep): string {
  {
    switch (step.kind) {
      case 'secrets':
        return `secrets ${step.names.join(',')}${step.preview ? ' (preview)' : ''}`;
      case 'network':
      case 'edge-attach':
        return `${step.kind} ${step.kind === 'network' ? step.name : step.network}`;
      case 'apply-stateful':
      case 'apply-in-place':
        return `${step.kind} ${step.services.map((s) => s.service).join(',')}`;
      case 'prune-volumes':
        return `prune-volumes ${step.volumes.join(',')}`;
      case 'instant-switch':
        return `instant-switch ${step.switch.from}->${step.switch.to}`;
      case 'blue-green':
        return `blue-green ${step.active ?? 'none'}->${step.candidate}`;
      case 'write-applied':
        return `write-applied ${step.applied.record.colour}`;
      case 'record':
        return `record ${step.result}`;
      case 'swarm-rollout':
        return `swarm-rollout ${step.stacks.map((st) => `${st.project.name}:${st.services.map((x) => x.service).join(',')}`).join(' ') || 'no stack'}${step.site ? ' +site' : ''} on ${step.node}`;
      default:
        return step.kind;
    }
  }
}

const secrets = 'secrets DATABASE_PASSWORD,RABBITMQ_PASSWORD';
const network = 'network wharf-shop';
const newWeb = { image: 'ghcr.io/jupiter/web:1.9.0' };
const recreate = { deploy: { strategy: 'recreate' as const } };
/** The shop with a job of each phase, each in web's image. */
function withJobs(env: Environment): Environment {
  const job = (phase: 'before-cutover' | 'after-cutover' | 'on-failure', command: string) => ({
    service: 'web',
    command: [command] as [string],
    phase,
    timeout: '10m',
    maintenance: false,
  });
  return {
    ...env,
    jobs: {
      migrate: job('before-cutover', 'migrate'),
      warm: job('after-cutover', 'warm-cache'),
      notify: job('on-failure', 'notify'),
    },
  };
}
const ran = (job: string, revision: string, result: JobRunRecord['result'] = 'succeeded') =>
  ({
    job,
    phase: 'before-cutover',
    revision,
    result,
    exitCode: result === 'succeeded' ? 0 : 1,
    startedAt: '2026-01-01T00:00:00Z',
    durationMs: 1000,
    deployId: 'd1',
  }) satisfies JobRunRecord;
const stopped = (service: string) => (live: LiveContainer[]) =>
  live.map((c) =>
    c.service === service && c.colour !== 'green' ? { ...c, state: 'exited' as const } : c,
  );

describe('decideDeploy', () => {
  const v0 = shop();
  const cases: [string, Situation, string[]][] = [
    [
      'nothing to do when the plan is empty and the site is the one wanted',
      { before: v0, after: v0 },
      ['synced'],
    ],
    [
      'starts and attaches the edge when it is down, though nothing else changed',
      { before: v0, after: v0, edgeRunning: false },
      [
        secrets,
        network,
        'edge-start',
        'edge-attach wharf-shop',
        'write-applied blue',
        'record success',
      ],
    ],
    [
      'rewrites the site when it is not the one this revision renders',
      { before: v0, after: v0, siteNow: null },
      [
        secrets,
        network,
        'edge-start',
        'edge-attach wharf-shop',
        'edge-site',
        'write-applied blue',
        'record success',
      ],
    ],
    [
      'refuses a revision whose last deploy failed for good',
      { before: v0, after: shop({}, newWeb), history: [{ revision: rev1, result: 'failed' }] },
      ['refused revision-blocked'],
    ],
    [
      'refuses a revision that was rolled back',
      { before: v0, after: shop({}, newWeb), history: [{ revision: rev1, result: 'rolled-back' }] },
      ['refused revision-blocked'],
    ],
    [
      'deploys a revision whose failure may pass by itself',
      {
        before: v0,
        after: shop({}, newWeb),
        history: [{ revision: rev1, result: 'failed', retryable: true }],
      },
      [secrets, network, 'blue-green blue->green', 'record success'],
    ],
    [
      'deploys a held-back revision with --retry',
      {
        before: v0,
        after: shop({}, newWeb),
        retry: true,
        history: [{ revision: rev1, result: 'failed' }],
      },
      [secrets, network, 'blue-green blue->green', 'record success'],
    ],
    [
      'refuses a change that would lose data without allowDataLoss',
      { before: v0, after: shop({ postgres: { ...shopInput().postgres!, image: 'postgres:17' } }) },
      ['refused data-at-risk'],
    ],
    [
      'goes ahead with a change that would lose data when the manifest allows it',
      {
        before: v0,
        after: shop({
          postgres: { ...shopInput().postgres!, image: 'postgres:17' },
          deploy: { allowDataLoss: true },
        }),
      },
      [
        secrets,
        network,
        'apply-stateful postgres',
        'edge-start',
        'edge-attach wharf-shop',
        'edge-reload',
        'write-applied blue',
        'record success',
      ],
    ],
    [
      'swaps into the idle colour when a stateless service changes',
      { before: v0, after: shop({}, newWeb) },
      [secrets, network, 'blue-green blue->green', 'record success'],
    ],
    [
      'swaps into blue when green is live',
      { before: v0, after: shop({}, newWeb), active: 'green' },
      [secrets, network, 'blue-green green->blue', 'record success'],
    ],
    [
      'starts blue on an empty host',
      { before: null, after: v0 },
      [
        secrets,
        network,
        'apply-stateful postgres,pgbouncer,rabbitmq',
        'blue-green none->blue',
        'record success',
      ],
    ],
    [
      'switches to the warm colour when it runs exactly the revision (a revert)',
      { before: shop({}, newWeb), after: v0, warm: v0 },
      [secrets, network, 'instant-switch blue->green', 'record success'],
    ],
    [
      'swaps when the warm colour runs something else',
      {
        before: shop({}, newWeb),
        after: shop({}, { image: 'ghcr.io/jupiter/web:2.0.0' }),
        warm: v0,
      },
      [secrets, network, 'blue-green blue->green', 'record success'],
    ],
    [
      'swaps when the warm colour is not healthy',
      {
        before: shop({}, newWeb),
        after: v0,
        warm: v0,
        containers: (live) =>
          live.map((c) =>
            c.colour === 'green' && c.service === 'web'
              ? { ...c, health: 'unhealthy' as const }
              : c,
          ),
      },
      [secrets, network, 'blue-green blue->green', 'record success'],
    ],
    [
      'recreates in place under strategy recreate, then routes the edge',
      { before: shop(recreate), after: shop(recreate, newWeb) },
      [
        secrets,
        network,
        'apply-in-place web',
        'edge-start',
        'edge-attach wharf-shop',
        'edge-reload',
        'write-applied blue',
        'record success',
      ],
    ],
    [
      'repairs drift in the live colour in place under blue-green',
      { before: v0, after: v0, containers: stopped('web') },
      [
        secrets,
        network,
        'apply-in-place web',
        'edge-start',
        'edge-attach wharf-shop',
        'edge-reload',
        'write-applied blue',
        'record success',
      ],
    ],
    [
      'updates stateful services first, then swaps',
      {
        before: v0,
        after: shop(
          { rabbitmq: { ...shopInput().rabbitmq!, image: 'rabbitmq:3.14-management' } },
          newWeb,
        ),
      },
      [secrets, network, 'apply-stateful rabbitmq', 'blue-green blue->green', 'record success'],
    ],
    [
      'removes volumes listed in pruneVolumes that nothing mounts',
      {
        before: v0,
        after: shop({ pruneVolumes: ['olddata'] }, newWeb),
      },
      [
        secrets,
        network,
        'prune-volumes wharf-shop-olddata',
        'blue-green blue->green',
        'record success',
      ],
    ],
    [
      'runs before-cutover and after-cutover jobs around the swap, on-failure ones if it fails',
      { before: v0, after: withJobs(shop({}, newWeb)) },
      [
        secrets,
        network,
        'blue-green blue->green (jobs before-cutover run:migrate) (jobs after-cutover run:warm)',
        'record success',
        'on failure: jobs on-failure run:notify in wharf-shop-green',
      ],
    ],
    [
      'does not run a job again that succeeded at this revision',
      { before: v0, after: withJobs(shop({}, newWeb)), jobRuns: [ran('migrate', rev1)] },
      [
        secrets,
        network,
        'blue-green blue->green (jobs before-cutover run: skipped:migrate) (jobs after-cutover run:warm)',
        'record success',
        'on failure: jobs on-failure run:notify in wharf-shop-green',
      ],
    ],
    [
      'runs a job again that succeeded at another revision, or failed at this one',
      {
        before: v0,
        after: withJobs(shop({}, newWeb)),
        jobRuns: [ran('migrate', rev0), ran('warm', rev1, 'failed')],
      },
      [
        secrets,
        network,
        'blue-green blue->green (jobs before-cutover run:migrate) (jobs after-cutover run:warm)',
        'record success',
        'on failure: jobs on-failure run:notify in wharf-shop-green',
      ],
    ],
    [
      'runs every job again with --retry',
      {
        before: v0,
        after: withJobs(shop({}, newWeb)),
        retry: true,
        jobRuns: [ran('migrate', rev1)],
      },
      [
        secrets,
        network,
        'blue-green blue->green (jobs before-cutover run:migrate) (jobs after-cutover run:warm)',
        'record success',
        'on failure: jobs on-failure run:notify in wharf-shop-green',
      ],
    ],
    [
      'runs jobs before and after the apps are replaced in place',
      { before: v0, after: withJobs(shop(recreate, newWeb)) },
      [
        secrets,
        network,
        'jobs before-cutover run:migrate in wharf-shop-blue',
        'apply-in-place web',
        'edge-start',
        'edge-attach wharf-shop',
        'edge-reload',
        'write-applied blue',
        'jobs after-cutover run:warm in wharf-shop-blue',
        'record success',
        'on failure: jobs on-failure run:notify in wharf-shop-blue',
      ],
    ],
    [
      'runs the jobs around an instant switch to the warm colour, in its project',
      { before: withJobs(shop({}, newWeb)), after: withJobs(v0), warm: withJobs(v0) },
      [
        secrets,
        network,
        'jobs before-cutover run:migrate in wharf-shop-green',
        'instant-switch blue->green',
        'jobs after-cutover run:warm in wharf-shop-green',
        'record success',
        'on failure: jobs on-failure run:notify in wharf-shop-green',
      ],
    ],
    [
      'runs no job when there is nothing to deploy',
      { before: withJobs(v0), after: withJobs(v0) },
      ['synced'],
    ],
    [
      'with deploy.maintenance, lets the swap put the page up at its cutover',
      { before: v0, after: shop({ deploy: { maintenance: true } }, newWeb) },
      [secrets, network, 'blue-green blue->green page-at-cutover', 'record success'],
    ],
    [
      'with deploy.maintenance, puts the page up before stateful services change',
      {
        before: v0,
        after: shop(
          {
            deploy: { maintenance: true },
            rabbitmq: { ...shopInput().rabbitmq!, image: 'rabbitmq:3.14-management' },
          },
          newWeb,
        ),
      },
      [
        secrets,
        network,
        'maintenance-up',
        'apply-stateful rabbitmq',
        'blue-green blue->green page-at-cutover',
        'record success',
      ],
    ],
    [
      'with deploy.maintenance, puts the page up before an in-place repair',
      {
        before: v0,
        after: shop({ deploy: { maintenance: true } }),
        containers: stopped('web'),
      },
      [
        secrets,
        network,
        'maintenance-up',
        'apply-in-place web',
        'edge-start',
        'edge-attach wharf-shop',
        'edge-reload',
        'write-applied blue',
        'record success',
      ],
    ],
    [
      'with deploy.maintenance, shows no page when nothing changes',
      { before: v0, after: shop({ deploy: { maintenance: true } }) },
      ['synced'],
    ],
    [
      'asks a preview for secrets of its own',
      { before: v0, after: shop({}, newWeb), preview: true },
      [`${secrets} (preview)`, network, 'blue-green blue->green', 'record success'],
    ],
  ];

  it.each(cases)('%s', (_name, s, expected) => {
    expect(outline(decideDeploy(situation(s)))).toEqual(expected);
  });

  it('gives the swap the sites it passes through, built by the site-text module', () => {
    const input = situation({ before: v0, after: shop({}, newWeb) });
    const decision = decideDeploy(input);
    const swap =
      decision.kind === 'steps' ? decision.steps.find((s) => s.kind === 'blue-green') : undefined;
    if (swap?.kind !== 'blue-green') throw new Error('no swap decided');
    const activeRoutes = input.applied?.colours.blue?.routes ?? [];
    expect(swap.sites.cutover).toBe(
      swapSite(input.idle, 'green', { colour: 'blue', routes: activeRoutes }),
    );
    expect(swap.sites.back).toBe(input.siteNow);
    expect(swap.sites.final).toBeNull();
    expect(swap.sites.gate).toBe(
      siteText({
        environment: 'shop',
        hosts: ['shop.test'],
        infraRoutes: input.idle.edge.infra,
        live: 'blue',
        colours: { blue: activeRoutes, green: input.idle.edge.apps },
      }),
    );
    expect(swap).toMatchObject({ removeOld: false, leftovers: [], forgetWarm: null });
    expect(swap.previewHost).toBe(previewHost('shop', 'green'));
    expect(swap.activeWorkers).toEqual(['worker-blue']);
    expect(swap.applied.record.colour).toBe('green');
    expect(swap.applied.warmFor).toEqual({ colour: 'blue', revision: rev0, ms: 1_800_000 });
  });

  it('removes the old colour after a swap when keepPrevious is 0', () => {
    const keepNone = { deploy: { keepPrevious: '0s' } };
    const decision = decideDeploy(
      situation({ before: shop(keepNone), after: shop(keepNone, newWeb) }),
    );
    const swap =
      decision.kind === 'steps' ? decision.steps.find((s) => s.kind === 'blue-green') : undefined;
    if (swap?.kind !== 'blue-green') throw new Error('no swap decided');
    expect(swap.removeOld).toBe(true);
    expect(swap.sites.final).not.toBeNull();
    expect(swap.applied.warmFor).toBeNull();
  });

  it('clears the old containers of the idle colour before the swap and forgets it as warm', () => {
    const input = situation({
      before: shop({}, newWeb),
      after: shop({}, { image: 'ghcr.io/jupiter/web:2.0.0' }),
      warm: v0,
    });
    const decision = decideDeploy(input);
    const swap = decision.kind === 'steps' ? decision.steps[2] : undefined;
    if (swap?.kind !== 'blue-green') throw new Error('no swap decided');
    expect(swap.leftovers).toEqual(
      input.containers.filter((c) => c.colour === 'green').map((c) => c.id),
    );
    expect(swap.forgetWarm).toMatchObject({ colour: 'blue', warm: null });
  });

  it('gives the instant switch the site of the warm colour, and keeps the live one warm', () => {
    const input = situation({ before: shop({}, newWeb), after: v0, warm: v0 });
    const decision = decideDeploy(input);
    const step = decision.kind === 'steps' ? decision.steps[2] : undefined;
    if (step?.kind !== 'instant-switch' || !input.applied) throw new Error('no switch decided');
    expect(step.switch.site).toBe(switchSite('shop', input.applied, 'green', input.live));
    expect(step.switch).toMatchObject({
      startWorkers: ['worker-green'],
      stopWorkers: ['worker-blue'],
    });
    expect(step.switch.applied.record).toMatchObject({ colour: 'green', revision: rev1 });
    expect(step.switch.applied.warmFor).toMatchObject({ colour: 'blue', revision: rev0 });
  });

  it('keeps the warm colour warm, until its time, through an in-place deploy', () => {
    const input = situation({
      before: shop({}, newWeb),
      after: shop({}, newWeb),
      warm: v0,
      containers: stopped('web'),
    });
    const decision = decideDeploy(input);
    const write =
      decision.kind === 'steps'
        ? decision.steps.find((s) => s.kind === 'write-applied')
        : undefined;
    if (write?.kind !== 'write-applied') throw new Error('no record decided');
    expect(write.applied.record.warm).toEqual(input.applied?.warm);
    expect(Object.keys(write.applied.record.colours).sort()).toEqual(['blue', 'green']);
  });
});

describe('decideDeploy for runtime: swarm', () => {
  const swarm = (web: Record<string, unknown> = {}) => shop({ runtime: 'swarm' }, web);
  const overlay = 'network wharf-shop';

  it.each<[string, Situation, string[]]>([
    [
      'a first deploy: both stacks, stateful first, and the edge’s site',
      { before: null, after: swarm() },
      [
        secrets,
        overlay,
        'swarm-rollout wharf-shop-infra:postgres,pgbouncer,rabbitmq wharf-shop-blue:api,web,worker +site on edge-1',
        'write-applied blue',
        'record success',
      ],
    ],
    [
      'a new web image: only the apps’ stack, the site as it is',
      { before: swarm(), after: swarm(newWeb) },
      [
        secrets,
        overlay,
        'swarm-rollout wharf-shop-blue:web on edge-1',
        'write-applied blue',
        'record success',
      ],
    ],
    [
      'jobs: around the apps’ stack, each once per revision, on failure in the apps’ project',
      { before: swarm(), after: withJobs(swarm(newWeb)), jobRuns: [ran('warm', rev1)] },
      [
        secrets,
        overlay,
        'swarm-rollout wharf-shop-blue:web on edge-1 (jobs before-cutover run:migrate) (jobs after-cutover run: skipped:warm)',
        'write-applied blue',
        'record success',
        'on failure: jobs on-failure run:notify in wharf-shop-blue',
      ],
    ],
    [
      'jobs, --retry: every one again',
      {
        before: swarm(),
        after: withJobs(swarm(newWeb)),
        jobRuns: [ran('warm', rev1)],
        retry: true,
      },
      [
        secrets,
        overlay,
        'swarm-rollout wharf-shop-blue:web on edge-1 (jobs before-cutover run:migrate) (jobs after-cutover run:warm)',
        'write-applied blue',
        'record success',
        'on failure: jobs on-failure run:notify in wharf-shop-blue',
      ],
    ],
    [
      'jobs and the same revision again: nothing runs',
      { before: withJobs(swarm()), after: withJobs(swarm()) },
      ['synced'],
    ],
    ['the same revision again: nothing', { before: swarm(), after: swarm() }, ['synced']],
    [
      'the edge down: its site written again, no stack',
      { before: swarm(), after: swarm(), edgeRunning: false },
      [
        secrets,
        overlay,
        'swarm-rollout no stack +site on edge-1',
        'write-applied blue',
        'record success',
      ],
    ],
  ])('%s', (_, s, expected) => {
    expect(outline(decideDeploy(situation(s)))).toEqual(expected);
  });

  it('makes the network an attachable overlay, records the runtime, keeps nothing warm', () => {
    const decision = decideDeploy(situation({ before: swarm(), after: swarm(newWeb) }));
    if (decision.kind !== 'steps') throw new Error(decision.kind);
    expect(decision.strategy).toBe('swarm');
    expect(decision.onFailure).toBeNull();
    expect(decision.steps.find((s) => s.kind === 'network')).toMatchObject({ overlay: true });
    const write = decision.steps.find((s) => s.kind === 'write-applied');
    expect(write?.kind === 'write-applied' && write.applied.record).toMatchObject({
      runtime: 'swarm',
      warm: null,
      colour: 'blue',
    });
  });
});
