import { Redis } from 'ioredis';

/**
 * The connection wharf's stores share (history, lock, deploy logs, previews, sessions). Every
 * command gives up after `commandTimeoutMs`: a Redis that accepts connections and stops
 * answering (paused, swapping, a network that drops packets) fails the call, which the caller
 * records or retries, instead of holding it forever. It runs no blocking command; BullMQ has
 * its own connections.
 */
export function storeClient(url: string, commandTimeoutMs = 10_000): Redis {
  const redis = new Redis(url, {
    lazyConnect: false,
    maxRetriesPerRequest: 2,
    enableOfflineQueue: true,
    commandTimeout: commandTimeoutMs,
  });
  // Without a handler, ioredis reports a dead Redis as an unhandled error event.
  redis.on('error', () => undefined);
  return redis;
}
