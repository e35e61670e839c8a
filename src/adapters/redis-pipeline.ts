import type { ChainableCommander } from 'ioredis';

/**
 * Sends a pipeline (one round trip) and gives its replies in order, throwing the first
 * command's error as a failed single command would.
 */
export async function pipelined<T>(pipeline: ChainableCommander, expected: number): Promise<T[]> {
  if (expected === 0) return [];
  const results = (await pipeline.exec()) ?? [];
  return results.map(([error, reply]) => {
    if (error) throw error;
    return reply as T;
  });
}
