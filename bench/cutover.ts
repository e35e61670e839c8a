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
import { loadConfig } from '../src/adapters/config-file.js';
import { deployEnvironment } from '../src/deploy/deploy-environment.js';
import { wire } from '../src/main.js';
import { freePort, removeEdge, removeEnvironment } from '../test/helpers/docker-cli.js';
import { TestRepo } from '../test/helpers/git-repo.js';
import { percentile, startLoad, type Sample } from '../test/helpers/load.js';

const exec = promisify(execFile);
const { values } = parseArgs({
  options: {
    deploys: { type: 'string', default: '5' },
    concurrency: { type: 'string', default: '8' },
  },
});
const deploys = Number(values.deploys);
const concurrency = Number(values.concurrency);

interface Window {
  start: number;
  end: number;
}

interface Result {
  mode: string;
  deploys: number;
  requests: number;
  failed: number;
  p50: number;
  p99: number;
  meanDeploySeconds: number;
  requestsPerSecond: number;
}

function summarize(mode: string, samples: readonly Sample[], windows: readonly Window[]): Result {
  const inWindow = samples.filter((s) =>
    windows.some((w) => s.start >= w.start && s.start <= w.end),
  );
  const latencies = inWindow.filter((s) => s.status === 200).map((s) => s.end - s.start);
  const seconds = windows.reduce((sum, w) => sum + (w.end - w.start), 0) / 1000;
  return {
    mode,
    deploys: windows.length,
    requests: inWindow.length,
    failed: inWindow.filter((s) => s.status !== 200).length,
    p50: Number(percentile(latencies, 50).toFixed(1)),
    p99: Number(percentile(latencies, 99).toFixed(1)),
    meanDeploySeconds: Number((seconds / windows.length).toFixed(1)),
    requestsPerSecond: Math.round(inWindow.length / seconds),
  };
}

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
      windows.push({ start, end: performance.now() + 1000 });
      console.error(`plain compose: deploy ${i}/${deploys} done`);
    }
    await new Promise((r) => setTimeout(r, 1000));
    return summarize('plain docker compose up -d (recreate)', await load.stop(), windows);
  } finally {
    await exec('docker', ['compose', 'down', '--timeout', '1'], { cwd: dir }).catch(
      () => undefined,
    );
    await rm(dir, { recursive: true, force: true });
  }
}

/** wharf blue-green: the same app, through the edge, deployed by pushing a commit. */
async function wharfBlueGreen(): Promise<Result> {
  const env = 'bench-bg';
  const repo = await TestRepo.create('bench-repo-');
  const root = await mkdtemp(path.join(tmpdir(), 'bench-wharf-'));
  const port = await freePort();
  const manifest = (version: number) =>
    stringify({
      apiVersion: 'wharf/v1',
      kind: 'Environment',
      name: env,
      topology: 'minimal',
      host: 'bench.test',
      tls: { mode: 'none' },
      deploy: { strategy: 'blue-green', healthTimeout: '60s', verify: '2s', keepPrevious: '0s' },
      services: {
        web: {
          image: 'wharf-test/app:1',
          port: 8080,
          route: '/',
          health: { path: '/healthz' },
          env: { APP_BODY: `web v${version}` },
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
  await mkdir(root, { recursive: true });
  await writeFile(
    path.join(root, 'config.yaml'),
    stringify({
      repository: { url: repo.dir },
      stateDir: path.join(root, 'state'),
      redis: { prefix: `bench-${Date.now()}` },
      // Its own installation and edge: a wharf serving on this host is left alone.
      installationId: 'wharf-test-bench',
      edge: {
        project: 'wharf-test-bench-edge',
        image: 'wharf-test/nginx:1',
        bind: '127.0.0.1',
        httpPort: port,
        httpsPort: await freePort(),
        previewPort: await freePort(),
      },
    }),
  );
  const wired = wire(await loadConfig(path.join(root, 'config.yaml')));
  try {
    await removeEdge('wharf-test-bench-edge');
    await removeEnvironment(env);
    await deployEnvironment(wired.deps, { environment: env, trigger: 'bench' });
    const load = startLoad({
      port,
      host: 'bench.test',
      path: '/',
      concurrency,
      maxRequests: 2_000_000,
      maxMs: 600_000,
    });
    const windows: Window[] = [];
    for (let i = 1; i <= deploys; i++) {
      await new Promise((r) => setTimeout(r, 2000));
      await repo.commit(`v${i}`, { 'env.yaml': manifest(i) });
      const start = performance.now();
      const outcome = await deployEnvironment(wired.deps, { environment: env, trigger: 'bench' });
      if (outcome.result !== 'success')
        throw new Error(`deploy ${i} ${outcome.result}: ${outcome.reason ?? ''}`);
      windows.push({ start, end: performance.now() + 1000 });
      console.error(`wharf blue-green: deploy ${i}/${deploys} done`);
    }
    await new Promise((r) => setTimeout(r, 1000));
    return summarize('wharf blue-green', await load.stop(), windows);
  } finally {
    await removeEdge('wharf-test-bench-edge');
    await removeEnvironment(env);
    await wired.close();
    await repo.remove();
    await rm(root, { recursive: true, force: true });
  }
}

const results = [await plainCompose(), await wharfBlueGreen()];
const { stdout: cpu } = await exec('sh', [
  '-c',
  "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2; nproc",
]);
console.log(
  `\nCutover benchmark, ${new Date().toISOString().slice(0, 10)}, ${cpu.trim().replace('\n', ', ')} cores, ${deploys} deploys each, ${concurrency} concurrent clients (new connection per request), 127.0.0.1\n`,
);
console.log(
  '| mode | deploys | requests in deploy windows | failed | p50 ms | p99 ms | mean deploy s | req/s |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of results) {
  console.log(
    `| ${r.mode} | ${r.deploys} | ${r.requests} | ${r.failed} | ${r.p50} | ${r.p99} | ${r.meanDeploySeconds} | ${r.requestsPerSecond} |`,
  );
}
process.exit(0);
