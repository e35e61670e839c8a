import { request } from 'node:http';

/**
 * A GET that names its `Host` (fetch() does not let a request set it; http.request does), to
 * an edge listener at `address:port`. Rejects on no answer within `timeoutMs`.
 */
export function getWithHost(
  address: string,
  port: number,
  host: string,
  urlPath: string,
  timeoutMs = 5000,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: address, port, path: urlPath, headers: { Host: host }, timeout: timeoutMs },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    // `timeout` only reports the idle socket; without destroy() the request would wait on.
    req.on('timeout', () =>
      req.destroy(new Error(`no answer from ${address}:${port} within ${timeoutMs} ms`)),
    );
    req.on('error', reject);
    req.end();
  });
}
