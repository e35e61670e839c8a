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

/** An update in one of these has ended: nothing more happens until the next one. */
const endedUpdates = new Set(['completed', 'paused', 'rollback_completed', 'rollback_paused']);

/**
 * Whether Swarm is done with every service of a stack, to be judged: an update under way
 * (`updating`, including the `monitor` window after its last task, or a rollback) is not; an
 * update that ended is; otherwise (a new service, or one whose update Swarm has not begun
 * yet) every task Swarm wants runs the service's current definition, as many as it wants.
 * Watched instead of `--detach=false`, which waits out `monitor` even for a new service.
 */
export function stackSettled(services: readonly SwarmService[], stack: string): boolean {
  return services
    .filter((s) => s.stack === stack)
    .every((service) => {
      const state = service.update?.state;
      if (state === 'paused' || state === 'rollback_paused') return true;
      if (state !== undefined && !endedUpdates.has(state)) return false;
      const hash = service.labels[labels.configHash];
      const wanted = service.tasks.filter((t) => t.desiredState === 'running');
      const current = wanted.filter(
        (t) => t.state === 'running' && t.labels[labels.configHash] === hash,
      );
      return current.length >= service.replicas && current.length === wanted.length;
    });
}
