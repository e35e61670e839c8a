import { labels } from '../render/names.js';
import type { SwarmService } from './swarm-state.js';

/** A service a rollout changed: what Swarm should run once it converged. */
export interface WantedService {
  /** `<stack>_<service>`, the Swarm service's name. */
  readonly name: string;
  readonly configHash: string;
  readonly replicas: number;
}

export type RolloutVerdict =
  { readonly kind: 'converged' } | { readonly kind: 'failed'; readonly reasons: readonly string[] };

const failedUpdates = new Set([
  'rollback_started',
  'rollback_completed',
  'rollback_paused',
  'paused',
]);

/** The most telling thing the service's tasks say: the newest failure, else the newest state. */
function lastWords(service: SwarmService): string {
  const newest = [...service.tasks].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const failed = newest.find((t) => t.error || t.state === 'failed' || t.state === 'rejected');
  const task = failed ?? newest[0];
  if (!task) return 'no task was scheduled';
  return `last task ${task.state}${task.node ? ` on ${task.node}` : ''}${task.error ? `: ${task.error}` : task.message ? `: ${task.message}` : ''}`;
}

/**
 * Whether the services a rollout changed run what it asked, read once `docker stack deploy`
 * says they converged (a service Swarm rolled back converges too). Each must carry the new
 * definition's hash, have no rollout of this deploy that Swarm undid or paused, and run as
 * many tasks of it as it wants. Pure: the services as the manager reports them.
 */
export function rolloutVerdict(
  services: readonly SwarmService[],
  wanted: readonly WantedService[],
  since: string,
): RolloutVerdict {
  const reasons: string[] = [];
  for (const want of wanted) {
    const service = services.find((s) => s.name === want.name);
    if (!service) {
      reasons.push(`${want.name}: Swarm has no such service`);
      continue;
    }
    const update = service.update;
    if (update && failedUpdates.has(update.state) && update.startedAt >= since) {
      reasons.push(
        `${want.name}: Swarm ${update.state.replace('_', ' ')} its update (${update.message || 'no message'}); ${lastWords(service)}`,
      );
      continue;
    }
    if (service.labels[labels.configHash] !== want.configHash) {
      reasons.push(
        `${want.name}: runs another definition than this deploy's (${lastWords(service)})`,
      );
      continue;
    }
    const running = service.tasks.filter(
      (t) =>
        t.desiredState === 'running' &&
        t.state === 'running' &&
        t.labels[labels.configHash] === want.configHash,
    ).length;
    if (running < want.replicas)
      reasons.push(
        `${want.name}: ${running} of ${want.replicas} task(s) running; ${lastWords(service)}`,
      );
  }
  return reasons.length === 0 ? { kind: 'converged' } : { kind: 'failed', reasons };
}
