import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import * as compiled from './validators.generated.js';

/** The JSON Schemas live in schemas/ at the package root, beside src/ and dist/. */
const schemaDir = fileURLToPath(new URL('../../schemas/', import.meta.url));

export type ManifestKind = 'Environment' | 'Repository' | 'WharfConfig';

const files: Record<ManifestKind, string> = {
  Environment: 'environment.schema.json',
  Repository: 'repository.schema.json',
  WharfConfig: 'config.schema.json',
};

export function readSchema(kind: ManifestKind): Record<string, unknown> {
  return JSON.parse(readFileSync(schemaDir + files[kind], 'utf8')) as Record<string, unknown>;
}

/**
 * Compiled ahead of time by `npm run gen:validators` (scripts/gen-validators.mjs, which holds
 * the Ajv options): compiling at run time cost every process 0.3 to 0.5 s and about 20 MB.
 */
export function schemaValidator(kind: ManifestKind): ValidateFunction {
  return compiled[kind];
}
