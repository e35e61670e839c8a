// A Redis that accepts connections and never answers: the stores' commands fail after their
// timeout instead of holding the deploy, the webhook or the job that asked. Real ioredis.
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisHistory } from '../../src/adapters/redis-history.js';
import { storeClient } from '../../src/adapters/redis-client.js';
import { freePort } from '../helpers/docker-cli.js';

let silent: Server;
let port: number;
const held: Socket[] = [];

beforeAll(async () => {
  port = await freePort();
  silent = createServer((socket) => void held.push(socket));
  await new Promise<void>((resolve) => silent.listen(port, '127.0.0.1', resolve));
});

afterAll(async () => {
  for (const socket of held) socket.destroy();
  await new Promise<void>((resolve) => silent.close(() => resolve()));
});

describe('a Redis that never answers', { timeout: 30_000 }, () => {
  it('fails each store command after its timeout', async () => {
    const redis = storeClient(`redis://127.0.0.1:${port}`, 800);
    try {
      const history = redisHistory(redis, 'wharf-test-silent');
      const started = performance.now();
      const failure = await history.list('production', 10).catch((e: unknown) => e);
      const seconds = (performance.now() - started) / 1000;
      expect((failure as Error).message).toMatch(/timed out/i);
      expect(seconds).toBeGreaterThan(0.7);
      expect(seconds).toBeLessThan(5);
      expect(held.length).toBeGreaterThan(0);
    } finally {
      redis.disconnect();
    }
  });
});
