import { describe, expect, it } from 'vitest';
import { validateRepository } from '../../src/manifests/validate-repository.js';
import { memoryRepoFiles } from '../fakes/memory-repo-files.js';
import { dedent, envManifest, webOnly } from '../helpers/manifest-text.js';

// wharf.yaml of a valid two-environment repository; each case changes one thing.
const wharfYaml = dedent(`
  apiVersion: wharf/v1
  kind: Repository
  environments:
    shop:
      manifest: shop.yaml
      branch: main
    staging:
      manifest: staging.yaml
      branch: staging
  previews:
    from: staging
    host: pr-{number}.staging.shop.test
`);
const baseFiles = {
  'wharf.yaml': wharfYaml,
  'shop.yaml': envManifest(webOnly),
  'staging.yaml': envManifest(webOnly, { name: 'staging', host: 'staging.shop.test' }),
};

interface Case {
  name: string;
  files: Record<string, string | undefined>;
  file: string;
  line: number;
  path: string;
  message: RegExp;
}

const cases: Case[] = [
  {
    name: 'no wharf.yaml',
    files: { 'wharf.yaml': undefined },
    file: 'wharf.yaml',
    line: 1,
    path: '$',
    message: /file not found/,
  },
  {
    name: 'a binding whose manifest file is missing',
    files: { 'staging.yaml': undefined },
    file: 'wharf.yaml',
    line: 8,
    path: '$.environments.staging.manifest',
    message: /manifest `staging.yaml` of environment `staging`: file not found/,
  },
  {
    name: 'a binding without a branch',
    files: { 'wharf.yaml': wharfYaml.replace('    branch: staging\n', '') },
    file: 'wharf.yaml',
    line: 7,
    path: '$.environments.staging.branch',
    message: /missing required field `branch`: Branch whose pushes deploy this environment/,
  },
  {
    name: 'a branch name git would refuse',
    files: { 'wharf.yaml': wharfYaml.replace('branch: staging', 'branch: release..next') },
    file: 'wharf.yaml',
    line: 9,
    path: '$.environments.staging.branch',
    message: /write a git branch name such as `main`/,
  },
  {
    name: 'a manifest named differently from its binding',
    files: { 'staging.yaml': envManifest(webOnly, { name: 'stage', host: 'staging.shop.test' }) },
    file: 'staging.yaml',
    line: 3,
    path: '$.name',
    message: /the manifest is named `stage` but wharf.yaml binds it as `staging`/,
  },
  {
    name: 'a binding that points at wharf.yaml itself',
    files: { 'wharf.yaml': wharfYaml.replace('manifest: staging.yaml', 'manifest: wharf.yaml') },
    file: 'wharf.yaml',
    line: 2,
    path: '$.kind',
    message: /expected a manifest of kind `Environment` here, found "Repository"/,
  },
  {
    name: 'a preview host template without {number}',
    files: { 'wharf.yaml': wharfYaml.replace('pr-{number}.staging', 'preview.staging') },
    file: 'wharf.yaml',
    line: 12,
    path: '$.previews.host',
    message: /must contain `\{number\}` exactly once \(found 0\)/,
  },
  {
    name: 'previews rendered from an unknown environment',
    files: { 'wharf.yaml': wharfYaml.replace('from: staging', 'from: stagin') },
    file: 'wharf.yaml',
    line: 11,
    path: '$.previews.from',
    message: /previews are rendered from `stagin`, which is not an environment of this repository/,
  },
  {
    name: 'preview overrides for a service the source lacks',
    files: {
      'wharf.yaml': wharfYaml + '  overrides:\n    services:\n      api:\n        replicas: 1\n',
    },
    file: 'wharf.yaml',
    line: 15,
    path: '$.previews.overrides.services.api',
    message: /`api` is not a service of `staging` \(services: web\)/,
  },
  {
    name: 'a preview seed file that does not exist',
    files: {
      'wharf.yaml': wharfYaml + '  overrides:\n    postgres:\n      seed: seeds/preview.sql\n',
    },
    file: 'wharf.yaml',
    line: 15,
    path: '$.previews.overrides.postgres.seed',
    message: /seed file `seeds\/preview.sql` does not exist/,
  },
  {
    name: 'policy granted to an unknown environment',
    files: { 'wharf.yaml': wharfYaml + 'policy:\n  prod:\n    privileged: true\n' },
    file: 'wharf.yaml',
    line: 14,
    path: '$.policy.prod',
    message: /policy is granted to `prod`, which is not an environment of this repository/,
  },
  {
    name: 'a policy field that does not exist',
    files: { 'wharf.yaml': wharfYaml + 'policy:\n  shop:\n    privilegd: true\n' },
    file: 'wharf.yaml',
    line: 15,
    path: '$.policy.shop.privilegd',
    message: /unknown field `privilegd`; did you mean `privileged`\?/,
  },
  {
    name: 'an environment key reserved for previews',
    files: {
      'wharf.yaml': wharfYaml.replace(
        '  shop:\n    manifest: shop.yaml',
        '  pr-3:\n    manifest: shop.yaml',
      ),
      'shop.yaml': envManifest(webOnly, { name: 'pr-3' }),
    },
    file: 'shop.yaml',
    line: 3,
    path: '$.name',
    message: /names of the form pr-<number> are reserved for pull-request previews/,
  },
  {
    name: 'two environments with one host',
    files: { 'staging.yaml': envManifest(webOnly, { name: 'staging', host: 'shop.test' }) },
    file: 'staging.yaml',
    line: 5,
    path: '$.host',
    message:
      /`shop.test` is already a host of environment `shop` \(shop.yaml, \$.host\); environment `staging` cannot claim it too/,
  },
  {
    name: 'one host on other paths (Nginx would still give the host to one of them)',
    files: {
      'staging.yaml': envManifest(webOnly.replace('route: /', 'route: /staging'), {
        name: 'staging',
        host: 'shop.test',
      }),
    },
    file: 'staging.yaml',
    line: 5,
    path: '$.host',
    message: /`shop.test` is already a host of environment `shop`/,
  },
  {
    name: "an alias that is another environment's host",
    files: {
      'staging.yaml': envManifest(`\n  aliases: [www.staging.shop.test, shop.test]${webOnly}`, {
        name: 'staging',
        host: 'staging.shop.test',
      }),
    },
    file: 'staging.yaml',
    line: 6,
    path: '$.aliases[1]',
    message: /`shop.test` is already a host of environment `shop` \(shop.yaml, \$.host\)/,
  },
  {
    name: "a host that is another environment's alias",
    files: {
      'shop.yaml': envManifest(`\n  aliases: [www.shop.test]${webOnly}`),
      'staging.yaml': envManifest(webOnly, { name: 'staging', host: 'www.shop.test' }),
    },
    file: 'staging.yaml',
    line: 5,
    path: '$.host',
    message:
      /`www.shop.test` is already a host of environment `shop` \(shop.yaml, \$.aliases\[0\]\)/,
  },
  {
    name: "a preview host template that gives an environment's alias",
    files: {
      'shop.yaml': envManifest(`\n  aliases: [pr-7.staging.shop.test]${webOnly}`),
    },
    file: 'wharf.yaml',
    line: 12,
    path: '$.previews.host',
    message:
      /the preview host template `pr-\{number\}.staging.shop.test` gives `pr-7.staging.shop.test` to the preview of pull request 7 \(environment `pr-7`\), but it is a host of environment `shop` \(shop.yaml, \$.aliases\[0\]\)/,
  },
  {
    name: 'an environment host that the preview host template gives',
    files: {
      'staging.yaml': envManifest(webOnly, { name: 'staging', host: 'pr-12.staging.shop.test' }),
    },
    file: 'wharf.yaml',
    line: 12,
    path: '$.previews.host',
    message:
      /gives `pr-12.staging.shop.test` to the preview of pull request 12 \(environment `pr-12`\), but it is a host of environment `staging` \(staging.yaml, \$.host\)/,
  },
];

describe('an invalid environments repository', () => {
  it.each(cases)('reports $name in $file at line $line', async (c) => {
    const files = Object.fromEntries(
      Object.entries({ ...baseFiles, ...c.files }).filter(
        (e): e is [string, string] => e[1] !== undefined,
      ),
    );
    const { problems } = await validateRepository(memoryRepoFiles(files));
    const listing = problems
      .map((p) => `${p.file}:${p.line}:${p.column} ${p.path} ${p.message}`)
      .join('\n');
    const match = problems.find((p) => p.path === c.path && c.message.test(p.message));
    expect(match, `problems were:\n${listing}`).toBeDefined();
    expect(match?.file).toBe(c.file);
    expect(match?.line).toBe(c.line);
    expect(problems, listing).toHaveLength(1);
  });

  it('reports the faults of every file in one run', async () => {
    const files = {
      ...baseFiles,
      'wharf.yaml': wharfYaml.replace('branch: staging', 'branch: "a b"'),
      'shop.yaml': envManifest(webOnly, { topology: 'tiny' }),
      'staging.yaml': envManifest(webOnly.replace('port: 8080', 'port: http'), {
        name: 'staging',
        host: 'staging.shop.test',
      }),
    };
    const { problems } = await validateRepository(memoryRepoFiles(files));
    expect(problems.map((p) => `${p.file}:${p.line} ${p.path}`)).toEqual([
      'shop.yaml:4 $.topology',
      'staging.yaml:9 $.services.web.port',
      'wharf.yaml:9 $.environments.staging.branch',
    ]);
  });

  it('accepts the valid base repository', async () => {
    const result = await validateRepository(memoryRepoFiles(baseFiles));
    expect(result.problems).toEqual([]);
    expect(result.environments.map((e) => e.name)).toEqual(['shop', 'staging']);
  });
});
