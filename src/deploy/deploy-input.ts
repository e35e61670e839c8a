import type { DeployInput } from '../core/deploy/types.js';
import type { JobRunRecord } from '../core/jobs/job-runs.js';
import type { PastDeploy } from '../core/loop-guard.js';
import { previewNumber } from '../core/previews/preview-environment.js';
import { idleColour, type Prepared } from './prepare.js';

/** The decision's input: the prepared revision and the live state read beside it. */
export function deployInput(
  prepared: Prepared,
  read: {
    readonly edgeRunning: boolean;
    readonly history: readonly PastDeploy[];
    readonly retry: boolean;
    readonly jobRuns: readonly JobRunRecord[];
    /** This host's node: the environment's, or it would not deploy here. */
    readonly node: string;
  },
): DeployInput {
  const env = prepared.rendered.environment;
  const manifest = prepared.loaded.environment;
  return {
    plan: prepared.plan,
    live: prepared.rendered,
    idle: prepared.renderFor(idleColour(prepared.active)),
    applied: prepared.applied,
    containers: prepared.live,
    active: prepared.active,
    siteNow: prepared.siteNow,
    edgeRunning: read.edgeRunning,
    settings: manifest.deploy,
    pruneVolumes: manifest.pruneVolumes ?? [],
    preview: previewNumber(env) !== null,
    retry: read.retry,
    history: read.history,
    jobRuns: read.jobRuns,
    runtime: manifest.runtime,
    node: read.node,
  };
}
