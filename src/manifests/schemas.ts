import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { readSchemaFile } from '../adapters/schema-files.js';
import type { WharfConfig } from '../config/config.generated.js';
import type { Environment, Repository } from '../core/manifest.js';

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

let validators: Record<ManifestKind, ValidateFunction> | undefined;
let compiled: { readonly ajv: Ajv2020; readonly ids: Record<ManifestKind, string> } | undefined;

/**
 * Compiled once per process: compiling costs far more than validating.
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
  if (!validators) {
    const ajv = new Ajv2020({
      allErrors: true,
      strict: true,
      strictRequired: false,
      verbose: true,
      allowUnionTypes: true,
      useDefaults: true,
    });
    // An annotation: the sentence shown when a value fails its pattern.
    ajv.addKeyword({ keyword: 'x-hint', schemaType: 'string' });
    const schemas = {
      Environment: readSchema('Environment'),
      Repository: readSchema('Repository'),
      WharfConfig: readSchema('WharfConfig'),
    };
    for (const schema of Object.values(schemas)) ajv.addSchema(schema);
    const ids = {
      Environment: String(schemas.Environment['$id']),
      Repository: String(schemas.Repository['$id']),
      WharfConfig: String(schemas.WharfConfig['$id']),
    };
    compiled = { ajv, ids };
    const compile = (kind: ManifestKind): ValidateFunction => {
      const validate = ajv.getSchema(ids[kind]);
      if (!validate) throw new Error(`schema ${files[kind]} did not compile`);
      return validate;
    };
    validators = {
      Environment: compile('Environment'),
      Repository: compile('Repository'),
      WharfConfig: compile('WharfConfig'),
    };
  }
  return validators[kind];
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

/**
 * The defaults the schema gives the fields of one block (`$defs/Backups`, `properties/github`;
 * `''`: the whole manifest),
 * for a block a manifest may leave out whose settings are still read (a backup run by hand
 * without `backups`). Filled in by the same validator; required fields stay absent, so `T`
 * names only fields that have a default.
 */
export function blockDefaults<T extends object>(kind: ManifestKind, pointer: string): T {
  schemaValidator(kind);
  const id = compiled?.ids[kind];
  const validate = id ? compiled?.ajv.getSchema(pointer ? `${id}#/${pointer}` : id) : undefined;
  if (!validate) throw new Error(`schema ${files[kind]} has nothing at ${pointer}`);
  const value = {};
  // The block's required fields are missing, so it fails; its defaults are filled in all the same.
  void validate(value);
  return value as T;
}
