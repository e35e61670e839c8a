// Generates the TypeScript manifest types from schemas/*.schema.json, the one definition of the
// manifest format. `--check` fails when the committed files differ (run by the tests).
//
// Each schema gives two sets of types: the manifest as validated, where every field with a
// schema `default` is present (Ajv fills them in, see src/manifests/schemas.ts), which is what
// the code reads; and the manifest as written, where those fields are optional, for code and
// tests that build one by hand.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { compile } from 'json-schema-to-typescript';
import prettier from 'prettier';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
/** [schema, types as validated, types as written (or null: none needed)] */
const targets = [
  [
    'environment.schema.json',
    'src/core/environment-manifest.generated.ts',
    'src/core/environment-manifest-input.generated.ts',
  ],
  [
    'repository.schema.json',
    'src/core/repository-manifest.generated.ts',
    'src/core/repository-manifest-input.generated.ts',
  ],
  ['config.schema.json', 'src/config/config.generated.ts', null],
];
const check = process.argv.includes('--check');
const banner =
  '// Generated from schemas/ by `npm run gen:types`; do not edit. The schema is the source.\n';

/** The schema with every property that has a `default` listed as required: what validation leaves. */
function withDefaultsRequired(node) {
  if (Array.isArray(node)) return node.map(withDefaultsRequired);
  if (typeof node !== 'object' || node === null) return node;
  const copy = Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === 'default' || key === 'const' || key === 'enum' ? value : withDefaultsRequired(value),
    ]),
  );
  const properties = node.properties;
  if (typeof properties === 'object' && properties !== null) {
    const defaulted = Object.entries(properties)
      .filter(([, child]) => typeof child === 'object' && child !== null && 'default' in child)
      .map(([name]) => name);
    if (defaulted.length > 0)
      copy.required = [...new Set([...(node.required ?? []), ...defaulted])];
  }
  return copy;
}

async function types(schema, outFile) {
  const ts = await compile(schema, schema.title, {
    bannerComment: banner,
    cwd: path.join(root, 'schemas'),
    additionalProperties: false,
    unreachableDefinitions: false,
    strictIndexSignatures: true,
    format: false,
    maxItems: -1,
  });
  const options = (await prettier.resolveConfig(path.join(root, outFile))) ?? {};
  return prettier.format(ts, { ...options, parser: 'typescript' });
}

let stale = 0;
for (const [schemaFile, resolvedFile, writtenFile] of targets) {
  const schema = JSON.parse(await readFile(path.join(root, 'schemas', schemaFile), 'utf8'));
  const outputs = [[resolvedFile, withDefaultsRequired(schema)]];
  if (writtenFile) outputs.push([writtenFile, schema]);
  for (const [outFile, source] of outputs) {
    const formatted = await types(source, outFile);
    const target = path.join(root, outFile);
    if (check) {
      const current = await readFile(target, 'utf8').catch(() => '');
      if (current !== formatted) {
        console.error(
          `${outFile} is out of date with schemas/${schemaFile}: run npm run gen:types`,
        );
        stale++;
      }
    } else {
      await writeFile(target, formatted);
      console.log(`wrote ${outFile}`);
    }
  }
}
process.exitCode = stale ? 1 : 0;
