import {
  composeLabels,
  type ProjectContainer,
  type ProjectMount,
} from '../core/adopt/project-container.js';
import { WharfError } from '../core/errors.js';
import type { ContainerHealth, ContainerState } from '../core/live.js';
import { labels } from '../core/render/names.js';
import type { ComposeProjects } from '../ports/compose-projects.js';
import { dockerApi, type DockerApi } from './docker-api.js';
import { tail } from './run-command.js';

interface Inspected {
  Id: string;
  Name: string;
  Config: { Image: string; Labels: Record<string, string> | null };
  State: { Status: ContainerState; Health?: { Status: ContainerHealth } };
  Mounts: { Type: string; Name?: string; Source: string; Destination: string }[] | null;
  NetworkSettings: {
    Networks: Record<string, unknown> | null;
    Ports: Record<string, { HostIp: string; HostPort: string }[] | null> | null;
  };
}

function mountOf(m: {
  Type: string;
  Name?: string;
  Source: string;
  Destination: string;
}): ProjectMount {
  const type = m.Type === 'volume' || m.Type === 'bind' ? m.Type : 'other';
  return {
    type,
    source: type === 'volume' ? (m.Name ?? m.Source) : m.Source,
    destination: m.Destination,
  };
}

function toContainer(c: Inspected): ProjectContainer {
  const l = c.Config.Labels ?? {};
  return {
    id: c.Id,
    name: c.Name.replace(/^\//, ''),
    service: l[composeLabels.service] ?? '',
    image: c.Config.Image,
    state: c.State.Status,
    health: c.State.Health?.Status ?? 'none',
    networks: Object.keys(c.NetworkSettings.Networks ?? {}).sort(),
    mounts: (c.Mounts ?? []).map(mountOf),
    published: Object.entries(c.NetworkSettings.Ports ?? {}).flatMap(([port, bindings]) =>
      (bindings ?? []).map((b) => ({
        hostIp: b.HostIp,
        hostPort: Number(b.HostPort),
        containerPort: Number.parseInt(port, 10),
      })),
    ),
    managed: l[labels.managed] === 'true',
  };
}

/** Compose projects through the Docker Engine's API, as `wharf adopt` reads and moves them. */
export function dockerProjects(api: DockerApi = dockerApi()): ComposeProjects {
  const container = (id: string): string => `/containers/${encodeURIComponent(id)}`;

  /** Runs a container to its end and removes it; its output is the error when it fails. */
  async function runOnce(what: string, config: Record<string, unknown>): Promise<void> {
    const created = await api.call<{ Id: string }>('POST', '/containers/create', config);
    if (created === null)
      throw new WharfError('docker-failed', `docker: cannot create a container to ${what}`);
    try {
      await api.call('POST', `${container(created.Id)}/start`);
      // Copying a large volume takes a while: an hour at most.
      const done = await api.call<{ StatusCode: number }>(
        'POST',
        `${container(created.Id)}/wait`,
        undefined,
        3_600_000,
      );
      if (done?.StatusCode !== 0) {
        const logs = await api.output(`${container(created.Id)}/logs?stdout=1&stderr=1&tail=20`);
        throw new WharfError(
          'docker-failed',
          `could not ${what} (exit code ${done?.StatusCode ?? 'unknown'}): ${tail(`${logs.stdout}${logs.stderr}`, 20)}`,
        );
      }
    } finally {
      await api.call('DELETE', `${container(created.Id)}?force=1`);
    }
  }

  return {
    async containers(project) {
      const filter = encodeURIComponent(
        JSON.stringify({ label: [`${composeLabels.project}=${project}`] }),
      );
      const listed =
        (await api.call<{ Id: string }[]>('GET', `/containers/json?all=1&filters=${filter}`)) ?? [];
      const found = await Promise.all(
        listed.map((c) => api.call<Inspected>('GET', `${container(c.Id)}/json`)),
      );
      return found
        .filter((c): c is Inspected => c !== null)
        .map(toContainer)
        .sort((a, b) => a.name.localeCompare(b.name));
    },
    async stop(ids) {
      // As long as wharf gives its own PostgreSQL (stop_grace_period), so it shuts down cleanly.
      await Promise.all(
        ids.map((id) => api.call('POST', `${container(id)}/stop?t=60`, undefined, 90_000)),
      );
    },
    async start(ids) {
      await Promise.all(ids.map((id) => api.call('POST', `${container(id)}/start`)));
    },
    async copyVolume(from, to, image, volumeLabels) {
      if ((await api.call('GET', `/volumes/${encodeURIComponent(to)}`)) !== null)
        throw new WharfError(
          'adopt-refused',
          `the volume ${to} exists already; nothing was copied into it`,
        );
      await api.call('POST', '/volumes/create', { Name: to, Labels: volumeLabels });
      try {
        await runOnce(`copy the volume ${from} into ${to}`, {
          Image: image,
          Entrypoint: ['cp'],
          Cmd: ['-a', '/from/.', '/to/'],
          User: '0',
          HostConfig: { Binds: [`${from}:/from:ro`, `${to}:/to`], NetworkMode: 'none' },
        });
      } catch (error) {
        // A half copy must not pass for the data: the next try starts from an empty volume.
        await api.call('DELETE', `/volumes/${encodeURIComponent(to)}`).catch(() => undefined);
        throw error;
      }
    },
    async disconnect(network, name) {
      const found = await api.call<{
        NetworkSettings: { Networks: Record<string, unknown> | null };
      }>('GET', `${container(name)}/json`);
      if (!found || !(network in (found.NetworkSettings.Networks ?? {}))) return;
      await api.call('POST', `/networks/${encodeURIComponent(network)}/disconnect`, {
        Container: name,
      });
    },
  };
}
