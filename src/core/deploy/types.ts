import type { AppliedRecord, LiveContainer } from '../live.js';
import type { JobRunRecord, PhaseJobs } from '../jobs/job-runs.js';
import type { PastDeploy } from '../loop-guard.js';
import type { DeploySettings } from '../manifest.js';
import type { Plan, ServicePlan } from '../plan/types.js';
import type { Colour } from '../render/names.js';
import type { EdgeRoute, RenderedEnvironment, RenderedProject } from '../render/types.js';
import type { PendingApplied } from './applied-record.js';
import type { ColourSwitch } from './switch-colours.js';

/** Everything a deploy decides on, read before anything changes. Data only. */
export interface DeployInput {
  readonly plan: Plan;
  /** The revision rendered for the live colour (blue before the first deploy). */
  readonly live: RenderedEnvironment;
  /** The same revision rendered for the idle colour, the blue-green candidate. */
  readonly idle: RenderedEnvironment;
  readonly applied: AppliedRecord | null;
  readonly containers: readonly LiveContainer[];
  /** The colour taking traffic now, if any does. */
  readonly active: Colour | null;
  readonly siteNow: string | null;
  readonly edgeRunning: boolean;
  readonly settings: DeploySettings;
  /** Volume keys the manifest lists under `pruneVolumes`. */
  readonly pruneVolumes: readonly string[];
  /** A preview gets secrets of its own and never decrypts the repository's. */
  readonly preview: boolean;
  /** `--retry`: deploy even though the loop guard would hold the revision back. */
  readonly retry: boolean;
  /** The environment's past deploys, newest first. */
  readonly history: readonly PastDeploy[];
  /** The environment's job runs on this host, newest first: each job runs once per revision. */
  readonly jobRuns: readonly JobRunRecord[];
  /** `runtime`: Compose projects, or Swarm stacks. */
  readonly runtime: 'compose' | 'swarm';
  /** The node the environment runs on: a Swarm stack pins its stateful services there. */
  readonly node: string;
}

/** A phase's jobs, run in the apps' project of one colour as this revision renders it. */
export interface JobsStep {
  readonly kind: 'jobs';
  readonly project: RenderedProject;
  readonly jobs: PhaseJobs;
  /** Plan keys of the services this deploy changes (their revision label is the new one). */
  readonly changing: readonly string[] | 'all';
}

/** A blue-green swap into the idle colour, run by the state machine of `core/bluegreen`. */
export interface BlueGreenSwap {
  readonly kind: 'blue-green';
  readonly active: Colour | null;
  readonly candidate: Colour;
  readonly project: RenderedProject;
  readonly network: string;
  /** Containers of an older revision in the candidate's slot, removed before it starts. */
  readonly leftovers: readonly string[];
  /** Written first when the leftovers were the warm colour: no instant rollback to it then. */
  readonly forgetWarm: AppliedRecord | null;
  /** The candidate's routed services, probed through the preview route, then the live one. */
  readonly routes: readonly EdgeRoute[];
  readonly previewHost: string;
  readonly liveHost: string;
  /** The live colour's workers, stopped once the candidate passes its gate. */
  readonly activeWorkers: readonly string[];
  readonly healthMs: number;
  readonly verifyMs: number;
  readonly sites: {
    /** Live traffic unchanged, the candidate previewed. */
    readonly gate: string;
    /** Live traffic to the candidate, the old colour still previewed. */
    readonly cutover: string;
    /** Live traffic back to the old colour (abort, rollback); null: no site, nothing was live. */
    readonly back: string | null;
    /** Once the old colour is removed (keepPrevious 0); null when it stays warm. */
    readonly final: string | null;
  };
  /** keepPrevious is 0: the old colour goes once the candidate is verified. */
  readonly removeOld: boolean;
  /** Run once the candidate started, before its gate and before traffic moves; a failure aborts. */
  readonly beforeCutover: PhaseJobs;
  /** Run once traffic moved, before verification; a failure switches traffic back. */
  readonly afterCutover: PhaseJobs;
  /** `deploy.maintenance`: the maintenance page goes up before the cutover. */
  readonly maintenanceAtCutover: boolean;
  readonly applied: PendingApplied;
}

/** One stack of a Swarm rollout: a project deployed with `docker stack deploy`. */
export interface StackStep {
  readonly project: RenderedProject;
  /** The project's services this deploy changes or repairs (all of it is deployed). */
  readonly services: readonly ServicePlan[];
}

/**
 * A `runtime: swarm` deploy: the stacks in order (stateful first), each rolled out by Swarm
 * and judged once it converged; then the edge, and its probe of every route. Any failure
 * puts every stack this deploy changed back as it was applied before: a rollback of the
 * whole deploy, where Swarm alone would roll back only the service that failed.
 */
export interface SwarmRollout {
  readonly kind: 'swarm-rollout';
  readonly node: string;
  readonly stacks: readonly StackStep[];
  readonly network: string;
  /** The edge's site for this revision; null when the edge already serves it. */
  readonly site: string | null;
  readonly routing: string;
  /** The site to put back when the rollout is undone (null: there was none). */
  readonly siteBefore: string | null;
  readonly routes: readonly EdgeRoute[];
  readonly liveHost: string;
  /** How long Swarm may take to converge each stack. */
  readonly healthMs: number;
  /** `deploy.verify`: Swarm's `monitor` of each updated task, at least. */
  readonly verifyMs: number;
  /**
   * `before-cutover` jobs run once the stateful stack converged, before the apps' stack rolls
   * out (the old tasks still serve); `after-cutover` ones once every route answered through
   * the edge. Either failing undoes the whole deploy. Both in the apps' project.
   */
  readonly jobs: {
    readonly project: RenderedProject;
    readonly beforeCutover: PhaseJobs;
    readonly afterCutover: PhaseJobs;
  };
}

export type DeployStep =
  | { readonly kind: 'secrets'; readonly names: readonly string[]; readonly preview: boolean }
  | {
      readonly kind: 'network';
      readonly name: string;
      readonly labels: Readonly<Record<string, string>>;
      /** An attachable overlay network, for a Swarm stack and the edge. */
      readonly overlay?: boolean;
    }
  | SwarmRollout
  /** `deploy.maintenance`: the page goes up here, and down when the deploy ends. */
  | { readonly kind: 'maintenance-up' }
  | ApplyStep<'apply-stateful'>
  | { readonly kind: 'prune-volumes'; readonly volumes: readonly string[] }
  | {
      readonly kind: 'instant-switch';
      /** The revision the warm colour was kept for. */
      readonly warmRevision: string;
      readonly switch: ColourSwitch;
    }
  | BlueGreenSwap
  | ApplyStep<'apply-in-place'>
  | JobsStep
  | { readonly kind: 'edge-start' }
  | { readonly kind: 'edge-attach'; readonly network: string }
  | { readonly kind: 'edge-site'; readonly text: string; readonly routing: string }
  | { readonly kind: 'edge-reload' }
  | { readonly kind: 'write-applied'; readonly applied: PendingApplied }
  | { readonly kind: 'record'; readonly result: 'success'; readonly message: string };

/** `docker compose up` of what changed or drifted in one project, removal of what went. */
export interface ApplyStep<K extends 'apply-stateful' | 'apply-in-place'> {
  readonly kind: K;
  readonly project: RenderedProject;
  readonly services: readonly ServicePlan[];
  readonly waitSeconds: number;
}

export type DeployDecision =
  | { readonly kind: 'synced' }
  | {
      readonly kind: 'refused';
      readonly code: 'revision-blocked' | 'data-at-risk';
      readonly message: string;
    }
  | {
      readonly kind: 'steps';
      /** `in-place` also for a blue-green environment with only drift to repair. */
      readonly strategy: 'blue-green' | 'in-place' | 'swarm';
      readonly steps: readonly DeployStep[];
      /** Run when the steps fail or are rolled back; their own failure changes no outcome. */
      readonly onFailure: JobsStep | null;
    };
