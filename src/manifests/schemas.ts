import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { readSchemaFile } from '../adapters/schema-files.js';
import type { WharfConfig } from '../config/config.generated.js';
import type { Environment, Repository } from '../core/manifest.js';
import * as compiled from './validators.generated.js';

export type ManifestKind = 'Environment' | 'Repository' | 'WharfConfig';

/** What a manifest of each kind is once validated: every schema default filled in. */
export interface Resolved {
  Environment: Environment;
  Repository: Repository;
  WharfConfig: WharfConfig;
}

const files: Record<ManifestKind, string> = {
  Environment: 'environment.schema.json',
  Repository: 'repository.schema.json',
  WharfConfig: 'config.schema.json',
};

export function readSchema(kind: ManifestKind): Record<string, unknown> {
  return readSchemaFile(files[kind]);
}

/**
 * Compiled ahead of time by `npm run gen:validators` (scripts/gen-validators.mjs, which holds
 * the Ajv options): compiling at run time cost every process 0.3 to 0.5 s and about 20 MB.
 *
 * Defaults are applied here, by Ajv's `useDefaults`, and nowhere else: the schema is the one
 * place a default is written, Ajv already walks every `$ref` and map of the manifest, and the
 * types the code reads (generated with defaulted fields required) hold because every value
 * the code reads has been through this validator. Ajv ignores a `default` under `anyOf`,
 * `oneOf`, `not` or `if`; with `strict` it refuses to compile such a schema, so none can slip
 * in unnoticed. A validator fills in the data it is given: call `resolveManifest`, which
 * works on a copy, unless the value is yours to change.
 */
export function schemaValidator(kind: ManifestKind): ValidateFunction {
  return compiled[kind];
}

export type Resolution<K extends ManifestKind> =
  | { readonly ok: true; readonly value: Resolved[K] }
  | { readonly ok: false; readonly errors: ErrorObject[] };

/**
 * Validates `written` as a manifest of `kind` and gives it back with every schema default
 * filled in. `written` itself is left as the person wrote it: its YAML positions, and the
 * rules about what was written (not what was defaulted), read it.
 */
export function resolveManifest<K extends ManifestKind>(kind: K, written: unknown): Resolution<K> {
  const value: unknown = structuredClone(written);
  const validate = schemaValidator(kind);
  return validate(value)
    ? { ok: true, value: value as Resolved[K] }
    : { ok: false, errors: validate.errors ?? [] };
}

/** The blocks `blockDefaults` reads, each compiled by scripts/gen-validators.mjs. */
export type BlockPointer =
  '' | '$defs/Backups' | '$defs/Maintenance' | '$defs/Previews' | 'properties/github';

/** The export name of a block's compiled validator (scripts/gen-validators.mjs names it so). */
function blockName(kind: ManifestKind, pointer: string): string {
  return `${kind}_${pointer.replace(/[^A-Za-z0-9]/g, '_')}`;
}

/**
 * The defaults the schema gives the fields of one block (`$defs/Backups`, `properties/github`;
 * `''`: the whole manifest),
 * for a block a manifest may leave out whose settings are still read (a backup run by hand
 * without `backups`). Filled in by the same validator; required fields stay absent, so `T`
 * names only fields that have a default.
 */
export function blockDefaults<T extends object>(kind: ManifestKind, pointer: BlockPointer): T {
  const validate = pointer
    ? (compiled as Record<string, ValidateFunction>)[blockName(kind, pointer)]
    : compiled[kind];
  if (!validate)
    throw new Error(
      `schema ${files[kind]} has no compiled block at ${pointer}: add it to scripts/gen-validators.mjs`,
    );
  const value = {};
  // The block's required fields are missing, so it fails; its defaults are filled in all the same.
  void validate(value);
  return value as T;
}
