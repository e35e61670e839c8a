// Benchmark: how long a person waits for `wharf --version`, `wharf --help` and
// `wharf validate environments` beside `node -e 0` (hyperfine, in one run), and the resident
// memory of `wharf serve` through many reconciles with nothing to do and real blue-green
// deploys. With `--before DIR` (another checkout, built with `npm run build`), both builds
// are measured in the same run, side by side.
//
//   npx tsx bench/cold-start.ts [--before /tmp/fastcli-before] [--runs 30]
//                               [--reconciles 200] [--deploys 20] [--no-memory]
//                               [--no-cold-start] [--variant 'MALLOC_ARENA_MAX=2' ...]
//
// Each `--variant` adds a memory row for this build started with those environment variables
// (space-separated NAME=VALUE pairs), to compare process-level settings in the same run.
//
// Needs hyperfine, and for the memory part the host services and test images:
// scripts/install-host.sh, test/images/build.sh.
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { stringify } from 'yaml';
import { freePort, removeEdge, removeEnvironment, waitFor } from '../test/helpers/docker-cli.js';
import { TestRepo } from '../test/helpers/git-repo.js';
import { oneAppManifest } from './one-app-manifest.js';

const { values } = parseArgs({
  options: {
    before: { type: 'string' },
    runs: { type: 'string', default: '30' },
    reconciles: { type: 'string', default: '200' },
    deploys: { type: 'string', default: '20' },
    memory: { type: 'boolean', default: true },
    'cold-start': { type: 'boolean', default: true },
    variant: { type: 'string', multiple: true, default: [] },
  },
  allowNegative: true,
});
const here = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
interface Build {
  readonly name: string;
  readonly dir: string;
  /** Environment variables added to `wharf serve`'s own (variants only). */
  readonly env?: Record<string, string>;
}
const builds: Build[] = [
  ...(values.before ? [{ name: 'before', dir: path.resolve(values.before) }] : []),
  { name: values.before ? 'after' : 'this build', dir: here },
];
const variants: Build[] = values.variant.map((pairs) => ({
  name: `${builds.at(-1)?.name ?? 'this build'}, ${pairs}`,
  dir: here,
  env: Object.fromEntries(
    pairs
      // A value may hold spaces (NODE_OPTIONS='--a --b'): a pair starts only at NAME=.
      .split(/\s+(?=[A-Za-z_][A-Za-z0-9_]*=)/)
      .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
  ),
}));
const exec = promisify(execFile);

interface HyperfineResult {
  readonly command: string;
  readonly mean: number;
  readonly stddev: number;
  readonly user: number;
  readonly system: number;
}

/** Every command of every build in one hyperfine run, so they share the machine's load. */
async function coldStart(): Promise<void> {
  const environments = path.join(here, 'environments');
  const commands = ['node -e 0'];
  const labels = ['`node -e 0`'];
  for (const build of builds) {
    const bin = path.join(build.dir, 'bin', 'wharf.js');
    for (const args of ['--version', '--help', `validate ${environments}`]) {
      commands.push(`node ${bin} ${args}`);
      labels.push(`${build.name}: \`wharf ${args.replace(environments, 'environments')}\``);
    }
  }
  const out = path.join(await mkdtemp(path.join(tmpdir(), 'bench-cold-')), 'hyperfine.json');
  await exec(
    'hyperfine',
    ['-N', '--warmup', '3', '--runs', values.runs, '--export-json', out, ...commands],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  const { results } = JSON.parse(await readFile(out, 'utf8')) as {
    results: HyperfineResult[];
  };
  await rm(path.dirname(out), { recursive: true, force: true });
  const ms = (s: number): string => (s * 1000).toFixed(0);
  console.log(`\nCold start, hyperfine -N, ${values.runs} runs each after 3 warm-up runs\n`);
  console.log('| command | mean ms | ± σ ms | user ms | system ms |');
  console.log('| --- | --- | --- | --- | --- |');
  results.forEach((r, i) =>
    console.log(
      `| ${labels[i]} | ${ms(r.mean)} | ${ms(r.stddev)} | ${ms(r.user)} | ${ms(r.system)} |`,
    ),
  );
}

const secret = 'bench-secret';
const env = 'bench-memory';

function manifest(body: string): string {
  return oneAppManifest(env, 'memory.test', body);
}

function http(
  port: number,
  options: { path: string; method?: string; headers?: Record<string, string> },
  body?: string,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, ...options }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', () => resolve({ status: 0, text: '' }));
    req.end(body);
  });
}

function push(port: number, revision: string): Promise<{ status: number }> {
  const payload = JSON.stringify({
    ref: 'refs/heads/main',
    after: revision,
    repository: { full_name: 'acme/environments' },
  });
  return http(
    port,
    {
      path: '/webhooks/github',
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-github-event': 'push',
        'x-github-delivery': randomUUID(),
        'x-hub-signature-256': `sha256=${createHmac('sha256', secret).update(payload).digest('hex')}`,
      },
    },
    payload,
  );
}

/** A process's resident MB now (VmRSS), or the most it ever held (VmHWM, exact, unlike samples). */
async function residentMb(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1]);
  return kb / 1024;
}

/** Resident MB in all and of it anonymous (heap, malloc, stacks); the rest is file-backed. */
async function residentSplit(pid: number): Promise<{ rss: number; anonymous: number }> {
  const rollup = await readFile(`/proc/${pid}/smaps_rollup`, 'utf8');
  const field = (name: string): number =>
    Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(rollup)?.[1]) / 1024;
  return { rss: field('Rss'), anonymous: field('Anonymous') };
}

/** User and system CPU seconds a process has used (clock ticks of /proc/PID/stat, 100 a second). */
async function cpuSeconds(pid: number): Promise<number> {
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

interface MemoryRow {
  readonly build: string;
  readonly started: number;
  readonly firstDeploy: number;
  readonly afterReconciles: number;
  readonly afterDeploys: number;
  readonly peak: number;
  /** Anonymous MB at the peak sample. */
  readonly peakAnonymous: number;
  /** VmHWM at the end: the peak over the whole run, a spike between samples included. */
  readonly highWater: number;
  readonly reconciles: number;
  readonly deploys: number;
  readonly seconds: number;
  readonly cpu: number;
}

/** `wharf serve` of one build, as its own process: one deploy, then the no-op reconciles, then deploys. */
async function memoryOf(build: Build): Promise<MemoryRow> {
  const root = await mkdtemp(path.join(tmpdir(), 'bench-memory-'));
  const repo = await TestRepo.create('bench-repo-');
  let revision = await repo.commit('start', {
    'wharf.yaml': stringify({
      apiVersion: 'wharf/v1',
      kind: 'Repository',
      environments: { [env]: { manifest: 'env.yaml', branch: 'main' } },
    }),
    'env.yaml': manifest('deploy 0'),
  });
  const port = await freePort();
  const edge = {
    project: 'wharf-test-bench-memory-edge',
    image: 'wharf-test/nginx:1',
    bind: '127.0.0.1',
    httpPort: await freePort(),
    httpsPort: await freePort(),
    previewPort: await freePort(),
  };
  await writeFile(path.join(root, 'secret'), secret);
  const config = path.join(root, 'config.yaml');
  await writeFile(
    config,
    stringify({
      repository: { url: repo.dir },
      stateDir: path.join(root, 'state'),
      redis: { prefix: `bench-memory-${randomUUID().slice(0, 6)}` },
      installationId: 'wharf-test-bench-memory',
      edge,
      server: { bind: '127.0.0.1', port, bridgeMetricsPort: 0 },
      webhook: { secretFile: path.join(root, 'secret'), repositories: ['acme/environments'] },
      queue: { resyncInterval: '1h' },
    }),
  );
  await removeEnvironment(env);
  await removeEdge(edge.project);
  // The launcher run as a program, as systemd and the image run it (its shebang's flags count).
  const wharf: ChildProcess = spawn(
    path.join(build.dir, 'bin', 'wharf.js'),
    ['serve', '--config', config],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, WHARF_LOG_LEVEL: 'info', ...build.env },
    },
  );
  const pid = wharf.pid ?? 0;
  // Positive signals: each reconcile logs `reconcile finished` with its result.
  const finished: string[] = [];
  let partial = '';
  wharf.stdout?.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines)
      if (line.includes('"reconcile finished"'))
        finished.push(String((JSON.parse(line) as { result?: unknown }).result));
  });
  let peak = 0;
  let peakAnonymous = 0;
  const sampler = setInterval(() => {
    residentSplit(pid).then(
      (mb) => {
        if (mb.rss <= peak) return;
        peak = mb.rss;
        peakAnonymous = mb.anonymous;
      },
      () => undefined,
    );
  }, 200);
  const served = (): Promise<string> =>
    http(edge.httpPort, { path: '/', headers: { Host: 'memory.test' } }).then((r) => r.text);
  const reconcile = async (what: string, done: (result: string) => boolean): Promise<void> => {
    const before = finished.length;
    const answer = await push(port, revision);
    if (answer.status !== 202) throw new Error(`webhook answered ${answer.status}`);
    await waitFor(
      what,
      () => Promise.resolve(finished.slice(before)),
      (r) => r.some(done),
      180_000,
    );
  };
  const start = performance.now();
  try {
    await waitFor(
      'wharf serve to listen',
      () => http(port, { path: '/healthz' }),
      (r) => r.status === 200,
      60_000,
    );
    const started = await residentMb(pid);
    await reconcile('the first deploy', (r) => r === 'success');
    await waitFor('deploy 0 served', served, (t) => t === 'deploy 0\n', 60_000);
    const firstDeploy = await residentMb(pid);
    const reconciles = Number(values.reconciles);
    for (let i = 0; i < reconciles; i++)
      await reconcile(`reconcile ${i + 1}`, (r) => r === 'synced');
    const afterReconciles = await residentMb(pid);
    const deploys = Number(values.deploys);
    for (let i = 1; i <= deploys; i++) {
      revision = await repo.commit(`deploy ${i}`, { 'env.yaml': manifest(`deploy ${i}`) });
      await reconcile(`deploy ${i}`, (r) => r === 'success');
      await waitFor(`deploy ${i} served`, served, (t) => t === `deploy ${i}\n`, 60_000);
    }
    const afterDeploys = await residentMb(pid);
    const cpu = await cpuSeconds(pid);
    const highWater = await residentMb(pid, 'VmHWM');
    return {
      build: build.name,
      started,
      firstDeploy,
      afterReconciles,
      afterDeploys,
      peak,
      peakAnonymous,
      highWater,
      reconciles,
      deploys: deploys + 1,
      seconds: (performance.now() - start) / 1000,
      cpu,
    };
  } finally {
    clearInterval(sampler);
    wharf.kill('SIGTERM');
    await new Promise((resolve) => wharf.once('exit', resolve));
    await removeEdge(edge.project);
    await removeEnvironment(env);
    await repo.remove();
    await rm(root, { recursive: true, force: true });
  }
}

async function memory(): Promise<void> {
  const rows: MemoryRow[] = [];
  for (const build of [...builds, ...variants]) rows.push(await memoryOf(build));
  const mb = (n: number): string => n.toFixed(0);
  console.log(
    `\nResident memory of \`wharf serve\` (MB, VmRSS): started, after the first deploy, after ${values.reconciles} reconciles with nothing to do, after ${values.deploys} more blue-green deploys\n`,
  );
  console.log(
    '| build | listening | first deploy | after reconciles | after deploys | peak | of it anonymous | VmHWM | reconciles | deploys | minutes | CPU s |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows)
    console.log(
      `| ${r.build} | ${mb(r.started)} | ${mb(r.firstDeploy)} | ${mb(r.afterReconciles)} | ${mb(r.afterDeploys)} | ${mb(r.peak)} | ${mb(r.peakAnonymous)} | ${mb(r.highWater)} | ${r.reconciles} | ${r.deploys} | ${(r.seconds / 60).toFixed(1)} | ${r.cpu.toFixed(1)} |`,
    );
}

if (values['cold-start']) await coldStart();
if (values.memory) await memory();
process.exit(0);
