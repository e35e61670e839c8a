/** Removes the common indentation of a template literal, so test YAML can be written in place. */
export function dedent(text: string): string {
  const lines = text
    .replace(/^\n/, '')
    .replace(/\n\s*$/, '')
    .split('\n');
  const indent = Math.min(
    ...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)?.[0].length ?? 0),
  );
  return lines.map((l) => l.slice(indent)).join('\n') + '\n';
}

export interface HeaderFields {
  apiVersion?: string;
  kind?: string;
  name?: string;
  topology?: string;
  host?: string;
}

/**
 * An Environment manifest: a five-line header (lines 1 to 5: apiVersion, kind, name,
 * topology, host) and then `body`, which therefore starts on line 6.
 */
export function envManifest(body: string, header: HeaderFields = {}): string {
  const fields = {
    apiVersion: 'wharf/v1',
    kind: 'Environment',
    name: 'shop',
    topology: 'minimal',
    host: 'shop.test',
    ...header,
  };
  const head = Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
  return `${head}\n${dedent(body)}`;
}

/** The smallest valid body: one routed web service. */
export const webOnly = `
  services:
    web:
      image: wharf-test/app:1
      port: 8080
      route: /
`;

/** An environment of one routed web service (the test app), deployed blue-green. */
export function webEnvironment(options: {
  name: string;
  host: string;
  body: string;
  verify: string;
  selfHeal?: boolean;
}): string {
  const selfHeal = options.selfHeal === undefined ? '' : `, selfHeal: ${String(options.selfHeal)}`;
  return dedent(`
    apiVersion: wharf/v1
    kind: Environment
    name: ${options.name}
    topology: minimal
    host: ${options.host}
    tls: { mode: none }
    deploy: { strategy: blue-green, healthTimeout: 30s, verify: ${options.verify}, keepPrevious: 0s${selfHeal} }
    services:
      web: { image: ghcr.io/jupiter/web:1.8.0, port: 8080, route: /, health: { path: /healthz }, env: { APP_BODY: "${options.body}" } }
  `);
}

/** A wharf.yaml with one environment, its manifest `env.yaml`, following main. */
export function oneEnvironmentRepository(name: string): string {
  return `apiVersion: wharf/v1\nkind: Repository\nenvironments:\n  ${name}: { manifest: env.yaml, branch: main }\n`;
}
