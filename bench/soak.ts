// Benchmark: a long run of consecutive blue-green deploys through a real `wharf serve` (the
// built CLI), under a steady load of keep-alive clients through the edge on 127.0.0.1. Each
// deploy commits a new APP_BODY to the environments repository and sends the signed GitHub
// push webhook. Reports failed requests (non-2xx, or a body of neither the old nor the new
// version), socket errors of the clients (ECONNRESET and the like), latency p50/p99 inside
// and outside the deploy windows, push -> live seconds per deploy, and the resident memory of
// `wharf serve` (VmRSS after the first deploy, every --memory-every deploys and at the end;
// VmHWM, its peak).
//
//   npx tsx bench/soak.ts [--deploys 200] [--concurrency 4] [--pause 2] [--memory-every 20]
//
// A deploy window runs from the push to one second after the later of the new body's first
// answer (live) and the reconcile's end; --pause seconds of load separate the windows.
// Connections counts the TCP connections the clients opened: an Nginx reload closes idle ones.
//
// Needs the host services and test images: scripts/install-host.sh, test/images/build.sh,
// and the CLI built (npm run build).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { stringify } from 'yaml';
import {
  docker,
  freePort,
  removeEdge,
  removeEnvironment,
  waitFor,
} from '../test/helpers/docker-cli.js';
import { TestRepo } from '../test/helpers/git-repo.js';
import { percentile } from '../test/helpers/load.js';
import { sendPush } from '../test/helpers/signed-webhook.js';
import { oneAppManifest } from './one-app-manifest.js';

const { values } = parseArgs({
  options: {
    deploys: { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '4' },
    pause: { type: 'string', default: '2' },
    'memory-every': { type: 'string', default: '20' },
  },
});
const deploys = positive('deploys');
const concurrency = positive('concurrency');
const pauseMs = Number(values.pause) * 1000;
const memoryEvery = positive('memory-every');
const tailMs = 1000;
const deployTimeoutMs = 180_000;

const here = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const secret = 'bench-secret';
const env = 'bench-soak';
const host = 'soak.test';
// Its own installation, edge and Redis prefix: tests and other benchmarks keep theirs.
const installationId = 'wharf-test-bench-soak';
const edgeProject = `${installationId}-edge`;
const redisUrl = `redis://127.0.0.1:${process.env['WHARF_REDIS_PORT'] ?? 6379}`;
const redisPrefix = `bench-soak-${Date.now().toString(36)}`;

function positive(name: 'deploys' | 'concurrency' | 'memory-every'): number {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer`);
  return n;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));
const bodyOf = (version: number): string => `soak v${version}\n`;

function manifest(version: number): string {
  return oneAppManifest(env, host, bodyOf(version).trim());
}

// --- clean-up: every step registered as its resource appears, run last-first, once --------

const cleanups: (() => Promise<unknown>)[] = [];
let cleaning: Promise<void> | undefined;

function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const step of cleanups.reverse()) await quietly(step);
  })();
  return cleaning;
}

const quietly = (step: () => Promise<unknown>): Promise<unknown> =>
  step().catch((e: unknown) => console.error(`clean-up: ${messageOf(e)}`));

/** Registers a clean-up step; after a Ctrl-C has started the clean-up, runs it and stops. */
async function own(step: () => Promise<unknown>): Promise<void> {
  if (!cleaning) {
    cleanups.push(step);
    return;
  }
  await quietly(step);
  throw new Error('interrupted');
}

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    console.error(`\n${signal}: cleaning up`);
    void cleanUp().finally(() => process.exit(130));
  });

// --- the load: keep-alive clients through the edge ---------------------------------------

interface Answer {
  readonly status: number;
  readonly body: string;
  /** The error code of a request that got no whole answer (ECONNRESET, ETIMEDOUT, ...). */
  readonly error?: string;
  readonly reused: boolean;
}

function get(port: number, agent: Agent): Promise<Answer> {
  return new Promise((resolve) => {
    const req = request(
      { host: '127.0.0.1', port, path: '/', headers: { Host: host }, agent, timeout: 5000 },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body, reused: req.reusedSocket }),
        );
      },
    );
    req.on('timeout', () =>
      req.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })),
    );
    req.on('error', (error: NodeJS.ErrnoException) =>
      resolve({
        status: 0,
        body: '',
        error: error.code ?? error.message,
        reused: req.reusedSocket,
      }),
    );
    req.end();
  });
}

interface Failure {
  readonly start: number;
  readonly status: number;
  readonly body: string;
}

/** Start time and latency of each right answer, in plain arrays: millions fit in tens of MB. */
interface Tally {
  readonly starts: number[];
  readonly latencies: number[];
  readonly failures: Failure[];
  readonly socketErrors: Map<string, number[]>;
  connections: number;
}

class Load {
  readonly tally: Tally = {
    starts: [],
    latencies: [],
    failures: [],
    socketErrors: new Map(),
    connections: 0,
  };
  private accepted = new Set<string>();
  private readonly waiters = new Map<string, (at: number) => void>();
  private readonly agents: Agent[] = [];
  private readonly workers: Promise<void>[];
  private stopped = false;

  constructor(
    private readonly port: number,
    accepted: readonly string[],
    maxMs: number,
  ) {
    this.accept(...accepted);
    const deadline = performance.now() + maxMs;
    this.workers = Array.from({ length: concurrency }, () => this.worker(deadline));
  }

  /** The bodies right answers may have from now on. */
  accept(...bodies: string[]): void {
    this.accepted = new Set(bodies);
  }

  /** When a client first gets this body. */
  seen(body: string): Promise<number> {
    return new Promise((resolve) => this.waiters.set(body, resolve));
  }

  async stop(): Promise<Tally> {
    this.stopped = true;
    await Promise.all(this.workers);
    for (const agent of this.agents) agent.destroy();
    return this.tally;
  }

  // One connection a client, kept between requests.
  private async worker(deadline: number): Promise<void> {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    this.agents.push(agent);
    while (!this.stopped && performance.now() < deadline) {
      const start = performance.now();
      const acceptedAtStart = this.accepted;
      const answer = await get(this.port, agent);
      const end = performance.now();
      if (!answer.reused) this.tally.connections++;
      if (answer.error !== undefined) {
        const at = this.tally.socketErrors.get(answer.error);
        if (at) at.push(start);
        else this.tally.socketErrors.set(answer.error, [start]);
        // An edge that refuses connections must not turn the load into a busy loop.
        await sleep(10);
        continue;
      }
      // Right when the body was accepted as the request started or as it ended.
      const ok =
        answer.status >= 200 &&
        answer.status < 300 &&
        (acceptedAtStart.has(answer.body) || this.accepted.has(answer.body));
      if (!ok) {
        this.tally.failures.push({ start, status: answer.status, body: answer.body });
        continue;
      }
      this.tally.starts.push(start);
      this.tally.latencies.push(end - start);
      this.waiters.get(answer.body)?.(end);
      this.waiters.delete(answer.body);
    }
  }
}

// --- wharf serve -------------------------------------------------------------------------

interface Serve {
  readonly child: ChildProcess;
  readonly pid: number;
  readonly port: number;
  readonly edgePort: number;
  /** Results of `reconcile finished`, in order. */
  readonly results: string[];
  /** Rejects once the process exits: raced against every wait, so a crash ends the run. */
  readonly exited: Promise<never>;
}

async function writeConfig(
  root: string,
  repo: TestRepo,
): Promise<{ file: string; port: number; edgePort: number }> {
  const port = await freePort();
  const edgePort = await freePort();
  await writeFile(path.join(root, 'secret'), secret);
  const file = path.join(root, 'config.yaml');
  await writeFile(
    file,
    stringify({
      repository: { url: repo.dir },
      stateDir: path.join(root, 'state'),
      redis: { url: redisUrl, prefix: redisPrefix },
      installationId,
      edge: {
        project: edgeProject,
        image: 'wharf-test/nginx:1',
        bind: '127.0.0.1',
        httpPort: edgePort,
        httpsPort: await freePort(),
        previewPort: await freePort(),
      },
      server: { bind: '127.0.0.1', port, bridgeMetricsPort: 0 },
      webhook: { secretFile: path.join(root, 'secret'), repositories: ['acme/environments'] },
      // No resync of its own: every reconcile is one of ours.
      queue: { resyncInterval: '1h' },
    }),
  );
  return { file, port, edgePort };
}

function startServe(config: { file: string; port: number; edgePort: number }): Serve {
  // The launcher run as a program, as systemd and the image run it (its shebang's flags count).
  const child = spawn(path.join(here, 'bin', 'wharf.js'), ['serve', '--config', config.file], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, WHARF_LOG_LEVEL: 'info' },
  });
  const results: string[] = [];
  let partial = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      if (line.includes('"reconcile finished"'))
        results.push(String((JSON.parse(line) as { result?: unknown }).result));
      // A failed attempt may be retried; shown, so a timeout that follows has its cause.
      else if (line.includes('"reconcile failed"')) console.error(`wharf serve: ${line}`);
    }
  });
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code, signal) =>
      reject(new Error(`wharf serve exited (${signal ?? code ?? 'unknown'})`)),
    ),
  );
  exited.catch(() => undefined);
  return {
    child,
    pid: child.pid ?? 0,
    port: config.port,
    edgePort: config.edgePort,
    results,
    exited,
  };
}

async function stopServe(serve: Serve): Promise<void> {
  if (serve.child.exitCode !== null || serve.child.signalCode !== null) return;
  const exit = new Promise((resolve) => serve.child.once('exit', resolve));
  serve.child.kill('SIGTERM');
  const killer = setTimeout(() => serve.child.kill('SIGKILL'), 15_000);
  await exit;
  clearTimeout(killer);
}

/** Resolves with a promise's value, or fails after `ms` or when wharf serve exits. */
function within<T>(serve: Serve, what: string, ms: number, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s: ${what}`)), ms);
  });
  return Promise.race([promise, timeout, serve.exited]).finally(() => clearTimeout(timer));
}

/** Sends the push and resolves once a reconcile after it finished with `success`. */
async function reconciled(serve: Serve, revision: string, what: string): Promise<void> {
  const before = serve.results.length;
  const status = await sendPush(serve.port, secret, revision);
  if (status !== 202) throw new Error(`${what}: the webhook answered ${status}`);
  // Any other result but `synced` (nothing to do) ends the wait too: a failed deploy ends the run.
  const results = await within(
    serve,
    what,
    deployTimeoutMs,
    waitFor(
      what,
      () => Promise.resolve(serve.results.slice(before)),
      (r) => r.some((result) => result !== 'synced'),
      deployTimeoutMs,
    ),
  );
  if (!results.includes('success')) throw new Error(`${what}: ${results.join(', ')}`);
}

interface Memory {
  readonly after: number;
  readonly rss: number;
  readonly hwm: number;
}

async function memoryOf(pid: number, after: number): Promise<Memory> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const mb = (field: string): number =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]) / 1024;
  return { after, rss: mb('VmRSS'), hwm: mb('VmHWM') };
}

async function dropRedisKeys(): Promise<void> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${redisPrefix}:*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

// --- the run -----------------------------------------------------------------------------

interface Window {
  readonly start: number;
  readonly end: number;
}

interface Deploy {
  readonly window: Window;
  readonly pushToLive: number;
  readonly pushToDone: number;
}

/** One deploy of `version`: commit, push, wait for the new body and the reconcile's end. */
async function deploy(serve: Serve, repo: TestRepo, load: Load, version: number): Promise<Deploy> {
  const revision = await repo.commit(`v${version}`, { 'env.yaml': manifest(version) });
  load.accept(bodyOf(version - 1), bodyOf(version));
  const live = load.seen(bodyOf(version));
  const start = performance.now();
  await reconciled(serve, revision, `deploy ${version}`);
  const done = performance.now();
  const liveAt = await within(serve, `deploy ${version} served`, deployTimeoutMs, live);
  const end = Math.max(liveAt, done) + tailMs;
  await sleep(end - performance.now());
  load.accept(bodyOf(version));
  return {
    window: { start, end },
    pushToLive: (liveAt - start) / 1000,
    pushToDone: (done - start) / 1000,
  };
}

interface Run {
  readonly deploys: Deploy[];
  readonly tally: Tally;
  readonly memory: Memory[];
  readonly seconds: number;
}

async function run(): Promise<Run> {
  await removeEdge(edgeProject);
  await removeEnvironment(env);
  const root = await mkdtemp(path.join(tmpdir(), 'bench-soak-'));
  await own(() => rm(root, { recursive: true, force: true }));
  const repo = await TestRepo.create('bench-soak-repo-');
  await own(() => repo.remove());
  await own(dropRedisKeys);
  // The edge first: a network it is still attached to cannot be removed.
  await own(() => removeEnvironment(env));
  await own(() => removeEdge(edgeProject));
  const revision = await repo.commit('start', {
    'wharf.yaml': stringify({
      apiVersion: 'wharf/v1',
      kind: 'Repository',
      environments: { [env]: { manifest: 'env.yaml', branch: 'main' } },
    }),
    'env.yaml': manifest(0),
  });
  const serve = startServe(await writeConfig(root, repo));
  await own(() => stopServe(serve));
  await within(
    serve,
    'wharf serve to listen',
    60_000,
    waitFor(
      'wharf serve to listen',
      () => fetch(`http://127.0.0.1:${serve.port}/healthz`),
      (r) => r.ok,
      60_000,
    ),
  );
  await reconciled(serve, revision, 'the first deploy');
  const load = new Load(serve.edgePort, [bodyOf(0)], deploys * deployTimeoutMs);
  await within(serve, 'the first deploy served', 60_000, load.seen(bodyOf(0)));
  const memory = [await memoryOf(serve.pid, 0)];
  const started = performance.now();
  const done: Deploy[] = [];
  try {
    for (let version = 1; version <= deploys; version++) {
      await sleep(pauseMs);
      const d = await deploy(serve, repo, load, version);
      done.push(d);
      console.error(
        `deploy ${version}/${deploys}: live after ${d.pushToLive.toFixed(1)} s, done after ${d.pushToDone.toFixed(1)} s`,
      );
      if (version % memoryEvery === 0 && version < deploys)
        memory.push(await memoryOf(serve.pid, version));
    }
    await sleep(pauseMs);
    memory.push(await memoryOf(serve.pid, deploys));
  } finally {
    await load.stop();
  }
  return {
    deploys: done,
    tally: load.tally,
    memory,
    seconds: (performance.now() - started) / 1000,
  };
}

// --- the report --------------------------------------------------------------------------

/** Whether `t` lies in one of the windows (sorted, apart). */
function inWindow(windows: readonly Window[], t: number): boolean {
  let low = 0;
  let high = windows.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const w = windows[mid];
    if (!w) return false;
    if (t < w.start) high = mid - 1;
    else if (t > w.end) low = mid + 1;
    else return true;
  }
  return false;
}

function latencySplit(r: Run): { inside: number[]; outside: number[] } {
  const windows = r.deploys.map((d) => d.window);
  const inside: number[] = [];
  const outside: number[] = [];
  r.tally.starts.forEach((start, i) =>
    (inWindow(windows, start) ? inside : outside).push(r.tally.latencies[i] ?? 0),
  );
  return { inside, outside };
}

async function machine(): Promise<string> {
  const engine = await docker(['version', '--format', '{{.Server.Version}}']).catch(() => '?');
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  return `${date} UTC, ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${availableParallelism()} cores (nproc), Node ${process.version}, Docker Engine ${engine}`;
}

async function report(r: Run): Promise<void> {
  const { inside, outside } = latencySplit(r);
  const ms = (values: number[], p: number): string => percentile(values, p).toFixed(1);
  const live = r.deploys.map((d) => d.pushToLive);
  const s = (p: number): string => percentile(live, p).toFixed(1);
  const mb = (n: number): string => n.toFixed(0);
  const socketErrors = [...r.tally.socketErrors.values()].reduce((n, at) => n + at.length, 0);
  const requests = r.tally.starts.length + r.tally.failures.length + socketErrors;
  const first = r.memory[0];
  const last = r.memory.at(-1);
  console.log(
    `\nSoak: ${r.deploys.length} consecutive blue-green deploys through \`wharf serve\` (push webhook each), ${concurrency} keep-alive clients through the edge on 127.0.0.1, ${(r.seconds / 60).toFixed(1)} minutes; ${await machine()}\n`,
  );
  console.log(
    '| deploys | requests | connections | failed | socket errors | p50 ms in windows | p99 ms in windows | p50 ms outside | p99 ms outside | push→live p50 s | push→live p99 s | RSS MB start | RSS MB end | peak MB (VmHWM) |',
  );
  console.log(
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  console.log(
    `| ${r.deploys.length} | ${requests} | ${r.tally.connections} | ${r.tally.failures.length} | ${socketErrors} | ${ms(inside, 50)} | ${ms(inside, 99)} | ${ms(outside, 50)} | ${ms(outside, 99)} | ${s(50)} | ${s(99)} | ${mb(first?.rss ?? 0)} | ${mb(last?.rss ?? 0)} | ${mb(last?.hwm ?? 0)} |`,
  );
  console.log('\n| after deploy | VmRSS MB | VmHWM MB |\n| --- | --- | --- |');
  for (const m of r.memory) console.log(`| ${m.after} | ${mb(m.rss)} | ${mb(m.hwm)} |`);
  const windows = r.deploys.map((d) => d.window);
  const inWindows = (at: readonly number[]): string =>
    `${at.length} (${at.filter((t) => inWindow(windows, t)).length} in deploy windows)`;
  console.log(`\nfailed requests: ${inWindows(r.tally.failures.map((f) => f.start))}`);
  for (const f of r.tally.failures.slice(0, 10))
    console.log(`  status ${f.status}, body ${JSON.stringify(f.body.slice(0, 80))}`);
  for (const [code, at] of r.tally.socketErrors)
    console.log(`socket errors ${code}: ${inWindows(at)}`);
}

try {
  await report(await run());
} catch (error) {
  // After a Ctrl-C the run fails on its own clean-up (wharf serve gone); that is no news.
  if (!cleaning) console.error(messageOf(error));
  process.exitCode = 1;
} finally {
  await cleanUp();
}
process.exit();
