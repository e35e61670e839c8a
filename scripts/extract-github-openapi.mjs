// Extracts from GitHub's published OpenAPI description (the npm package @octokit/openapi,
// about 385 MB installed) the operations wharf calls, into a small committed fixture the
// GitHub stand-in validates request bodies against. Run it after changing what wharf calls:
//   npm install --no-save @octokit/openapi && node scripts/extract-github-openapi.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import prettier from 'prettier';

const require = createRequire(import.meta.url);
const operations = [
  'repos/create-commit-status',
  'repos/create-deployment',
  'repos/create-deployment-status',
  'repos/list-deployments',
  'issues/list-comments',
  'issues/create-comment',
  'issues/update-comment',
  'pulls/get',
];
const source =
  process.argv[2] ?? require.resolve('@octokit/openapi/generated/api.github.com.deref.json');
const spec = JSON.parse(readFileSync(source, 'utf8'));
const out = { source: `@octokit/openapi ${spec.info?.version ?? ''}`.trim(), operations: {} };
for (const [path, methods] of Object.entries(spec.paths)) {
  for (const [method, op] of Object.entries(methods)) {
    if (!operations.includes(op.operationId)) continue;
    const success = Object.entries(op.responses ?? {}).find(([code]) => code.startsWith('2'));
    out.operations[op.operationId] = {
      method: method.toUpperCase(),
      path,
      requestBody: op.requestBody?.content?.['application/json']?.schema ?? null,
      status: success ? Number(success[0]) : 200,
      response: success?.[1]?.content?.['application/json']?.schema ?? null,
    };
  }
}
const missing = operations.filter((id) => !out.operations[id]);
if (missing.length > 0) throw new Error(`operations not found: ${missing.join(', ')}`);
const target = 'test/fixtures/github-openapi-subset.json';
// Formatted like the committed file, so a regeneration diffs only in what changed and
// `npm run format:check` keeps passing.
const options = { ...(await prettier.resolveConfig(target)), filepath: target };
writeFileSync(target, await prettier.format(JSON.stringify(out, null, 2), options));
console.log(`wrote ${target} (${operations.length} operations from ${out.source})`);
