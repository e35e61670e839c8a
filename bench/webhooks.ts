// Benchmark: verified-webhook throughput and latency of `wharf serve` (its HTTP server and
// queue, deploy workers off) beside a minimal node:http server doing only the same HMAC
// check, in one run; then a burst of 100 pushes to one environment within 10 s with the full
// service: how many deploys ran, and which commit ended up live.
//
//   npx tsx bench/webhooks.ts [--requests 5000] [--concurrency 16] [--rounds 3] [--no-burst]
//     [--profile DIR] [--node-flags "…"] [--before DIR] [--variant "…" ...]
//
// --before DIR adds the `wharf serve` of another tree (a worktree of an earlier commit, built,
// with node_modules linked) to the same rounds, for a before-and-after in one run.
//
// Needs the host services and test images: scripts/install-host.sh, test/images/build.sh.
import { spawn } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { stringify } from 'yaml';
import { loadConfig } from '../src/adapters/config-file.js';
import { startService } from '../src/main.js';
import { freePort, removeEdge, removeEnvironment, waitFor } from '../test/helpers/docker-cli.js';
import { TestRepo } from '../test/helpers/git-repo.js';
import { percentile } from '../test/helpers/load.js';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '5000' },
    concurrency: { type: 'string', default: '16' },
    // --no-burst: the throughput part alone.
    burst: { type: 'boolean', default: true },
    // Rounds of each server, alternating; the median round of each is reported.
    rounds: { type: 'string', default: '3' },
    // --profile DIR: a V8 CPU profile of the `wharf serve` process, written to DIR when it stops.
    profile: { type: 'string' },
    // --node-flags "…": node flags for the `wharf serve` process (heap flags replace wharf's own).
    'node-flags': { type: 'string', default: '' },
    before: { type: 'string' },
    // --variant "…" (repeatable): another `wharf serve` of this tree with these node flags.
    variant: { type: 'string', multiple: true },
  },
  allowNegative: true,
});
const total = Number(values.requests);
const concurrency = Number(values.concurrency);
const rounds = Number(values.rounds);
const secret = 'bench-secret';
const benchPrefix = `bench-webhooks-${randomUUID().slice(0, 6)}`;
const wharfBin = fileURLToPath(new URL('../bin/wharf.js', import.meta.url));
// The node flags of the launcher's shebang, which a host's `wharf serve` runs with.
const launcherFlags = (readFileSync(wharfBin, 'utf8').split('\n')[0] ?? '')
  .replace(/^#!\S*env -S node/, '')
  .split(' ')
  .filter((flag) => flag.startsWith('--'));
const require = createRequire(import.meta.url);
const examples = JSON.parse(
  readFileSync(require.resolve('@octokit/webhooks-examples/api.github.com/index.json'), 'utf8'),
) as { name: string; examples: Record<string, unknown>[] }[];
const sample =
  examples
    .find((e) => e.name === 'push')
    ?.examples.find((p) => String(p['ref']).startsWith('refs/heads/')) ?? {};
const body = JSON.stringify({
  ...sample,
  repository: { ...(sample['repository'] as object), full_name: 'acme/environments' },
});
const signature = `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

function post(
  port: number,
  agent: Agent,
  payload = body,
  sig = signature,
): Promise<{ status: number; ms: number }> {
  const start = performance.now();
  return new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/webhooks/github',
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'x-github-event': 'push',
          'x-github-delivery': randomUUID(),
          'x-hub-signature-256': sig,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, ms: performance.now() - start }),
        );
      },
    );
    req.on('error', () => resolve({ status: 0, ms: performance.now() - start }));
    req.end(payload);
  });
}

type Measured = Awaited<ReturnType<typeof hammer>> & { cpu: number[] };

/** One round against a server, with the CPU seconds the given processes used in it. */
async function measured(port: number, pids: number[]): Promise<Measured> {
  const before = await Promise.all(pids.map(cpuSeconds));
  const result = await hammer(port);
  const after = await Promise.all(pids.map(cpuSeconds));
  return { ...result, cpu: after.map((t, i) => t - (before[i] ?? 0)) };
}

/** The round with the median throughput. */
function median(results: Measured[]): Measured {
  const sorted = [...results].sort((a, b) => a.rps - b.rps);
  const middle = sorted[Math.floor(sorted.length / 2)];
  if (!middle) throw new Error('no rounds measured');
  return middle;
}

async function hammer(
  port: number,
): Promise<{ rps: number; p50: number; p99: number; failed: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  let failed = 0;
  let sent = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (sent < total) {
        sent++;
        const r = await post(port, agent);
        if (r.status === 202 || r.status === 200) latencies.push(r.ms);
        else failed++;
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  agent.destroy();
  return {
    rps: Math.round(total / seconds),
    p50: Number(percentile(latencies, 50).toFixed(2)),
    p99: Number(percentile(latencies, 99).toFixed(2)),
    failed,
  };
}

// The baseline: node:http reading the body and checking the same HMAC, nothing else. Plain
// JavaScript, run by node in a process of its own, as `wharf serve` is.
const minimalServerSource = `
const { createHmac, timingSafeEqual } = require('node:crypto');
const { createServer } = require('node:http');
const [port, secret] = process.argv.slice(1);
createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const expected = Buffer.from('sha256=' + createHmac('sha256', secret).update(Buffer.concat(chunks)).digest('hex'));
    const given = Buffer.from(String(req.headers['x-hub-signature-256'] ?? ''));
    const ok = given.length === expected.length && timingSafeEqual(given, expected);
    res.writeHead(ok ? 202 : 401).end();
  });
}).listen(Number(port), '127.0.0.1', () => console.log('listening'));
`;

/** Starts a server process and resolves once it answers on `port`. */
async function serverProcess(
  args: string[],
  port: number,
  logFile: string,
): Promise<{ pid: number; stop: () => Promise<void> }> {
  const log = await open(logFile, 'w');
  const child = spawn(process.execPath, args, { stdio: ['ignore', log.fd, log.fd] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitFor(
    `a server on port ${port}`,
    () =>
      new Promise<boolean>((resolve) => {
        const req = request({ host: '127.0.0.1', port, path: '/healthz' }, (res) => {
          res.resume();
          resolve(true);
        });
        req.on('error', () => resolve(false));
        req.end();
      }),
    (up) => up,
    30_000,
  );
  return {
    pid: child.pid ?? 0,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      await log.close();
    },
  };
}

/** User plus system CPU seconds a process has used, from /proc. */
async function cpuSeconds(pid: number): Promise<number> {
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** The pid of the Redis server at `url` (on this machine), for its CPU time. */
async function redisProcess(url: string): Promise<number> {
  const redis = new Redis(url);
  const info = await redis.info('server');
  redis.disconnect();
  return Number(/process_id:(\d+)/.exec(info)?.[1]);
}

async function configFor(
  root: string,
  repoDir: string,
  port: number,
  workers: boolean,
  name = 'config',
): Promise<string> {
  await writeFile(path.join(root, 'secret'), secret);
  const file = path.join(root, `${name}.yaml`);
  await writeFile(
    file,
    stringify({
      repository: { url: repoDir },
      stateDir: path.join(root, 'state'),
      // One prefix for every server of a run (a before and an after): one cleanup removes all.
      redis: { prefix: benchPrefix },
      // Its own installation and edge: a wharf serving on this host is left alone.
      installationId: 'wharf-test-bench',
      edge: {
        project: 'wharf-test-bench-edge',
        image: 'wharf-test/nginx:1',
        bind: '127.0.0.1',
        httpPort: await freePort(),
        httpsPort: await freePort(),
        previewPort: await freePort(),
      },
      server: { bind: '127.0.0.1', port },
      webhook: { secretFile: path.join(root, 'secret'), repositories: ['acme/environments'] },
      queue: { resyncInterval: workers ? '1h' : '1h' },
    }),
  );
  return file;
}

async function throughput(): Promise<void> {
  const root = await mkdtemp(path.join(tmpdir(), 'bench-webhooks-'));
  const repo = await TestRepo.create('bench-repo-');
  await repo.commit('empty', {
    'wharf.yaml': 'apiVersion: wharf/v1\nkind: Repository\nenvironments: {}\n',
  });
  const port = await freePort();
  const configFile = await configFor(root, repo.dir, port, false);
  const config = await loadConfig(configFile);
  const minimalPort = await freePort();
  const minimal = await serverProcess(
    ['-e', minimalServerSource, String(minimalPort), secret],
    minimalPort,
    path.join(root, 'minimal.log'),
  );
  // `wharf serve` as it runs on a host: its own process through the launcher, its log written
  // to a file rather than read by this one. This tree's, then --before's, then --variant's.
  const wanted = [
    {
      name: 'wharf serve (verify, parse, route, queue in Redis)',
      bin: wharfBin,
      flags: values['node-flags'],
    },
    ...(values.before
      ? [
          {
            name: `wharf serve, before (${values.before})`,
            bin: path.resolve(values.before, 'bin/wharf.js'),
            flags: values['node-flags'],
          },
        ]
      : []),
    ...(values.variant ?? []).map((flags) => ({
      name: `wharf serve, node ${flags}`,
      bin: wharfBin,
      flags,
    })),
  ];
  const servers: { name: string; port: number; pid: number; stop: () => Promise<void> }[] = [];
  try {
    for (const [i, server] of wanted.entries()) {
      const servePort = i === 0 ? port : await freePort();
      const started = await serverProcess(
        [
          ...launcherFlags,
          ...(i === 0 && values.profile ? ['--cpu-prof', `--cpu-prof-dir=${values.profile}`] : []),
          ...server.flags.split(' ').filter(Boolean),
          server.bin,
          'serve',
          '--no-workers',
          '--config',
          i === 0 ? configFile : await configFor(root, repo.dir, servePort, false, `wharf-${i}`),
        ],
        servePort,
        path.join(root, `wharf-${i}.log`),
      );
      servers.push({ name: server.name, port: servePort, ...started });
    }
    // Warm each up, then measure each in turn, round after round, on the same machine in the
    // same run; the median round of each is reported.
    await hammer(minimalPort);
    for (const server of servers) await hammer(server.port);
    const redisPid = await redisProcess(config.redisUrl);
    const bases: Measured[] = [];
    const serveds: Measured[][] = servers.map(() => []);
    for (let round = 0; round < rounds; round++) {
      bases.push(await measured(minimalPort, [minimal.pid]));
      for (const [i, server] of servers.entries())
        serveds[i]?.push(await measured(server.port, [server.pid, redisPid]));
    }
    const base = median(bases);
    const perRequest = (seconds: number | undefined) => (((seconds ?? 0) * 1e6) / total).toFixed(0);
    console.log(
      `\nVerified webhooks, ${total} requests each (median of ${rounds} rounds), ${concurrency} concurrent keep-alive clients, ${Buffer.byteLength(body)}-byte push payload, 127.0.0.1, each server its own process\n`,
    );
    console.log(
      '| server | requests/s | p50 ms | p99 ms | failed | server CPU µs a request | Redis CPU µs a request | / node:http |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
    console.log(
      `| node:http, HMAC check only | ${base.rps} | ${base.p50} | ${base.p99} | ${base.failed} | ${perRequest(base.cpu[0])} | | |`,
    );
    for (const [i, server] of servers.entries()) {
      const m = median(serveds[i] ?? []);
      console.log(
        `| ${server.name} | ${m.rps} | ${m.p50} | ${m.p99} | ${m.failed} | ${perRequest(m.cpu[0])} | ${perRequest(m.cpu[1])} | ${(m.rps / base.rps).toFixed(2)} |`,
      );
    }
  } finally {
    await minimal.stop();
    for (const server of servers) await server.stop();
    const redis = new Redis(config.redisUrl);
    const keys = await redis.keys(`${config.redisPrefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
    await repo.remove();
    await rm(root, { recursive: true, force: true });
  }
}

async function burst(): Promise<void> {
  const env = 'bench-burst';
  const root = await mkdtemp(path.join(tmpdir(), 'bench-burst-'));
  const repo = await TestRepo.create('bench-repo-');
  const manifest = (i: number) =>
    stringify({
      apiVersion: 'wharf/v1',
      kind: 'Environment',
      name: env,
      topology: 'minimal',
      host: 'burst.test',
      tls: { mode: 'none' },
      deploy: { strategy: 'blue-green', healthTimeout: '60s', verify: '2s', keepPrevious: '0s' },
      services: {
        web: {
          image: 'wharf-test/app:1',
          port: 8080,
          route: '/',
          health: { path: '/healthz' },
          env: { APP_BODY: `push ${i}` },
        },
      },
    });
  await repo.commit('start', {
    'wharf.yaml': stringify({
      apiVersion: 'wharf/v1',
      kind: 'Repository',
      environments: { [env]: { manifest: 'env.yaml', branch: 'main' } },
    }),
    'env.yaml': manifest(0),
  });
  const port = await freePort();
  const config = await loadConfig(await configFor(root, repo.dir, port, true));
  await removeEnvironment(env);
  await removeEdge('wharf-test-bench-edge');
  const wharf = await startService(config, { http: true, workers: true });
  const agent = new Agent({ keepAlive: true });
  const get = () =>
    new Promise<string>((resolve) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: config.edge.httpPort,
          path: '/',
          headers: { Host: 'burst.test' },
        },
        (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => resolve(text));
        },
      );
      req.on('error', () => resolve(''));
      req.end();
    });
  try {
    await waitFor('the first deploy', get, (t) => t === 'push 0\n', 120_000);
    const redis = new Redis(config.redisUrl);
    const before = await redis.llen(`${config.redisPrefix}:history:${env}`);
    const start = performance.now();
    let last = '';
    for (let i = 1; i <= 100; i++) {
      last = await repo.commit(`push ${i}`, { 'env.yaml': manifest(i) });
      const payload = JSON.stringify({
        ref: 'refs/heads/main',
        after: last,
        repository: { full_name: 'acme/environments' },
      });
      await post(
        port,
        agent,
        payload,
        `sha256=${createHmac('sha256', secret).update(payload).digest('hex')}`,
      );
      const due = start + i * 95;
      if (performance.now() < due) await new Promise((r) => setTimeout(r, due - performance.now()));
    }
    const pushSeconds = ((performance.now() - start) / 1000).toFixed(1);
    await waitFor('the last push live', get, (t) => t === 'push 100\n', 300_000);
    await waitFor(
      'the queue to settle',
      () => wharf.counts(),
      (c) => c.waiting + c.active + c.delayed === 0,
      120_000,
    );
    const records = (await redis.lrange(`${config.redisPrefix}:history:${env}`, 0, -1))
      .slice(0, -before || undefined)
      .map((r) => JSON.parse(r) as { result: string; revision: string });
    const deploys = records.filter((r) => r.result === 'success');
    console.log(
      `\nBurst: 100 pushes to one environment in ${pushSeconds} s (a commit and a signed webhook each)\n`,
    );
    console.log(
      '| pushes | deploys run | reconciles with nothing to do | live at the end | last pushed commit |',
    );
    console.log('| --- | --- | --- | --- | --- |');
    console.log(
      `| 100 | ${deploys.length} | ${records.filter((r) => r.result === 'synced').length} | ${(deploys[0]?.revision ?? '').slice(0, 12)} (${(await get()).trim()}) | ${last.slice(0, 12)} |`,
    );
    redis.disconnect();
  } finally {
    agent.destroy();
    await wharf.stop();
    await removeEdge('wharf-test-bench-edge');
    await removeEnvironment(env);
    await repo.remove();
    await rm(root, { recursive: true, force: true });
  }
}

await throughput();
if (values.burst) await burst();
process.exit(0);
