import { Redis } from 'ioredis';

/**
 * A Redis connection for asking whether Redis is up: with no offline queue a PING fails at
 * once while Redis is down, instead of waiting for it to return. It keeps reconnecting, and
 * says `ready` each time Redis is back.
 */
export function redisProbe(url: string): Redis {
  const probe = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
  // Without a handler, ioredis reports a dead Redis as an unhandled error event.
  probe.on('error', () => undefined);
  return probe;
}
