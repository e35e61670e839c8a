import { environmentEntries, type ComposeMap } from './compose-spellings.js';
import { otherKey } from './compose-key-fates.js';
import type { ImportContext } from './import-context.js';
import { notePath } from './import-notes.js';
import { isInterpolated, literalText, withDefaults } from './interpolation.js';

/** Why a key of a Compose service that became one of wharf's servers is not carried. */
export type ServerReasons = Readonly<
  Record<string, { readonly kind: 'dropped' | 'decide'; readonly message: string }>
>;

export interface ServerKeys {
  /** The raw entry that would take more of it: `compose.services.postgres`. */
  readonly into: string;
  /** The server's name for people: `PostgreSQL`. */
  readonly label: string;
  /** Keys its importer reads itself. */
  readonly modelled: ReadonlySet<string>;
  readonly reasons: ServerReasons;
}

/** A note for every other key of the service: the server's own reason, else the general one. */
export function serverKeyNotes(
  ctx: ImportContext,
  composeName: string,
  definition: ComposeMap,
  server: ServerKeys,
): void {
  for (const [key, value] of Object.entries(definition)) {
    if (server.modelled.has(key)) continue;
    const reason = server.reasons[key];
    if (reason) ctx.notes[reason.kind](notePath('services', composeName, key), reason.message);
    else
      otherKey(ctx, { service: composeName, into: server.into, server: server.label }, key, value);
  }
}

/**
 * The server's variables as the container got them: a literal as it is, a variable Compose
 * filled in by its default (with a note), '' and what has no value as undefined.
 */
export function serverVariables(
  ctx: ImportContext,
  composeName: string,
  environment: unknown,
): { readonly value: (key: string) => string | undefined; readonly keys: readonly string[] } {
  const env = new Map(environmentEntries(environment));
  const noted = new Set<string>();
  return {
    keys: [...env.keys()],
    value(key) {
      const raw = env.get(key);
      if (typeof raw === 'number') return String(raw);
      if (typeof raw !== 'string') return undefined;
      if (!isInterpolated(raw)) return literalText(raw) || undefined;
      const filled = withDefaults(raw);
      if (!noted.has(key))
        ctx.notes.decide(
          notePath('services', composeName, 'environment', key),
          `Compose filled \`${key}\` in from the shell or .env; ${filled === undefined ? 'it is taken as not set' : 'its default is taken'}`,
        );
      noted.add(key);
      return filled || undefined;
    },
  };
}
