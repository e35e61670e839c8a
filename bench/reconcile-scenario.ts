// One build's side of bench/reconcile.ts: runs its scenarios against the wharf checkout given
// with --root (imported from there, so an older checkout runs its own code) and prints one
// JSON line of counts and times. Counting: every child process through ChildProcess's spawn
// (git, docker, docker compose); validations and renders by counters bench/reconcile.ts adds
// to the throwaway checkout it measures.
import { ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type * as MemoryQueueModule from '../test/fakes/memory-queue.js';
import type * as MemoryNodesModule from '../test/fakes/memory-nodes.js';
import type { ReconcileJob } from '../src/ports/job-queue.js';
import type * as MemoryFeedbackModule from '../test/fakes/memory-feedback.js';
import type * as MemoryPreviewsModule from '../test/fakes/memory-previews.js';
import type * as MetricsModule from '../src/ports/metrics.js';
import type * as RouteJobModule from '../src/pipeline/route-job.js';
import type * as ReconcileJobModule from '../src/pipeline/reconcile-job.js';
import type * as GitRepoModule from '../test/helpers/git-repo.js';
import type * as WharfHostModule from '../test/helpers/wharf-host.js';
import type * as FakeHostModule from '../test/fakes/fake-host.js';
import type * as GitSourceModule from '../src/adapters/git-source.js';
import type { DeployDeps } from '../src/deploy/deps.js';
import type { PipelineDeps as Pipeline } from '../src/pipeline/pipeline-deps.js';

const { values } = parseArgs({
  options: {
    root: { type: 'string' },
    scenario: { type: 'string', default: 'push' },
    environments: { type: 'string', default: '1000' },
  },
});
const root = path.resolve(values.root ?? '.');
const from = <T>(file: string): Promise<T> => import(path.join(root, file)) as Promise<T>;

interface Counts {
  validations: number;
  renders: number;
}
const counted = globalThis as unknown as { wharfBenchCounts?: Counts };
counted.wharfBenchCounts = { validations: 0, renders: 0 };

// Read-only Docker commands; anything else changes something.
const readOnly = new Set(['ps', 'inspect', 'logs', 'version', 'info', 'images', 'ls', 'config']);
const processes: { file: string; args: string[] }[] = [];
// Node's spawn, execFile and exec all start their process through this (undocumented) method.
interface Spawning {
  spawn: (this: Spawning, options: { file: string; args?: string[] }) => unknown;
}
const prototype = ChildProcess.prototype as unknown as Spawning;
const spawnProcess = prototype.spawn;
prototype.spawn = function (this: Spawning, options) {
  const file = path.basename(options.file);
  const args = (options.args ?? []).slice(1);
  // Compose runs under coreutils `timeout` (`timeout --kill-after=10 300 docker compose ...`).
  const wrapped = file === 'timeout' ? args.indexOf('docker') : -1;
  processes.push(wrapped >= 0 ? { file: 'docker', args: args.slice(wrapped + 1) } : { file, args });
  return spawnProcess.call(this, options);
};

function dockerVerb(args: readonly string[]): string {
  const words = args.filter((a) => !a.startsWith('-'));
  if (words[0] === 'compose') {
    // `docker compose -p x -f y up ...`: the verb is the first word after the options' values.
    const verbs = ['up', 'down', 'stop', 'start', 'rm', 'ps', 'config', 'pull', 'create', 'ls'];
    return words.find((w) => verbs.includes(w)) ?? 'compose';
  }
  return words[0] === 'container' || words[0] === 'network' || words[0] === 'volume'
    ? (words[1] ?? words[0])
    : (words[0] ?? '');
}

interface Tally {
  readonly ms: number;
  readonly validations: number;
  readonly renders: number;
  readonly git: number;
  readonly dockerReads: number;
  readonly dockerChanges: number;
  readonly changed: readonly string[];
}

async function tally(run: () => Promise<unknown>): Promise<Tally> {
  const counts = counted.wharfBenchCounts ?? { validations: 0, renders: 0 };
  const before = { ...counts, processes: processes.length };
  const started = performance.now();
  await run();
  const ms = performance.now() - started;
  const spawned = processes.slice(before.processes);
  const docker = spawned.filter((p) => p.file === 'docker');
  const changes = docker.filter((p) => !readOnly.has(dockerVerb(p.args)));
  return {
    ms: Math.round(ms),
    validations: counts.validations - before.validations,
    renders: counts.renders - before.renders,
    git: spawned.filter((p) => p.file === 'git').length,
    dockerReads: docker.length - changes.length,
    dockerChanges: changes.length,
    changed: [...new Set(changes.map((p) => dockerVerb(p.args)))],
  };
}

async function pipelineOn(deps: DeployDeps): Promise<{ deps: Pipeline; waiting: () => unknown[] }> {
  const { pino } = await import('pino');
  const { memoryQueue } = await from<typeof MemoryQueueModule>('test/fakes/memory-queue.js');
  const { memoryFeedback } = await from<typeof MemoryFeedbackModule>(
    'test/fakes/memory-feedback.js',
  );
  const { memoryPreviews } = await from<typeof MemoryPreviewsModule>(
    'test/fakes/memory-previews.js',
  );
  const { noMetrics } = await from<typeof MetricsModule>('src/ports/metrics.js');
  // A checkout from before nodes has no such fake, and its pipeline no use for one.
  const nodes = await from<typeof MemoryNodesModule>('test/fakes/memory-nodes.js').then(
    (m) => m.memoryNodes({ alwaysLive: ['local'], now: () => deps.now().getTime() }),
    () => undefined,
  );
  const queue = memoryQueue();
  return {
    waiting: () => queue.waiting(),
    deps: {
      ...deps,
      queue,
      feedback: memoryFeedback(),
      previews: memoryPreviews(),
      metrics: noMetrics,
      resyncDone: () => Promise.resolve(),
      log: pino({ level: 'silent' }),
      environmentUrl: (h: string) => `http://${h}`,
      deployTags: false,
      resyncJitterMs: 0,
      ...(nodes ? { nodes } : ({} as { nodes: Pipeline['nodes'] })),
      node: 'local',
    },
  };
}

function manifest(name: string, body: string): string {
  return [
    'apiVersion: wharf/v1',
    'kind: Environment',
    `name: ${name}`,
    'topology: minimal',
    `host: ${name}.bench.test`,
    'tls: { mode: none }',
    'deploy: { strategy: blue-green, healthTimeout: 60s, verify: 2s, keepPrevious: 10m }',
    'services:',
    `  web: { image: ghcr.io/jupiter/web:1.8.0, port: 8080, route: /, health: { path: /healthz }, env: { APP_BODY: "${body}" } }`,
    '',
  ].join('\n');
}

function repository(names: readonly string[]): string {
  return [
    'apiVersion: wharf/v1',
    'kind: Repository',
    'environments:',
    ...names.map((n) => `  ${n}: { manifest: environments/${n}.yaml, branch: main }`),
    '',
  ].join('\n');
}

/** Runs what a resync asks for: the route job, then every reconcile job it queued. */
async function resync(pipeline: { deps: Pipeline; waiting: () => unknown[] }): Promise<number> {
  const { handleRoute } = await from<typeof RouteJobModule>('src/pipeline/route-job.js');
  const { handleReconcile } = await from<typeof ReconcileJobModule>(
    'src/pipeline/reconcile-job.js',
  );
  await handleRoute(pipeline.deps, { kind: 'resync' });
  const jobs = pipeline.waiting();
  for (const job of jobs) await handleReconcile(pipeline.deps, job as ReconcileJob);
  return jobs.length;
}

/** One environment on the real Docker Engine, real git and Redis: a push, then nothing to do. */
async function push(): Promise<Record<string, unknown>> {
  const { TestRepo } = await from<typeof GitRepoModule>('test/helpers/git-repo.js');
  const { createTestHost } = await from<typeof WharfHostModule>('test/helpers/wharf-host.js');
  const { handleRoute } = await from<typeof RouteJobModule>('src/pipeline/route-job.js');
  const { handleReconcile } = await from<typeof ReconcileJobModule>(
    'src/pipeline/reconcile-job.js',
  );
  const env = `bench-${process.pid}`;
  const repo = await TestRepo.create();
  await repo.commit('v1', {
    'wharf.yaml': repository([env]),
    [`environments/${env}.yaml`]: manifest(env, 'v1'),
  });
  const host = await createTestHost(repo.dir, [env]);
  try {
    const pipeline = await pipelineOn(host.wired.deps);
    const job = { node: 'local', environment: env, trigger: 'webhook:push' };
    const first = (await handleReconcile(pipeline.deps, job))?.result ?? null;
    const sha = await repo.commit('v2', { [`environments/${env}.yaml`]: manifest(env, 'v2') });
    let pushResult: string | null = null;
    const pushed = await tally(async () => {
      await handleRoute(pipeline.deps, {
        kind: 'push',
        branch: 'main',
        after: sha,
        delivery: 'd1',
      });
      pushResult = (await handleReconcile(pipeline.deps, job))?.result ?? null;
    });
    const idle: Tally[] = [];
    for (let i = 0; i < 10; i++) idle.push(await tally(() => handleReconcile(pipeline.deps, job)));
    const resynced: Tally[] = [];
    for (let i = 0; i < 10; i++) resynced.push(await tally(() => resync(pipeline)));
    return {
      first,
      pushResult,
      push: pushed,
      idleReconcile: median(idle),
      idleResync: median(resynced),
    };
  } finally {
    await host.close();
    await rm(repo.dir, { recursive: true, force: true });
  }
}

/** The tally whose time is the median, so one slow moment of a shared machine does not count. */
function median(tallies: readonly Tally[]): Tally {
  const sorted = [...tallies].sort((a, b) => a.ms - b.ms);
  return sorted[Math.floor(sorted.length / 2)] ?? tallies[0]!;
}

/**
 * N environments on one host: Docker, Compose and the edge are the fakes whose contract suites
 * hold them to the real ones (a thousand real environments would not fit these machines);
 * git is real. All deployed, then one resync with nothing to do.
 */
async function many(count: number): Promise<Record<string, unknown>> {
  const { TestRepo } = await from<typeof GitRepoModule>('test/helpers/git-repo.js');
  const { fakeHost } = await from<typeof FakeHostModule>('test/fakes/fake-host.js');
  const { gitSource } = await from<typeof GitSourceModule>('src/adapters/git-source.js');
  const { handleReconcile } = await from<typeof ReconcileJobModule>(
    'src/pipeline/reconcile-job.js',
  );
  const names = Array.from({ length: count }, (_, i) => `env${String(i).padStart(4, '0')}`);
  const repo = await TestRepo.create();
  await repo.commit('all', {
    'wharf.yaml': repository(names),
    ...Object.fromEntries(names.map((n) => [`environments/${n}.yaml`, manifest(n, n)])),
  });
  const host = fakeHost();
  const git = gitSource({ url: repo.dir, mirrorDir: `${repo.dir}-mirror.git` });
  const engineCalls: Record<string, number> = {};
  // Every call on the engine port, by method: what a real engine would be asked.
  const engine = new Proxy(host.deps.engine, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (typeof value !== 'function' || typeof key !== 'string') return value;
      return (...args: unknown[]) => {
        engineCalls[key] = (engineCalls[key] ?? 0) + 1;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  try {
    const pipeline = await pipelineOn({ ...host.deps, git, engine });
    const deployed = performance.now();
    for (const environment of names)
      await handleReconcile(pipeline.deps, { node: 'local', environment, trigger: 'webhook:push' });
    const deployMs = Math.round(performance.now() - deployed);
    const containers = host.docker.containers.size;
    const changes = host.docker.changes.length;
    for (const key of Object.keys(engineCalls)) delete engineCalls[key];
    const resynced = await tally(() => resync(pipeline));
    // As after a restart: a new git source, so nothing of the repository is known yet.
    const fresh = gitSource({ url: repo.dir, mirrorDir: `${repo.dir}-mirror.git` });
    const cold = await pipelineOn({ ...host.deps, git: fresh, engine });
    const warmCalls = { ...engineCalls };
    const coldResync = await tally(() => resync(cold));
    return {
      environments: count,
      containers,
      deployAllMs: deployMs,
      resync: { ...resynced, dockerChanges: host.docker.changes.length - changes },
      coldResync,
      engineCalls: warmCalls,
      fakeDockerChanges: host.docker.changes.length - changes,
    };
  } finally {
    await rm(repo.dir, { recursive: true, force: true });
    await rm(`${repo.dir}-mirror.git`, { recursive: true, force: true });
  }
}

const result = values.scenario === 'push' ? await push() : await many(Number(values.environments));
process.stdout.write(`${JSON.stringify(result)}\n`);
process.exit(0);
