import { maintenanceIncludeLine } from '../../src/core/edge/render-maintenance.js';
import { edgePorts } from '../../src/core/edge/render-site.js';
import type { HealthProbe, ProbeResult } from '../../src/ports/health-probe.js';
import type { FakeDockerHost } from './fake-docker-host.js';
import type { FakeEdge } from './fake-edge-proxy.js';
import { pickLocation, serversOf, type LocationAction } from './fake-nginx-config.js';

/** The URI Nginx passes on after a location's `rewrite REGEX REPLACEMENT break;`. */
function rewritten(path: string, rewrite: readonly string[] | null): string {
  const [pattern, replacement] = rewrite ?? [];
  if (pattern === undefined || replacement === undefined) return path;
  const match = new RegExp(pattern).exec(path);
  return match ? replacement.replace(/\$(\d)/g, (_, n: string) => match[Number(n)] ?? '') : path;
}

export interface EdgeAnswer {
  readonly status: number;
  readonly body: string;
}

/**
 * A GET through a fake edge, answered the way Nginx would: the server block for the listener
 * and Host, its location for the path, and a running container behind the location's DNS
 * name on a network the edge joined (503 when none answers to it). Null: the edge is down.
 */
export function requestThroughEdge(
  host: FakeDockerHost,
  edge: FakeEdge,
  listener: 'live' | 'preview',
  hostHeader: string,
  path: string,
): EdgeAnswer | null {
  if (host.containers.get(edge.container)?.state !== 'running') return null;
  function answer(action: LocationAction): EdgeAnswer {
    if (action.kind === 'return') return { status: action.status, body: '' };
    const [service = '', network = ''] = action.name.split('.');
    const joined = host.containers.get(edge.container)?.networks.has(network) ?? false;
    const app = joined
      ? host
          .resolve(service, network)
          .map((c) => host.app(c))
          .find(Boolean)
      : null;
    // Nginx's own 502 when no container answers to the name: the site turns it into a 503.
    return app
      ? app.answer(rewritten(path, action.rewrite))
      : { status: 503, body: '503 Service Unavailable\n' };
  }
  const port = edgePorts[listener];
  const found = [...edge.sites.entries()]
    .flatMap(([env, site]) => serversOf(site).map((server) => ({ env, site, server })))
    .find(({ server }) => server.listen === port && server.names.includes(hostHeader));
  // The public block includes the maintenance snippet: while it is up, the page answers.
  const down = found && edge.maintenance.get(found.env);
  if (
    found &&
    down &&
    port === edgePorts.live &&
    found.site.includes(maintenanceIncludeLine(found.env)) &&
    !path.startsWith('/.well-known/acme-challenge/')
  )
    return { status: 503, body: down.page };
  const server = found?.server;
  const location = server ? pickLocation(server, path) : null;
  // The default server of each listener answers 404 for any host no site names.
  return location ? answer(location.action) : { status: 404, body: '' };
}

/** The health probe through a fake edge. */
export function fakeHealthProbe(host: FakeDockerHost, edge: FakeEdge): HealthProbe {
  return {
    probe(listener, hostHeader, path) {
      const answer = requestThroughEdge(host, edge, listener, hostHeader, path);
      const status = answer?.status ?? 0;
      const result: ProbeResult = !answer
        ? { ok: false, detail: 'connect ECONNREFUSED' }
        : status >= 200 && status < 400
          ? { ok: true, status }
          : { ok: false, detail: `HTTP ${status}` };
      return Promise.resolve(result);
    },
  };
}
