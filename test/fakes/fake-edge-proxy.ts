import type { EdgeSettings } from '../../src/core/edge/render-edge-project.js';
import {
  renderMaintenanceSnippet,
  type Maintenance,
} from '../../src/core/edge/render-maintenance.js';
import { edgeAlias } from '../../src/core/edge/render-nginx-conf.js';
import { startResolvedNames } from '../../src/core/edge/site-names.js';
import {
  EdgeConfigError,
  ForeignInstallationError,
  StaleFenceError,
  WharfError,
} from '../../src/core/errors.js';
import { labels, names } from '../../src/core/render/names.js';
import type { EdgeProxy } from '../../src/ports/edge-proxy.js';
import type { FakeDockerHost } from './fake-docker-host.js';
import { parseNginx } from './fake-nginx-config.js';
import { atOnce } from './at-once.js';

export interface FakeEdge extends EdgeProxy {
  /** The live site of each environment, as Nginx serves it. */
  readonly sites: ReadonlyMap<string, string>;
  /** Graceful reloads so far. */
  readonly reloads: () => number;
  /** The edge's container on the host. */
  readonly container: string;
  /** The fencing token each live site was written under. */
  readonly fences: ReadonlyMap<string, number>;
  /** Environments whose maintenance page is up. */
  readonly maintenance: ReadonlyMap<string, Maintenance>;
}

/**
 * The host's Nginx over a fake Docker host: its container, the sites it serves, and an
 * `nginx -t` that refuses text Nginx could not read (the live site is kept then).
 */
export function fakeEdgeProxy(
  host: FakeDockerHost,
  options: { readonly settings: EdgeSettings; readonly installation: string },
): FakeEdge {
  const container = names.edgeContainer(options.settings.project);
  const sites = new Map<string, string>();
  // The fencing token each site was written under, as the real edge keeps it in the file.
  const fences = new Map<string, number>();
  function refuseStale(environment: string, fence: number | undefined): void {
    const written = fences.get(environment) ?? 0;
    if (fence !== undefined && written > fence)
      throw new StaleFenceError(`the edge site of ${environment}`, fence, written);
  }
  const setAside = new Map<string, string>();
  const tls = new Map<string, string>();
  const maintenance = new Map<string, Maintenance>();
  let reloads = 0;

  function running(): boolean {
    return host.containers.get(container)?.state === 'running';
  }

  /** `nginx -t` inside the running edge. */
  function check(what: string, text: string, kept: string): void {
    if (!running())
      throw new EdgeConfigError(
        'edge-config-invalid',
        `${what} failed nginx -t; ${kept}:\nservice "nginx" is not running`,
      );
    try {
      parseNginx(text);
    } catch (error) {
      throw new EdgeConfigError(
        'edge-config-invalid',
        `${what} failed nginx -t; ${kept}:\nnginx: [emerg] ${(error as Error).message}`,
      );
    }
  }

  function reload(): Promise<void> {
    if (!running())
      return Promise.reject(
        new EdgeConfigError('edge-reload', 'the edge is not running: nothing to reload', {
          retryable: true,
        }),
      );
    reloads++;
    host.changes.push(`reload ${container}`);
    return Promise.resolve();
  }

  function join(network: string): boolean {
    if (!host.networks.has(network))
      throw new WharfError('network-missing', `network ${network} does not exist`, {
        retryable: true,
      });
    const edge = host.containers.get(container);
    if (!edge)
      throw new WharfError('docker-failed', `docker inspect failed: no such object: ${container}`);
    if (edge.networks.has(network)) return false;
    edge.networks.set(network, [edgeAlias]);
    host.changes.push(`network connect ${network} ${container}`);
    return true;
  }

  return {
    fences,
    sites,
    maintenance,
    container,
    reloads: () => reloads,
    ensureRunning: () =>
      atOnce(() => {
        const existing = host.containers.get(container);
        const owner = existing?.labels[labels.installation];
        if (owner !== undefined && owner !== options.installation)
          throw new ForeignInstallationError({
            what: `the edge (Compose project ${options.settings.project})`,
            containers: [container],
            owner,
            installation: options.installation,
          });
        if (existing?.state === 'running') return false;
        for (const [env, text] of sites) {
          const missing = startResolvedNames(text).filter(
            (name) => host.containers.get(name)?.state !== 'running',
          );
          if (missing.length === 0) continue;
          setAside.set(
            env,
            `the site named ${missing.join(', ')}, which did not run when the edge started`,
          );
          sites.delete(env);
        }
        if (existing) host.remove(existing);
        const edge = host.add({
          name: container,
          project: options.settings.project,
          composeService: 'nginx',
          image: options.settings.image,
          labels: {
            [labels.managed]: 'true',
            [labels.role]: 'edge',
            [labels.installation]: options.installation,
            'com.docker.compose.project': options.settings.project,
            'com.docker.compose.service': 'nginx',
          },
          environment: {},
          definition: JSON.stringify(options.settings),
          healthcheck: 'none',
          volumes: [],
          networks: new Map(),
        });
        for (const env of sites.keys())
          if (host.networks.has(names.network(env)))
            edge.networks.set(names.network(env), [edgeAlias]);
        host.start(edge);
        return true;
      }),
    attach(network) {
      return Promise.resolve().then(() => join(network));
    },
    currentSite(environment) {
      return Promise.resolve(sites.get(environment) ?? null);
    },
    setAsideReason(environment) {
      return Promise.resolve(setAside.get(environment) ?? null);
    },
    async applySite(environment, config, fence) {
      refuseStale(environment, fence);
      check(
        `the edge configuration for ${environment}`,
        config,
        'the live configuration is unchanged',
      );
      sites.set(environment, config);
      if (fence !== undefined) fences.set(environment, fence);
      setAside.delete(environment);
      await reload();
    },
    testSite(environment, config) {
      return atOnce(() =>
        check(
          `the edge configuration for ${environment}`,
          config,
          'the live configuration is unchanged',
        ),
      );
    },
    async removeSite(environment, fence) {
      refuseStale(environment, fence);
      sites.delete(environment);
      // Kept, as on the real edge: a stale holder cannot write the removed site back.
      if (fence !== undefined) fences.set(environment, fence);
      setAside.delete(environment);
      await reload();
    },
    fence(environment) {
      return Promise.resolve(fences.get(environment) ?? 0);
    },
    currentTls(environment) {
      return Promise.resolve(tls.get(environment) ?? null);
    },
    async applyTls(environment, include) {
      if ((tls.get(environment) ?? null) === include) return;
      check(
        `the HTTPS configuration for ${environment}`,
        include ?? '',
        'the previous one is kept',
      );
      if (include === null) tls.delete(environment);
      else tls.set(environment, include);
      await reload();
    },
    currentMaintenance(environment) {
      return Promise.resolve(maintenance.get(environment) ?? null);
    },
    async applyMaintenance(environment, wanted) {
      if (wanted === null) {
        if (!maintenance.delete(environment)) return;
      } else {
        check(
          `the maintenance page of ${environment}`,
          renderMaintenanceSnippet(environment, wanted.retryAfterSeconds),
          'the previous state is kept',
        );
        maintenance.set(environment, wanted);
      }
      await reload();
    },
    reload,
  };
}
