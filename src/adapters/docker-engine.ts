import { ForeignInstallationError, WharfError } from '../core/errors.js';
import type { ContainerHealth, ContainerState, LiveContainer } from '../core/live.js';
import { labels } from '../core/render/names.js';
import type { ContainerEngine } from '../ports/container-engine.js';
import { runCommand, tail, type CommandResult } from './run-command.js';

interface Inspected {
  Id: string;
  Name: string;
  Config: { Image: string; Labels: Record<string, string> | null };
  State: { Status: ContainerState; StartedAt: string; Health?: { Status: ContainerHealth } };
}

function failure(args: readonly string[], result: CommandResult): WharfError {
  const busy = result.timedOut || /daemon|connection refused/i.test(result.stderr);
  return new WharfError(
    'docker-failed',
    `docker ${args.slice(0, 3).join(' ')} ${result.timedOut ? 'timed out' : 'failed'}: ${tail(result.stderr, 5)}`,
    {
      retryable: busy,
    },
  );
}

async function docker(args: readonly string[], timeoutMs = 60_000): Promise<string> {
  const result = await runCommand('docker', args, { timeoutMs });
  if (result.code !== 0) throw failure(args, result);
  return result.stdout;
}

function toLive(c: Inspected): LiveContainer {
  const l = c.Config.Labels ?? {};
  const role = l[labels.role];
  const colour = l[labels.colour];
  return {
    id: c.Id,
    name: c.Name.replace(/^\//, ''),
    project: l['com.docker.compose.project'] ?? '',
    composeService: l['com.docker.compose.service'] ?? '',
    service: l[labels.service] ?? l['com.docker.compose.service'] ?? '',
    environment: l[labels.environment] ?? '',
    role: role === 'stateless' || role === 'edge' ? role : 'stateful',
    ...(colour === 'blue' || colour === 'green' ? { colour } : {}),
    revision: l[labels.revision] ?? '',
    configHash: l[labels.configHash] ?? '',
    state: c.State.Status,
    health: c.State.Health?.Status ?? 'none',
    startedAt: c.State.StartedAt,
    image: c.Config.Image,
  };
}

// Container ids per `docker inspect`, well inside the kernel's limit on arguments.
const inspectBatch = 500;

/** Inspects containers; one removed since it was listed is left out, as a new listing would. */
async function inspect(ids: readonly string[]): Promise<Inspected[]> {
  const batches: string[][] = [];
  for (let i = 0; i < ids.length; i += inspectBatch) batches.push(ids.slice(i, i + inspectBatch));
  const found = await Promise.all(
    batches.map(async (batch) => {
      const args = ['inspect', ...batch];
      const result = await runCommand('docker', args, { timeoutMs: 60_000 });
      // Docker prints the containers it found and names each missing one on stderr.
      const onlyGone =
        result.code !== 0 &&
        !result.timedOut &&
        result.stderr
          .trim()
          .split('\n')
          .every((line) => /^Error: No such object: /.test(line));
      if (result.code !== 0 && !onlyGone) throw failure(args, result);
      return JSON.parse(result.stdout || '[]') as Inspected[];
    }),
  );
  return found.flat();
}

/**
 * An environment's containers, sorted by name; refused when another installation's label is
 * on any. Unlabelled containers come from a wharf before installation labels: adopted, and
 * labelled when Compose next recreates them.
 */
function owned(
  environment: string,
  inspected: readonly Inspected[],
  installation: string,
): LiveContainer[] {
  const foreign = inspected.filter((c) => {
    const owner = c.Config.Labels?.[labels.installation];
    return owner !== undefined && owner !== installation;
  });
  const first = foreign[0];
  if (first)
    throw new ForeignInstallationError({
      what: `environment ${environment}`,
      containers: foreign.map((c) => c.Name.replace(/^\//, '')).sort(),
      owner: first.Config.Labels?.[labels.installation] ?? '',
      installation,
    });
  return inspected.map(toLive).sort((a, b) => a.name.localeCompare(b.name));
}

export interface DockerEngineOptions {
  /** This wharf installation's id: containers labelled with another are refused. */
  readonly installation: string;
}

/** The Docker Engine through the docker CLI (the same client and socket Compose uses). */
export function dockerEngine(options: DockerEngineOptions): ContainerEngine {
  return {
    async ping() {
      return (
        (
          await runCommand('docker', ['version', '--format', '{{.Server.Version}}'], {
            timeoutMs: 5000,
          })
        ).code === 0
      );
    },
    async listContainers(environment) {
      const ids = (
        await docker([
          'ps',
          '-aq',
          '--no-trunc',
          '--filter',
          `label=${labels.managed}=true`,
          '--filter',
          `label=${labels.environment}=${environment}`,
        ])
      )
        .split('\n')
        .filter(Boolean);
      return owned(environment, await inspect(ids), options.installation);
    },
    async listContainersByEnvironment(environments) {
      const wanted = new Set(environments);
      // One listing of every managed container with its environment label, then one
      // inspect of those in the environments asked for.
      const rows = (
        await docker([
          'ps',
          '-a',
          '--no-trunc',
          '--filter',
          `label=${labels.managed}=true`,
          '--format',
          `{{.ID}}\t{{.Label "${labels.environment}"}}`,
        ])
      )
        .split('\n')
        .filter(Boolean)
        .map((row) => row.split('\t'));
      const ids = rows.flatMap(([id, env]) => (id && env && wanted.has(env) ? [id] : []));
      const byEnvironment = new Map<string, Inspected[]>(environments.map((env) => [env, []]));
      for (const c of await inspect(ids))
        byEnvironment.get(c.Config.Labels?.[labels.environment] ?? '')?.push(c);
      return new Map(
        [...byEnvironment].map(([env, found]) => [env, owned(env, found, options.installation)]),
      );
    },
    async containerLabels(name) {
      const result = await runCommand(
        'docker',
        ['inspect', '--format', '{{json .Config.Labels}}', name],
        { timeoutMs: 30_000 },
      );
      if (result.code !== 0) return null;
      return (JSON.parse(result.stdout || 'null') ?? {}) as Record<string, string>;
    },
    async ensureNetwork(name, networkLabels) {
      const exists = await runCommand('docker', ['network', 'inspect', name], {
        timeoutMs: 30_000,
      });
      if (exists.code === 0) return false;
      const labelArgs = Object.entries(networkLabels).flatMap(([k, v]) => ['--label', `${k}=${v}`]);
      await docker(['network', 'create', ...labelArgs, name]);
      return true;
    },
    async ensureConnected(network, container, aliases = []) {
      // Docker records a connection to a missing network on a container that is not running,
      // and then refuses to start it: check first.
      const exists = await runCommand('docker', ['network', 'inspect', network], {
        timeoutMs: 30_000,
      });
      if (exists.code !== 0)
        throw new WharfError('network-missing', `network ${network} does not exist`, {
          retryable: true,
        });
      const joined = await docker([
        'inspect',
        '--format',
        '{{json .NetworkSettings.Networks}}',
        container,
      ]);
      if (network in (JSON.parse(joined) as Record<string, unknown>)) return false;
      await docker([
        'network',
        'connect',
        ...aliases.flatMap((alias) => ['--alias', alias]),
        network,
        container,
      ]);
      return true;
    },
    async containerState(name) {
      const result = await runCommand(
        'docker',
        ['inspect', '--format', '{{.State.Status}}', name],
        { timeoutMs: 30_000 },
      );
      return result.code === 0 ? (result.stdout.trim() as ContainerState) : null;
    },
    async removeContainers(ids) {
      if (ids.length > 0) await docker(['rm', '--force', ...ids], 120_000);
    },
    async removeVolume(name) {
      await docker(['volume', 'rm', name]);
    },
    async listVolumes(environment) {
      return (
        await docker([
          'volume',
          'ls',
          '-q',
          '--filter',
          `label=${labels.managed}=true`,
          '--filter',
          `label=${labels.environment}=${environment}`,
        ])
      )
        .split('\n')
        .filter(Boolean)
        .sort();
    },
    async removeNetwork(name) {
      const inspected = await runCommand(
        'docker',
        ['network', 'inspect', '--format', '{{json .Containers}}', name],
        { timeoutMs: 30_000 },
      );
      if (inspected.code !== 0) return false;
      const attached = Object.values(
        (JSON.parse(inspected.stdout || '{}') ?? {}) as Record<string, { Name: string }>,
      );
      // The edge stays up for every other environment; it only leaves this network.
      for (const container of attached)
        await docker(['network', 'disconnect', '--force', name, container.Name]);
      await docker(['network', 'rm', name]);
      return true;
    },
    async volumeExists(name) {
      return (
        (await runCommand('docker', ['volume', 'inspect', name], { timeoutMs: 30_000 })).code === 0
      );
    },
    async logTail(container, lines) {
      const result = await runCommand('docker', ['logs', '--tail', String(lines), container], {
        timeoutMs: 30_000,
      });
      return tail(`${result.stdout}${result.stderr}`, lines);
    },
  };
}
