import { statefulServers } from '../servers/registry.js';
import type { RenderedService } from '../render/types.js';

// Stateful services come first: the servers apps may depend on in registry order, then the
// rest (exporters, services of a raw block) by name.
const infraRank = new Map(
  statefulServers.filter((s) => s.dependable).map((s, rank) => [s.name, rank] as const),
);

/** Services in the order they must start: dependencies first, then by name, deterministically. */
export function dependencyOrder(services: readonly RenderedService[]): RenderedService[] {
  const byName = new Map(services.map((s) => [s.name, s]));
  const sorted = [...services].sort((a, b) => {
    if (a.role !== b.role) return a.role === 'stateful' ? -1 : 1;
    const rank = (infraRank.get(a.name) ?? 50) - (infraRank.get(b.name) ?? 50);
    return rank || a.name.localeCompare(b.name);
  });
  const done = new Set<string>();
  const result: RenderedService[] = [];
  function visit(service: RenderedService, trail: Set<string>): void {
    if (done.has(service.name) || trail.has(service.name)) return;
    trail.add(service.name);
    for (const dependency of service.dependsOn) {
      const target = byName.get(dependency);
      if (target) visit(target, trail);
    }
    done.add(service.name);
    result.push(service);
  }
  for (const service of sorted) visit(service, new Set());
  return result;
}
