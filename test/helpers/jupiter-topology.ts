import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { docker } from './docker-cli.js';
import { edgeHttps, type HttpsAnswer } from './edge-https.js';
import { runGit } from './git-repo.js';
import { preparePebble, type Pebble } from './pebble.js';
import { createTestHost, testImages, type TestHost } from './wharf-host.js';

/**
 * The example environments of this repository as a test deploys them: the public images they
 * name replaced by the local ones (no registry here), ACME pointed at pebble on 127.0.0.1.
 */
export const jupiterImages: Record<string, string> = {
  ...testImages,
  'ghcr.io/jupiter/web:1.8.0': 'wharf-test/web-3000:1',
  'ghcr.io/jupiter/api:2.3.1': 'wharf-test/jupiter-app:1',
  'quay.io/prometheuscommunity/postgres-exporter:v0.15.0': 'wharf-test/postgres-exporter:1',
  'nginx/nginx-prometheus-exporter:1.3.0': 'wharf-test/nginx-exporter:1',
  // Grafana cannot be built from Debian packages: a web server stands in for it, so the route
  // and the mounts are real while its provisioning is checked as files.
  'grafana/grafana:11.2.0': 'wharf-test/grafana-stand-in:1',
};

export interface JupiterSite {
  readonly repoDir: string;
  readonly host: TestHost;
  readonly pebble: Pebble;
  /** HTTPS through the edge for `hostName`; the certificate is read, not trusted. */
  get(hostName: string, urlPath: string, method?: string, body?: string): Promise<HttpsAnswer>;
  close(): Promise<void>;
}

/** Images the examples need on top of test/images: small variations of the test app. */
function buildVariants(): void {
  for (const [tag, env] of [
    ['wharf-test/web-3000:1', 'APP_PORT=3000 APP_BODY="jupiter web"'],
    [
      'wharf-test/grafana-stand-in:1',
      'APP_PORT=3000 APP_BODY="grafana stand-in" APP_PATHS=/grafana',
    ],
  ] as const)
    execFileSync('docker', ['build', '-q', '-t', tag, '-'], {
      input: `FROM wharf-test/app:1\nENV ${env}\n`,
    });
}

/**
 * A git repository with a copy of environments/ (changed by `edit` before the commit, for what
 * a test must point elsewhere), a wharf host for `environments` and a running pebble.
 */
export async function startJupiterSite(
  environments: readonly string[],
  options: {
    readonly edit?: (repoDir: string) => Promise<void>;
    readonly config?: Record<string, unknown>;
    readonly secrets: Readonly<Record<string, Readonly<Record<string, string>>>>;
  },
): Promise<JupiterSite> {
  buildVariants();
  const pebble = await preparePebble();
  const repoDir = await mkdtemp(path.join(tmpdir(), 'wharf-topology-'));
  await cp('environments', repoDir, { recursive: true });
  await options.edit?.(repoDir);
  await runGit(repoDir, 'init', '-q', '-b', 'main');
  await runGit(repoDir, 'add', '.');
  await runGit(
    repoDir,
    '-c',
    'user.name=t',
    '-c',
    'user.email=t@t',
    'commit',
    '-q',
    '-m',
    'jupiter',
  );
  const host = await createTestHost(repoDir, environments, {
    edge: { acmeCaFile: pebble.caFile, acmeDirectory: pebble.directoryUrl },
    images: jupiterImages,
    ...options.config,
  });
  await pebble.start(host.edgePort);
  for (const [env, values] of Object.entries(options.secrets))
    for (const [name, value] of Object.entries(values)) await host.secret(env, name, value);
  return {
    repoDir,
    host,
    pebble,
    get: (hostName, urlPath, method = 'GET', body) =>
      edgeHttps(host.httpsPort, hostName, urlPath, { method, ...(body ? { body } : {}) }),
    async close() {
      await host.close();
      await pebble.close();
      await rm(repoDir, { recursive: true, force: true });
    },
  };
}

/** TCP ports listening on the host (`ss`), as `address:port`. */
export function listeningPorts(): Set<string> {
  const out = execFileSync('ss', ['-ltnH'], { encoding: 'utf8' });
  return new Set(
    out
      .split('\n')
      .filter(Boolean)
      .map((l) => l.trim().split(/\s+/)[3] ?? ''),
  );
}

/** POSTs an item to the api and waits until the worker marks it processed. */
export async function itemProcessed(site: JupiterSite, hostName: string): Promise<boolean> {
  const created = JSON.parse(
    (await site.get(hostName, '/api/items', 'POST', '{"name":"tea"}')).body,
  ) as { id: number };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const items = JSON.parse((await site.get(hostName, '/api/items')).body) as {
      id: number;
      processed: boolean;
    }[];
    if (items.find((i) => i.id === created.id)?.processed) return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

/** A running container of an environment's service. */
export async function serviceContainer(environment: string, service: string): Promise<string> {
  const ids = await docker([
    'ps',
    '-q',
    '--filter',
    `label=wharf.environment=${environment}`,
    '--filter',
    `label=wharf.service=${service}`,
  ]);
  const id = ids.split('\n').find(Boolean);
  if (!id) throw new Error(`no running ${service} container in ${environment}`);
  return id;
}

/** GET from inside an environment's network (its api container has Python), as JSON. */
export async function fromInside<T>(environment: string, url: string): Promise<T> {
  const script = `import sys, urllib.request; sys.stdout.write(urllib.request.urlopen(sys.argv[1], timeout=10).read().decode())`;
  const api = await serviceContainer(environment, 'api');
  return JSON.parse(await docker(['exec', api, 'python3', '-c', script, url])) as T;
}

/** An instant query to the environment's Prometheus. */
export async function promQuery(
  environment: string,
  expr: string,
): Promise<{ metric: Record<string, string>; value: [number, string] }[]> {
  const answer = await fromInside<{
    data: { result: { metric: Record<string, string>; value: [number, string] }[] };
  }>(environment, `http://prometheus:9090/api/v1/query?query=${encodeURIComponent(expr)}`);
  return answer.data.result;
}
