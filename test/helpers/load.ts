import { request } from 'node:http';

export interface Sample {
  readonly start: number;
  readonly end: number;
  readonly status: number;
  readonly body: string;
  /** The answer's `Retry-After` and `Cache-Control` headers, when it had them. */
  readonly retryAfter?: string;
  readonly cacheControl?: string;
  readonly error?: string;
}

export interface LoadOptions {
  readonly port: number;
  readonly host: string;
  readonly path: string;
  readonly concurrency: number;
  /** Bounds: the load stops by itself after this many requests or this long. */
  readonly maxRequests: number;
  readonly maxMs: number;
}

export interface Load {
  readonly samples: Sample[];
  stop(): Promise<Sample[]>;
}

function once(options: LoadOptions): Promise<Sample> {
  const start = performance.now();
  return new Promise((resolve) => {
    // A new connection per request: what is measured is the deploy, not keep-alive races.
    const req = request(
      {
        host: '127.0.0.1',
        port: options.port,
        path: options.path,
        headers: { Host: options.host },
        agent: false,
        timeout: 5000,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        const headers = {
          ...(res.headers['retry-after'] ? { retryAfter: res.headers['retry-after'] } : {}),
          ...(res.headers['cache-control'] ? { cacheControl: res.headers['cache-control'] } : {}),
        };
        res.on('end', () =>
          resolve({ start, end: performance.now(), status: res.statusCode ?? 0, body, ...headers }),
        );
        res.on('error', (error) =>
          resolve({ start, end: performance.now(), status: 0, body, error: error.message }),
        );
      },
    );
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', (error) =>
      resolve({ start, end: performance.now(), status: 0, body: '', error: error.message }),
    );
    req.end();
  });
}

/** A steady, bounded load of GET requests on 127.0.0.1, recording every answer. */
export function startLoad(options: LoadOptions): Load {
  const samples: Sample[] = [];
  const deadline = performance.now() + options.maxMs;
  let stopped = false;
  let sent = 0;
  async function worker(): Promise<void> {
    while (!stopped && sent < options.maxRequests && performance.now() < deadline) {
      sent++;
      samples.push(await once(options));
    }
  }
  const workers = Array.from({ length: options.concurrency }, () => worker());
  return {
    samples,
    async stop() {
      stopped = true;
      await Promise.all(workers);
      return samples;
    },
  };
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
