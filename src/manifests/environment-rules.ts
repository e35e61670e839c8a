import type { AppService, Environment, EnvironmentInput } from '../core/manifest.js';
import { runningServers, statefulServerNames, statefulServers } from '../core/servers/registry.js';
import { maintenancePageMaxBytes } from '../core/edge/maintenance-page.js';
import type { ManifestReference } from '../core/servers/stateful-server.js';
import type { Finding } from './finding.js';
import { jobRules } from './job-rules.js';
import { swarmRules, swarmRuntimeRules } from './swarm-rules.js';

/** A path the edge serves for one environment, and where in the manifest it is declared. */
export interface DeclaredRoute {
  readonly host: string;
  readonly path: string;
  readonly owner: string;
  readonly segments: readonly (string | number)[];
}

/** Every (host, path) pair the environment asks the edge for: app routes and UIs. */
export function declaredRoutes(env: Environment): DeclaredRoute[] {
  const hosts = [env.host, ...(env.aliases ?? [])];
  const routes: Omit<DeclaredRoute, 'host'>[] = [];
  for (const [name, service] of Object.entries(env.services)) {
    if (service?.route)
      routes.push({
        path: service.route,
        owner: `service ${name}`,
        segments: ['services', name, 'route'],
      });
  }
  for (const server of statefulServers) {
    const route = server.route?.(env);
    if (route) routes.push(route);
  }
  return hosts.flatMap((host) => routes.map((route) => ({ ...route, host })));
}

/** Secret names the environment uses, with where each is referenced. */
export function referencedSecrets(
  env: Environment,
): (ManifestReference & { readonly name: string })[] {
  const refs: (ManifestReference & { readonly name: string })[] = [];
  for (const [service, definition] of Object.entries(env.services)) {
    for (const [i, name] of (definition?.secrets ?? []).entries())
      refs.push({ name, segments: ['services', service, 'secrets', i] });
  }
  for (const server of statefulServers) refs.push(...(server.secrets?.(env) ?? []));
  return refs;
}

/** A repository file a manifest points at; `maxBytes` when the file has a limit of its own. */
export type FileReference = ManifestReference & {
  readonly path: string;
  readonly maxBytes?: number;
};

/**
 * Repository files the environment points at: encrypted secrets, dashboards, rule files, the
 * maintenance page.
 */
export function referencedFiles(env: Environment): FileReference[] {
  const refs: FileReference[] = [];
  for (const [name, source] of Object.entries(env.secrets ?? {})) {
    if (source?.source === 'file' && source.path)
      refs.push({ path: source.path, segments: ['secrets', name, 'path'] });
  }
  for (const server of statefulServers) refs.push(...(server.files?.(env) ?? []));
  if (env.maintenance.page !== undefined)
    refs.push({
      path: env.maintenance.page,
      segments: ['maintenance', 'page'],
      maxBytes: maintenancePageMaxBytes,
    });
  return refs;
}

/** What each server asks of the manifest and its topology. */
function serverRules(env: Environment, file: string, written: EnvironmentInput): Finding[] {
  return statefulServers.flatMap((server) =>
    (server.findings?.(env, written) ?? []).map((finding) => ({ ...finding, file })),
  );
}

function serviceRules(env: Environment, file: string): Finding[] {
  const findings: Finding[] = [];
  const services = Object.entries(env.services).filter(
    (e): e is [string, AppService] => e[1] !== undefined,
  );
  const known = new Set<string>([
    ...services.map(([name]) => name),
    ...runningServers(env)
      .filter((server) => server.dependable)
      .map((server) => server.name),
  ]);

  for (const [name, service] of services) {
    const at = ['services', name];
    if (statefulServerNames.includes(name)) {
      findings.push({
        file,
        segments: at,
        at: 'key',
        rule: 'reserved-service-name',
        message: `\`${name}\` is the name of a built-in stateful service; configure it under its own section, or rename this app service`,
      });
    }
    if (service.route !== undefined && service.port === undefined) {
      findings.push({
        file,
        segments: [...at, 'route'],
        rule: 'route-needs-port',
        message: `service \`${name}\` has a route but no \`port\`: say which port the edge should send ${service.route} to`,
      });
    }
    if (service.health?.path !== undefined && service.port === undefined) {
      findings.push({
        file,
        segments: [...at, 'health', 'path'],
        rule: 'health-path-needs-port',
        message: `service \`${name}\` has an HTTP health path but no \`port\` to probe`,
      });
    }
    if (service.health?.path !== undefined && service.health.command !== undefined) {
      findings.push({
        file,
        segments: [...at, 'health'],
        rule: 'health-one-check',
        message: 'give either `path` (HTTP check) or `command` (command check), not both',
      });
    }
    for (const [i, dependency] of (service.dependsOn ?? []).entries()) {
      if (dependency === name) {
        findings.push({
          file,
          segments: [...at, 'dependsOn', i],
          rule: 'depends-on-itself',
          message: `service \`${name}\` cannot depend on itself`,
        });
      } else if (!known.has(dependency)) {
        findings.push({
          file,
          segments: [...at, 'dependsOn', i],
          rule: 'depends-on-unknown',
          message: `\`${dependency}\` is not a service of this environment (known: ${[...known].sort().join(', ')})`,
        });
      }
    }
  }
  findings.push(...dependencyCycles(services, file));
  return findings;
}

function dependencyCycles(services: [string, AppService][], file: string): Finding[] {
  const graph = new Map(services.map(([name, s]) => [name, s.dependsOn ?? []]));
  const state = new Map<string, 'visiting' | 'done'>();
  const findings: Finding[] = [];
  function visit(name: string, trail: string[]): void {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') {
      const cycle = [...trail.slice(trail.indexOf(name)), name];
      findings.push({
        file,
        segments: ['services', name, 'dependsOn'],
        rule: 'depends-on-cycle',
        message: `services depend on each other in a circle: ${cycle.join(' -> ')}`,
      });
      return;
    }
    state.set(name, 'visiting');
    // A service naming itself is reported on its own (depends-on-itself), not as a cycle.
    for (const next of graph.get(name) ?? []) {
      if (next !== name && graph.has(next)) visit(next, [...trail, name]);
    }
    state.set(name, 'done');
  }
  for (const name of graph.keys()) visit(name, []);
  return findings;
}

function secretRules(env: Environment, file: string): Finding[] {
  const declared = new Set(Object.keys(env.secrets ?? {}));
  return referencedSecrets(env)
    .filter((ref) => !declared.has(ref.name))
    .map((ref) => ({
      file,
      segments: ref.segments,
      rule: 'secret-undeclared',
      message: `secret \`${ref.name}\` is not declared; add it under \`secrets:\` (for example \`${ref.name}: { source: store }\`)`,
    }));
}

function routeRules(env: Environment, file: string): Finding[] {
  const findings: Finding[] = [];
  const seen = new Map<string, DeclaredRoute>();
  for (const route of declaredRoutes(env)) {
    if (route.host !== env.host) continue; // aliases repeat the same routes by design
    const first = seen.get(route.path);
    if (first) {
      findings.push({
        file,
        segments: route.segments,
        rule: 'unique-route',
        message: `route ${route.path} on ${route.host} is already taken by ${first.owner}; each path may go to one service`,
      });
    } else {
      seen.set(route.path, route);
    }
  }
  return findings;
}

/**
 * Rules across fields of one environment that JSON Schema cannot express: `env` as validated
 * (defaults filled in), `written` as its file has it, for rules about what a person wrote.
 */
export function environmentRules(
  env: Environment,
  file: string,
  written: EnvironmentInput,
): Finding[] {
  const findings = [
    ...serverRules(env, file, written),
    ...serviceRules(env, file),
    ...secretRules(env, file),
    ...routeRules(env, file),
    ...jobRules(env, file),
    ...swarmRules(env, file),
    ...swarmRuntimeRules(env, file, written),
  ];
  if (env.tls.mode === 'letsencrypt' && !env.tls.email) {
    findings.push({
      file,
      segments: ['tls'],
      rule: 'letsencrypt-needs-email',
      message: '`letsencrypt` needs `tls.email`: the ACME account address for expiry notices',
    });
  }
  if (env.aliases?.includes(env.host)) {
    findings.push({
      file,
      segments: ['aliases', env.aliases.indexOf(env.host)],
      rule: 'alias-is-host',
      message: `\`${env.host}\` is already the main host; remove it from aliases`,
    });
  }
  // `pr-<number>` is a preview's name, and wharf keys its own per-pull-request objects (the
  // comment's lock) `pr-<number>-...`: an environment named so would share them.
  if (/^pr-[0-9]+(-|$)/.test(env.name)) {
    findings.push({
      file,
      segments: ['name'],
      rule: 'reserved-name',
      message: `names of the form pr-<number> are reserved for pull-request previews, and so are names that begin with pr-<number>-; pick another name than \`${env.name}\``,
    });
  }
  return findings;
}
