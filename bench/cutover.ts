// Benchmark: plain `docker compose up -d` (recreate) against wharf blue-green, the same app
// behind Nginx under the same bounded load on 127.0.0.1, N deploys each, one run, side by side.
// Reports failed requests and latency p50/p99 during the deploy windows.
//
//   npx tsx bench/cutover.ts [--deploys 5] [--concurrency 8]
//
// Needs the host services and test images: scripts/install-host.sh, test/images/build.sh.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { stringify } from 'yaml';
import type * as ConfigFile from '../src/adapters/config-file.js';
import type * as DeployModule from '../src/deploy/deploy-environment.js';
import type * as MainModule from '../src/main.js';
import { freePort, removeEdge, removeEnvironment } from '../test/helpers/docker-cli.js';
import { TestRepo } from '../test/helpers/git-repo.js';
import { startLoad } from '../test/helpers/load.js';
import {
  summarize,
  timeToLive,
  writeBenchConfig,
  type Result,
  type Window,
} from './deploy-windows.js';

const exec = promisify(execFile);
const { values } = parseArgs({
  options: {
    deploys: { type: 'string', default: '5' },
    concurrency: { type: 'string', default: '8' },
    // An older wharf tree (a worktree of an earlier commit) to run beside this one.
    before: { type: 'string' },
    // Print every progress line of each wharf deploy with its offset from the deploy's start.
    trace: { type: 'boolean', default: false },
  },
});
const deploys = Number(values.deploys);
const concurrency = Number(values.concurrency);

const nginxConf = (port: number) => `
events {}
http {
  access_log off;
  # The best case for plain Compose: re-resolve the service name every second.
  resolver 127.0.0.11 valid=1s ipv6=off;
  server {
    listen ${port};
    location / { set $u web:8080; proxy_pass http://$u; }
  }
}
`;

/** Plain Compose: nginx in front, `docker compose up -d` recreates web with a new body. */
async function plainCompose(): Promise<Result> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-plain-'));
  const port = await freePort();
  await writeFile(path.join(dir, 'nginx.conf'), nginxConf(8000));
  const compose = (version: number) =>
    stringify({
      name: 'bench-plain',
      services: {
        nginx: {
          image: 'wharf-test/nginx:1',
          ports: [`127.0.0.1:${port}:8000`],
          volumes: ['./nginx.conf:/etc/nginx/nginx.conf:ro'],
        },
        web: { image: 'wharf-test/app:1', environment: { APP_BODY: `web v${version}` } },
      },
    });
  const up = async (version: number) => {
    await writeFile(path.join(dir, 'compose.yaml'), compose(version));
    await exec('docker', ['compose', 'up', '-d', '--wait'], { cwd: dir });
  };
  try {
    await up(0);
    const load = startLoad({
      port,
      host: 'plain.test',
      path: '/',
      concurrency,
      maxRequests: 2_000_000,
      maxMs: 600_000,
    });
    const windows: Window[] = [];
    for (let i = 1; i <= deploys; i++) {
      await new Promise((r) => setTimeout(r, 2000));
      const start = performance.now();
      await up(i);
      const deployed = performance.now();
      windows.push({ start, deployed, end: deployed + 1000, body: `web v${i}` });
      console.error(`plain compose: deploy ${i}/${deploys} done`);
    }
    await new Promise((r) => setTimeout(r, 1000));
    const samples = await load.stop();
    return {
      ...summarize('plain docker compose up -d (recreate)', samples, windows),
      live: windows.reduce((sum, w) => sum + timeToLive(samples, w), 0) / windows.length,
    };
  } finally {
    await exec('docker', ['compose', 'down', '--timeout', '1'], { cwd: dir }).catch(
      () => undefined,
    );
    await rm(dir, { recursive: true, force: true });
  }
}

/** When each phase of a wharf deploy began, from its progress messages (ms, performance.now). */
interface Phases {
  starting?: number;
  probing?: number;
  switching?: number;
  verifying?: number;
}

function phaseOf(message: string): keyof Phases | null {
  if (message.startsWith('starting ')) return 'starting';
  if (message.startsWith('probing ')) return 'probing';
  if (message.startsWith('switching live traffic') || message.includes('switching to it'))
    return 'switching';
  if (message.startsWith('verifying ')) return 'verifying';
  return null;
}

/**
 * wharf blue-green: the same app, through the edge, deployed by committing and calling
 * `deployEnvironment` of the wharf tree at `root` (this one, or an older commit's worktree).
 * The previous colour is kept warm (`keepPrevious: 30m`, as production does), so each deploy
 * first clears the idle colour; the run ends with a revert to the warm colour.
 */
async function wharfBlueGreen(mode: string, root: string): Promise<Result> {
  const { loadConfig } = (await import(
    path.join(root, 'src/adapters/config-file.js')
  )) as typeof ConfigFile;
  const { deployEnvironment } = (await import(
    path.join(root, 'src/deploy/deploy-environment.js')
  )) as typeof DeployModule;
  const { wire } = (await import(path.join(root, 'src/main.js'))) as typeof MainModule;
  const env = 'bench-bg';
  const repo = await TestRepo.create('bench-repo-');
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-wharf-'));
  const port = await freePort();
  const body = (version: number) => `web v${version}`;
  const manifest = (version: number) =>
    stringify({
      apiVersion: 'wharf/v1',
      kind: 'Environment',
      name: env,
      topology: 'minimal',
      host: 'bench.test',
      tls: { mode: 'none' },
      deploy: { strategy: 'blue-green', healthTimeout: '60s', verify: '2s', keepPrevious: '30m' },
      services: {
        web: {
          image: 'wharf-test/app:1',
          port: 8080,
          route: '/',
          health: { path: '/healthz' },
          env: { APP_BODY: body(version) },
        },
      },
    });
  await repo.commit('init', {
    'wharf.yaml': stringify({
      apiVersion: 'wharf/v1',
      kind: 'Repository',
      environments: { [env]: { manifest: 'env.yaml', branch: 'main' } },
    }),
    'env.yaml': manifest(0),
  });
  await mkdir(dir, { recursive: true });
  const wired = wire(await loadConfig(await writeBenchConfig(dir, repo.dir, port)));
  const deploy = async (label: string): Promise<{ start: number; end: number; phases: Phases }> => {
    const phases: Phases = {};
    const start = performance.now();
    const outcome = await deployEnvironment(wired.deps, {
      environment: env,
      trigger: 'bench',
      onProgress: (event) => {
        if (values.trace)
          console.error(
            `  ${((performance.now() - start) / 1000).toFixed(3)} ${event.step} ${event.message}`,
          );
        const phase = phaseOf(event.message);
        if (phase && phases[phase] === undefined) phases[phase] = performance.now();
      },
    });
    if (outcome.result !== 'success')
      throw new Error(`${label} ${outcome.result}: ${outcome.reason ?? ''}`);
    return { start, end: performance.now(), phases };
  };
  try {
    await removeEdge('wharf-test-bench-edge');
    await removeEnvironment(env);
    await deploy('first deploy');
    const load = startLoad({
      port,
      host: 'bench.test',
      path: '/',
      concurrency,
      maxRequests: 2_000_000,
      maxMs: 600_000,
    });
    const windows: Window[] = [];
    const runs: { start: number; end: number; phases: Phases }[] = [];
    for (let i = 1; i <= deploys; i++) {
      await new Promise((r) => setTimeout(r, 2000));
      await repo.commit(`v${i}`, { 'env.yaml': manifest(i) });
      const run = await deploy(`deploy ${i}`);
      runs.push(run);
      windows.push({ start: run.start, deployed: run.end, end: run.end + 1000, body: body(i) });
      console.error(`${mode}: deploy ${i}/${deploys} done`);
    }
    // `git revert`: the previous version, still warm in the idle colour.
    await new Promise((r) => setTimeout(r, 2000));
    await repo.commit('revert', { 'env.yaml': manifest(deploys - 1) });
    const revert = await deploy('revert');
    windows.push({
      start: revert.start,
      deployed: revert.end,
      end: revert.end + 1000,
      body: body(deploys - 1),
    });
    await new Promise((r) => setTimeout(r, 1000));
    const samples = await load.stop();
    const mean = (values: readonly number[]) =>
      values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length);
    const between = (a: keyof Phases | 'start', b: keyof Phases | 'end') =>
      mean(
        runs.map((r) => {
          const from = a === 'start' ? r.start : (r.phases[a] ?? Number.NaN);
          const to = b === 'end' ? r.end : (r.phases[b] ?? Number.NaN);
          return (to - from) / 1000;
        }),
      );
    return {
      ...summarize(mode, samples, windows.slice(0, deploys)),
      live: mean(windows.slice(0, deploys).map((w) => timeToLive(samples, w))),
      phases: {
        prepare: between('start', 'starting'),
        startToHealthy: between('starting', 'probing'),
        probe: between('probing', 'switching'),
        switch: between('switching', 'verifying'),
      },
      revert: {
        seconds: (revert.end - revert.start) / 1000,
        live: timeToLive(samples, windows[deploys] ?? { start: 0, deployed: 0, end: 0, body: '' }),
      },
    };
  } finally {
    await removeEdge('wharf-test-bench-edge');
    await removeEnvironment(env);
    await wired.close();
    await repo.remove();
    await rm(dir, { recursive: true, force: true });
  }
}

const here = path.resolve(import.meta.dirname, '..');
const results = [
  await plainCompose(),
  ...(values.before ? [await wharfBlueGreen('wharf blue-green (before)', values.before)] : []),
  await wharfBlueGreen(values.before ? 'wharf blue-green (after)' : 'wharf blue-green', here),
];
const { stdout: cpu } = await exec('sh', [
  '-c',
  "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2; nproc",
]);
const n = (value: number | undefined, digits = 2) =>
  value === undefined || Number.isNaN(value) ? '' : value.toFixed(digits);
console.log(
  `\nCutover benchmark, ${new Date().toISOString().slice(0, 16)}Z, ${cpu.trim().replace('\n', ', ')} cores, ${deploys} deploys each, ${concurrency} concurrent clients (new connection per request), 127.0.0.1\n`,
);
console.log(
  '| mode | deploys | requests in deploy windows | failed | p50 ms | p99 ms | mean deploy s | deploy start → new version live s | req/s |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of results)
  console.log(
    `| ${r.mode} | ${r.deploys} | ${r.requests} | ${r.failed} | ${r.p50} | ${r.p99} | ${r.meanDeploySeconds} | ${n(r.live)} | ${r.requestsPerSecond} |`,
  );
console.log(
  '\n| mode | prepare s | start → healthy s | probe through the edge s | switch s | warm revert: deploy s | warm revert: live s |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const r of results)
  if (r.phases)
    console.log(
      `| ${r.mode} | ${n(r.phases.prepare)} | ${n(r.phases.startToHealthy)} | ${n(r.phases.probe)} | ${n(r.phases.switch)} | ${n(r.revert?.seconds)} | ${n(r.revert?.live)} |`,
    );
process.exit(0);
