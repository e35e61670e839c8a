import type { LiveContainer } from '../live.js';
import { labels } from '../render/names.js';
import type { SwarmService } from './swarm-state.js';

/**
 * A stack's tasks as the live state the plan compares with: one entry per task Swarm wants
 * running, on whatever node, read back from the labels wharf rendered. A task not running
 * (yet, or any more) counts as stopped, so the plan repairs its service.
 */
export function liveOfServices(
  environment: string,
  services: readonly SwarmService[],
): LiveContainer[] {
  const live: LiveContainer[] = [];
  for (const service of services) {
    const composeService = service.name.startsWith(`${service.stack}_`)
      ? service.name.slice(service.stack.length + 1)
      : service.name;
    for (const task of service.tasks) {
      if (task.desiredState !== 'running') continue;
      const role = task.labels[labels.role] === 'stateful' ? 'stateful' : 'stateless';
      const colour = task.labels[labels.colour];
      live.push({
        id: task.id,
        name: `${service.name}.${task.id.slice(0, 12)}${task.node ? ` on ${task.node}` : ''}`,
        project: service.stack,
        composeService,
        service: task.labels[labels.service] ?? composeService,
        environment,
        role,
        ...(colour === 'blue' || colour === 'green' ? { colour } : {}),
        revision: task.labels[labels.revision] ?? '',
        configHash: task.labels[labels.configHash] ?? '',
        state: task.state === 'running' ? 'running' : 'created',
        health: 'none',
        startedAt: task.createdAt,
        image: task.image,
        ...(task.node ? { node: task.node } : {}),
      });
    }
  }
  return live;
}
