// Benchmark: how the edge reaches its upstreams, side by side in one run, on the same Nginx.
//
//   per-request   `set $u name:port; proxy_pass http://$u;`: Docker's DNS asked per request,
//                 a new upstream connection per request (no pool)
//   one group     one `upstream` block (zone, `server name:port resolve`, keepalive) whose
//                 server line is rewritten on each switch
//   group/colour  what the edge renders: one `upstream` block per colour, each with a name
//                 that fixes its server line; a switch changes only which block proxy_pass names
//
// Each mode runs the same load (new client connection per request, as in bench/cutover.ts)
// while traffic is switched between two app containers every half second. Reported: failed
// requests, latency, throughput, and the upstream connections the apps accepted per 1,000
// requests (read from their stub_status counters).
//
//   npx tsx bench/edge-upstreams.ts [--seconds 10] [--concurrency 8] [--image wharf-test/nginx:1]
//
// Needs the host services and test images: scripts/install-host.sh, test/images/build.sh.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { freePort } from '../test/helpers/docker-cli.js';
import { percentile, startLoad } from '../test/helpers/load.js';

const exec = promisify(execFile);
const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '8' },
    image: { type: 'string', default: 'wharf-test/nginx:1' },
  },
});
const seconds = Number(values.seconds);
const concurrency = Number(values.concurrency);
const image = values.image ?? 'wharf-test/nginx:1';
const network = 'wharf-bench-upstreams';
const apps = ['bench-app-a', 'bench-app-b'] as const;
const edge = 'bench-edge';

type Mode = 'per-request' | 'one group' | 'group/colour';

const appConf = `events {}
http {
    access_log off;
    keepalive_requests 100000;
    server { listen 8080; location / { return 200 "ok\\n"; } }
    server { listen 8082; location / { stub_status; } }
}
`;

function site(mode: Mode, target: (typeof apps)[number]): string {
  const pass = (upstream: string): string =>
    `location / { proxy_pass http://${upstream}; proxy_http_version 1.1; proxy_set_header Connection ""; }`;
  const group = (name: string, app: string): string =>
    `upstream ${name} { zone ${name} 64k; server ${app}.${network}:8080 resolve; keepalive 16; }`;
  if (mode === 'per-request')
    return `server { listen 80; set $u ${target}.${network}:8080; ${pass('$u')} }\n`;
  if (mode === 'one group')
    return `${group('app', target)}\nserver { listen 80; ${pass('app')} }\n`;
  return `${apps.map((a) => group(a, a)).join('\n')}\nserver { listen 80; ${pass(target)} }\n`;
}

function edgeConf(): string {
  return `worker_processes 2;
pid /tmp/nginx.pid;
events { worker_connections 4096; }
http {
    access_log off;
    resolver 127.0.0.11 valid=2s ipv6=off;
    include /bench/site.conf;
}
`;
}

async function docker(args: string[]): Promise<string> {
  return (await exec('docker', args, { maxBuffer: 1 << 24 })).stdout.trim();
}

/** Connections the apps accepted so far, from their stub_status (published on loopback). */
async function accepted(statusPorts: readonly number[]): Promise<number> {
  let sum = 0;
  for (const statusPort of statusPorts) {
    const text = await (await fetch(`http://127.0.0.1:${statusPort}/`)).text();
    sum += Number(/\n\s*(\d+)\s+\d+\s+\d+/.exec(text)?.[1] ?? 0);
  }
  return sum;
}

async function cleanup(): Promise<void> {
  await exec('docker', ['rm', '-f', edge, ...apps]).catch(() => undefined);
  await exec('docker', ['network', 'rm', network]).catch(() => undefined);
}

async function main(): Promise<void> {
  await cleanup();
  const dir = await mkdtemp(path.join(tmpdir(), 'wharf-bench-upstreams-'));
  const port = await freePort();
  try {
    await writeFile(path.join(dir, 'app.conf'), appConf);
    await writeFile(path.join(dir, 'nginx.conf'), edgeConf());
    await writeFile(path.join(dir, 'site.conf'), site('per-request', 'bench-app-a'));
    await docker(['network', 'create', network]);
    const statusPorts: number[] = [];
    for (const app of apps) {
      const statusPort = await freePort();
      statusPorts.push(statusPort);
      await docker([
        'run',
        '-d',
        '--name',
        app,
        '--network',
        network,
        '-p',
        `127.0.0.1:${statusPort}:8082`,
        '-v',
        `${dir}/app.conf:/etc/nginx/nginx.conf:ro`,
        image,
        'nginx',
        '-g',
        'daemon off;',
      ]);
    }
    await docker([
      'run',
      '-d',
      '--name',
      edge,
      '--network',
      network,
      '-p',
      `127.0.0.1:${port}:80`,
      '-v',
      `${dir}/nginx.conf:/etc/nginx/nginx.conf:ro`,
      '-v',
      `${dir}:/bench:ro`,
      image,
      'nginx',
      '-g',
      'daemon off;',
    ]);
    const version = await docker(['exec', edge, 'sh', '-c', 'nginx -v 2>&1']);
    const rows: string[] = [];
    for (const mode of ['per-request', 'one group', 'group/colour'] as const) {
      await writeFile(path.join(dir, 'site.conf'), site(mode, 'bench-app-a'));
      await docker(['exec', edge, 'nginx', '-s', 'reload']);
      await new Promise((r) => setTimeout(r, 3000));
      const before = await accepted(statusPorts);
      const load = startLoad({
        port,
        host: 'bench',
        path: '/',
        concurrency,
        maxRequests: 10_000_000,
        maxMs: seconds * 1000,
      });
      const end = Date.now() + seconds * 1000;
      let switches = 0;
      while (Date.now() < end - 700) {
        await new Promise((r) => setTimeout(r, 500));
        await writeFile(
          path.join(dir, 'site.conf'),
          site(mode, apps[++switches % 2] ?? 'bench-app-a'),
        );
        await docker(['exec', edge, 'nginx', '-s', 'reload']);
      }
      const samples = await load.stop();
      const upstreamConnections = (await accepted(statusPorts)) - before;
      const ok = samples.filter((s) => s.status === 200);
      const latencies = ok.map((s) => s.end - s.start);
      rows.push(
        `| ${mode} | ${switches} | ${samples.length} | ${samples.length - ok.length} | ${percentile(latencies, 50).toFixed(1)} | ${percentile(latencies, 99).toFixed(1)} | ${Math.round(samples.length / seconds)} | ${Math.round((upstreamConnections / Math.max(1, samples.length)) * 1000)} |`,
      );
    }
    console.log(
      `${new Date().toISOString()} ${version.trim()}, ${concurrency} clients, ${seconds} s per mode`,
    );
    console.log(
      '| mode | switches | requests | failed | p50 ms | p99 ms | req/s | upstream connections per 1,000 requests |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const row of rows) console.log(row);
  } finally {
    await cleanup();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
