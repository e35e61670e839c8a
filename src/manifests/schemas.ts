import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

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

let validators: Record<ManifestKind, ValidateFunction> | undefined;

/** Compiled once per process: compiling costs far more than validating. */
export function schemaValidator(kind: ManifestKind): ValidateFunction {
  if (!validators) {
    const ajv = new Ajv2020({
      allErrors: true,
      strict: true,
      strictRequired: false,
      verbose: true,
      allowUnionTypes: true,
    });
    // An annotation: the sentence shown when a value fails its pattern.
    ajv.addKeyword({ keyword: 'x-hint', schemaType: 'string' });
    ajv.addSchema(readSchema('Environment'));
    ajv.addSchema(readSchema('Repository'));
    ajv.addSchema(readSchema('WharfConfig'));
    const compile = (kind: ManifestKind): ValidateFunction => {
      const id = readSchema(kind)['$id'];
      const validate = typeof id === 'string' ? ajv.getSchema(id) : undefined;
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
