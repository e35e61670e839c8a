import { stringify } from 'yaml';

/**
 * The environment the long-running benches deploy again and again: one busybox test app at
 * `/`, blue-green, verified for a second, the old colour removed at once; `body` is what it
 * answers, so each deploy is a new version.
 */
export function oneAppManifest(env: string, host: string, body: string): string {
  return stringify({
    apiVersion: 'wharf/v1',
    kind: 'Environment',
    name: env,
    topology: 'minimal',
    host,
    tls: { mode: 'none' },
    deploy: { strategy: 'blue-green', healthTimeout: '60s', verify: '1s', keepPrevious: '0s' },
    services: {
      web: {
        image: 'wharf-test/app:1',
        port: 8080,
        route: '/',
        health: { path: '/healthz' },
        env: { APP_BODY: body },
      },
    },
  });
}
