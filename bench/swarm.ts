// Benchmark: the same app and load as bench/cutover, on Docker Swarm, side by side in one run:
// plain `docker stack deploy` with Swarm's default rollout (stop-first), Swarm with start-first
// alone, and wharf's `runtime: swarm`. Each mode deploys a new body N times under a steady load
// through Nginx on 127.0.0.1; reports failed requests, p50/p99 in the deploy windows and the
// mean deploy time.
//
//   npx tsx bench/swarm.ts [--deploys 5] [--concurrency 8] [--replicas 2] [--stop-delay 0]
//
// Runs on a one-node swarm of this host's engine (made for the run and left after it, unless
// the engine already was in one). Every service uses `endpoint_mode: dnsrr` and Nginx resolves
// the service through Docker's DNS: the routing mesh's virtual IPs need IPVS, which these
// machines' kernels lack (REAL-SERVICES.md), so no mode could serve through them.
// Needs the host services and test images: scripts/install-host.sh, test/images/build.sh.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { stringify } from 'yaml';
import { loadConfig } from '../src/adapters/config-file.js';
import { deployEnvironment } from '../src/deploy/deploy-environment.js';
import { wire } from '../src/main.js';
import { freePort, removeEdge } from '../test/helpers/docker-cli.js';
import { TestRepo } from '../test/helpers/git-repo.js';
import { startLoad, type Load } from '../test/helpers/load.js';
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
    replicas: { type: 'string', default: '2' },
    // Seconds the app keeps serving after SIGTERM, in every mode (a graceful app's drain).
    'stop-delay': { type: 'string', default: '0' },
  },
});
const deploys = Number(values.deploys);
const concurrency = Number(values.concurrency);
const replicas = Number(values.replicas);
const stopDelay = String(Number(values['stop-delay']));
const docker = async (...args: string[]): Promise<string> =>
  (await exec('docker', args, { maxBuffer: 16 << 20 })).stdout.trim();
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** N deploys under load, each from `deploy(i)` until it returned, then a second more. */
async function measure(
  mode: string,
  port: number,
  host: string,
  deploy: (version: number) => Promise<void>,
): Promise<Result> {
  const load: Load = startLoad({
    port,
    host,
    path: '/',
    concurrency,
    maxRequests: 2_000_000,
    maxMs: 900_000,
  });
  const windows: Window[] = [];
  for (let i = 1; i <= deploys; i++) {
    await pause(2000);
    const start = performance.now();
    await deploy(i);
    const deployed = performance.now();
    windows.push({ start, deployed, end: deployed + 1000, body: `web v${i}` });
    console.error(`${mode}: deploy ${i}/${deploys} done`);
  }
  await pause(1000);
  const samples = await load.stop();
  return {
    ...summarize(mode, samples, windows),
    live: windows.reduce((sum, w) => sum + timeToLive(samples, w), 0) / windows.length,
  };
}

const nginxConf = `
events {}
http {
  access_log off;
  # As bench/cutover's plain Compose: re-resolve the service's tasks every second.
  resolver 127.0.0.11 valid=1s ipv6=off;
  server {
    listen 8000;
    location / { set $u web:8080; proxy_pass http://$u; proxy_next_upstream error timeout http_502; }
  }
}
`;

/** Plain `docker stack deploy` of web behind a standalone Nginx, in the given rollout order. */
async function plainStack(mode: string, order: 'stop-first' | 'start-first'): Promise<Result> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-swarm-'));
  const stack = `bench-${order}`;
  const network = `${stack}-net`;
  const edge = `${stack}-nginx`;
  const port = await freePort();
  const up = async (version: number): Promise<void> => {
    await writeFile(
      path.join(dir, 'stack.yml'),
      stringify({
        version: '3.8',
        services: {
          web: {
            image: 'wharf-test/app:1',
            environment: { APP_BODY: `web v${version}`, APP_STOP_DELAY: stopDelay },
            networks: ['net'],
            deploy: {
              replicas,
              endpoint_mode: 'dnsrr',
              // Swarm's own default is stop-first; the other mode changes only this.
              update_config: { order },
            },
          },
        },
        networks: { net: { external: true, name: network } },
      }),
    );
    await docker(
      'stack',
      'deploy',
      '--resolve-image',
      'never',
      '--detach=false',
      '--compose-file',
      path.join(dir, 'stack.yml'),
      stack,
    );
  };
  try {
    await writeFile(path.join(dir, 'nginx.conf'), nginxConf);
    await docker('network', 'create', '--driver', 'overlay', '--attachable', network);
    await up(0);
    await docker(
      'run',
      '-d',
      '--name',
      edge,
      '--network',
      network,
      '-p',
      `127.0.0.1:${port}:8000`,
      '-v',
      `${dir}/nginx.conf:/etc/nginx/nginx.conf:ro`,
      'wharf-test/nginx:1',
      'nginx',
      '-g',
      'daemon off;',
    );
    await pause(2000);
    return await measure(mode, port, 'plain.test', up);
  } finally {
    await docker('rm', '-f', edge).catch(() => undefined);
    await docker('stack', 'rm', stack).catch(() => undefined);
    await pause(5000);
    await docker('network', 'rm', network).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
}

/** wharf's `runtime: swarm`: the same app, through wharf's edge, deployed by a commit each. */
async function wharfSwarm(): Promise<Result> {
  const env = 'bench-swarm';
  const repo = await TestRepo.create('bench-repo-');
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-wharf-'));
  const port = await freePort();
  const manifest = (version: number) =>
    stringify({
      apiVersion: 'wharf/v1',
      kind: 'Environment',
      name: env,
      topology: 'minimal',
      host: 'bench.test',
      runtime: 'swarm',
      tls: { mode: 'none' },
      deploy: { healthTimeout: '60s', verify: '2s' },
      services: {
        web: {
          image: 'wharf-test/app:1',
          port: 8080,
          route: '/',
          replicas,
          health: {
            command: ['wget', '-q', '-O', '/dev/null', 'http://127.0.0.1:8080/healthz'],
            interval: '1s',
            timeout: '2s',
            retries: 2,
          },
          env: { APP_BODY: `web v${version}`, APP_STOP_DELAY: stopDelay },
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
  const wired = wire(await loadConfig(await writeBenchConfig(dir, repo.dir, port)));
  const deploy = async (version: number): Promise<void> => {
    if (version > 0) await repo.commit(`v${version}`, { 'env.yaml': manifest(version) });
    const outcome = await deployEnvironment(wired.deps, { environment: env, trigger: 'bench' });
    if (outcome.result !== 'success')
      throw new Error(`deploy ${version} ${outcome.result}: ${outcome.reason ?? ''}`);
  };
  try {
    await deploy(0);
    return await measure('wharf runtime: swarm', port, 'bench.test', deploy);
  } finally {
    await removeEdge('wharf-test-bench-edge');
    for (const stack of [`wharf-${env}-blue`, `wharf-${env}-infra`])
      await docker('stack', 'rm', stack).catch(() => undefined);
    await pause(5000);
    await docker('network', 'rm', `wharf-${env}`).catch(() => undefined);
    await wired.close();
    await repo.remove();
    await rm(dir, { recursive: true, force: true });
  }
}

const ownSwarm = (await docker('info', '--format', '{{.Swarm.LocalNodeState}}')) !== 'active';
if (ownSwarm) await docker('swarm', 'init', '--advertise-addr', '127.0.0.1');
let results: Result[];
try {
  results = [
    await plainStack('plain docker stack deploy (Swarm default: stop-first)', 'stop-first'),
    await plainStack('docker stack deploy, start-first alone', 'start-first'),
    await wharfSwarm(),
  ];
} finally {
  if (ownSwarm) await docker('swarm', 'leave', '--force');
}
const { stdout: cpu } = await exec('sh', [
  '-c',
  "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2; nproc",
]);
console.log(
  `\nSwarm benchmark, ${new Date().toISOString().slice(0, 16)}Z, ${cpu.trim().replace('\n', ', ')} cores, one-node swarm, ${replicas} replicas, ${deploys} deploys each, ${concurrency} concurrent clients (new connection per request), 127.0.0.1\n`,
);
console.log(
  '| mode | deploys | requests in deploy windows | failed | p50 ms | p99 ms | mean deploy s | deploy start → new version live s | req/s |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of results)
  console.log(
    `| ${r.mode} | ${r.deploys} | ${r.requests} | ${r.failed} | ${r.p50} | ${r.p99} | ${r.meanDeploySeconds} | ${(r.live ?? Number.NaN).toFixed(2)} | ${r.requestsPerSecond} |`,
  );
process.exit(0);
