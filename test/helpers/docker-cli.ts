import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/** Runs the docker CLI and returns its trimmed standard output. Tests only. */
export async function docker(args: readonly string[], timeoutMs = 60_000): Promise<string> {
  const { stdout } = await exec('docker', [...args], {
    timeout: timeoutMs,
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout.trim();
}

/** The host port Docker chose for a container port published as 127.0.0.1::PORT. */
export async function publishedPort(container: string, port: number): Promise<number> {
  const mapping = await docker(['port', container, `${port}/tcp`]);
  const match = /127\.0\.0\.1:(\d+)/.exec(mapping);
  if (!match) throw new Error(`container ${container} publishes no port for ${port}: ${mapping}`);
  return Number(match[1]);
}

export async function healthStatus(container: string): Promise<string> {
  return docker([
    'inspect',
    '--format',
    '{{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}}',
    container,
  ]);
}

/** Polls until `check` returns a value that `done` accepts, or fails after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      last = await check();
      if (done(last)) return last;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `timed out waiting for ${what}; last value ${JSON.stringify(last)}${lastError ? `, last error ${lastError instanceof Error ? lastError.message : JSON.stringify(lastError)}` : ''}`,
  );
}

/** Installation ids of the test suite's wharf installations all start with this. */
export const testInstallationPrefix = 'wharf-test-';

/**
 * Removes everything wharf created for an environment: containers, networks, volumes. Only
 * containers of the test suite's installations (or unlabelled leftovers): a wharf serving on
 * the same host keeps its own.
 */
export async function removeEnvironment(environment: string): Promise<void> {
  const ids = await docker([
    'ps',
    '-a',
    '--filter',
    `label=wharf.environment=${environment}`,
    '--format',
    '{{.ID}} {{.Label "wharf.installation"}}',
  ]);
  const ours = ids
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(' '))
    .filter(([, owner]) => !owner || owner.startsWith(testInstallationPrefix))
    .map(([id]) => id ?? '');
  if (ours.length > 0) await docker(['rm', '-f', ...ours]);
  for (const network of [
    `wharf-${environment}`,
    `wharf-${environment}-blue`,
    `wharf-${environment}-green`,
  ]) {
    await docker(['network', 'rm', network]).catch(() => undefined);
  }
  const volumes = await docker([
    'volume',
    'ls',
    '-q',
    '--filter',
    `label=wharf.environment=${environment}`,
  ]);
  if (volumes) await docker(['volume', 'rm', '-f', ...volumes.split('\n')]);
}

/** Removes a test installation's edge (its Compose project's one container). */
export async function removeEdge(project: string): Promise<void> {
  if (!project.startsWith(testInstallationPrefix))
    throw new Error(`not removing the edge ${project}: tests only remove their own edges`);
  await docker(['rm', '-f', `${project}-nginx-1`]).catch(() => undefined);
  await docker(['network', 'rm', `${project}_default`]).catch(() => undefined);
}

export interface ContainerIdentity {
  name: string;
  id: string;
  startedAt: string;
}

/** Name, id and start time of an environment's containers: unchanged means not restarted. */
export async function containerIdentities(environment: string): Promise<ContainerIdentity[]> {
  const ids = await docker(['ps', '-aq', '--filter', `label=wharf.environment=${environment}`]);
  if (!ids) return [];
  const out = await docker([
    'inspect',
    '--format',
    '{{.Name}} {{.Id}} {{.State.StartedAt}}',
    ...ids.split('\n'),
  ]);
  return out
    .split('\n')
    .map((line) => {
      const [name = '', id = '', startedAt = ''] = line.split(' ');
      return { name: name.replace(/^\//, ''), id, startedAt };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Ports this process has handed out: a port is given to one user only. */
const handedOut = new Set<number>();

/**
 * The first port the kernel picks for outgoing connections and `listen(0)`. Ports below it are
 * never taken by chance between a test choosing one and Docker or a child binding it.
 */
function ephemeralStart(): number {
  try {
    const range = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8');
    const low = Number(range.trim().split(/\s+/)[0]);
    return Number.isInteger(low) && low > 12_000 ? low : 32_768;
  } catch {
    return 32_768;
  }
}

function bindable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/**
 * A free TCP port on 127.0.0.1 for another process (Docker, a child server) to bind later.
 * It is taken below the kernel's ephemeral range, so no outgoing connection can take it in the
 * meantime, and from a slice of its own for each Vitest worker, so test files running side by
 * side never get the same one.
 */
export async function freePort(): Promise<number> {
  const first = 10_000;
  const workers = 8;
  const slice = Math.floor((ephemeralStart() - first) / workers);
  const worker = (Number(process.env['VITEST_POOL_ID'] ?? 1) - 1) % workers;
  const base = first + worker * slice;
  const start = Math.floor(Math.random() * slice);
  for (let i = 0; i < slice; i++) {
    const port = base + ((start + i) % slice);
    if (handedOut.has(port)) continue;
    if (await bindable(port)) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error(`no free port between ${base} and ${base + slice - 1}`);
}

/** Names of the containers Docker started since `since` (epoch seconds), optionally of one environment. */
export async function containersStartedSince(since: number, environment?: string): Promise<string> {
  return docker([
    'events',
    '--since',
    since.toFixed(3),
    '--until',
    String(Math.ceil(Date.now() / 1000) + 1),
    '--filter',
    'type=container',
    '--filter',
    'event=start',
    ...(environment ? ['--filter', `label=wharf.environment=${environment}`] : []),
    '--format',
    '{{.Actor.Attributes.name}}',
  ]);
}

/**
 * A query in an environment's own PostgreSQL, as the role `shop` on database `shop`, with the
 * password the container holds in `/run/secrets/PG_PASSWORD`; prints rows as psql -tA does.
 */
export function psql(environment: string, query: string): Promise<string> {
  return docker([
    'exec',
    `wharf-${environment}-infra-postgres-1`,
    'sh',
    '-c',
    `PGPASSWORD=$(cat /run/secrets/PG_PASSWORD) psql -h 127.0.0.1 -U shop -d shop -tAc "${query}"`,
  ]);
}

/** An environment's containers as `docker ps -a` shows them: colour label, name and state. */
export async function colourContainers(
  environment: string,
): Promise<{ colour: string; name: string; state: string }[]> {
  const out = await docker([
    'ps',
    '-a',
    '--filter',
    `label=wharf.environment=${environment}`,
    '--format',
    '{{.Label "wharf.colour"}} {{.Names}} {{.State}}',
  ]);
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [colour = '', name = '', state = ''] = line.split(' ');
      return { colour, name, state };
    });
}
