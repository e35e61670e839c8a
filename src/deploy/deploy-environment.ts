import { randomUUID } from 'node:crypto';
import { durationMs } from '../core/duration.js';
import { WharfError } from '../core/errors.js';
import { loopGuard } from '../core/loop-guard.js';
import { dataRisks } from '../core/plan/data-risks.js';
import { needsWork, type Plan, type ServicePlan } from '../core/plan/types.js';
import type { ColourRecord } from '../core/live.js';
import { labels, names, type Colour } from '../core/render/names.js';
import { secretsIn } from '../core/render/secret-template.js';
import { previewNumber } from '../core/previews/preview-environment.js';
import type { DeployRecord, DeployResult } from '../ports/history-store.js';
import { applyInPlace } from './apply-project.js';
import { newAppliedRecord } from './applied-record.js';
import { blueGreenSwap, instantSwitch } from './blue-green.js';
import { converge } from './converge.js';
import type { DeployDeps } from './deps.js';
import { messageOf } from './describe-failure.js';
import { idleColour, prepare, type Prepared } from './prepare.js';
import { loggedProgress, silent, type ProgressListener } from './progress.js';
import { inPlaceSite } from './site.js';
import { ensureTls } from './tls.js';

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
  constructor(environment: string, reason: string) {
    super(
      'revision-blocked',
      `not deploying ${environment}: ${reason}. Push a newer commit, or run \`wharf deploy ${environment} --retry\` to try it again.`,
    );
  }
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

/**
 * Decrypts the secrets the manifest keeps in the repository (`source: file`) into the
 * environment's store, where Compose mounts them from. Never for a preview: a pull request
 * could point its manifest at another environment's encrypted file.
 */
async function openRepositorySecrets(
  deps: DeployDeps,
  prepared: Prepared,
  wanted: readonly string[],
  onProgress: ProgressListener,
): Promise<void> {
  const { environment, repoFiles } = prepared.loaded;
  const encrypted = wanted.flatMap((name) => {
    const source = environment.secrets?.[name];
    if (source?.source !== 'file' || !source.path) return [];
    const what = `${source.path} (secret ${name} of ${environment.name})`;
    const content = repoFiles.get(source.path);
    if (content === undefined)
      throw new WharfError('secret-missing', `${what} is not in the repository at this revision`);
    return [{ name, content, what }];
  });
  if (encrypted.length === 0) return;
  if (!deps.decrypter)
    throw new WharfError(
      'secret-key-missing',
      `${encrypted.map((e) => e.what).join(', ')} ${encrypted.length > 1 ? 'are' : 'is'} encrypted in the repository, but this host has no age identity: set secrets.ageIdentityFile in wharf's configuration. Nothing was changed.`,
      // The host's to fix, not the revision's: the loop guard must not hold the revision back.
      { retryable: true },
    );
  const values = await deps.decrypter.decrypt(encrypted);
  const opened: string[] = [];
  for (const [i, { name }] of encrypted.entries())
    if (await deps.state.putSecret(environment.name, name, values[i] ?? '')) opened.push(name);
  if (opened.length > 0)
    onProgress({
      environment: environment.name,
      step: 'secrets',
      message: `decrypted from the repository: ${opened.join(', ')}`,
    });
}

async function checkSecrets(
  deps: DeployDeps,
  prepared: Prepared,
  onProgress: ProgressListener,
): Promise<void> {
  const { rendered } = prepared;
  const wanted = new Set<string>();
  for (const project of [rendered.infra, rendered.apps]) {
    for (const name of Object.keys(
      (project.topLevel['secrets'] as Record<string, unknown> | undefined) ?? {},
    ))
      wanted.add(name);
    for (const file of project.files) for (const name of secretsIn(file.content)) wanted.add(name);
  }
  const names = [...wanted].sort();
  if (previewNumber(rendered.environment) === null)
    await openRepositorySecrets(deps, prepared, names, onProgress);
  else {
    // A preview never borrows the source environment's secrets: it gets its own.
    const { copied, generated } = await deps.state.provisionSecrets(rendered.environment, names);
    if (copied.length + generated.length > 0)
      onProgress({
        environment: rendered.environment,
        step: 'secrets',
        message: `preview secrets: ${[...copied.map((n) => `${n} (from _previews)`), ...generated.map((n) => `${n} (generated)`)].join(', ')}`,
      });
  }
  const missing = await deps.state.missingSecrets(rendered.environment, names);
  if (missing.length > 0) {
    throw new WharfError(
      'secret-missing',
      `environment ${rendered.environment} needs secrets that are not in the store: ${missing.join(', ')}. Write each to ${deps.state.root}/secrets/${rendered.environment}/NAME before deploying.`,
      // Once the operator writes them, the same revision must deploy (no --retry needed).
      { retryable: true },
    );
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
    const name = names.volume(env.name, key);
    if (inUse.has(name) || !(await deps.engine.volumeExists(name))) continue;
    onProgress({
      environment: env.name,
      step: 'volumes',
      message: `removing volume ${name} (listed in pruneVolumes, no longer used)`,
    });
    await deps.engine.removeVolume(name);
  }
}

/**
 * Makes one environment match one revision: stateful services first, only those that
 * changed or drifted; then the apps, blue-green (default) or recreated in place; then the
 * edge. A revision whose plan is empty runs no command that changes anything.
 */
export async function deployEnvironment(
  deps: DeployDeps,
  request: DeployRequest,
): Promise<DeployOutcome> {
  const env = request.environment;
  return deps.lock.withLock(env, async () => {
    const id = request.id ?? randomUUID();
    const startedAt = deps.now().toISOString();
    let prepared: Prepared | undefined;
    // Every step also goes to the deploy's own log, with the revision once it is known.
    const onProgress = loggedProgress(
      deps.deployLog,
      id,
      deps.now,
      request.onProgress ?? silent,
      () => prepared?.rendered.revision,
    );
    await deps.deployLog.start(id, env).catch(() => undefined);
    try {
      const outcome = await deployLocked();
      if (prepared && (outcome.result === 'success' || outcome.result === 'synced'))
        await ensureTls(
          deps,
          prepared.loaded.environment,
          prepared.rendered.edge.hosts,
          onProgress,
        );
      return outcome;
    } finally {
      await deps.deployLog.finish(id, env).catch(() => undefined);
    }

    async function deployLocked(): Promise<DeployOutcome> {
      const record = async (
        result: DeployResult,
        error?: string,
        retryable?: boolean,
        revision?: string,
      ): Promise<void> => {
        await deps.history.record({
          id,
          environment: env,
          revision: revision ?? prepared?.rendered.revision ?? request.revision ?? '',
          startedAt,
          finishedAt: deps.now().toISOString(),
          result,
          trigger: request.trigger,
          summary: prepared
            ? summary(prepared.plan)
            : { create: 0, update: 0, remove: 0, drift: 0 },
          ...(error ? { error } : {}),
          ...(retryable ? { retryable } : {}),
          ...(deps.worker ? { worker: deps.worker } : {}),
        });
      };
      try {
        const recovered = await converge(deps, env, onProgress);
        if (recovered.undone) {
          // An interrupted deploy is not the revision's fault: recorded as retryable, so it is tried again.
          await record(
            'failed',
            `interrupted before verification finished: ${recovered.undone.reason}`,
            true,
            recovered.undone.revision,
          );
        }
        prepared = await prepare(deps, env, request.revision, onProgress, {
          fetched: request.fetched ?? false,
        });
        const { plan, rendered } = prepared;
        const blocked = request.retry
          ? null
          : loopGuard(await deps.history.list(env, 100), rendered.revision);
        if (blocked) throw new LoopGuardError(env, blocked);

        const strategy = prepared.loaded.environment.deploy.strategy;
        const stateless = plan.services.filter((s) => s.role === 'stateless');
        const statelessChanged = stateless.some((s) => s.action !== 'unchanged');
        const liveColour = prepared.active ?? 'blue';
        const siteWanted =
          strategy === 'blue-green' && statelessChanged ? null : inPlaceSite(prepared, liveColour);
        const edgeContainer = names.edgeContainer(deps.edgeSettings.project);
        const edgeRunning = (await deps.engine.containerState(edgeContainer)) === 'running';
        if (plan.empty && prepared.siteNow === siteWanted && edgeRunning) {
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
        const risks = dataRisks(plan);
        if (risks.length > 0 && !prepared.loaded.environment.deploy.allowDataLoss) {
          throw new WharfError(
            'data-at-risk',
            `not deploying ${env}: ${risks.join('; ')}. Nothing was changed. Set deploy.allowDataLoss: true in the manifest to go ahead anyway.`,
          );
        }
        await request.beforeChange?.();
        await checkSecrets(deps, prepared, onProgress);
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
        const waitSeconds = Math.ceil(
          durationMs(prepared.loaded.environment.deploy.healthTimeout) / 1000,
        );
        const infraWork = work.filter((s) => s.role === 'stateful');
        if (infraWork.length > 0)
          await applyInPlace(deps, prepared, rendered.infra, infraWork, waitSeconds, onProgress);
        await pruneVolumes(deps, prepared, onProgress);

        if (strategy === 'blue-green' && statelessChanged) {
          const switched = await instantSwitch(deps, prepared, onProgress);
          if (switched) {
            await record('success');
            onProgress({
              environment: env,
              step: 'record',
              message: `${env} now runs ${rendered.revision.slice(0, 12)} in ${switched.colour}`,
            });
            return { id, result: 'success', revision: rendered.revision, plan };
          }
          const candidate = idleColour(prepared.active);
          const swap = await blueGreenSwap(deps, prepared, candidate, onProgress);
          if (swap.result !== 'success') {
            await record(swap.result, swap.reason);
            onProgress({
              environment: env,
              step: 'record',
              message: `${swap.result}: ${prepared.active ?? 'nothing'} stays live`,
            });
            return {
              id,
              result: swap.result,
              revision: rendered.revision,
              plan,
              ...(swap.reason ? { reason: swap.reason } : {}),
            };
          }
          await record('success');
          onProgress({
            environment: env,
            step: 'record',
            message: `${env} now runs ${rendered.revision.slice(0, 12)} in ${candidate}`,
          });
          return { id, result: 'success', revision: rendered.revision, plan };
        }

        // In place: strategy recreate, or only drift to repair in the live colour.
        const appWork = work.filter((s) => s.role === 'stateless');
        const apps = prepared.renderFor(liveColour);
        if (appWork.length > 0)
          await applyInPlace(deps, prepared, apps.apps, appWork, waitSeconds, onProgress);
        if (await deps.edge.ensureRunning())
          onProgress({
            environment: env,
            step: 'edge',
            message: `started the edge (${deps.edgeSettings.project})`,
          });
        if (await deps.edge.attach(rendered.network))
          onProgress({
            environment: env,
            step: 'edge',
            message: `connected the edge to ${rendered.network}`,
          });
        const site = siteWanted ?? inPlaceSite(prepared, liveColour);
        if (prepared.siteNow !== site) {
          onProgress({
            environment: env,
            step: 'edge',
            message: `routing ${apps.edge.hosts.join(', ')}: ${[...apps.edge.apps, ...apps.edge.infra].map((r) => `${r.path} -> ${r.service}`).join(', ')}`,
          });
          await deps.edge.applySite(env, site);
        } else if (work.some((s) => s.action !== 'remove')) {
          // Recreated containers have new addresses: new workers start with an empty DNS cache.
          await deps.edge.reload();
        }
        const keepMs = durationMs(prepared.loaded.environment.deploy.keepPrevious);
        const warm =
          prepared.applied?.warm && prepared.applied.warm.colour !== liveColour
            ? prepared.applied.warm
            : null;
        const others: Partial<Record<Colour, ColourRecord>> = {};
        const warmRecord = warm ? prepared.applied?.colours[warm.colour] : undefined;
        if (warm && warmRecord) others[warm.colour] = warmRecord;
        await deps.state.writeApplied(
          env,
          newAppliedRecord(prepared, apps, liveColour, others, warm, keepMs),
        );
        await record('success');
        onProgress({
          environment: env,
          step: 'record',
          message: `${env} now runs ${rendered.revision.slice(0, 12)}`,
        });
        return { id, result: 'success', revision: rendered.revision, plan };
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
  });
}
