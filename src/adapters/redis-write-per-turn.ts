import type { Redis } from 'ioredis';

interface Corkable {
  cork(): void;
  uncork(): void;
  readonly writableCorked: number;
}

/**
 * Makes the commands sent on `redis` in one turn of the event loop leave in one socket write.
 * Under a burst of webhooks, the lookups of every delivery read in that turn go out together,
 * then their adds: a write to a loopback socket costs tens of microseconds on a small VM, more
 * than most of these commands cost Redis (docs/benchmarks.md, "Webhooks"). ioredis's own
 * auto-pipelining flushes at the end of each callback's ticks, which is one request's commands.
 * Commands keep their order: they are queued on the one socket, which writes them when the
 * turn's I/O callbacks have run.
 */
export function writeOncePerTurn(redis: Redis): void {
  const send = redis.sendCommand.bind(redis);
  redis.sendCommand = (command, stream) => {
    const socket = redis.stream as Partial<Corkable> | undefined;
    if (socket?.cork && socket.uncork && socket.writableCorked === 0) {
      socket.cork();
      setImmediate(() => socket.uncork?.());
    }
    return send(command, stream);
  };
}
