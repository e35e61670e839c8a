import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fsRepoFiles } from '../../src/adapters/fs-repo-files.js';
import type {
  Environment,
  EnvironmentInput,
  PolicyGrant,
  Previews,
} from '../../src/core/manifest.js';
import { dependencyOrder } from '../../src/core/plan/order.js';
import { stableJson } from '../../src/core/stable-json.js';
import { previewEnvironment } from '../../src/core/previews/preview-environment.js';
import { composeFile } from '../../src/core/render/compose-document.js';
import { composeFileText } from '../../src/core/render/compose-file-text.js';
import type { Colour } from '../../src/core/render/names.js';
import { renderEnvironment } from '../../src/core/render/render-environment.js';
import type { RenderedProject, RenderedService } from '../../src/core/render/types.js';
import { backupTargets } from '../../src/core/servers/backups.js';
import {
  declaredRoutes,
  environmentRules,
  referencedFiles,
  referencedSecrets,
} from '../../src/manifests/environment-rules.js';
import type { RepoFiles } from '../../src/ports/repo-files.js';
import { validateRepository } from '../../src/manifests/validate-repository.js';
import { shopInput } from '../helpers/environments.js';
import { resolved, withDefaults } from '../helpers/resolved.js';

// Every manifest wharf ships or tests with, rendered as a deploy writes it: a change to the
// renderer that alters one byte of a Compose project shows here.

const stateDir = '/var/lib/wharf';
const revision = 'a'.repeat(40);
const examples = fsRepoFiles(path.resolve('environments'));
const validation = await validateRepository(examples);

async function referenced(files: RepoFiles, env: Environment): Promise<Map<string, string>> {
  const read = new Map<string, string>();
  for (const ref of referencedFiles(env)) {
    const result = await files.read(ref.path, 16 * 1024 * 1024);
    if (result.kind === 'ok') read.set(ref.path, result.content);
  }
  return read;
}

function projectText(project: RenderedProject): string {
  const compose = composeFileText(composeFile(project, () => revision, 'installation-1'));
  const files = project.files.map((f) => `--- ${f.path}\n${f.content}`);
  return [`=== ${project.directory}/compose.yaml\n${compose}`, ...files].join('\n');
}

interface Case {
  readonly environment: Environment;
  /** The manifest as its file has it, before the schema's defaults. */
  readonly written: EnvironmentInput;
  readonly policy?: PolicyGrant;
  readonly files: ReadonlyMap<string, string>;
}

function facts(service: RenderedService): string {
  const { compose: _compose, definition: _definition, ...rest } = service;
  return stableJson(rest);
}

function rendering(c: Case, colour: Colour, wharfMetricsPort: number): string {
  try {
    const rendered = renderEnvironment({
      environment: c.environment,
      revision,
      colour,
      stateDir,
      imageOverrides: { 'postgres:16': 'mirror.test/postgres:16' },
      ...(c.policy ? { policy: c.policy } : {}),
      repoFiles: c.files,
      ...(wharfMetricsPort ? { wharfMetricsPort } : {}),
    });
    const order = dependencyOrder([...rendered.infra.services, ...rendered.apps.services]);
    return [
      projectText(rendered.infra),
      projectText(rendered.apps),
      `=== start order\n${order.map((s) => s.composeName).join('\n')}`,
      `=== services\n${[...rendered.infra.services, ...rendered.apps.services].map(facts).join('\n')}`,
      `=== edge\n${stableJson(rendered.edge)}`,
      `=== volumes\n${stableJson(rendered.volumes)}`,
    ].join('\n');
  } catch (error) {
    return `refused: ${error instanceof Error ? error.message : String(error)}`;
  }
}

function manifestFacts(env: Environment, written: EnvironmentInput): string {
  return JSON.stringify(
    {
      findings: environmentRules(env, 'env.yaml', written),
      routes: declaredRoutes(env),
      secrets: referencedSecrets(env),
      // Read into a map and checked one by one: their order shows nowhere.
      files: referencedFiles(env).sort((a, b) => a.path.localeCompare(b.path)),
      backups: backupTargets(env),
    },
    null,
    1,
  );
}

const previews = validation.repository?.previews as Previews;
const exampleCases: [string, Case][] = [];
for (const loaded of validation.environments) {
  const env = loaded.manifest;
  const policy = validation.repository?.policy?.[loaded.name];
  exampleCases.push([
    loaded.name,
    {
      environment: env,
      written: loaded.yaml.value as EnvironmentInput,
      ...(policy ? { policy } : {}),
      files: await referenced(examples, env),
    },
  ]);
  const written = previewEnvironment(env, { ...previews, from: loaded.name }, 7);
  const preview = resolved('Environment', written);
  exampleCases.push([
    `preview of ${loaded.name}`,
    { environment: preview, written, files: await referenced(examples, preview) },
  ]);
}

const shop = shopInput();
const { postgres: _postgres, rabbitmq: _rabbitmq, ...bare } = shop;
const pg = shop.postgres ?? { database: 'shop', user: 'shop', passwordSecret: 'DATABASE_PASSWORD' };
const monitoring = {
  prometheus: { rules: ['rules.yaml'], retention: '30d', scrapeInterval: '5s' },
  grafana: { adminPasswordSecret: 'GRAFANA_PASSWORD', dashboards: ['boards/a.json'] },
};
const fixtureFiles = new Map([
  ['rules.yaml', 'groups: []\n'],
  ['boards/a.json', '{"title":"a"}'],
  ['ca.pem', '-----BEGIN CERTIFICATE-----\n'],
  ['seed.sql', 'create table t (id int);\n'],
]);
const fixtureCases: [string, EnvironmentInput][] = [
  ['shop', shop],
  ['shop without servers', bare],
  [
    'shop, own images, volumes and settings',
    shopInput({
      postgres: {
        ...pg,
        image: 'postgres:15',
        volume: 'db',
        seed: 'seed.sql',
        pgbouncer: { image: 'bouncer:1', poolMode: 'session', maxClientConn: 50 },
      },
      rabbitmq: {
        user: 'shop',
        passwordSecret: 'RABBITMQ_PASSWORD',
        image: 'rabbitmq:4',
        volume: 'mq',
        vhost: '/shop',
        management: { route: '/mq' },
      },
    }),
  ],
  [
    'shop, complete',
    shopInput({
      topology: 'complete',
      monitoring: {
        prometheus: { ...monitoring.prometheus, image: 'prom:3', volume: 'prom' },
        grafana: { ...monitoring.grafana, route: '/dash', image: 'grafana:12', volume: 'graf' },
      },
    }),
  ],
  ['shop, Prometheus alone', shopInput({ monitoring: { prometheus: {} } })],
  ['shop, Grafana alone', shopInput({ monitoring: { grafana: monitoring.grafana } })],
  ['shop, monitoring without servers', { ...bare, monitoring }],
  [
    'shop, hybrid',
    shopInput({
      topology: 'hybrid',
      postgres: {
        ...pg,
        external: { host: 'db.example.test', port: 6543, sslmode: 'verify-full', caFile: 'ca.pem' },
      },
      monitoring,
    }),
  ],
  [
    'shop, hybrid without a CA',
    shopInput({
      topology: 'hybrid',
      postgres: { ...pg, external: { host: 'db.example.test' } },
      monitoring: { prometheus: {} },
    }),
  ],
  [
    'shop, raw block over the servers',
    shopInput({
      compose: {
        services: {
          postgres: { shm_size: '256m', labels: { 'wharf.role': 'stateless', team: 'data' } },
          rabbitmq: { environment: { RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS: '-rabbit x 1' } },
          cache: { image: 'redis:7', volumes: ['cache:/data'] },
        },
        volumes: { cache: {} },
      },
      pruneVolumes: ['cache', 'pgdata'],
    }),
  ],
  [
    'shop, apps named and depending like servers',
    shopInput({
      services: {
        ...shop.services,
        postgres: { image: 'app:1' },
        'nginx-exporter': { image: 'app:1' },
        grafana: { image: 'app:1', dependsOn: ['rabbitmq', 'prometheus', 'grafana'] },
        api: {
          image: 'app:1',
          dependsOn: [
            'postgres',
            'pgbouncer',
            'rabbitmq',
            'prometheus',
            'grafana',
            'postgres-exporter',
            'nginx-exporter',
          ],
        },
      },
    }),
  ],
];

const adversarialDir = path.resolve('test/fixtures/adversarial');
const adversarialCases: [string, EnvironmentInput][] = [];
for (const file of (await readdir(adversarialDir)).sort()) {
  const value: unknown = parse(await readFile(path.join(adversarialDir, file), 'utf8'));
  if (value && typeof value === 'object' && 'services' in value)
    adversarialCases.push([file, value as EnvironmentInput]);
}

const cases: [string, Case][] = [
  ...exampleCases,
  ...fixtureCases.map(([name, written]): [string, Case] => [
    name,
    { environment: resolved('Environment', written), written, files: fixtureFiles },
  ]),
];

describe('rendered projects of every example and fixture environment', () => {
  it('covers the four example environments and their previews', () => {
    expect(exampleCases.map(([name]) => name).sort()).toEqual([
      'analytics',
      'partners',
      'preview of analytics',
      'preview of partners',
      'preview of production',
      'preview of staging',
      'production',
      'staging',
    ]);
  });

  it.each(cases)('%s renders as it always has', (_name, c) => {
    expect(manifestFacts(c.environment, c.written)).toMatchSnapshot('manifest');
    // The colour changes only the apps, the metrics port only Prometheus: two renderings show both.
    expect(rendering(c, 'blue', 0)).toMatchSnapshot('blue');
    expect(rendering(c, 'green', 9464)).toMatchSnapshot('green, with wharf metrics');
  });

  it.each(adversarialCases)('%s renders or is refused as it always was', (_name, written) => {
    // Hostile files may break the schema's other rules: only its defaults are filled in.
    const environment = withDefaults('Environment', written);
    expect(manifestFacts(environment, written)).toMatchSnapshot('manifest');
    expect(rendering({ environment, written, files: new Map() }, 'blue', 0)).toMatchSnapshot(
      'blue',
    );
  });
});
