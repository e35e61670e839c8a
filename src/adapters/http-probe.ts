import { request } from 'node:http';
import type { EdgeSettings } from '../core/edge/render-edge-project.js';
import type { HealthProbe, ProbeResult } from '../ports/health-probe.js';

/**
 * Probes through the edge's published ports on this host, never a container's bridge
 * address: what the probe sees is what traffic sees.
 */
export function httpProbe(settings: EdgeSettings): HealthProbe {
  const liveHost =
    settings.bind === '0.0.0.0' ? '127.0.0.1' : settings.bind.replace(/^\[|\]$/g, '');
  return {
    probe(listener, host, path, timeoutMs) {
      const port = listener === 'live' ? settings.httpPort : settings.previewPort;
      const address = listener === 'live' ? liveHost : '127.0.0.1';
      return new Promise<ProbeResult>((resolve) => {
        const req = request(
          {
            host: address,
            port,
            path,
            method: 'GET',
            headers: { Host: host, 'User-Agent': 'wharf-probe' },
            timeout: timeoutMs,
            agent: false,
          },
          (res) => {
            res.resume();
            const status = res.statusCode ?? 0;
            resolve(
              status >= 200 && status < 400
                ? { ok: true, status }
                : { ok: false, detail: `HTTP ${status}` },
            );
          },
        );
        req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
        req.on('error', (error) => resolve({ ok: false, detail: error.message }));
        req.end();
      });
    },
  };
}
