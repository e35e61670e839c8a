import { ForeignInstallationError, WharfError } from '../../src/core/errors.js';
import type { LiveContainer } from '../../src/core/live.js';
import { labels } from '../../src/core/render/names.js';
import type { ContainerEngine } from '../../src/ports/container-engine.js';
import type { FakeContainer, FakeDockerHost } from './fake-docker-host.js';
import { atOnce } from './at-once.js';

/** The Docker Engine calls over a fake Docker host, read back from labels as the adapter does. */
export function fakeContainerEngine(
  host: FakeDockerHost,
  options: { readonly installation: string },
): ContainerEngine {
  function live(c: FakeContainer): LiveContainer {
    const l = c.labels;
    const role = l[labels.role];
    const colour = l[labels.colour];
    return {
      id: c.id,
      name: c.name,
      project: l['com.docker.compose.project'] ?? '',
      composeService: l['com.docker.compose.service'] ?? '',
      service: l[labels.service] ?? l['com.docker.compose.service'] ?? '',
      environment: l[labels.environment] ?? '',
      role: role === 'stateless' || role === 'edge' ? role : 'stateful',
      ...(colour === 'blue' || colour === 'green' ? { colour } : {}),
      revision: l[labels.revision] ?? '',
      configHash: l[labels.configHash] ?? '',
      state: c.state,
      health: host.health(c),
      startedAt: c.startedAt,
      image: c.image,
    };
  }

  function labelled(label: string, value: string) {
    return (l: Readonly<Record<string, string>>): boolean =>
      l[labels.managed] === 'true' && l[label] === value;
  }

  function listContainers(environment: string): LiveContainer[] {
    const mine = [...host.containers.values()].filter((c) =>
      labelled(labels.environment, environment)(c.labels),
    );
    const foreign = mine.filter((c) => {
      const owner = c.labels[labels.installation];
      return owner !== undefined && owner !== options.installation;
    });
    const first = foreign[0];
    if (first)
      throw new ForeignInstallationError({
        what: `environment ${environment}`,
        containers: foreign.map((c) => c.name).sort(),
        owner: first.labels[labels.installation] ?? '',
        installation: options.installation,
      });
    return mine.map(live).sort((a, b) => a.name.localeCompare(b.name));
  }

  return {
    ping: () => Promise.resolve(true),
    listContainers: (environment) => atOnce(() => listContainers(environment)),
    listContainersByEnvironment: (environments) =>
      atOnce(() => new Map(environments.map((env) => [env, listContainers(env)]))),
    containerLabels: (name) =>
      atOnce(() => {
        return host.find(name)?.labels ?? null;
      }),
    ensureNetwork: (name, networkLabels) =>
      atOnce(() => {
        if (host.networks.has(name)) return false;
        host.createNetwork(name, networkLabels);
        return true;
      }),
    ensureConnected: (network, container, aliases = []) =>
      atOnce(() => {
        if (!host.networks.has(network))
          throw new WharfError('network-missing', `network ${network} does not exist`, {
            retryable: true,
          });
        const found = host.find(container);
        if (!found)
          throw new WharfError(
            'docker-failed',
            `docker inspect failed: no such object: ${container}`,
          );
        if (found.networks.has(network)) return false;
        found.networks.set(network, [...aliases]);
        host.changes.push(`network connect ${network} ${found.name}`);
        return true;
      }),
    containerState: (name) =>
      atOnce(() => {
        return host.find(name)?.state ?? null;
      }),
    removeContainers: (ids) =>
      atOnce(() => {
        for (const id of ids) {
          const found = host.find(id);
          if (found) host.remove(found);
        }
      }),
    removeVolume: (name) =>
      atOnce(() => {
        const inUse = [...host.containers.values()].some((c) => c.volumes.includes(name));
        if (!host.volumes.has(name) || inUse)
          throw new WharfError('docker-failed', `docker volume rm ${name} failed`);
        host.volumes.delete(name);
        host.changes.push(`volume rm ${name}`);
      }),
    listVolumes: (environment) =>
      atOnce(() => {
        return [...host.volumes]
          .filter(([, l]) => labelled(labels.environment, environment)(l))
          .map(([name]) => name)
          .sort();
      }),
    removeNetwork: (name) =>
      atOnce(() => {
        if (!host.networks.has(name)) return false;
        for (const c of host.containers.values()) c.networks.delete(name);
        host.networks.delete(name);
        host.changes.push(`network rm ${name}`);
        return true;
      }),
    volumeExists: (name) =>
      atOnce(() => {
        return host.volumes.has(name);
      }),
    logTail: (container, lines) =>
      atOnce(() => {
        const found = host.find(container);
        return found ? host.logs(found).slice(-lines).join('\n') : '';
      }),
    checkHealth: (container) =>
      atOnce(() => {
        const found = host.find(container);
        if (!found || found.healthcheck === 'none') return 'none';
        return found.state === 'running' && host.checkPasses(found) ? 'passed' : 'failed';
      }),
  };
}
