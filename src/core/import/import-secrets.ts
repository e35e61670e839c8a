import { isMap } from './compose-spellings.js';
import { storeAdvice, type ImportContext } from './import-context.js';
import { notePath } from './import-notes.js';

export interface ImportedSecrets {
  /** The wharf secrets the service lists. */
  readonly secrets: string[];
  /** Where the service found each secret under Compose, to where wharf mounts it. */
  readonly paths: Map<string, string>;
}

function origin(definition: unknown): string {
  if (!isMap(definition)) return 'it is not defined at the top level of the Compose file';
  if (typeof definition['file'] === 'string')
    return `Compose read it from the file ${definition['file']}`;
  if (typeof definition['environment'] === 'string')
    return `Compose read it from the variable ${definition['environment']}`;
  if (definition['external'] === true) return 'it was an external (Swarm) secret';
  return 'Compose defined it at the top level';
}

/** The wharf secret a Compose secret became, declared (with its note) the first time. */
export function composeSecret(ctx: ImportContext, source: string): string {
  const { name, created } = ctx.secrets.declare(`compose\0${source}`, source);
  if (created)
    ctx.notes.decide(
      notePath('secrets', source),
      `declared as the secret ${name} (source: store), since ${origin(ctx.topSecrets[source])}; ${storeAdvice(ctx, name)}`,
    );
  return name;
}

/**
 * A service's Compose `secrets` as wharf secrets. wharf mounts each at `/run/secrets/NAME`, its
 * name in UPPER_SNAKE_CASE, so the service's paths change; values naming the old paths are
 * changed with them (import-env.ts).
 */
export function importServiceSecrets(
  ctx: ImportContext,
  service: string,
  value: unknown,
): ImportedSecrets {
  const secrets: string[] = [];
  const paths = new Map<string, string>();
  if (!Array.isArray(value)) return { secrets, paths };
  for (const [i, entry] of value.entries()) {
    const at = notePath('services', service, 'secrets', i);
    const source: unknown = isMap(entry) ? entry['source'] : entry;
    if (typeof source !== 'string') {
      ctx.notes.dropped(at, 'not carried: a secret without a `source`');
      continue;
    }
    const name = composeSecret(ctx, source);
    if (!secrets.includes(name)) secrets.push(name);
    const target = isMap(entry) && typeof entry['target'] === 'string' ? entry['target'] : source;
    const before = target.startsWith('/') ? target : `/run/secrets/${target}`;
    const after = `/run/secrets/${name}`;
    paths.set(before, after);
    if (before !== after)
      ctx.notes.decide(
        at,
        `mounted at ${after}, not ${before}: values in its environment that named the old path were changed; change whatever else reads it`,
      );
    if (isMap(entry) && ['uid', 'gid', 'mode'].some((k) => entry[k] !== undefined))
      ctx.notes.dropped(
        at,
        'not carried: its uid, gid and mode; wharf mounts the file of the store as it is',
      );
  }
  return { secrets, paths };
}
