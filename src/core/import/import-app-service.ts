import { commandList, nonEmpty, type Command } from './compose-command.js';
import { dependencies, exposedPorts, portMappings, type ComposeMap } from './compose-spellings.js';
import { interpolationAdvice, literalValue, otherKey } from './compose-key-fates.js';
import type { HostRewrite, ImportContext, ImportedService } from './import-context.js';
import { importEnvironment } from './import-env.js';
import type { WebHints } from './web-hints.js';
import { importHealth } from './import-health.js';
import { importImage } from './import-image.js';
import { notePath } from './import-notes.js';
import { importServiceSecrets } from './import-secrets.js';
import { importMounts } from './import-volumes.js';
import { scaleOf } from './import-resources.js';
import { rewriteHosts } from './rewrite-hosts.js';
import { labelHints } from './web-hints.js';

export interface ImportedApp {
  readonly name: string;
  readonly service: ImportedService;
  /** What goes to `compose.services.<name>`, merged into the rendered service; may be empty. */
  readonly raw: Record<string, unknown>;
  /** Whether Compose published one of its ports on the host. */
  readonly published: boolean;
  readonly web: WebHints;
}

/** Keys this importer reads itself; the others go through `otherKey`. */
const modelled = new Set([
  'image',
  'build',
  'ports',
  'expose',
  'environment',
  'command',
  'healthcheck',
  'depends_on',
  'deploy',
  'cpus',
  'mem_limit',
  'scale',
  'volumes',
  'secrets',
  'labels',
  'links',
]);

/** The services of the Compose file a link names, and the names it gave them. */
function linkAliases(ctx: ImportContext, value: unknown): Map<string, HostRewrite> {
  const aliases = new Map<string, HostRewrite>();
  if (!Array.isArray(value)) return aliases;
  for (const link of value.map(String)) {
    const [service = '', alias = service] = link.split(':');
    const target = ctx.hosts.get(service);
    const name = ctx.names.get(service);
    if (target) aliases.set(alias, target);
    else if (name !== undefined) aliases.set(alias, { host: name, via: 'rename' });
  }
  return aliases;
}

/** The stateless service a Compose service becomes, deployed blue-green. */
export function importAppService(
  ctx: ImportContext,
  composeName: string,
  definition: ComposeMap,
): ImportedApp {
  const name = ctx.names.get(composeName) ?? composeName;
  const into = `services.${name}`;
  const service: ImportedService = {};
  const raw: Record<string, unknown> = {};
  const at = (...rest: (string | number)[]): string => notePath('services', composeName, ...rest);

  const image = importImage(ctx, composeName, definition, into);
  if (image !== undefined) service.image = image;

  const published = portsOf(ctx, composeName, definition, service);
  const mounted = importServiceSecrets(ctx, composeName, definition['secrets']);
  const imported = importEnvironment(
    ctx,
    {
      service: composeName,
      into,
      role: 'app',
      aliases: linkAliases(ctx, definition['links']),
      secretPaths: mounted.paths,
    },
    definition['environment'],
  );
  if (Object.keys(imported.env).length > 0) {
    service.env = imported.env;
    ctx.notes.carried(
      at('environment'),
      `${Object.keys(imported.env).length} variable(s) in ${into}.env`,
    );
  }
  if (Object.keys(imported.rawEnv).length > 0) raw['environment'] = imported.rawEnv;
  const secrets = [...new Set([...mounted.secrets, ...imported.secrets])];
  if (secrets.length > 0) service.secrets = secrets;

  const command = commandOf(ctx, composeName, definition['command'], into);
  if (command) service.command = command;
  if (definition['healthcheck'] !== undefined) {
    const health = importHealth(ctx, composeName, definition['healthcheck']);
    if (health) service.health = health;
  }
  const dependsOn = dependsOnOf(ctx, composeName, definition['depends_on']);
  if (dependsOn.length > 0) service.dependsOn = dependsOn;
  scaleOf(ctx, composeName, definition, service, raw);

  const volumes = importMounts(
    ctx,
    { service: composeName, name, into: `compose.services.${name}`, role: 'app' },
    definition['volumes'],
  );
  if (volumes.length > 0) raw['volumes'] = volumes;

  const web = imported.web;
  if (definition['labels'] !== undefined) {
    const hinted = labelHints(definition['labels'], web);
    ctx.notes.dropped(
      at('labels'),
      `not carried: labels for other tools (Traefik, Watchtower, ...) do nothing under wharf, which sets its own${hinted ? '; the proxy settings among them were read for the host, port and route' : ''}`,
    );
  }
  if (definition['links'] !== undefined)
    ctx.notes.dropped(
      at('links'),
      "not carried: the services reach each other by name on the environment's network; values naming a link's alias were changed to the service's name",
    );

  for (const [key, value] of Object.entries(definition)) {
    if (modelled.has(key)) continue;
    const kept = otherKey(
      ctx,
      { service: composeName, into: `compose.services.${name}` },
      key,
      value,
    );
    if (kept) raw[key] = kept.carry;
  }
  const carriedRaw = Object.keys(raw).filter((k) => k !== 'volumes' && k !== 'deploy');
  if (carriedRaw.length > 0)
    ctx.notes.carried(
      at(),
      `${carriedRaw.map((k) => `\`${k}\``).join(', ')} written under compose.services.${name}, merged into the service wharf renders`,
    );
  return { name, service, raw, published, web };
}

/** `port` from the first published TCP port, else the first exposed one; the rest reported. */
function portsOf(
  ctx: ImportContext,
  composeName: string,
  definition: ComposeMap,
  service: ImportedService,
): boolean {
  const mappings = portMappings(definition['ports']);
  for (const [i, mapping] of mappings.entries()) {
    const at = notePath('services', composeName, 'ports', i);
    if (mapping.protocol !== 'tcp' || mapping.container === undefined) {
      ctx.notes.dropped(
        at,
        `not carried: \`${mapping.spelling}\`; the edge forwards HTTP only, and a host port needs policy.${ctx.env}.hostPorts`,
      );
      continue;
    }
    if (service.port === undefined) {
      service.port = mapping.container;
      ctx.notes.carried(
        at,
        `port ${mapping.container}; wharf publishes no port on the host (Compose had \`${mapping.spelling}\`): the edge routes to it`,
      );
    } else if (mapping.container !== service.port) {
      ctx.notes.dropped(
        at,
        `not carried: \`${mapping.spelling}\`; the edge routes HTTP to one port of a service (${service.port}); publishing another on the host needs policy.${ctx.env}.hostPorts: [${mapping.published || mapping.container}] and compose.services.<name>.ports`,
      );
    }
  }
  if (service.port === undefined) {
    const exposed = exposedPorts(definition['expose']);
    if (exposed[0] !== undefined) {
      service.port = exposed[0];
      ctx.notes.carried(notePath('services', composeName, 'expose'), `port ${exposed[0]}`);
    }
  } else if (definition['expose'] !== undefined) {
    ctx.notes.dropped(
      notePath('services', composeName, 'expose'),
      'not carried: every port of a service is reachable on the environment network anyway',
    );
  }
  return mappings.length > 0;
}

function commandOf(
  ctx: ImportContext,
  composeName: string,
  value: unknown,
  into: string,
): Command | undefined {
  if (value === undefined || value === null) return undefined;
  const at = notePath('services', composeName, 'command');
  const literal = literalValue(value);
  if (!literal.ok) {
    ctx.notes.decide(
      at,
      `not written: ${interpolationAdvice(literal.variables)}; write ${into}.command yourself`,
    );
    return undefined;
  }
  const list = nonEmpty(commandList(literal.value) ?? []);
  if (!list) {
    ctx.notes.decide(
      at,
      `not written: a quote is left open in it (or it is empty); write ${into}.command as a list`,
    );
    return undefined;
  }
  const rewritten = list.map((arg) => rewriteHosts(arg, ctx.hosts));
  const command = nonEmpty(rewritten.map((r) => r.text)) ?? list;
  const changes = rewritten.flatMap((r) => r.changed);
  ctx.notes.carried(
    at,
    `command ${JSON.stringify(command)}${typeof value === 'string' ? ' (split into words as Compose splits it)' : ''}`,
  );
  for (const change of changes)
    ctx.notes[change.via === 'pgbouncer' ? 'decide' : 'carried'](
      at,
      `\`${change.from}\` in it is now \`${change.host}\`${change.port ? `, port ${change.port.from} now ${change.port.to} (PgBouncer)` : ''}`,
    );
  return command;
}

/** Compose `depends_on` as `dependsOn`: app services by their new names, wharf's own servers. */
function dependsOnOf(ctx: ImportContext, composeName: string, value: unknown): string[] {
  const out: string[] = [];
  for (const dep of dependencies(value)) {
    const at = notePath('services', composeName, 'depends_on', dep.service);
    const role = ctx.roles.get(dep.service);
    const name = ctx.names.get(dep.service);
    switch (role?.kind) {
      case 'postgres':
      case 'rabbitmq':
        out.push(role.kind);
        break;
      case 'app':
        if (name !== undefined && dep.service !== composeName) out.push(name);
        break;
      case 'stateful':
        ctx.notes.dropped(
          at,
          `not carried: \`${name ?? dep.service}\` is a stateful service (compose.services.${name ?? dep.service}), which every deploy updates before the app services; dependsOn names app services and wharf's own servers only`,
        );
        break;
      case 'proxy':
        ctx.notes.dropped(
          at,
          'not carried: the reverse proxy is not imported (the edge takes its place)',
        );
        break;
      case 'task':
        ctx.notes.dropped(
          at,
          `not carried: \`${dep.service}\` is a one-shot task, which is not imported`,
        );
        break;
      case undefined:
        ctx.notes.dropped(at, 'not carried: the Compose file has no such service');
        break;
    }
  }
  const unique = [...new Set(out)];
  if (unique.length > 0)
    ctx.notes.carried(
      notePath('services', composeName, 'depends_on'),
      `dependsOn ${JSON.stringify(unique)}: wharf waits for each to be healthy first`,
    );
  return unique;
}
