import { readFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseConfig, resolveConfig } from '../../src/config/load-config.js';
import { parseDuration } from '../../src/core/duration.js';
import type { ManifestKind } from '../../src/manifests/schemas.js';
import {
  validateEnvironmentFile,
  validateRepository,
} from '../../src/manifests/validate-repository.js';
import { memoryRepoFiles } from '../fakes/memory-repo-files.js';
import { dedent, envManifest } from '../helpers/manifest-text.js';
import { schemaFields, type SchemaField } from '../helpers/schema-fields.js';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The objects a dotted field path (`*` for map keys) has as its parent in `value`. */
function parentsOf(value: unknown, path: string): Json[] {
  let nodes: unknown[] = [value];
  for (const segment of path.split('.').slice(0, -1)) {
    nodes = nodes.flatMap((node) => {
      if (!isObject(node)) return [];
      return segment === '*'
        ? Object.values(node)
        : node[segment] === undefined
          ? []
          : [node[segment]];
    });
  }
  return nodes.filter(isObject);
}

const defaulted = (kind: ManifestKind): SchemaField[] =>
  schemaFields(kind).filter((f) => f.schema['default'] !== undefined);

/**
 * Checks that every defaulted field whose parent block is present holds the schema's default,
 * and returns the paths of the fields that were checked.
 */
function expectDefaults(kind: ManifestKind, value: unknown): Set<string> {
  const checked = new Set<string>();
  for (const field of defaulted(kind)) {
    const name = field.path.split('.').at(-1) ?? '';
    for (const parent of parentsOf(value, field.path)) {
      const expected = field.schema['default'];
      // A defaulted block gets the defaults of its own fields as well.
      if (isObject(expected)) expect(parent[name], field.path).toMatchObject(expected);
      else expect(parent[name], field.path).toEqual(expected);
      checked.add(field.path);
    }
  }
  return checked;
}

const localEnvironment = envManifest(
  `
  services:
    web:
      image: ghcr.io/acme/web:1
      port: 3000
      route: /
      health:
        command: ['true']
  postgres:
    database: shop
    user: shop
    passwordSecret: PG
  rabbitmq:
    user: shop
    passwordSecret: MQ
  monitoring:
    prometheus: {}
    grafana:
      adminPasswordSecret: GF
  backups:
    schedule: '@daily'
  jobs:
    migrate:
      service: web
      command: [migrate]
      phase: before-cutover
  secrets:
    PG: { source: store }
    MQ: { source: store }
    GF: { source: store }
  `,
  { topology: 'complete' },
);

const hybridEnvironment = envManifest(
  `
  services:
    web:
      image: ghcr.io/acme/web:1
  postgres:
    database: shop
    user: shop
    passwordSecret: PG
    external:
      host: db.example.com
  secrets:
    PG: { source: store }
  `,
  { topology: 'hybrid' },
);

async function validEnvironment(text: string) {
  const validation = await validateEnvironmentFile(
    memoryRepoFiles({ 'shop.yaml': text }),
    'shop.yaml',
  );
  expect(validation.problems).toEqual([]);
  const [environment] = validation.environments;
  if (!environment) throw new Error('no environment');
  return environment;
}

describe('schema defaults', () => {
  it('fill in every defaulted field of an empty configuration', () => {
    const config = parseConfig(
      'config.yaml',
      dedent(`
        repository:
          url: /srv/environments
        github:
          repository: acme/environments
      `),
    );
    const checked = expectDefaults('WharfConfig', config);
    expect([...checked].sort()).toEqual(
      defaulted('WharfConfig')
        .map((f) => f.path)
        .sort(),
    );
  });

  it('are what wharf runs with when the configuration names none', () => {
    const config = resolveConfig(
      parseConfig('/etc/wharf/config.yaml', 'repository:\n  url: /srv/environments\n'),
      '/etc/wharf/config.yaml',
    );
    const fields = new Map(defaulted('WharfConfig').map((f) => [f.path, f.schema['default']]));
    expect(config).toMatchObject({
      stateDir: fields.get('stateDir'),
      redisUrl: fields.get('redis.url'),
      redisPrefix: fields.get('redis.prefix'),
      edge: { image: fields.get('edge.image'), httpPort: fields.get('edge.httpPort') },
      tls: {
        renewBeforeMs: parseDuration(String(fields.get('edge.renewBefore'))),
        acmeTimeoutMs: parseDuration(String(fields.get('edge.acmeTimeout'))),
        acmeDeadlineMs: parseDuration(String(fields.get('edge.acmeDeadline'))),
      },
      backupTimeoutMs: parseDuration(String(fields.get('backupTimeout'))),
      server: { port: fields.get('server.port') },
      queue: {
        concurrency: fields.get('queue.concurrency'),
        resyncIntervalMs: parseDuration(String(fields.get('queue.resyncInterval'))),
      },
      environmentUrl: fields.get('github.environmentUrl'),
      github: null,
    });
  });

  it('fill in every defaulted field of an environment manifest, keeping what was written', async () => {
    const local = await validEnvironment(localEnvironment);
    const hybrid = await validEnvironment(hybridEnvironment);
    const checked = new Set([
      ...expectDefaults('Environment', local.manifest),
      ...expectDefaults('Environment', hybrid.manifest),
    ]);
    expect([...checked].sort()).toEqual(
      defaulted('Environment')
        .map((f) => f.path)
        .sort(),
    );
    // The parsed file stays as written, for positions and for rules about what was written.
    expect(local.yaml.value).not.toHaveProperty('deploy');
    expect(local.manifest.deploy.strategy).toBe('blue-green');
  });

  it('fill in every defaulted field of wharf.yaml, and none into preview overrides', async () => {
    const validation = await validateRepository(
      memoryRepoFiles({
        'wharf.yaml': dedent(`
          apiVersion: wharf/v1
          kind: Repository
          environments:
            shop: { manifest: shop.yaml, branch: main }
          previews:
            from: shop
            host: pr-{number}.shop.test
            overrides:
              deploy: { verify: 5s }
          policy:
            shop: {}
        `),
        'shop.yaml': localEnvironment,
      }),
    );
    expect(validation.problems).toEqual([]);
    const checked = expectDefaults('Repository', validation.repository);
    expect([...checked].sort()).toEqual(
      defaulted('Repository')
        .map((f) => f.path)
        .sort(),
    );
    // An override left out keeps the source environment's value, not a default.
    expect(validation.repository?.previews?.overrides?.deploy).toEqual({ verify: '5s' });
  });

  it('do not make a hybrid environment name a local server it never wrote', async () => {
    const written = await validateEnvironmentFile(
      memoryRepoFiles({
        'shop.yaml': hybridEnvironment.replace(
          '\n  external:',
          '\n  image: postgres:17\n  external:',
        ),
      }),
      'shop.yaml',
    );
    expect(written.problems.map((p) => [p.rule, p.path, p.line])).toEqual([
      ['hybrid-no-local-db', '$.postgres.image', 13],
    ]);
  });
});

/** Checks that the defaulted config fields an example shows hold the defaults; returns how many. */
function expectShownDefaults(example: unknown, only: (path: string) => boolean): number {
  let shown = 0;
  for (const field of defaulted('WharfConfig').filter((f) => only(f.path))) {
    const name = field.path.split('.').at(-1) ?? '';
    for (const parent of parentsOf(example, field.path)) {
      if (!(name in parent)) continue;
      const expected = field.schema['default'];
      if (isObject(expected)) expect(parent[name], field.path).toMatchObject(expected);
      else expect(parent[name], field.path).toEqual(expected);
      shown++;
    }
  }
  return shown;
}

describe('the documented configuration', () => {
  it('shows the schema defaults in the example of docs/operations.md', async () => {
    const doc = await readFile('docs/operations.md', 'utf8');
    const block = /## Configuration[\s\S]*?```yaml\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    expect(expectShownDefaults(parse(block), () => true)).toBeGreaterThan(10);
  });

  it('shows the schema defaults where docs/examples/config.yaml says it does', async () => {
    // Its header: "the values shown for redis, edge, composeTimeout, server and queue are the defaults".
    const example: unknown = parse(await readFile('docs/examples/config.yaml', 'utf8'));
    const blocks = ['redis', 'edge', 'composeTimeout', 'server', 'queue'];
    const shown = expectShownDefaults(example, (path) => blocks.includes(path.split('.')[0] ?? ''));
    expect(shown).toBeGreaterThan(10);
  });
});

describe('src/', () => {
  it('writes no schema default as a fallback: the schema is its one place', async () => {
    const { stdout } = await promisify(execFile)('git', ['ls-files', 'src']);
    const sources = stdout
      .split('\n')
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.generated.ts'));
    const values = (['WharfConfig', 'Environment', 'Repository'] as const).flatMap((kind) =>
      defaulted(kind).map((f) => f.schema['default']),
    );
    // 0, 1 and booleans are every program's fallbacks; the others are the schema's alone.
    const literals = values.flatMap((v) =>
      typeof v === 'string' ? [`'${v}'`] : typeof v === 'number' && v > 1 ? [String(v)] : [],
    );
    const found: string[] = [];
    for (const file of sources) {
      const text = await readFile(file, 'utf8');
      for (const literal of new Set(literals)) {
        const fallback = new RegExp(
          `\\?\\?\\s*${literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\\w.])`,
        );
        // Values that only a default could explain (images, paths, URLs).
        const distinctive = /[:/]/.test(literal) && literal.length > 3;
        if (fallback.test(text) || (distinctive && text.includes(literal)))
          found.push(`${file}: ${literal}`);
      }
    }
    expect(found).toEqual([]);
  });
});
