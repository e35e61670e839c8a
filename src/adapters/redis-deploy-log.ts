import type { Redis } from 'ioredis';
import { scrubCredentials } from '../core/scrub-credentials.js';
import type { DeployLog, DeployLogLine } from '../ports/deploy-log.js';

// Logs outlive the deploy long enough to read why it failed; a running marker expires by
// itself if its process dies without finishing.
const keepSeconds = 30 * 24 * 3600;
const runningSeconds = 3600;
const maxLines = 5000;

/** Deploy logs in Redis: a capped list per deploy id. */
export function redisDeployLog(redis: Redis, prefix: string): DeployLog {
  const linesKey = (id: string): string => `${prefix}:deploylog:${id}`;
  const runningKey = (env: string): string => `${prefix}:deploying:${env}`;
  async function lines(id: string, from = 0): Promise<DeployLogLine[]> {
    const raw = await redis.lrange(linesKey(id), from, -1);
    return raw.map((l) => JSON.parse(l) as DeployLogLine);
  }
  return {
    lines,
    async read(id, from) {
      // A deploy's environment is in its first line; the running marker is per environment.
      const raw = await redis.lindex(linesKey(id), 0);
      const first = raw ? (JSON.parse(raw) as DeployLogLine) : undefined;
      const found = await lines(id, from);
      const running = first ? (await redis.get(runningKey(first.environment))) === id : false;
      return { lines: found, running };
    },
    async start(id, environment) {
      await redis.set(runningKey(environment), id, 'EX', runningSeconds);
    },
    async append(id, line) {
      await redis
        .multi()
        .rpush(linesKey(id), scrubCredentials(JSON.stringify(line)))
        .ltrim(linesKey(id), -maxLines, -1)
        .expire(linesKey(id), keepSeconds)
        .exec();
    },
    async finish(id, environment) {
      // Only our own marker: a newer deploy may have started since.
      await redis.eval(
        `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`,
        1,
        runningKey(environment),
        id,
      );
    },
    async running(environment) {
      return redis.get(runningKey(environment));
    },
    async runningIn(environments) {
      // MGET refuses an empty key list.
      const ids = environments.length > 0 ? await redis.mget(environments.map(runningKey)) : [];
      return new Map(environments.map((env, i) => [env, ids[i] ?? null]));
    },
  };
}
