/**
 * A fake's answer as the promise a port returns: what `work` returns, or what it throws as a
 * rejection, the way an adapter's call fails.
 */
export function atOnce<T>(work: () => T): Promise<T> {
  return new Promise((resolve) => resolve(work()));
}
