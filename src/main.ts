// Wires the real adapters into the program's dependencies. The one place outside
// src/adapters/ that may import side-effect libraries.
import path from 'node:path';
import { Redis } from 'ioredis';
import { composeRuntime } from './adapters/compose-runtime.js';
import { dockerEngine } from './adapters/docker-engine.js';
import { fsStateFiles } from './adapters/fs-state-files.js';
import { gitSource } from './adapters/git-source.js';
import { httpProbe } from './adapters/http-probe.js';
import { nginxEdge } from './adapters/nginx-edge.js';
import { redisHistory } from './adapters/redis-history.js';
import { redisLock } from './adapters/redis-lock.js';
import type { ResolvedConfig } from './config/load-config.js';
import { hashOf } from './core/render/config-hash.js';
import type { DeployDeps } from './deploy/deps.js';

export interface Wired {
  readonly deps: DeployDeps;
  readonly close: () => Promise<void>;
}

export function wire(config: ResolvedConfig): Wired {
  const redis = new Redis(config.redisUrl, {
    lazyConnect: false,
    maxRetriesPerRequest: 2,
    enableOfflineQueue: true,
  });
  // Without a handler, ioredis reports a dead Redis as an unhandled error event.
  redis.on('error', () => undefined);
  const engine = dockerEngine();
  const compose = composeRuntime({ timeoutSeconds: config.composeTimeoutSeconds });
  const deps: DeployDeps = {
    git: gitSource({
      url: config.repositoryUrl,
      mirrorDir: path.join(config.stateDir, 'repos', `${hashOf(config.repositoryUrl)}.git`),
      ...(config.token ? { token: config.token } : {}),
    }),
    engine,
    compose,
    edge: nginxEdge({ stateDir: config.stateDir, settings: config.edge, compose, engine }),
    probe: httpProbe(config.edge),
    state: fsStateFiles(config.stateDir),
    history: redisHistory(redis, config.redisPrefix),
    lock: redisLock(redis, config.redisPrefix),
    now: () => new Date(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    edgeSettings: config.edge,
    imageOverrides: config.images,
  };
  return {
    deps,
    close: async () => {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
