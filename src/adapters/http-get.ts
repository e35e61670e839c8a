import { request } from 'node:http';

/** What a plain GET answered. */
export interface HttpAnswer {
  readonly status: number;
  readonly body: string;
}

/**
 * A GET over a new connection with node:http. The edge's own checks use it rather than
 * `fetch`: Node's fetch (undici) costs about 12 MB resident from its first call, a third of
 * what `wharf serve` otherwise holds in its heap (docs/benchmarks.md), and a new connection is
 * what a check of "which worker accepts now" needs anyway. Rejects on a connection error or
 * when no whole answer came within `timeoutMs`.
 */
export function httpGet(url: string, timeoutMs: number): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
      );
      res.on('error', reject);
    });
    const timer = setTimeout(
      () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)),
      timeoutMs,
    );
    req.on('close', () => clearTimeout(timer));
    req.on('error', reject);
    req.end();
  });
}
