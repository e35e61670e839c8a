// Compiles the JSON Schemas in schemas/ to validation code ahead of time (Ajv standalone), so
// no wharf process pays for compiling them: compiling is 0.3 to 0.5 s of CPU and about 20 MB of
// heap at every start, validating is a few milliseconds. `--check` fails when the committed
// file differs (run by the tests).
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import prettier from 'prettier';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outFile = 'src/manifests/validators.generated.ts';
const kinds = {
  Environment: 'environment.schema.json',
  Repository: 'repository.schema.json',
  WharfConfig: 'config.schema.json',
};
const check = process.argv.includes('--check');

const ajv = new Ajv2020({
  allErrors: true,
  strict: true,
  strictRequired: false,
  verbose: true,
  allowUnionTypes: true,
  // Defaults are filled in by the validators (see src/manifests/schemas.ts).
  useDefaults: true,
  code: { source: true, esm: true },
});
// An annotation: the sentence shown when a value fails its pattern.
ajv.addKeyword({ keyword: 'x-hint', schemaType: 'string' });
const ids = {};
for (const [kind, file] of Object.entries(kinds)) {
  const schema = JSON.parse(await readFile(path.join(root, 'schemas', file), 'utf8'));
  ajv.addSchema(schema);
  ids[kind] = schema.$id;
}
// Blocks whose defaults are read on their own (blockDefaults in src/manifests/schemas.ts).
const blocks = {
  Environment: ['$defs/Backups', '$defs/Maintenance'],
  Repository: ['$defs/Previews'],
  WharfConfig: ['properties/github'],
};
const exported = { ...ids };
for (const [kind, pointers] of Object.entries(blocks))
  for (const pointer of pointers)
    exported[`${kind}_${pointer.replace(/[^A-Za-z0-9]/g, '_')}`] = `${ids[kind]}#/${pointer}`;
let code = standaloneCode(ajv, exported);
for (const kind of Object.keys(exported))
  code = code.replace(`export const ${kind} = `, `export const ${kind}: ValidateFunction = `);
code = code.replace(/^"use strict";/, '');
const source = [
  '// Generated from schemas/ by `npm run gen:validators`; do not edit. The schema is the source.',
  '// @ts-nocheck',
  "import { createRequire } from 'node:module';",
  "import type { ValidateFunction } from 'ajv/dist/2020.js';",
  // Ajv's ESM output still calls require() for its runtime helpers (CommonJS modules).
  'const require = createRequire(import.meta.url);',
  code,
].join('\n');
const options = (await prettier.resolveConfig(path.join(root, outFile))) ?? {};
const formatted = await prettier.format(source, { ...options, parser: 'typescript' });
const target = path.join(root, outFile);
if (check) {
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current !== formatted) {
    console.error(`${outFile} is out of date with schemas/: run npm run gen:validators`);
    process.exit(1);
  }
} else {
  await writeFile(target, formatted);
}
