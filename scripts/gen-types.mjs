// Generates the TypeScript manifest types from schemas/*.schema.json, the one definition of the
// manifest format. `--check` fails when the committed files differ (run by the tests).
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { compile } from 'json-schema-to-typescript';
import prettier from 'prettier';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const targets = [
  ['environment.schema.json', 'src/core/environment-manifest.generated.ts'],
  ['repository.schema.json', 'src/core/repository-manifest.generated.ts'],
  ['config.schema.json', 'src/config/config.generated.ts'],
];
const check = process.argv.includes('--check');
const banner =
  '// Generated from schemas/ by `npm run gen:types`; do not edit. The schema is the source.\n';

let stale = 0;
for (const [schemaFile, outFile] of targets) {
  const schemaPath = path.join(root, 'schemas', schemaFile);
  const schema = JSON.parse(await readFile(schemaPath, 'utf8'));
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
  const formatted = await prettier.format(ts, { ...options, parser: 'typescript' });
  const target = path.join(root, outFile);
  if (check) {
    const current = await readFile(target, 'utf8').catch(() => '');
    if (current !== formatted) {
      console.error(`${outFile} is out of date with schemas/${schemaFile}: run npm run gen:types`);
      stale++;
    }
  } else {
    await writeFile(target, formatted);
    console.log(`wrote ${outFile}`);
  }
}
process.exitCode = stale ? 1 : 0;
