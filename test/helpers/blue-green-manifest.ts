import { dedent } from './manifest-text.js';

/**
 * An environment of web at / and api at /api (the test app), deployed blue-green; `webEnv`
 * adds variables to web (its health, say) and `verify` sets how long a cutover is watched.
 */
export function blueGreenManifest(options: {
  readonly name: string;
  readonly host: string;
  readonly version: string;
  readonly webEnv?: Readonly<Record<string, string>>;
  readonly verify: string;
}): string {
  const extra = Object.entries(options.webEnv ?? {})
    .map(([k, v]) => `, ${k}: "${v}"`)
    .join('');
  return dedent(`
    apiVersion: wharf/v1
    kind: Environment
    name: ${options.name}
    topology: minimal
    host: ${options.host}
    tls: { mode: none }
    deploy: { strategy: blue-green, healthTimeout: 25s, verify: ${options.verify}, keepPrevious: 30m }
    services:
      web:
        image: ghcr.io/jupiter/web:1.8.0
        port: 8080
        route: /
        health: { path: /healthz }
        env: { APP_BODY: "web ${options.version}"${extra} }
      api:
        image: ghcr.io/jupiter/api:2.3.1
        port: 8080
        route: /api
        health: { path: /api/ }
        env: { APP_BODY: "api ${options.version}", APP_PATHS: /api }
  `);
}

/**
 * An environment of one web service at / (the test app) answering `body`, blue-green,
 * verified for a second, the old colour removed at once: what a test needs that deploys again
 * and again and only asks what the edge serves.
 */
export function oneWebManifest(
  name: string,
  host: string,
  body: string,
  options: {
    /** web's health block, in flow style. */
    readonly health?: string;
    /** More of web's environment, in flow style, each entry starting with `, `. */
    readonly webEnv?: string;
  } = {},
): string {
  return dedent(`
    apiVersion: wharf/v1
    kind: Environment
    name: ${name}
    topology: minimal
    host: ${host}
    tls: { mode: none }
    deploy: { strategy: blue-green, healthTimeout: 60s, verify: 1s, keepPrevious: 0s }
    services:
      web:
        image: ghcr.io/jupiter/web:1.8.0
        port: 8080
        route: /
        health: ${options.health ?? '{ path: /healthz }'}
        env: { APP_BODY: "${body}"${options.webEnv ?? ''} }
  `);
}
