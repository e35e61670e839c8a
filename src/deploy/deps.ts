import type { SecretDecrypter } from '../ports/secret-decrypter.js';
import type { EdgeSettings } from '../core/edge/render-edge-project.js';
import type { Backups } from '../ports/backups.js';
import type { Certificates } from '../ports/certificates.js';
import type { ComposeRuntime } from '../ports/compose-runtime.js';
import type { ContainerEngine } from '../ports/container-engine.js';
import type { EdgeProxy } from '../ports/edge-proxy.js';
import type { DeployLog } from '../ports/deploy-log.js';
import type { EnvironmentLock } from '../ports/environment-lock.js';
import type { GitSource } from '../ports/git-source.js';
import type { HealthProbe } from '../ports/health-probe.js';
import type { HistoryStore } from '../ports/history-store.js';
import type { ScheduledJobStore } from '../ports/scheduled-job-store.js';
import type { StateFiles } from '../ports/state-files.js';
import type { Notifier } from '../ports/notifier.js';
import type { SwarmRuntime } from '../ports/swarm-runtime.js';

/** Everything a deploy talks to, passed in; `src/main.ts` wires the real adapters. */
export interface DeployDeps {
  readonly git: GitSource;
  readonly engine: ContainerEngine;
  readonly compose: ComposeRuntime;
  readonly edge: EdgeProxy;
  readonly probe: HealthProbe;
  readonly state: StateFiles;
  readonly history: HistoryStore;
  readonly lock: EnvironmentLock;
  readonly deployLog: DeployLog;
  /** Scheduled jobs' ticks and runs, shared by every wharf process. */
  readonly scheduledJobs: ScheduledJobStore;
  readonly certificates: Certificates;
  readonly backups: Backups;
  /** Renew certificates expiring sooner than this. */
  readonly renewBeforeMs: number;
  /** ACME directory for manifests that name none (Let's Encrypt production otherwise). */
  readonly acmeDirectory?: string;
  readonly now: () => Date;
  /** Waits; tests and the real clock share the code path. */
  readonly sleep: (ms: number) => Promise<void>;
  readonly edgeSettings: EdgeSettings;
  /** This installation's id, labelled on every container it deploys (`wharf.installation`). */
  readonly installationId: string;
  /** Where events people should hear about go (a queue); none: nobody is told. */
  readonly notifier?: Notifier;
  readonly imageOverrides: Readonly<Record<string, string>>;
  /** Opens `source: file` secrets; without it, environments that have one do not deploy. */
  readonly decrypter?: SecretDecrypter;
  /** Where `wharf serve` answers /metrics on the Docker bridge, for environments' Prometheus. */
  readonly wharfMetricsPort?: number;
  /** `docker stack` and the Swarm API, for `runtime: swarm` environments. */
  readonly swarm?: SwarmRuntime;
  /** This host's node (`node` in the configuration): a stack pins its stateful services there. */
  readonly node: string;
  /** This process (`host:pid`), written on each history record it makes. */
  readonly worker?: string;
}
