/* What one colour's containers are, serve and how they are doing, read from `docker ps`. */
import type { ColourObservation } from './converge.js';
import type { LiveContainer } from '../live.js';
import type { Colour } from '../render/names.js';
import type { EdgeRoute } from '../render/types.js';

export function containersOf(live: readonly LiveContainer[], colour: Colour): LiveContainer[] {
  return live.filter((c) => c.role === 'stateless' && c.colour === colour);
}

/** Containers that serve a route; with no routes at all, every container of the colour. */
function routed(
  containers: readonly LiveContainer[],
  routes: readonly EdgeRoute[] | undefined,
): LiveContainer[] {
  if (!routes || routes.length === 0) return [...containers];
  const services = new Set(routes.map((r) => r.service));
  return containers.filter((c) => services.has(c.service));
}

/** Services without a route (workers): they run in the live colour only. */
export function workerServices(
  containers: readonly LiveContainer[],
  routes: readonly EdgeRoute[],
): string[] {
  const services = new Set(routes.map((r) => r.service));
  return [
    ...new Set(containers.filter((c) => !services.has(c.service)).map((c) => c.composeService)),
  ].sort();
}

export function observeColour(
  containers: readonly LiveContainer[],
  routes: readonly EdgeRoute[] | undefined,
): ColourObservation {
  const considered = routed(containers, routes);
  return {
    present: containers.length > 0,
    healthy:
      considered.length > 0 &&
      considered.every(
        (c) => c.state === 'running' && c.health !== 'unhealthy' && c.health !== 'starting',
      ),
  };
}
