/**
 * `work`, or a rejection with `message` once `ms` passed: a server that never answers holds
 * nothing of ours. The work itself goes on where it cannot be cancelled; its result is dropped.
 */
export function beforeDeadline<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
