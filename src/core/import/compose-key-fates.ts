import { serviceKeys, type GrantName } from '../policy/compose-keys.js';
import { namespaceMode } from '../policy/compose-values.js';
import { isMap } from './compose-spellings.js';
import type { ImportContext } from './import-context.js';
import { isInterpolated, literalText, variablesIn } from './interpolation.js';
import { notePath } from './import-notes.js';

/** Why a Compose key has no counterpart under wharf, for keys compose-keys.ts has no `why` for. */
const noCounterpart: Readonly<Record<string, string>> = {
  restart: 'wharf restarts every service it runs itself (`unless-stopped`)',
  networks:
    "wharf puts each service on the environment's own network, where the services reach each other by name",
  links: "the services reach each other by name on the environment's network",
  external_links: "the services reach only their own environment's services, by name",
  labels:
    'labels for other tools (Traefik, Watchtower, ...) do nothing under wharf, which sets its own',
  pull_policy: 'wharf pulls the images it deploys',
  develop: 'Compose Watch is a development tool',
  version: 'obsolete; Compose ignores it too',
  scale: 'see `replicas`',
};

function reasonOf(key: string): string | undefined {
  const rule = serviceKeys[key];
  if (rule?.kind === 'never') {
    if (key === 'env_file')
      return `${rule.why}; its variables are not imported: copy those the service needs into its environment, secrets into the store`;
    return rule.why;
  }
  return noCounterpart[key];
}

/** A value with every string literal as the container received it (`$$` is `$`), or why not. */
export function literalValue(
  value: unknown,
):
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly variables: string[] } {
  if (typeof value === 'string')
    return isInterpolated(value)
      ? { ok: false, variables: variablesIn(value) }
      : { ok: true, value: literalText(value) };
  if (Array.isArray(value)) {
    const items: unknown[] = [];
    for (const item of value) {
      const one = literalValue(item);
      if (!one.ok) return one;
      items.push(one.value);
    }
    return { ok: true, value: items };
  }
  if (isMap(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const one = literalValue(v);
      if (!one.ok) return one;
      out[k] = one.value;
    }
    return { ok: true, value: out };
  }
  return { ok: true, value };
}

export function interpolationAdvice(variables: readonly string[]): string {
  return `Compose filled in ${variables.map((v) => `\`${v}\``).join(', ')} from the shell or .env, and wharf writes every \`$\` as it is`;
}

function grantAdvice(ctx: ImportContext, grant: GrantName, key: string): string {
  const granted = grant === 'composeKeys' ? `composeKeys: [${key}]` : grant;
  return `policy.${ctx.env}.${granted} in wharf.yaml on the default branch`;
}

/** Namespace modes the allowlist takes without a grant. */
const harmlessModes: Readonly<Record<string, readonly string[]>> = {
  network_mode: ['none'],
  ipc: ['private', 'shareable', 'none'],
  cgroup: ['private'],
};

/**
 * Where a key of a Compose service that its importer does not model itself goes: into the raw
 * `compose.services.<name>` entry when the allowlist takes it as it is (returned), else a note
 * saying why not and what would allow it. `into` names the raw entry for messages;
 * `server` says the service became one of wharf's own servers, which takes no key of its own.
 */
export function otherKey(
  ctx: ImportContext,
  at: { readonly service: string; readonly into: string; readonly server?: string },
  key: string,
  value: unknown,
): { readonly carry: unknown } | undefined {
  const path = notePath('services', at.service, key);
  const rawPath = `${at.into}.${key}`;
  const reason = reasonOf(key);
  if (reason !== undefined) {
    ctx.notes.dropped(path, `not carried: ${reason}`);
    return undefined;
  }
  if (key.startsWith('x-')) {
    ctx.notes.dropped(path, 'not carried: an extension field, which Compose ignores in a service');
    return undefined;
  }
  const rule = serviceKeys[key];
  if (rule?.kind === 'grant') {
    ctx.notes.decide(
      path,
      `not written: \`${key}\` needs the grant ${grantAdvice(ctx, rule.grant, key)}; grant it and add it under ${rawPath} if the service needs it`,
    );
    return undefined;
  }
  if (
    key === 'network_mode' ||
    key === 'pid' ||
    key === 'ipc' ||
    key === 'uts' ||
    key === 'userns_mode' ||
    key === 'cgroup'
  ) {
    const mode = namespaceMode(value);
    if ((harmlessModes[key] ?? []).includes(mode)) return carryLiteral(ctx, path, value, at);
    if (key === 'network_mode' && (mode === 'bridge' || mode === 'default')) {
      ctx.notes.dropped(path, `not carried: ${noCounterpart['networks'] ?? ''}`);
      return undefined;
    }
    const grant: GrantName =
      mode.startsWith('container:') || mode.startsWith('service:')
        ? 'sharedNamespaces'
        : key === 'network_mode'
          ? mode === 'host'
            ? 'hostNetwork'
            : 'composeKeys'
          : 'privileged';
    ctx.notes.decide(
      path,
      `not written: \`${key}: ${mode}\` needs the grant ${grantAdvice(ctx, grant, key)}; grant it and add it under ${rawPath} if the service needs it`,
    );
    return undefined;
  }
  if (rule?.kind === 'allowed') {
    if (at.server !== undefined) {
      ctx.notes.dropped(
        path,
        `not carried: wharf configures its ${at.server} itself; add \`${key}\` under ${rawPath} if it is needed`,
      );
      return undefined;
    }
    return carryLiteral(ctx, path, value, at);
  }
  ctx.notes.dropped(
    path,
    `not carried: \`${key}\` is not on the allowlist of raw Compose keys; to keep it, grant ${grantAdvice(ctx, 'composeKeys', key)} and add it under ${rawPath}`,
  );
  return undefined;
}

function carryLiteral(
  ctx: ImportContext,
  path: string,
  value: unknown,
  at: { readonly into: string },
): { readonly carry: unknown } | undefined {
  const literal = literalValue(value);
  if (!literal.ok) {
    ctx.notes.decide(
      path,
      `not written: ${interpolationAdvice(literal.variables)}; write the value itself under ${at.into}`,
    );
    return undefined;
  }
  return { carry: literal.value };
}
