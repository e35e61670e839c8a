import { describe, expect, it } from 'vitest';
import type { Environment, Previews, PreviewsInput } from '../../src/core/manifest.js';
import {
  previewEnvironment as writtenPreview,
  previewHost,
  previewName,
} from '../../src/core/previews/preview-environment.js';
import { renderEnvironment } from '../../src/core/render/render-environment.js';
import { shopEnvironment } from '../helpers/environments.js';
import { resolved } from '../helpers/resolved.js';

/** Preview settings as wharf.yaml's validation leaves them. */
function previewsOf(written: PreviewsInput): Previews {
  const repository = resolved('Repository', {
    apiVersion: 'wharf/v1',
    kind: 'Repository',
    environments: { staging: { manifest: 'staging.yaml', branch: 'staging' } },
    previews: written,
  });
  if (!repository.previews) throw new Error('no previews');
  return repository.previews;
}

/** The preview as a deploy loads it: derived, then resolved by the schema like any manifest. */
function previewEnvironment(source: Environment, settings: Previews, number: number): Environment {
  return resolved('Environment', writtenPreview(source, settings, number));
}

const previews = previewsOf({
  from: 'staging',
  host: 'pr-{number}.staging.shop.test',
  tls: 'self-signed',
  overrides: {
    deploy: { verify: '5s', keepPrevious: '0s' },
    services: { api: { replicas: 1, env: { LOG_LEVEL: 'debug' } } },
  },
});

describe('the preview of a pull request', () => {
  const source = shopEnvironment({
    aliases: ['www.shop.test'],
    backups: { schedule: '@daily' },
  });
  const preview = previewEnvironment(source, previews, 42);

  it('is its own environment on its own host', () => {
    expect(previewName(42)).toBe('pr-42');
    expect(previewHost(previews, 42)).toBe('pr-42.staging.shop.test');
    expect(preview).toMatchObject({
      name: 'pr-42',
      host: 'pr-42.staging.shop.test',
      tls: { mode: 'self-signed' },
    });
    expect(preview.aliases).toBeUndefined();
    expect(preview.backups).toBeUndefined();
  });

  it('applies the overrides: deploy settings, replicas, added environment variables', () => {
    expect(preview.deploy).toEqual({ ...source.deploy, verify: '5s', keepPrevious: '0s' });
    expect(preview.services['api']?.replicas).toBe(1);
    expect(preview.services['api']?.env).toEqual({
      NODE_ENV: 'production',
      DATABASE_HOST: 'pgbouncer',
      API_TOKEN: 'not-a-real-token',
      LOG_LEVEL: 'debug',
    });
    expect(preview.services['web']).toEqual(source.services['web']);
  });

  it('owns its data: its volumes are named after it and may all be removed with it', () => {
    const rendered = renderEnvironment({
      environment: preview,
      revision: 'a'.repeat(40),
      colour: 'blue',
      stateDir: '/s',
    });
    expect(rendered.volumes).toEqual([
      { name: 'wharf-pr-42-pgdata', prunable: true },
      { name: 'wharf-pr-42-rabbitmq-data', prunable: true },
    ]);
    expect(rendered.network).toBe('wharf-pr-42');
    expect(rendered.edge.hosts).toEqual(['pr-42.staging.shop.test']);
  });

  it('keeps the deploy settings of the source that the overrides leave out', () => {
    const recreate = shopEnvironment({ deploy: { strategy: 'recreate', selfHeal: false } });
    expect(previewEnvironment(recreate, previews, 42).deploy).toMatchObject({
      strategy: 'recreate',
      selfHeal: false,
      verify: '5s',
      keepPrevious: '0s',
    });
  });

  it('serves TLS as the preview settings say, with the schema default for the redirect', () => {
    const plain = shopEnvironment({ tls: { mode: 'none' } });
    expect(previewEnvironment(plain, previews, 42).tls).toEqual({
      mode: 'self-signed',
      redirectHttp: resolved('Environment', { ...plain, tls: { mode: 'self-signed' } }).tls
        .redirectHttp,
    });
  });

  it('leaves the source environment as it was', () => {
    expect(source.services['api']?.replicas).toBe(2);
    expect(source.name).toBe('shop');
  });

  it('seeds its own database when the overrides name a seed file', () => {
    const seeded = previewEnvironment(
      source,
      { ...previews, overrides: { postgres: { seed: 'seeds/preview.sql' } } },
      43,
    );
    expect(seeded.postgres?.seed).toBe('seeds/preview.sql');
    expect(source.postgres?.seed).toBeUndefined();
    const rendered = renderEnvironment({
      environment: seeded,
      revision: 'a'.repeat(40),
      colour: 'blue',
      stateDir: '/s',
      repoFiles: new Map([['seeds/preview.sql', 'CREATE TABLE t (id int);\n']]),
    });
    expect(rendered.infra.files).toContainEqual({
      path: 'postgres/seed.sql',
      content: 'CREATE TABLE t (id int);\n',
      containsSecrets: false,
    });
    const postgres = rendered.infra.services.find((s) => s.name === 'postgres');
    expect(postgres?.compose['volumes']).toContain(
      './postgres/seed.sql:/docker-entrypoint-initdb.d/seed.sql:ro',
    );
  });

  it('gives the preview of a hybrid environment a local database, never the managed one', () => {
    const hybrid = shopEnvironment({
      topology: 'hybrid',
      postgres: {
        database: 'shop',
        user: 'shop',
        passwordSecret: 'PG_PASSWORD',
        external: { host: 'db.managed.example.com', port: 5432 },
      },
    });
    const p = previewEnvironment(hybrid, previews, 44);
    expect(p.topology).toBe('minimal');
    expect(p.postgres).toMatchObject({
      database: 'shop',
      user: 'shop',
      passwordSecret: 'PG_PASSWORD',
    });
    expect(p.postgres).not.toHaveProperty('external');
    const rendered = renderEnvironment({
      environment: p,
      revision: 'a'.repeat(40),
      colour: 'blue',
      stateDir: '/s',
    });
    expect(rendered.infra.services.map((s) => s.name)).toContain('postgres');
    expect(JSON.stringify(rendered.infra.files)).not.toContain('db.managed.example.com');
  });
});
