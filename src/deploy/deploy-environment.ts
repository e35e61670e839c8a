import { randomUUID } from 'node:crypto';
import { decideDeploy } from '../core/deploy/decide-deploy.js';
import type { DeployDecision } from '../core/deploy/types.js';
import { WharfError } from '../core/errors.js';
import { needsWork, type Plan } from '../core/plan/types.js';
import { names } from '../core/render/names.js';
import type { DeployResult } from '../ports/history-store.js';
import { converge } from './converge.js';
import { deployInput } from './deploy-input.js';
import { historyWriter, type Run } from './deploy-record.js';
import type { DeployDeps } from './deps.js';
import { messageOf } from './describe-failure.js';
import { endLeftoverPage } from './deploy-maintenance.js';
import { executeDeploy } from './execute-deploy.js';
import { prepare, type Prepared } from './prepare.js';
import { loggedProgress, silent, type ProgressListener } from './progress.js';
import { obtainTls, settleTls, type TlsIssuance } from './tls.js';
import { withEnvironmentLease } from './environment-lease.js';

export interface DeployRequest {
  readonly environment: string;
  /** A branch, `refs/pull/N/head` or sha; default: the branch the environment follows. */
  readonly revision?: string;
  readonly trigger: string;
  /** The deploy's id (history, logs); a new one by default. */
  readonly id?: string;
  /** Deploy a revision even though it failed or was rolled back before. */
  readonly retry?: boolean;
  /** Called once the deploy holds the lock and has work to do, before anything changes. */
  readonly beforeChange?: () => Promise<void>;
  /** The caller has just fetched the repository, and `revision` is a full sha from it. */
  readonly fetched?: boolean;
  readonly onProgress?: ProgressListener;
}

export interface DeployOutcome {
  readonly id: string;
  readonly result: DeployResult;
  readonly revision: string;
  readonly plan: Plan;
  readonly reason?: string;
}

/** A revision that failed or was rolled back is not deployed again without --retry. */
export class LoopGuardError extends WharfError {
  constructor(message: string) {
    super('revision-blocked', message);
  }
}

/** What the plan changes, in a sentence, as the deploy starts on it. */
function workSentence(plan: Plan): string {
  const work = plan.services.filter(needsWork);
  return `${work.length} service(s) to change: ${work.map((s) => `${s.service} (${s.action}${s.drift.length ? `, ${s.drift.map((d) => d.kind).join('+')}` : ''})`).join(', ') || 'none; edge only'}`;
}

/** Reads what the decision needs beyond the prepared revision, and decides. */
async function decide(
  deps: DeployDeps,
  prepared: Prepared,
  retry: boolean,
): Promise<DeployDecision> {
  const env = prepared.rendered.environment;
  const [edgeState, history, jobRuns] = await Promise.all([
    deps.engine.containerState(names.edgeContainer(deps.edgeSettings.project)),
    retry ? [] : deps.history.list(env, 100),
    deps.state.readJobRuns(env),
  ]);
  return decideDeploy(
    deployInput(prepared, {
      edgeRunning: edgeState === 'running',
      history,
      retry,
      jobRuns,
      node: deps.node,
    }),
  );
}

/** Converge, prepare, decide, execute; every failure but the loop guard's is recorded. */
async function deployLocked(
  deps: DeployDeps,
  request: DeployRequest,
  run: Run,
  onProgress: ProgressListener,
): Promise<DeployOutcome> {
  const env = request.environment;
  const record = historyWriter(deps, request, run);
  try {
    const recovered = await converge(deps, env, onProgress);
    await endLeftoverPage(deps, env, onProgress);
    if (recovered.undone) {
      // An interrupted deploy is not the revision's fault: recorded as retryable, so it is tried again.
      await record(
        'failed',
        `interrupted before verification finished: ${recovered.undone.reason}`,
        true,
        recovered.undone.revision,
      );
    }
    const prepared = await prepare(deps, env, request.revision, onProgress, {
      fetched: request.fetched ?? false,
      // Read inside the lock a moment ago and left as it was: no need to list again.
      ...(recovered.live ? { live: recovered.live } : {}),
    });
    run.prepared = prepared;
    const { plan, rendered } = prepared;
    const base = { id: run.id, revision: rendered.revision, plan };
    const decision = await decide(deps, prepared, request.retry ?? false);
    if (decision.kind === 'refused' && decision.code === 'revision-blocked')
      throw new LoopGuardError(decision.message);
    if (decision.kind === 'synced') {
      onProgress({
        environment: env,
        step: 'plan',
        message: `nothing to do: ${env} already runs ${rendered.revision.slice(0, 12)}`,
      });
      await record('synced');
      return { ...base, result: 'synced' };
    }
    onProgress({ environment: env, step: 'plan', message: workSentence(plan) });
    if (decision.kind === 'refused') throw new WharfError(decision.code, decision.message);
    await request.beforeChange?.();
    const done = await executeDeploy(deps, prepared, decision, record, onProgress, run.id);
    return { ...base, result: done.result, ...(done.reason ? { reason: done.reason } : {}) };
  } catch (error) {
    if (!(error instanceof LoopGuardError)) {
      await record(
        'failed',
        messageOf(error),
        error instanceof WharfError && error.retryable,
      ).catch(() => undefined);
    }
    throw error;
  }
}

/**
 * Makes one environment match one revision: stateful services first, only those that
 * changed or drifted; then the apps, blue-green (default) or recreated in place; then the
 * edge. A revision whose plan is empty runs no command that changes anything. The steps are
 * decided purely (`core/deploy`) and performed by `executeDeploy`.
 */
export async function deployEnvironment(
  deps: DeployDeps,
  request: DeployRequest,
): Promise<DeployOutcome> {
  const env = request.environment;
  const run: Run = { id: request.id ?? randomUUID(), startedAt: deps.now().toISOString() };
  // Every step also goes to the deploy's own log, with the revision once it is known.
  const onProgress = loggedProgress(
    deps.deployLog,
    run.id,
    deps.now,
    request.onProgress ?? silent,
    () => run.prepared?.rendered.revision,
  );
  let issuance: TlsIssuance | null = null;
  let logged = false;
  try {
    const outcome = await withEnvironmentLease(deps, env, async (deps) => {
      logged = true;
      await deps.deployLog.start(run.id, env).catch(() => undefined);
      const outcome = await deployLocked(deps, request, run, onProgress);
      const prepared = run.prepared;
      if (prepared && (outcome.result === 'success' || outcome.result === 'synced'))
        issuance = await settleTls(
          deps,
          prepared.loaded.environment,
          prepared.rendered.edge.hosts,
          onProgress,
        );
      return outcome;
    });
    // A certificate is obtained with the lock released: a slow ACME server holds no deploy.
    if (issuance)
      await obtainTls(
        deps,
        issuance,
        (serve) => serveIfCurrent(deps, env, outcome.revision, serve),
        onProgress,
      );
    return outcome;
  } finally {
    if (logged) await deps.deployLog.finish(run.id, env).catch(() => undefined);
  }
}

/** Serves a new certificate holding the lock again, unless a newer revision was applied since. */
async function serveIfCurrent(
  deps: DeployDeps,
  env: string,
  revision: string,
  serve: (locked: DeployDeps) => Promise<void>,
): Promise<void> {
  await withEnvironmentLease(deps, env, async (locked) => {
    if ((await locked.state.readApplied(env))?.revision === revision) await serve(locked);
  });
}
