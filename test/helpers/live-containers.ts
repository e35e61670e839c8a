import type { LiveContainer } from '../../src/core/live.js';
import type { RenderedService } from '../../src/core/render/types.js';

/** The containers `docker ps` shows once `services` were deployed at `revision`, healthy. */
export function runningContainers(
  services: readonly RenderedService[],
  revision: string,
): LiveContainer[] {
  return services.flatMap((s) =>
    Array.from({ length: s.replicas }, (_, i): LiveContainer => ({
      id: `${s.project}-${s.composeName}-${i}`,
      name: `${s.project}-${s.composeName}-${i + 1}`,
      project: s.project,
      composeService: s.composeName,
      service: s.name,
      environment: 'shop',
      role: s.role,
      ...(s.colour ? { colour: s.colour } : {}),
      revision,
      configHash: s.configHash,
      state: 'running',
      health: 'healthy',
      startedAt: '2026-01-01T00:00:00Z',
      image: String(s.compose['image']),
    })),
  );
}
