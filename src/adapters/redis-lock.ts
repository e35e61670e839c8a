import { randomUUID } from 'node:crypto';
import { readFile, readlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import type { Redis } from 'ioredis';
import { LockedError, LockLostError } from '../core/errors.js';
import { messageOf } from '../core/message-of.js';
import type { EnvironmentLock, Lease } from '../ports/environment-lock.js';
import { beforeDeadline } from './deadline.js';

// Deletes or extends the key only if it still holds our token: a lock that expired and was
// taken by another process must not be touched by us.
const release = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;
const extend = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;
const replace = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('set', KEYS[1], ARGV[2], 'PX', ARGV[3]) else return nil end`;
// The next fencing token, above `floor` (what the host already wrote) even if Redis lost the
// counter: a Redis restarted without its data must not hand out a token that was used.
const nextFence = `local floor = tonumber(ARGV[1])
local current = tonumber(redis.call('get', KEYS[1]) or '0')
if current < floor then redis.call('set', KEYS[1], floor) end
return redis.call('incr', KEYS[1])`;

/** Who holds a lock: enough to tell, on the holder's own host, whether it still runs. */
interface Holder {
  readonly host: string;
  /** The kernel's boot id: a pid means the same process only within one boot... */
  readonly boot: string;
  /** ...and one PID namespace (a container has its own, with the host's name and boot id). */
  readonly pidNamespace: string;
  readonly pid: number;
}

async function thisProcess(): Promise<Holder> {
  const [boot, pidNamespace] = await Promise.all([
    readFile('/proc/sys/kernel/random/boot_id', 'utf8').then(
      (text) => text.trim(),
      () => '',
    ),
    readlink('/proc/self/ns/pid').catch(() => ''),
  ]);
  return { host: hostname(), boot, pidNamespace, pid: process.pid };
}

function tokenOf(holder: Holder): string {
  return JSON.stringify({ ...holder, id: randomUUID() });
}

function holderOf(token: string | null): Holder | null {
  try {
    const parsed = JSON.parse(token ?? '') as Partial<Holder>;
    return typeof parsed.pid === 'number' ? (parsed as Holder) : null;
  } catch {
    return null; // an older wharf's `host:pid:uuid`: not provably dead, so it expires.
  }
}

/** Whether a process of this boot and PID namespace still runs. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The holder certainly no longer runs: the same boot and PID namespace as us, and no such pid. */
function provablyDead(holder: Holder, me: Holder): boolean {
  return (
    holder.host === me.host &&
    holder.boot !== '' &&
    holder.boot === me.boot &&
    holder.pidNamespace !== '' &&
    holder.pidNamespace === me.pidNamespace &&
    holder.pid !== me.pid &&
    !alive(holder.pid)
  );
}

/**
 * A per-environment lock in Redis (SET NX with an expiry), held as a lease: renewed every
 * third of its lifetime, and counted as lost as soon as a renewal is refused, or when two
 * thirds of the lifetime passed since the last confirmed one (failed renewals are tried again
 * every second until then). A holder checks the lease
 * before every change (`assertHeld`), and fenced work gets a token that grows with every
 * holder. A lock left by a process that provably no longer runs (killed mid-deploy, on this
 * host, boot and PID namespace) is taken over at once instead of after the expiry.
 */
export function redisLock(redis: Redis, prefix: string, ttlMs = 30_000): EnvironmentLock {
  const renewEvery = ttlMs / 3;
  // A renewal confirms the lock from the moment it was sent, less a margin for the time a
  // change takes once `assertHeld` let it through.
  const confirmedFor = ttlMs - renewEvery;
  const retryEvery = Math.min(1000, renewEvery / 4);
  let me: Promise<Holder> | undefined;

  async function take(key: string, token: string): Promise<boolean> {
    if ((await redis.set(key, token, 'PX', ttlMs, 'NX')) === 'OK') return true;
    const value = await redis.get(key);
    const holder = holderOf(value);
    if (!value || !holder || !provablyDead(holder, await (me ??= thisProcess()))) return false;
    // Replace the dead holder's value, and only that value.
    return (await redis.eval(replace, 1, key, value, token, String(ttlMs))) === 'OK';
  }

  return {
    async forget(environment) {
      await redis.del(`${prefix}:fence:${environment}`);
    },
    async withLock(environment, work, options = {}) {
      const key = `${prefix}:lock:${environment}`;
      const token = tokenOf(await (me ??= thisProcess()));
      const sentAt = performance.now();
      if (!(await take(key, token))) throw new LockedError(environment);
      let validUntil = sentAt + confirmedFor;
      const fence = options.floor
        ? Number(
            await redis.eval(
              nextFence,
              1,
              `${prefix}:fence:${environment}`,
              String(await options.floor()),
            ),
          )
        : 0;
      const controller = new AbortController();
      const lose = (why: string): void => {
        if (!controller.signal.aborted) controller.abort(new LockLostError(environment, why));
      };
      let timer: NodeJS.Timeout | undefined;
      let finished = false;
      // A refusal ends the lease at once. A renewal that failed (Redis restarting, a dropped
      // connection) is tried again every second while the lease is still confirmed: the key
      // outlives that by a third of its lifetime, so no one else can hold it meanwhile.
      const renew = async (): Promise<void> => {
        const sent = performance.now();
        let next = renewEvery;
        try {
          const extended = await beforeDeadline(
            redis.eval(extend, 1, key, token, String(ttlMs)),
            Math.max(1, Math.min(renewEvery, validUntil - sent)),
            `renewing the lock: no answer from Redis in time`,
          );
          if (extended === 1) validUntil = sent + confirmedFor;
          else lose('it expired and may be held by another process');
        } catch (error) {
          if (performance.now() >= validUntil)
            lose(
              `renewing it failed for ${Math.round(confirmedFor / 1000)} s: ${messageOf(error)}`,
            );
          else next = Math.min(retryEvery, Math.max(1, validUntil - performance.now()));
        }
        if (!finished && !controller.signal.aborted) timer = setTimeout(() => void renew(), next);
      };
      timer = setTimeout(() => void renew(), renewEvery);
      const lease: Lease = {
        fence,
        signal: controller.signal,
        assertHeld() {
          if (performance.now() > validUntil)
            lose(`not confirmed by Redis for ${Math.round(confirmedFor / 1000)} s`);
          if (controller.signal.aborted) throw controller.signal.reason;
        },
      };
      try {
        return await work(lease);
      } finally {
        finished = true;
        clearTimeout(timer);
        // Deletes only our own value, so it is safe even after the lease was counted lost.
        await beforeDeadline(redis.eval(release, 1, key, token), renewEvery, 'no answer').catch(
          () => undefined,
        );
      }
    },
  };
}
