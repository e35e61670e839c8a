import { scrubCredentials } from '../../src/core/scrub-credentials.js';
import type { DeployLog, DeployLogLine } from '../../src/ports/deploy-log.js';
import { atOnce } from './at-once.js';

const maxLines = 5000;

/** Deploy logs in memory: lines per deploy id (the newest 5000), the running deploy per environment. */
export function memoryDeployLog(): DeployLog {
  const logs = new Map<string, string[]>();
  const running = new Map<string, string>();
  function lines(id: string, from = 0): Promise<DeployLogLine[]> {
    return Promise.resolve(
      (logs.get(id) ?? []).slice(from).map((l) => JSON.parse(l) as DeployLogLine),
    );
  }
  return {
    lines,
    async read(id, from) {
      const raw = logs.get(id)?.[0];
      const first = raw ? (JSON.parse(raw) as DeployLogLine) : undefined;
      return {
        lines: await lines(id, from),
        running: first ? running.get(first.environment) === id : false,
      };
    },
    start: (id, environment) =>
      atOnce(() => {
        running.set(environment, id);
      }),
    append: (id, line) =>
      atOnce(() => {
        logs.set(
          id,
          [...(logs.get(id) ?? []), scrubCredentials(JSON.stringify(line))].slice(-maxLines),
        );
      }),
    finish: (id, environment) =>
      atOnce(() => {
        if (running.get(environment) === id) running.delete(environment);
      }),
    running: (environment) =>
      atOnce(() => {
        return running.get(environment) ?? null;
      }),
    runningIn: (environments) =>
      atOnce(() => {
        return new Map(environments.map((env) => [env, running.get(env) ?? null]));
      }),
  };
}
