import { ForeignInstallationError, WharfError } from '../core/errors.js';
import type { ContainerHealth, ContainerState, LiveContainer } from '../core/live.js';
import { labels } from '../core/render/names.js';
import type { ContainerEngine } from '../ports/container-engine.js';
import { dockerApi, type DockerApi } from './docker-api.js';
import { tail } from './run-command.js';

interface Inspected {
  Id: string;
  Name: string;
  Config: {
    Image: string;
    Labels: Record<string, string> | null;
    /** Durations in nanoseconds; the image's HEALTHCHECK unless the container sets its own. */
    Healthcheck?: { Test?: string[] | null; Timeout?: number };
  };
  State: { Status: ContainerState; StartedAt: string; Health?: { Status: ContainerHealth } };
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

/** Inspects containers; one removed since it was listed is left out, as a new listing would. */
async function inspect(api: DockerApi, ids: readonly string[]): Promise<Inspected[]> {
  const found = await Promise.all(
    ids.map((id) => api.call<Inspected>('GET', `/containers/${encodeURIComponent(id)}/json`)),
  );
  return found.filter((c): c is Inspected => c !== null);
}

/** A `filters` query parameter of the Docker API: labels as `key=value`. */
function labelFilter(...pairs: readonly string[]): string {
  return encodeURIComponent(JSON.stringify({ label: pairs }));
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
  /** The engine's API (default: DOCKER_HOST, or the local socket). */
  readonly api?: DockerApi;
}

/** How long a container's removal may take, the engine's own included. */
const removalWaitMs = 120_000;

interface Listed {
  readonly Id: string;
  readonly Labels: Record<string, string> | null;
}

/** The Docker Engine through its API (the socket Compose and the docker CLI use too). */
export function dockerEngine(options: DockerEngineOptions): ContainerEngine {
  const api = options.api ?? dockerApi();
  const container = (name: string): string => `/containers/${encodeURIComponent(name)}`;
  const network = (name: string): string => `/networks/${encodeURIComponent(name)}`;

  /** Containers that serve: a job's run is a one-shot container, no part of the live state. */
  async function listed(filter: string): Promise<Listed[]> {
    const rows =
      (await api.call<Listed[]>('GET', `/containers/json?all=1&filters=${filter}`)) ?? [];
    return rows.filter((c) => c.Labels?.[labels.role] !== 'job');
  }

  /**
   * Removes one container; one already gone counts as removed. A removal the engine is still
   * doing (started by a wharf killed half-way, or by Compose) answers 409: wait for it to end.
   */
  async function removeContainer(id: string): Promise<void> {
    const deadline = Date.now() + removalWaitMs;
    try {
      await api.call('DELETE', `${container(id)}?force=1`, undefined, removalWaitMs);
      return;
    } catch (error) {
      if (!(error instanceof WharfError) || !/already in progress/.test(error.message)) throw error;
    }
    while ((await api.call('GET', `${container(id)}/json`)) !== null) {
      if (Date.now() > deadline)
        throw new WharfError('docker-failed', `container ${id} is still being removed`, {
          retryable: true,
        });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  return {
    async ping() {
      return api.call('GET', '/version', undefined, 5000).then(
        (version) => version !== null,
        () => false,
      );
    },
    async listContainers(environment) {
      const found = await listed(
        labelFilter(`${labels.managed}=true`, `${labels.environment}=${environment}`),
      );
      return owned(
        environment,
        await inspect(
          api,
          found.map((c) => c.Id),
        ),
        options.installation,
      );
    },
    async listContainersByEnvironment(environments) {
      const wanted = new Set(environments);
      // One listing of every managed container with its labels, then an inspect of those in
      // the environments asked for.
      const rows = await listed(labelFilter(`${labels.managed}=true`));
      const ids = rows.flatMap((c) =>
        wanted.has(c.Labels?.[labels.environment] ?? '') ? [c.Id] : [],
      );
      const byEnvironment = new Map<string, Inspected[]>(environments.map((env) => [env, []]));
      for (const c of await inspect(api, ids))
        byEnvironment.get(c.Config.Labels?.[labels.environment] ?? '')?.push(c);
      return new Map(
        [...byEnvironment].map(([env, found]) => [env, owned(env, found, options.installation)]),
      );
    },
    async containerLabels(name) {
      const found = await api.call<Inspected>('GET', `${container(name)}/json`);
      return found === null ? null : (found.Config.Labels ?? {});
    },
    async ensureNetwork(name, networkLabels, networkOptions = {}) {
      const found = await api.call<{ Driver: string }>('GET', network(name));
      if (found !== null) {
        if (networkOptions.overlay && found.Driver !== 'overlay')
          throw new WharfError(
            'docker-failed',
            `network ${name} exists with driver ${found.Driver}, and a Swarm stack needs an overlay network: remove the environment's Compose containers and the network (docker network rm ${name}) first (docs/scaling.md)`,
          );
        return false;
      }
      await api.call('POST', '/networks/create', {
        Name: name,
        Labels: networkLabels,
        CheckDuplicate: true,
        ...(networkOptions.overlay ? { Driver: 'overlay', Attachable: true } : {}),
      });
      return true;
    },
    async ensureConnected(name, containerName, aliases = []) {
      // Docker records a connection to a missing network on a container that is not running,
      // and then refuses to start it: check first.
      if ((await api.call('GET', network(name))) === null)
        throw new WharfError('network-missing', `network ${name} does not exist`, {
          retryable: true,
        });
      const found = await api.call<{ NetworkSettings: { Networks: Record<string, unknown> } }>(
        'GET',
        `${container(containerName)}/json`,
      );
      if (found === null)
        throw new WharfError('docker-failed', `no container ${containerName} to connect`, {
          retryable: true,
        });
      if (name in (found.NetworkSettings.Networks ?? {})) return false;
      await api.call('POST', `${network(name)}/connect`, {
        Container: containerName,
        EndpointConfig: { Aliases: aliases },
      });
      return true;
    },
    async containerState(name) {
      const found = await api.call<Inspected>('GET', `${container(name)}/json`, undefined, 30_000);
      return found?.State.Status ?? null;
    },
    async removeContainers(ids) {
      await Promise.all(ids.map((id) => removeContainer(id)));
    },
    async removeVolume(name) {
      await api.call('DELETE', `/volumes/${encodeURIComponent(name)}`);
    },
    async listVolumes(environment) {
      const found = await api.call<{ Volumes: { Name: string }[] | null }>(
        'GET',
        `/volumes?filters=${labelFilter(`${labels.managed}=true`, `${labels.environment}=${environment}`)}`,
      );
      return (found?.Volumes ?? []).map((v) => v.Name).sort();
    },
    async removeNetwork(name) {
      const found = await api.call<{ Containers: Record<string, { Name: string }> | null }>(
        'GET',
        network(name),
      );
      if (found === null) return false;
      // The edge stays up for every other environment; it only leaves this network.
      for (const attached of Object.values(found.Containers ?? {}))
        await api.call('POST', `${network(name)}/disconnect`, {
          Container: attached.Name,
          Force: true,
        });
      await api.call('DELETE', network(name));
      return true;
    },
    async volumeExists(name) {
      return (await api.call('GET', `/volumes/${encodeURIComponent(name)}`)) !== null;
    },
    async logTail(name, lines) {
      const found = await api.output(`${container(name)}/logs?stdout=1&stderr=1&tail=${lines}`);
      return tail(`${found.stdout}${found.stderr}`, lines);
    },
    async checkHealth(name) {
      const found = await api.call<Inspected>('GET', `${container(name)}/json`);
      const [kind, ...rest] = found?.Config.Healthcheck?.Test ?? [];
      if (found === null || kind === undefined || kind === 'NONE') return 'none';
      if (found.State.Status !== 'running') return 'failed';
      const command = kind === 'CMD-SHELL' ? ['/bin/sh', '-c', rest.join(' ')] : rest;
      // Docker's default timeout is 30 s.
      const timeoutMs = Math.round((found.Config.Healthcheck?.Timeout || 30e9) / 1e6);
      const result = await api.exec(name, command, timeoutMs).catch(() => null);
      return result?.exitCode === 0 ? 'passed' : 'failed';
    },
  };
}
