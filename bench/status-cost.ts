// Benchmark: what one /metrics scrape and one dashboard status call (what /api/environments
// reads) cost with N environments on one host: wall time, docker CLI processes, container
// engine calls, Redis round trips on wharf's connection and Redis commands run. The
// environments' history, seen commits, running deploys, previews and applied records are
// real (a Redis of the bench's own, a state directory); a few of them have real labelled
// containers, the rest none, as on a host where most environments are stopped. With
// `--before DIR` (a checkout of another commit with node_modules), both builds read the same
// state in the same run, side by side.
//
//   npx tsx bench/status-cost.ts [--before /tmp/status-before] [--sizes 10,100,1000] [--runs 3]
//
// Needs Docker, redis-server and the test images: scripts/install-host.sh,
// test/images/build.sh. Run it under the shared Docker lock on a shared machine.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import type * as StatusModule from '../src/observe/environment-status.js';
import type * as EngineModule from '../src/adapters/docker-engine.js';
import type * as HistoryModule from '../src/adapters/redis-history.js';
import type * as DeployLogModule from '../src/adapters/redis-deploy-log.js';
import type * as PreviewsModule from '../src/adapters/redis-previews.js';
import type * as ResyncModule from '../src/adapters/redis-resync-clock.js';
import type * as StateModule from '../src/adapters/fs-state-files.js';
import type * as PromModule from '../src/adapters/prom-metrics.js';
import type * as QueueModule from '../src/adapters/bullmq-queue.js';
import type { AppliedRecord } from '../src/core/live.js';
import type { ContainerEngine } from '../src/ports/container-engine.js';
import type { DeployRecord } from '../src/ports/history-store.js';
import { docker, healthStatus, waitFor } from '../test/helpers/docker-cli.js';
import { OwnRedis } from '../test/helpers/own-redis.js';

const { values } = parseArgs({
  options: {
    before: { type: 'string' },
    sizes: { type: 'string', default: '10,100,1000' },
    runs: { type: 'string', default: '3' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const here = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const installation = 'wharf-test-bench-status';
const exec = promisify(execFile);

/** Every docker CLI process the adapters start goes through a shim that counts it. */
async function countDockerCalls(): Promise<{ read: () => Promise<number>; dir: string }> {
  const real = (await exec('sh', ['-c', 'command -v docker'])).stdout.trim();
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-status-docker-'));
  const log = path.join(dir, 'calls');
  await writeFile(log, '');
  await writeFile(path.join(dir, 'docker'), `#!/bin/sh\necho >> '${log}'\nexec '${real}' "$@"\n`);
  await chmod(path.join(dir, 'docker'), 0o755);
  process.env['PATH'] = `${dir}:${process.env['PATH'] ?? ''}`;
  return {
    dir,
    read: async () => {
      const calls = (await readFile(log, 'utf8')).length;
      await writeFile(log, '');
      return calls;
    },
  };
}

/** Round trips on a connection: each command sent on its own, each pipeline or transaction. */
function countingRedis(redis: Redis, counter: { roundTrips: number }): Redis {
  const commands = new Set(redis.getBuiltinCommands());
  return new Proxy(redis, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => unknown;
      if (property === 'multi' || property === 'pipeline')
        return (...args: unknown[]) => {
          const batch = method.apply(target, args) as { exec: (...a: unknown[]) => unknown };
          const send = batch.exec.bind(batch);
          batch.exec = (...a: unknown[]) => {
            counter.roundTrips++;
            return send(...a);
          };
          return batch;
        };
      if (typeof property === 'string' && commands.has(property))
        return (...args: unknown[]) => {
          counter.roundTrips++;
          return method.apply(target, args);
        };
      return method.bind(target);
    },
  });
}

/** Calls through the port, by method name. */
function countingEngine(engine: ContainerEngine, calls: Map<string, number>): ContainerEngine {
  return new Proxy(engine, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      const method = value as (...args: unknown[]) => unknown;
      return (...args: unknown[]) => {
        calls.set(property, (calls.get(property) ?? 0) + 1);
        return method.apply(target, args);
      };
    },
  });
}

/** Commands Redis ran, from its own count (the bench's Redis serves nothing else). */
async function commandsRun(admin: Redis): Promise<number> {
  const info = await admin.info('stats');
  return Number(/total_commands_processed:(\d+)/.exec(info)?.[1] ?? 0);
}

/** The modules one build reads status with, loaded from its own tree (typed as this one's). */
async function loadBuild(dir: string) {
  const from = <T>(file: string): Promise<T> =>
    import(path.join(dir, 'src', `${file}.ts`)) as Promise<T>;
  return {
    status: await from<typeof StatusModule>('observe/environment-status'),
    engine: await from<typeof EngineModule>('adapters/docker-engine'),
    history: await from<typeof HistoryModule>('adapters/redis-history'),
    deployLog: await from<typeof DeployLogModule>('adapters/redis-deploy-log'),
    previews: await from<typeof PreviewsModule>('adapters/redis-previews'),
    resync: await from<typeof ResyncModule>('adapters/redis-resync-clock'),
    state: await from<typeof StateModule>('adapters/fs-state-files'),
    prom: await from<typeof PromModule>('adapters/prom-metrics'),
    queue: await from<typeof QueueModule>('adapters/bullmq-queue'),
  };
}
type Build = Awaited<ReturnType<typeof loadBuild>>;

const envName = (i: number): string => `env-${String(i).padStart(4, '0')}`;
/** One environment in ten is a preview; half of those run, the other half are gone. */
const isPreview = (i: number): boolean => i % 10 === 9;
const previewName = (i: number): string => `pr-${i + 1}`;
const nameOf = (i: number): string => (isPreview(i) ? previewName(i) : envName(i));
/** Environments with real containers: a few, whatever N is. */
const withContainers = [0, 1, 2];

function applied(revision: string, i: number): AppliedRecord {
  return {
    revision,
    colour: i % 2 === 0 ? 'blue' : 'green',
    services: {},
    hosts: [`${nameOf(i)}.bench.test`],
    infraRoutes: [],
    colours: {},
    warm: null,
    keepPreviousMs: 0,
  };
}

/** Writes N environments' state: 5 deploys each, the commit seen, 1 in 20 deploying. */
async function seed(build: Build, redis: Redis, prefix: string, stateDir: string, n: number) {
  const history = build.history.redisHistory(redis, prefix);
  const log = build.deployLog.redisDeployLog(redis, prefix);
  const previews = build.previews.redisPreviews(redis, prefix);
  const state = build.state.fsStateFiles(stateDir);
  await build.resync.redisResyncClock(redis, prefix).mark();
  for (let start = 0; start < n; start += 50)
    await Promise.all(
      Array.from({ length: Math.min(50, n - start) }, async (_, k) => {
        const i = start + k;
        const env = nameOf(i);
        const revision = randomUUID().replaceAll('-', '').padEnd(40, '0');
        for (let d = 0; d < 5; d++) {
          const record: DeployRecord = {
            id: randomUUID(),
            environment: env,
            revision,
            startedAt: '2026-12-02T06:00:00.000Z',
            finishedAt: `2026-12-02T06:00:${String(10 + d).padStart(2, '0')}.000Z`,
            result: d === 4 && i % 7 === 3 ? 'failed' : 'success',
            trigger: 'bench',
            summary: { create: 1, update: 0, remove: 0, drift: 0 },
          };
          await history.record(record);
        }
        // Some are behind what git wants: OutOfSync.
        await history.markSeen(env, i % 4 === 1 ? 'f'.repeat(40) : revision);
        if (i % 20 === 5) await log.start(randomUUID(), env);
        const running = !isPreview(i) || i % 20 === 9;
        if (running) await state.writeApplied(env, applied(revision, i));
        if (isPreview(i)) {
          const number = i + 1;
          await previews.update(number, {
            wish: running ? 'open' : 'closed',
            head: revision,
            openedAt: '2026-12-02T05:00:00.000Z',
            activeAt: '2026-12-02T05:30:00.000Z',
            commentId: number * 10,
            preview: {
              phase: running ? 'live' : 'removed',
              message: running ? 'deployed' : 'closed',
              url: `https://${env}.bench.test`,
            },
          });
          await previews.addDeployment(number, number * 100);
        }
      }),
    );
}

/** Real containers for the first few environments: two running, one created. */
async function startContainers(): Promise<string[]> {
  const names: string[] = [];
  for (const i of withContainers) {
    const name = `wharf-test-bench-status-${nameOf(i)}-web`;
    const colour = i % 2 === 0 ? 'blue' : 'green';
    const labelArgs = Object.entries({
      'wharf.managed': 'true',
      'wharf.environment': nameOf(i),
      'wharf.installation': installation,
      'wharf.service': 'web',
      'wharf.role': 'stateless',
      'wharf.colour': colour,
      'com.docker.compose.project': `wharf-${nameOf(i)}-${colour}`,
      'com.docker.compose.service': `web-${colour}`,
    }).flatMap(([k, v]) => ['--label', `${k}=${v}`]);
    await docker(['rm', '-f', name]).catch(() => undefined);
    const how = i === 2 ? ['create'] : ['run', '-d'];
    await docker([...how, '--name', name, ...labelArgs, 'wharf-test/app:1']);
    names.push(name);
  }
  // Health must not change between the builds' readings: wait until it has settled.
  for (const name of names.slice(0, 2))
    await waitFor(
      `${name} healthy`,
      () => healthStatus(name),
      (h) => h === 'healthy',
      60_000,
    );
  return names;
}

interface Measured {
  readonly ms: number;
  readonly docker: number;
  readonly engineCalls: string;
  readonly roundTrips: number;
  readonly commands: number;
  /** What a person sees: the environment series of the scrape, or the dashboard's JSON. */
  readonly shown: string;
}

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function measure(
  build: Build,
  redisUrl: string,
  prefix: string,
  stateDir: string,
  dockerCalls: () => Promise<number>,
): Promise<{ scrape: Measured; dashboard: Measured }> {
  const connection = new Redis(redisUrl);
  const admin = new Redis(redisUrl);
  const counter = { roundTrips: 0 };
  const redis = countingRedis(connection, counter);
  const calls = new Map<string, number>();
  // As src/main.ts wires them: one connection for the stores, the queue its own.
  const deps = {
    engine: countingEngine(build.engine.dockerEngine({ installation }), calls),
    state: build.state.fsStateFiles(stateDir),
    history: build.history.redisHistory(redis, prefix),
    deployLog: build.deployLog.redisDeployLog(redis, prefix),
  };
  const previews = build.previews.redisPreviews(redis, prefix);
  const clock = build.resync.redisResyncClock(redis, prefix);
  const queue = build.queue.bullmqQueue(
    { redisUrl, prefix, attempts: 1, node: 'local' },
    pino({ level: 'silent' }),
  );
  const prom = build.prom.promMetrics({
    environments: () => build.status.allEnvironmentStatus(deps),
    queue: () => queue.counts(),
    lastResync: () => clock.last(),
    deployTally: () => deps.history.tally(),
  });
  const reads = {
    scrape: async () => {
      const { body } = await prom.scrape();
      return body
        .split('\n')
        .filter((l) => /^wharf_(environment_|deploys_total)/.test(l))
        .join('\n');
    },
    // What /api/environments reads (src/server/admin-routes.ts).
    dashboard: async () => {
      const [environments, prs] = await Promise.all([
        build.status.allEnvironmentStatus(deps),
        previews.list(),
      ]);
      return JSON.stringify({ environments, prs });
    },
  };
  const result: Partial<Record<keyof typeof reads, Measured>> = {};
  for (const [kind, call] of Object.entries(reads) as [
    keyof typeof reads,
    () => Promise<string>,
  ][]) {
    await call(); // warm-up: connections, module state, the page cache
    const times: number[] = [];
    let counted: Omit<Measured, 'ms'> | null = null;
    for (let r = 0; r < runs; r++) {
      await dockerCalls();
      calls.clear();
      counter.roundTrips = 0;
      const before = await commandsRun(admin);
      const start = performance.now();
      const shown = await call();
      times.push(performance.now() - start);
      const commands = (await commandsRun(admin)) - before - 1; // the INFO itself
      counted ??= {
        docker: await dockerCalls(),
        engineCalls: [...calls].map(([m, c]) => `${m} ${c}`).join(', '),
        roundTrips: counter.roundTrips,
        commands,
        shown,
      };
    }
    if (counted) result[kind] = { ms: median(times), ...counted };
  }
  await queue.close();
  connection.disconnect();
  admin.disconnect();
  const { scrape, dashboard } = result;
  if (!scrape || !dashboard) throw new Error('nothing measured');
  return { scrape, dashboard };
}

const builds = [
  ...(values.before ? [{ name: 'before', dir: path.resolve(values.before) }] : []),
  { name: values.before ? 'after' : 'this build', dir: here },
];
const loaded = await Promise.all(
  builds.map(async (b) => ({ ...b, build: await loadBuild(b.dir) })),
);
const counting = await countDockerCalls();
const ownRedis = await OwnRedis.start();
const containers = await startContainers();
const rows: string[] = [];
const same: string[] = [];
try {
  for (const n of sizes) {
    const prefix = `bench-status-${n}`;
    const stateDir = await mkdtemp(path.join(tmpdir(), 'bench-status-state-'));
    const seeding = new Redis(ownRedis.url);
    const newest = loaded.at(-1);
    if (!newest) throw new Error('no build');
    await seed(newest.build, seeding, prefix, stateDir, n);
    seeding.disconnect();
    const shown: Record<string, string[]> = {};
    for (const { name, build } of loaded) {
      const m = await measure(build, ownRedis.url, prefix, stateDir, counting.read);
      for (const [kind, r] of [
        ['/metrics scrape', m.scrape],
        ['dashboard status', m.dashboard],
      ] as const) {
        rows.push(
          `| ${n} | ${kind} | ${name} | ${r.ms.toFixed(0)} | ${r.docker} | ${r.engineCalls} | ${r.roundTrips} | ${r.commands} |`,
        );
        (shown[kind] ??= []).push(r.shown);
      }
    }
    for (const [kind, texts] of Object.entries(shown)) {
      const first = texts[0] ?? '';
      const other = texts.find((t) => t !== first);
      const differs = other === undefined ? -1 : [...first].findIndex((c, i) => c !== other[i]);
      const at = differs === -1 ? first.length : differs;
      same.push(
        other === undefined
          ? `N=${n} ${kind}: identical in every build (${first.length} characters)`
          : `N=${n} ${kind}: DIFFERENT from character ${at}: ${first.slice(at - 80, at + 40)} / ${other.slice(at - 80, at + 40)}`,
      );
    }
    await rm(stateDir, { recursive: true, force: true });
  }
} finally {
  await docker(['rm', '-f', ...containers]).catch(() => undefined);
  await ownRedis.down();
  await rm(counting.dir, { recursive: true, force: true });
}
console.log(
  `\nOne call each, median of ${runs} after a warm-up; ${withContainers.length} environments with real containers, the rest none\n`,
);
console.log(
  '| environments | call | build | wall ms | docker CLI calls | container engine calls | Redis round trips | Redis commands |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
console.log(`\n${same.join('\n')}`);
process.exit(0);
