import type { ContainerEngine } from '../ports/container-engine.js';

/** The one Redis call readiness makes; an ioredis client has it. */
export interface RedisPing {
  ping(): Promise<string>;
}

export interface ReadinessDeps {
  /** A client that fails at once while Redis is down (no offline queue), not one that waits. */
  readonly redis: RedisPing;
  readonly engine: Pick<ContainerEngine, 'ping'>;
}

// A type, not an interface: the server takes any record of named checks.
export type Readiness = {
  readonly redis: boolean;
  readonly docker: boolean;
};

/** What `/readyz` reports: whether Redis answers PING and the Docker engine answers. Never throws. */
export function readinessChecks(deps: ReadinessDeps): () => Promise<Readiness> {
  return async () => {
    const [redis, docker] = await Promise.all([
      deps.redis.ping().then(
        (reply) => reply === 'PONG',
        () => false,
      ),
      deps.engine.ping().catch(() => false),
    ]);
    return { redis, docker };
  };
}
