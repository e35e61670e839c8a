import type { LiveContainer } from '../core/live.js';
import type { DeployDeps } from './deps.js';

export { messageOf } from '../core/message-of.js';

/** The last log lines of containers that did not come up, to say why in the record. */
export async function logTails(
  deps: DeployDeps,
  containers: readonly LiveContainer[],
  lines = 20,
): Promise<string> {
  const parts = await Promise.all(
    containers.map(
      async (c) =>
        `--- last ${lines} log lines of ${c.name} (${c.state}, health ${c.health}):\n${await deps.engine.logTail(c.id, lines)}`,
    ),
  );
  return parts.join('\n');
}
