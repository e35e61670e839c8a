import { environmentEntries, type ComposeMap } from './compose-spellings.js';
import { storeAdvice, type HostRewrite, type ImportContext } from './import-context.js';
import { notePath } from './import-notes.js';
import { isInterpolated, literalText, variablesIn, withDefaults } from './interpolation.js';
import { hasUrlPassword, maskPassword, rewriteHosts, urlPassword } from './rewrite-hosts.js';
import { looksSecret } from './secret-names.js';
import { isWebSetting, readWebSetting, type WebHints } from './web-hints.js';

export interface EnvTarget {
  /** The Compose service. */
  readonly service: string;
  /** The manifest entry it became (`services.web`, or `compose.services.redis`). */
  readonly into: string;
  readonly role: 'app' | 'stateful';
  /**
   * For a raw service: the prefix of the variables its image also reads from a file
   * (`POSTGRES_`, `MYSQL_`: the official images' `NAME_FILE` convention), if any.
   */
  readonly fileVariables?: readonly string[];
  /** Further host names this service reached others by (`links: [db:database]`). */
  readonly aliases: ReadonlyMap<string, HostRewrite>;
  /** Paths of the Compose secrets it mounts, to the paths wharf mounts them at. */
  readonly secretPaths: ReadonlyMap<string, string>;
}

export interface ImportedEnv {
  readonly env: Record<string, string | number | boolean>;
  /** Variables of an app whose names `env` does not take (`discovery.type`), for the raw block. */
  readonly rawEnv: Record<string, string | number | boolean>;
  /** Secrets the service must list to get what its variables held. */
  readonly secrets: string[];
  readonly web: WebHints;
}

/** The names `services.<name>.env` takes (schemas/environment.schema.json). */
const envName = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;

/** Whether a raw service's image reads `key_FILE` for the variable `key`. */
function readsFile(target: EnvTarget, key: string): boolean {
  return (target.fileVariables ?? []).some((prefix) => key.startsWith(prefix));
}

function secretAdvice(ctx: ImportContext, target: EnvTarget, key: string, secret: string): string {
  const file = `/run/secrets/${secret}`;
  if (target.role === 'app')
    return `the service now lists the secret ${secret} and gets it as the file ${file}, its path in ${key}_FILE${key === secret ? '' : ` and ${secret}_FILE`}, not as \`${key}\`: make the app read the file (images that take NAME_FILE do), and ${storeAdvice(ctx, secret)}`;
  if (readsFile(target, key))
    return `written as \`${key}_FILE: ${file}\` with the secret ${secret}, which the image reads; ${storeAdvice(ctx, secret)}`;
  return `the service lists the secret ${secret} (the file ${file}); make the image read it from there, and ${storeAdvice(ctx, secret)}`;
}

/** What one service's environment has become so far. */
interface EnvState {
  readonly ctx: ImportContext;
  readonly target: EnvTarget;
  readonly env: Record<string, string | number | boolean>;
  readonly secrets: string[];
  readonly web: WebHints;
  readonly rewrites: ReadonlyMap<string, HostRewrite>;
  /** The variable that named the PostgreSQL service alone (`DB_HOST=db`), if one did. */
  pgbouncerHost?: string;
}

function at(state: EnvState, key: string): string {
  return notePath('services', state.target.service, 'environment', key);
}

/**
 * The service lists `secret` in place of the variable `key`, and gets the file's path in
 * `key_FILE`: an app always (wharf adds `secret_FILE` itself), a raw service whose image reads
 * that variable so. A `key_FILE` the service sets itself is kept.
 */
function useSecret(state: EnvState, key: string, secret: string, whole = true): void {
  if (!state.secrets.includes(secret)) state.secrets.push(secret);
  // A secret that is only a part of the value (an address's password) gets no `key_FILE`.
  if (!whole) return;
  const reads = state.target.role === 'app' ? key !== secret : readsFile(state.target, key);
  if (reads && state.env[`${key}_FILE`] === undefined)
    state.env[`${key}_FILE`] = `/run/secrets/${secret}`;
}

/** Whether wharf can write a value as it is; not one from the shell, not a scalar, interpolated. */
function writable(state: EnvState, key: string, raw: unknown): raw is string | number | boolean {
  const { ctx, target } = state;
  if (raw === undefined) {
    ctx.notes.decide(
      at(state, key),
      `not written: Compose takes \`${key}\` from the shell it runs in; give it a value in ${target.into}.env (a secret goes in the store)`,
    );
    return false;
  }
  if (typeof raw !== 'string' && typeof raw !== 'number' && typeof raw !== 'boolean') {
    ctx.notes.dropped(
      at(state, key),
      'not carried: a value that is not text, a number or a boolean',
    );
    return false;
  }
  if (typeof raw !== 'string' || !isInterpolated(raw)) return true;
  const fallback = withDefaults(raw);
  const variables = variablesIn(raw)
    .map((v) => `\`${v}\``)
    .join(', ');
  ctx.notes.decide(
    at(state, key),
    `not written: Compose filled in ${variables} from the shell or .env, and wharf writes every \`$\` as it is; write the value itself in ${target.into}.env${fallback === undefined ? '' : ` (the default in the Compose file is \`${maskPassword(fallback)}\`)`}${looksSecret(key) ? ', or as a secret' : ''}`,
  );
  return false;
}

/** A value that is, or holds, a secret: moved to the store, never written. */
function secretValue(state: EnvState, key: string, text: string): boolean {
  const { ctx, target } = state;
  // A value the Compose file also uses in the open (a user name equal to the password) is
  // taken for the secret only under a name that says it is one.
  const same =
    text !== '' && (looksSecret(key) || !ctx.publicValues.has(text))
      ? [...ctx.values].find(([, v]) => v === text)
      : undefined;
  if (same) {
    useSecret(state, key, same[0]);
    ctx.notes.decide(
      at(state, key),
      `not written: the value is the one of the secret ${same[0]}; ${secretAdvice(ctx, target, key, same[0])}`,
    );
    return true;
  }
  if (looksSecret(key) && text !== '') {
    const { name } = ctx.secrets.declare(`env\0${key}\0${text}`, key);
    ctx.values.set(name, text);
    useSecret(state, key, name);
    ctx.notes.decide(
      at(state, key),
      `not written: \`${key}\` looks like a secret, and the repository holds none in clear: it is declared as the secret ${name} (source: store); ${secretAdvice(ctx, target, key, name)}`,
    );
    return true;
  }
  if (!hasUrlPassword(text)) return false;
  const rewritten = rewriteHosts(text, state.rewrites);
  const suggestion =
    rewritten.changed.length > 0 ? `; reach it at \`${maskPassword(rewritten.text)}\`` : '';
  const known = [...ctx.values].find(([, v]) => v === urlPassword(text));
  if (known) useSecret(state, key, known[0], false);
  ctx.notes.decide(
    at(state, key),
    `not written: \`${maskPassword(text)}\` has a password in it, and the repository holds none in clear${suggestion}: ${known ? `the password is the secret ${known[0]}, which the service now lists (the file /run/secrets/${known[0]}); give the app` : 'give the app the password as a secret (the file /run/secrets/NAME) and'} the rest of the address in ${target.into}.env`,
  );
  return true;
}

/** A value naming renamed services as hosts, written with their new names. */
function renamedHosts(state: EnvState, key: string, text: string): boolean {
  const rewritten = rewriteHosts(text, state.rewrites);
  if (rewritten.changed.length === 0) return false;
  state.env[key] = rewritten.text;
  for (const change of rewritten.changed) {
    if (change.via === 'pgbouncer') {
      if (rewritten.whole) state.pgbouncerHost = key;
      state.ctx.notes.decide(
        at(state, key),
        `\`${text}\` is now \`${rewritten.text}\`: wharf's apps reach PostgreSQL through PgBouncer (${change.host}:${change.port?.to ?? ''}), in transaction pooling by default (postgres.pgbouncer.poolMode); check that the app works so`,
      );
    } else {
      state.ctx.notes.carried(
        at(state, key),
        `\`${text}\` is now \`${rewritten.text}\`: the service \`${change.from}\` is \`${change.host}\` under wharf`,
      );
    }
  }
  return true;
}

/**
 * A service's environment as wharf writes it: literal values as they are, values Compose took
 * from the shell or `.env` left out, secrets moved to the store, and the host names of
 * services that wharf renames (PostgreSQL is reached through PgBouncer) changed.
 */
export function importEnvironment(
  ctx: ImportContext,
  target: EnvTarget,
  value: unknown,
): ImportedEnv {
  const state: EnvState = {
    ctx,
    target,
    env: {},
    secrets: [],
    web: { hosts: [] },
    rewrites: new Map([...ctx.hosts, ...target.aliases]),
  };
  for (const [key, raw] of environmentEntries(value)) {
    if (target.role === 'app' && isWebSetting(key) && raw !== undefined) {
      readWebSetting(ctx, at(state, key), key, raw, state.web);
      continue;
    }
    if (!writable(state, key, raw)) continue;
    const literal = typeof raw === 'string' ? literalText(raw) : raw;
    const text = String(literal);
    const secretPath = target.secretPaths.get(text);
    if (secretPath !== undefined) {
      state.env[key] = secretPath;
      if (secretPath !== text)
        ctx.notes.carried(
          at(state, key),
          `\`${text}\` is now \`${secretPath}\`, where wharf mounts the secret`,
        );
      continue;
    }
    if (typeof literal === 'boolean') state.env[key] = literal;
    else if (!secretValue(state, key, text) && !renamedHosts(state, key, text))
      state.env[key] = literal;
  }
  if (state.pgbouncerHost !== undefined) pgbouncerPort(ctx, target, state.env, state.pgbouncerHost);
  const rawEnv: Record<string, string | number | boolean> = {};
  if (target.role === 'app')
    for (const [key, value] of Object.entries(state.env))
      if (!envName.test(key)) {
        rawEnv[key] = value;
        delete state.env[key];
        ctx.notes.carried(
          at(state, key),
          `written under compose.services.${target.into.split('.')[1] ?? ''}.environment: the names of ${target.into}.env are letters, digits and underscores`,
        );
      }
  return { env: state.env, rawEnv, secrets: state.secrets, web: state.web };
}

/** A `..._HOST` now naming PgBouncer wants PgBouncer's port in the `..._PORT` beside it. */
function pgbouncerPort(
  ctx: ImportContext,
  target: EnvTarget,
  env: Record<string, string | number | boolean>,
  hostKey: string,
): void {
  const rewrite = [...ctx.hosts.values()].find((r) => r.via === 'pgbouncer');
  const port = rewrite?.port;
  if (!port) return;
  const portKey = Object.keys(env).find(
    (k) => /PORT/i.test(k) && String(env[k]) === String(port.from),
  );
  if (portKey !== undefined) {
    env[portKey] = typeof env[portKey] === 'number' ? port.to : String(port.to);
    ctx.notes.decide(
      notePath('services', target.service, 'environment', portKey),
      `\`${port.from}\` is now \`${port.to}\`, the port PgBouncer listens on`,
    );
  } else {
    ctx.notes.decide(
      notePath('services', target.service, 'environment', hostKey),
      `PgBouncer listens on port ${port.to}, not ${port.from}: set the port the app connects to in ${target.into}.env`,
    );
  }
}

/**
 * The values the Compose file gives in the open, under names that do not look secret: a
 * password equal to one of them (`wordpress`, the user's name too) does not make them secret.
 */
export function openValues(services: readonly (readonly [string, ComposeMap])[]): Set<string> {
  const values = new Set<string>();
  for (const [, definition] of services)
    for (const [key, raw] of environmentEntries(definition['environment'])) {
      if (looksSecret(key) || (typeof raw !== 'string' && typeof raw !== 'number')) continue;
      const text = typeof raw === 'string' ? raw : String(raw);
      if (!isInterpolated(text) && !hasUrlPassword(text)) values.add(literalText(text));
    }
  return values;
}
