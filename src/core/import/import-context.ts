import type { AppServiceInput, EnvironmentInput } from '../manifest.js';
import { names } from '../render/names.js';
import type { ServiceRole } from './classify-service.js';
import { isMap, type ComposeMap } from './compose-spellings.js';
import { secretName, volumeKey } from './import-names.js';
import type { Notes } from './import-notes.js';

/** An app service as imported: `image` may be missing (a Compose service that only builds). */
export type ImportedService = Omit<AppServiceInput, 'image'> & { image?: string };

/** The manifest `wharf import` writes; it validates unless an image is missing. */
export type ImportedManifest = Omit<EnvironmentInput, 'services'> & {
  services: Record<string, ImportedService>;
};

/** How apps reach a Compose service under wharf: another host name, and perhaps another port. */
export interface HostRewrite {
  readonly host: string;
  readonly port?: { readonly from: number; readonly to: number };
  /** `postgres`: the apps now go through PgBouncer, which a person should check. */
  readonly via: 'pgbouncer' | 'rename';
}

/** Secrets the manifest declares, each once, all `source: store`. */
export interface SecretRegistry {
  /**
   * The secret for `identity` (a Compose secret, a variable and its value), declared the first
   * time under a name made from `candidate`; `created` tells whether this call declared it.
   */
  declare(
    identity: string,
    candidate: string,
  ): { readonly name: string; readonly created: boolean };
  nameOf(identity: string): string | undefined;
  readonly names: readonly string[];
}

function secretRegistry(): SecretRegistry {
  const byIdentity = new Map<string, string>();
  const declared: string[] = [];
  return {
    declare(identity, candidate) {
      const known = byIdentity.get(identity);
      if (known !== undefined) return { name: known, created: false };
      const name = secretName(candidate, new Set(declared));
      byIdentity.set(identity, name);
      declared.push(name);
      return { name, created: true };
    },
    nameOf: (identity) => byIdentity.get(identity),
    names: declared,
  };
}

/** Volume keys given to the Compose file's named volumes, each once. */
export interface VolumeRegistry {
  /** The key of Compose volume `name`, given the first time (`fallback` if the name cannot be one). */
  keyOf(name: string, fallback: string): { readonly key: string; readonly created: boolean };
  /** Whether a Compose volume was given a key (some service uses it). */
  has(name: string): boolean;
  /** Keys raw services mount, to declare under `compose.volumes`. */
  readonly raw: Set<string>;
}

function volumeRegistry(): VolumeRegistry {
  const byName = new Map<string, string>();
  const taken = new Set<string>();
  return {
    keyOf(name, fallback) {
      const known = byName.get(name);
      if (known !== undefined) return { key: known, created: false };
      const key = volumeKey(name, fallback, taken);
      byName.set(name, key);
      taken.add(key);
      return { key, created: true };
    },
    has: (name) => byName.has(name),
    raw: new Set(),
  };
}

/** Everything the service importers share while one Compose file is imported. */
export interface ImportContext {
  /** The environment's name. */
  readonly env: string;
  /** The Compose project name, which prefixes the names of its volumes. */
  readonly project: string;
  readonly stateDir: string;
  readonly notes: Notes;
  readonly roles: ReadonlyMap<string, ServiceRole>;
  /** Compose service name to the wharf name of the app or raw service it became. */
  readonly names: ReadonlyMap<string, string>;
  /** Host names the Compose services were reached by (service and container names), renamed. */
  readonly hosts: ReadonlyMap<string, HostRewrite>;
  readonly secrets: SecretRegistry;
  readonly volumes: VolumeRegistry;
  readonly topVolumes: ComposeMap;
  readonly topSecrets: ComposeMap;
  /** Secret values met so far, by secret, to find the same value used again (never written). */
  readonly values: Map<string, string>;
  /** Values the manifest writes in the open (database and user names), never taken for secrets. */
  readonly publicValues: Set<string>;
}

export function createContext(fields: {
  env: string;
  project: string;
  stateDir: string;
  notes: Notes;
  roles: ReadonlyMap<string, ServiceRole>;
  names: ReadonlyMap<string, string>;
  hosts: ReadonlyMap<string, HostRewrite>;
  compose: ComposeMap;
}): ImportContext {
  const { compose, ...rest } = fields;
  return {
    ...rest,
    secrets: secretRegistry(),
    volumes: volumeRegistry(),
    topVolumes: isMap(compose['volumes']) ? compose['volumes'] : {},
    topSecrets: isMap(compose['secrets']) ? compose['secrets'] : {},
    values: new Map(),
    publicValues: new Set(),
  };
}

/** Where the operator writes a secret's value on the host. */
function storePath(ctx: ImportContext, secret: string): string {
  return names.secretFile(ctx.stateDir, ctx.env, secret);
}

/** The note's advice for a secret the manifest declares: where its value goes. */
export function storeAdvice(ctx: ImportContext, secret: string): string {
  return `write its value to ${storePath(ctx, secret)} on the host (\`install -d -m 0700 ${names.secretFile(ctx.stateDir, ctx.env, '').replace(/\/$/, '')}\`, then \`printf '%s' VALUE > ${storePath(ctx, secret)}\`)`;
}

/** The Docker volume Compose keeps a named volume's data in. */
export function composeVolumeName(ctx: ImportContext, name: string): string {
  const definition = ctx.topVolumes[name];
  if (isMap(definition)) {
    if (typeof definition['name'] === 'string') return definition['name'];
    if (definition['external'] === true || isMap(definition['external'])) return name;
  }
  return `${ctx.project}_${name}`;
}
