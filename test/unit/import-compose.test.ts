import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { fsRepoFiles } from '../../src/adapters/fs-repo-files.js';
import { splitCommand, healthTest } from '../../src/core/import/compose-command.js';
import { wharfDuration } from '../../src/core/import/compose-durations.js';
import { wharfMemory } from '../../src/core/import/compose-sizes.js';
import { importCompose, type ImportOptions } from '../../src/core/import/import-compose.js';
import type { ImportedManifest } from '../../src/core/import/import-context.js';
import { looksSecret } from '../../src/core/import/secret-names.js';
import { environmentName, volumeKey } from '../../src/core/import/import-names.js';
import type { ImportNote, NoteKind } from '../../src/core/import/import-notes.js';
import { manifestText } from '../../src/core/import/manifest-text.js';
import { bindEnvironment, newRepositoryText } from '../../src/core/import/repository-entry.js';
import { loadYaml } from '../../src/manifests/load-yaml.js';
import { validateRepository } from '../../src/manifests/validate-repository.js';
import { dedent } from '../helpers/manifest-text.js';

const defaults: ImportOptions = { folderName: 'app', stateDir: '/var/lib/wharf' };

interface Imported {
  readonly environment: string;
  readonly manifest: ImportedManifest;
  readonly notes: readonly ImportNote[];
}

function parse(text: string, file = 'compose.yaml'): unknown {
  const loaded = loadYaml(file, text, undefined, { mergeKeys: true });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.yaml.value;
}

function convert(text: string, options: Partial<ImportOptions> = {}): Imported {
  const result = importCompose(parse(dedent(text)), { ...defaults, ...options });
  if (!result.ok) throw new Error(result.message);
  return result;
}

async function fixture(name: string, options: Partial<ImportOptions> = {}): Promise<Imported> {
  const text = await readFile(`test/fixtures/import/${name}/compose.yaml`, 'utf8');
  const result = importCompose(parse(text), { ...defaults, folderName: name, ...options });
  if (!result.ok) throw new Error(result.message);
  return result;
}

/** The note at `path` of `kind`; the test fails when there is none. */
function note(imported: Imported, kind: NoteKind, path: string): string {
  const found = imported.notes.filter((n) => n.kind === kind && n.path === path);
  expect(
    found,
    `a ${kind} note at ${path} in ${JSON.stringify(imported.notes, null, 1)}`,
  ).not.toEqual([]);
  return found.map((n) => n.message).join('\n');
}

const temps: string[] = [];
afterAll(async () => {
  await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** The manifest written into a new repository with its wharf.yaml, validated as `wharf validate` does. */
async function validated(imported: Imported): Promise<{ path: string; message: string }[]> {
  const root = await mkdtemp(path.join(tmpdir(), 'wharf-import-'));
  temps.push(root);
  const manifest = `environments/${imported.environment}.yaml`;
  await mkdir(path.join(root, 'environments'));
  await writeFile(
    path.join(root, manifest),
    manifestText(imported.manifest, { file: 'compose.yaml', placeholderHost: true }),
  );
  await writeFile(
    path.join(root, 'wharf.yaml'),
    newRepositoryText(imported.environment, { manifest, branch: 'main' }),
  );
  const validation = await validateRepository(fsRepoFiles(root));
  return validation.problems.map((p) => ({ path: p.path, message: p.message }));
}

describe('importing realistic Compose files', () => {
  it('makes a web app and its PostgreSQL into a manifest that validates', async () => {
    const imported = await fixture('web-postgres', { host: 'shop.acme.test' });
    expect(imported.environment).toBe('shop');
    expect(imported.manifest).toEqual({
      apiVersion: 'wharf/v1',
      kind: 'Environment',
      name: 'shop',
      topology: 'minimal',
      host: 'shop.acme.test',
      services: {
        web: {
          image: 'ghcr.io/acme/shop-web:1.4.2',
          port: 3000,
          route: '/',
          health: {
            command: ['sh', '-c', 'curl -fsS http://localhost:3000/up || exit 1'],
            interval: '30s',
            timeout: '5s',
            startPeriod: '90s',
            retries: 3,
          },
          env: { RAILS_ENV: 'production', RAILS_LOG_TO_STDOUT: 'true', WEB_CONCURRENCY: 2 },
          secrets: ['POSTGRES_PASSWORD', 'SECRET_KEY_BASE'],
          command: ['bundle', 'exec', 'puma', '-C', 'config/puma.rb'],
          dependsOn: ['postgres'],
        },
      },
      postgres: {
        image: 'postgres:16-alpine',
        database: 'shop',
        user: 'shop',
        passwordSecret: 'POSTGRES_PASSWORD',
        volume: 'db-data',
      },
      secrets: { POSTGRES_PASSWORD: { source: 'store' }, SECRET_KEY_BASE: { source: 'store' } },
    });
    expect(note(imported, 'decide', 'services.web.environment.DATABASE_URL')).toMatch(
      /postgres:\/\/shop:\*\*\*@pgbouncer:6432\/shop.*the password is the secret POSTGRES_PASSWORD/,
    );
    expect(note(imported, 'decide', 'services.db.environment.POSTGRES_PASSWORD')).toMatch(
      /not written.*\/var\/lib\/wharf\/secrets\/shop\/POSTGRES_PASSWORD/,
    );
    expect(note(imported, 'decide', 'services.db')).toMatch(/PgBouncer at pgbouncer:6432/);
    expect(note(imported, 'decide', 'volumes.db-data')).toMatch(/moves no data.*shop_db-data/);
    expect(note(imported, 'dropped', 'services.web.container_name')).toMatch(/names containers/);
    expect(note(imported, 'dropped', 'services.web.logging')).toMatch(
      /policy\.shop\.composeKeys: \[logging\]/,
    );
    expect(note(imported, 'dropped', 'services.db.ports')).toMatch(/PgBouncer/);
    expect(await validated(imported)).toEqual([]);
  });

  it('never writes a password or secret of the Compose file into the manifest', async () => {
    for (const name of ['web-postgres', 'nginx-proxy']) {
      const text = manifestText((await fixture(name)).manifest, {
        file: 'compose.yaml',
        placeholderHost: true,
      });
      for (const secret of ['s3cret-pw', '9f2c7e0d4b1a8c6e5f3d2b1a0c9e8d7f', 'mq-pass-1234'])
        expect(text).not.toContain(secret);
    }
  });

  it('keeps Redis stateful beside the app, worker and PostgreSQL, anchors merged', async () => {
    const imported = await fixture('web-redis-postgres');
    const { web, worker } = imported.manifest.services;
    expect(web).toMatchObject({
      image: 'registry.example.com/blog/app:2.1.0',
      port: 8000,
      route: '/',
      replicas: 2,
      resources: { cpus: 0.5, memory: '512M' },
      secrets: ['DB_PASSWORD'],
      dependsOn: ['postgres'],
      command: ['gunicorn', 'blog.wsgi:application', '--bind', '0.0.0.0:8000', '--workers', '3'],
    });
    // From the `x-app` anchor, through `<<`.
    expect(worker?.env).toEqual({
      DJANGO_SETTINGS_MODULE: 'blog.settings.production',
      DATABASE_HOST: 'pgbouncer',
      DATABASE_PORT: '6432',
      DATABASE_NAME: 'blog',
      DATABASE_USER: 'blog',
      DATABASE_PASSWORD_FILE: '/run/secrets/DB_PASSWORD',
      REDIS_URL: 'redis://redis:6379/0',
    });
    expect(worker).toMatchObject({ resources: { memory: '1G' } });
    expect(worker?.route).toBeUndefined();
    expect(imported.manifest.postgres).toEqual({
      image: 'postgres:15.6',
      database: 'blog',
      user: 'blog',
      passwordSecret: 'DB_PASSWORD',
      volume: 'postgres-data',
    });
    expect(imported.manifest.compose).toEqual({
      services: {
        redis: {
          image: 'redis:7.2-alpine',
          volumes: ['redis-data:/data'],
          command: 'redis-server --appendonly yes',
          healthcheck: {
            test: ['CMD', 'redis-cli', 'ping'],
            interval: '10s',
            timeout: '3s',
            retries: 5,
          },
        },
      },
      volumes: { 'redis-data': {} },
    });
    expect(imported.manifest.secrets).toEqual({ DB_PASSWORD: { source: 'store' } });
    expect(note(imported, 'decide', 'secrets.db_password')).toMatch(
      /DB_PASSWORD.*\.\/secrets\/db_password\.txt/,
    );
    expect(note(imported, 'decide', 'services.web.environment.ALLOWED_HOSTS')).toMatch(
      /not written.*default in the Compose file is `blog\.example\.org`/,
    );
    expect(note(imported, 'decide', 'services.web.environment.SENTRY_DSN')).toMatch(/shell/);
    expect(note(imported, 'decide', 'services.web.environment.DATABASE_PORT')).toMatch(/6432/);
    expect(note(imported, 'decide', 'services.postgres.volumes[1]')).toMatch(/postgres\.seed/);
    expect(note(imported, 'decide', 'services.web.build')).toMatch(/docker push/);
    expect(note(imported, 'dropped', 'services.web.depends_on.redis')).toMatch(/stateful/);
    expect(note(imported, 'dropped', 'services.web.env_file')).toMatch(/copy those/);
    expect(note(imported, 'dropped', 'version')).toMatch(/obsolete/);
    expect(note(imported, 'dropped', 'networks')).toMatch(/networks itself/);
    expect(note(imported, 'decide', 'host')).toMatch(/placeholder/);
    expect(await validated(imported)).toEqual([]);
  });

  it('replaces an Nginx reverse proxy by the edge and routes the services behind it', async () => {
    const imported = await fixture('nginx-proxy');
    expect(imported.manifest.services).toEqual({
      frontend: {
        image: 'ghcr.io/acme/frontend:3.2.0',
        port: 3000,
        route: '/',
        env: { NODE_ENV: 'production', NEXT_PUBLIC_API_URL: 'https://acme.example/api' },
      },
      api: {
        image: 'ghcr.io/acme/api:5.0.1',
        port: 8080,
        route: '/api',
        health: {
          command: ['sh', '-c', 'wget -qO- http://localhost:8080/actuator/health || exit 1'],
          interval: '15s',
          startPeriod: '40s',
        },
        env: {
          SPRING_PROFILES_ACTIVE: 'prod',
          SPRING_RABBITMQ_HOST: 'rabbitmq',
          SPRING_RABBITMQ_USERNAME: 'acme',
          SPRING_RABBITMQ_PASSWORD_FILE: '/run/secrets/RABBITMQ_PASSWORD',
          JAVA_OPTS: '-Xmx512m',
        },
        secrets: ['RABBITMQ_PASSWORD'],
        dependsOn: ['rabbitmq'],
      },
    });
    expect(imported.manifest.rabbitmq).toEqual({
      image: 'rabbitmq:3.13-management',
      user: 'acme',
      passwordSecret: 'RABBITMQ_PASSWORD',
      volume: 'mq-data',
    });
    expect(imported.manifest.compose).toBeUndefined();
    expect(note(imported, 'dropped', 'services.proxy')).toMatch(
      /edge.*\.\/nginx\/conf\.d.*check that the routes match/,
    );
    expect(note(imported, 'dropped', 'services.certbot')).toMatch(/certificates itself/);
    expect(note(imported, 'carried', 'services.api')).toMatch(/route \/api \(proxy forwarded/);
    expect(note(imported, 'carried', 'services.api.environment.SPRING_RABBITMQ_HOST')).toMatch(
      /`mq` is now `rabbitmq`/,
    );
    expect(note(imported, 'decide', 'services.api.environment.SPRING_RABBITMQ_PASSWORD')).toMatch(
      /the secret RABBITMQ_PASSWORD/,
    );
    expect(await validated(imported)).toEqual([]);
  });

  it('writes a service that only builds without image, and the only problem is that image', async () => {
    const imported = await fixture('build-only');
    expect(imported.manifest.services['app']).toEqual({
      port: 5000,
      route: '/',
      env: { FLASK_ENV: 'production', MONGO_URL: 'mongodb://mongo:27017/notes' },
    });
    expect(imported.manifest.compose).toEqual({
      services: { mongo: { image: 'mongo:7.0', volumes: ['mongo-data:/data/db'] } },
      volumes: { 'mongo-data': {} },
    });
    expect(note(imported, 'decide', 'services.app.build')).toMatch(
      /build \., push the image.*set services\.app\.image.*does not validate/,
    );
    const problems = await validated(imported);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('$.services.app.image');
    expect(problems[0]?.message).toMatch(/image/);
  });
});

describe('the manifest as YAML', () => {
  it('starts with the schema comment and says where a person must act', async () => {
    const imported = await fixture('build-only');
    const text = manifestText(imported.manifest, { file: 'compose.yaml', placeholderHost: true });
    expect(text).toBe(
      dedent(`
        # yaml-language-server: $schema=https://wharf.dev/schemas/environment.schema.json
        # Imported from compose.yaml by \`wharf import\`; see docs/adopting.md.

        apiVersion: wharf/v1
        kind: Environment
        name: build-only
        topology: minimal
        host: build-only.example.com # a placeholder: set the public host name
        services:
          app:
            # image: build the image, push it to a registry and set it here
            port: 5000
            route: /
            env:
              FLASK_ENV: production
              MONGO_URL: mongodb://mongo:27017/notes
        compose:
          services:
            mongo:
              image: mongo:7.0
              volumes: [mongo-data:/data/db]
          volumes:
            mongo-data: {}
      `),
    );
  });

  it('writes secret sources the way the example manifests do', async () => {
    const text = manifestText((await fixture('web-postgres')).manifest, {
      file: 'compose.yaml',
      placeholderHost: false,
    });
    expect(text).toContain('secrets:\n  POSTGRES_PASSWORD: { source: store }\n');
    expect(text).toContain('    command: [bundle, exec, puma, -C, config/puma.rb]\n');
  });
});

describe('Compose durations as wharf durations', () => {
  it.each([
    ['30s', '30s'],
    ['1m30s', '90s'],
    ['1h30m', '90m'],
    ['24h', '1d'],
    ['2h0m0s', '2h'],
    ['1.5s', '1500ms'],
    ['500ms', '500ms'],
    ['0s', '0s'],
    ['0', '0s'],
  ])('reads %s as %s', (compose, wharf) => {
    expect(wharfDuration(compose)).toEqual({ ok: true, value: wharf, rounded: false });
  });

  it('rounds a part below a millisecond up, and says so', () => {
    expect(wharfDuration('10us')).toEqual({ ok: true, value: '1ms', rounded: true });
  });

  it.each([['abc'], ['1d'], [''], ['10'], [30]])('refuses %j', (compose) => {
    expect(wharfDuration(compose)).toEqual({ ok: false });
  });

  it('reports a duration it cannot read, and converts the others', () => {
    const imported = convert(`
      services:
        worker:
          image: acme/worker:1
          healthcheck:
            test: [CMD, /healthcheck]
            interval: 1m
            timeout: soon
    `);
    expect(imported.manifest.services['worker']?.health).toEqual({
      command: ['/healthcheck'],
      interval: '1m',
    });
    expect(note(imported, 'decide', 'services.worker.healthcheck.timeout')).toMatch(/`soon`/);
  });
});

describe('Compose sizes as wharf sizes', () => {
  it.each([
    ['512M', '512M', false],
    ['512m', '512M', false],
    ['512MB', '512M', false],
    ['1g', '1G', false],
    ['1.5g', '1536M', false],
    ['100k', '100K', false],
    [1073741824, '1G', false],
    ['1000', '1K', true],
  ])('reads %j as %s', (compose, wharf, rounded) => {
    expect(wharfMemory(compose)).toEqual({ ok: true, value: wharf, rounded });
  });

  it('refuses what is not a size', () => {
    expect(wharfMemory('lots')).toEqual({ ok: false });
  });
});

describe('command splitting', () => {
  it.each([
    ['npm start', ['npm', 'start']],
    ['  node   server.js  ', ['node', 'server.js']],
    [`sh -c 'echo "hi there"; exit 0'`, ['sh', '-c', 'echo "hi there"; exit 0']],
    [`echo "a \\"quoted\\" word" b`, ['echo', 'a "quoted" word', 'b']],
    [`echo a\\ b`, ['echo', 'a b']],
    [`printf ''`, ['printf', '']],
    [`echo "\\n"`, ['echo', '\\n']],
  ])('splits %j like Compose', (text, words) => {
    expect(splitCommand(text)).toEqual(words);
  });

  it('gives up on an open quote', () => {
    expect(splitCommand(`echo 'open`)).toBeUndefined();
  });

  it('keeps a list, reports an open quote and writes `$$` as `$`', () => {
    const imported = convert(`
      services:
        a: { image: acme/a:1, command: [node, "a b.js"] }
        b: { image: acme/b:1, command: "sh -c 'echo $$HOME'" }
        c: { image: acme/c:1, command: "echo 'open" }
        d: { image: acme/d:1, command: "echo $HOME" }
    `);
    const { a, b, c, d } = imported.manifest.services;
    expect(a?.command).toEqual(['node', 'a b.js']);
    expect(b?.command).toEqual(['sh', '-c', 'echo $HOME']);
    expect(c?.command).toBeUndefined();
    expect(note(imported, 'decide', 'services.c.command')).toMatch(/quote/);
    expect(d?.command).toBeUndefined();
    expect(note(imported, 'decide', 'services.d.command')).toMatch(/`HOME`/);
  });
});

describe('health checks', () => {
  it.each([
    [
      ['CMD', 'curl', '-f', 'http://localhost/'],
      ['curl', '-f', 'http://localhost/'],
    ],
    [
      ['CMD-SHELL', 'curl -f http://localhost/ || exit 1'],
      ['sh', '-c', 'curl -f http://localhost/ || exit 1'],
    ],
    ['pg_isready', ['sh', '-c', 'pg_isready']],
  ])('takes the test %j as the command %j', (test, command) => {
    expect(healthTest(test)).toEqual({ kind: 'command', command });
  });

  it('reports a health check switched off, and does not write it', () => {
    const imported = convert(`
      services:
        a: { image: acme/a:1, healthcheck: { test: [NONE] } }
        b: { image: acme/b:1, healthcheck: { disable: true } }
        c: { image: acme/c:1, healthcheck: { test: [CMD, check], retries: 500 } }
    `);
    const { a, b, c } = imported.manifest.services;
    expect(a?.health).toBeUndefined();
    expect(b?.health).toBeUndefined();
    expect(note(imported, 'dropped', 'services.a.healthcheck.test')).toMatch(/NONE/);
    expect(note(imported, 'dropped', 'services.b.healthcheck.disable')).toMatch(/HEALTHCHECK/);
    expect(c?.health).toEqual({ command: ['check'], retries: 100 });
  });
});

describe('environment variables', () => {
  it('reads the list form, leaves out what the shell gave, and keeps `$$` as `$`', () => {
    const imported = convert(`
      services:
        web:
          image: acme/web:1
          environment:
            - NODE_ENV=production
            - EMPTY=
            - FROM_SHELL
            - GREETING=costs $$5
            - LEVEL=\${LOG_LEVEL:-info}
            - EQUALS=a=b
    `);
    expect(imported.manifest.services['web']?.env).toEqual({
      NODE_ENV: 'production',
      EMPTY: '',
      GREETING: 'costs $5',
      EQUALS: 'a=b',
    });
    expect(note(imported, 'decide', 'services.web.environment.FROM_SHELL')).toMatch(/shell/);
    expect(note(imported, 'decide', 'services.web.environment.LEVEL')).toMatch(
      /`LOG_LEVEL`.*default in the Compose file is `info`/,
    );
  });

  it.each([
    ['DB_PASSWORD', true],
    ['PASSWORD', true],
    ['JWT_SECRET', true],
    ['SECRET_KEY_BASE', true],
    ['GITHUB_TOKEN', true],
    ['STRIPE_KEY', true],
    ['APIKEY', true],
    ['AWS_SECRET_ACCESS_KEY', true],
    ['SENTRY_DSN', true],
    ['PASSWORD_FILE', false],
    ['TOKEN_TTL', false],
    ['PUBLIC_KEY', false],
    ['DATABASE_USER', false],
    ['KEYBOARD_LAYOUT', false],
    ['NODE_ENV', false],
  ])('takes %s for a secret: %s', (name, secret) => {
    expect(looksSecret(name)).toBe(secret);
  });

  it('moves a literal secret to the store, declared once for the services that share it', () => {
    const imported = convert(`
      services:
        web: { image: acme/web:1, environment: { API_TOKEN: t0ken, NODE_ENV: production } }
        worker: { image: acme/web:1, environment: { API_TOKEN: t0ken } }
    `);
    expect(imported.manifest.services['web']).toMatchObject({
      env: { NODE_ENV: 'production' },
      secrets: ['API_TOKEN'],
    });
    expect(imported.manifest.services['worker']?.secrets).toEqual(['API_TOKEN']);
    expect(imported.manifest.secrets).toEqual({ API_TOKEN: { source: 'store' } });
    expect(note(imported, 'decide', 'services.web.environment.API_TOKEN')).toMatch(
      /API_TOKEN_FILE.*\/var\/lib\/wharf\/secrets\/app\/API_TOKEN/,
    );
    expect(JSON.stringify(imported.manifest)).not.toContain('t0ken');
  });

  it('shares a password between a server and its app, and leaves equal open values open', async () => {
    const imported = convert(`
      services:
        db:
          image: mariadb:11.4
          environment: { MARIADB_USER: wp, MARIADB_PASSWORD: wp, MARIADB_DATABASE: wp }
          volumes: [db:/var/lib/mysql]
        wordpress:
          image: wordpress:6.6
          ports: ["80:80"]
          environment:
            WORDPRESS_DB_HOST: db
            WORDPRESS_DB_USER: wp
            WORDPRESS_DB_PASSWORD: wp
            WORDPRESS_DB_NAME: wp
    `);
    expect(imported.manifest.compose?.services?.['db']).toEqual({
      image: 'mariadb:11.4',
      environment: {
        MARIADB_USER: 'wp',
        MARIADB_PASSWORD_FILE: '/run/secrets/MARIADB_PASSWORD',
        MARIADB_DATABASE: 'wp',
      },
      secrets: ['MARIADB_PASSWORD'],
      volumes: ['db:/var/lib/mysql'],
    });
    expect(imported.manifest.services['wordpress']).toMatchObject({
      env: {
        WORDPRESS_DB_HOST: 'db',
        WORDPRESS_DB_USER: 'wp',
        WORDPRESS_DB_PASSWORD_FILE: '/run/secrets/MARIADB_PASSWORD',
        WORDPRESS_DB_NAME: 'wp',
      },
      secrets: ['MARIADB_PASSWORD'],
    });
    expect(await validated(imported)).toEqual([]);
  });

  it('writes variables whose names env does not take under the raw block', async () => {
    const imported = convert(`
      services:
        search:
          image: acme/search-ui:1
          ports: ["5601:5601"]
          environment: [discovery.type=single-node, LOG_LEVEL=info]
    `);
    expect(imported.manifest.services['search']?.env).toEqual({ LOG_LEVEL: 'info' });
    expect(imported.manifest.compose?.services?.['search']).toEqual({
      environment: { 'discovery.type': 'single-node' },
    });
    expect(await validated(imported)).toEqual([]);
  });

  it('points the variables naming the database at PgBouncer', () => {
    const imported = convert(`
      services:
        db:
          image: postgres:16
          environment: { POSTGRES_USER: app }
        api:
          image: acme/api:1
          environment:
            DATABASE_URL: postgresql://app@db/app?sslmode=disable
            PGHOST: db
            PGPORT: 5432
            DATABASE_CONN: "host=db port=5432 dbname=app"
        jobs:
          image: acme/api:1
          environment: { DB_HOST: db }
    `);
    expect(imported.manifest.services['api']?.env).toEqual({
      DATABASE_URL: 'postgresql://app@pgbouncer:6432/app?sslmode=disable',
      PGHOST: 'pgbouncer',
      PGPORT: 6432,
      DATABASE_CONN: 'host=pgbouncer port=6432 dbname=app',
    });
    expect(note(imported, 'decide', 'services.api.environment.DATABASE_URL')).toMatch(
      /PgBouncer \(pgbouncer:6432\)/,
    );
    expect(note(imported, 'decide', 'services.jobs.environment.DB_HOST')).toMatch(
      /listens on port 6432, not 5432/,
    );
    expect(imported.manifest.postgres).toMatchObject({ database: 'app', user: 'app' });
  });
});

describe('service names', () => {
  it('renames what wharf refuses, and changes the variables that named them', () => {
    const imported = convert(`
      services:
        Web_App: { image: acme/web:1, ports: ["80:3000"], environment: { API: "http://api-blue:8080" } }
        api-blue: { image: acme/api:1, ports: ["8080"] }
        wharf-admin: { image: acme/admin:1 }
        pgbouncer: { image: acme/pooler:1 }
        web-app: { image: acme/other:1 }
    `);
    expect(Object.keys(imported.manifest.services)).toEqual([
      'web-app',
      'api',
      'admin',
      'pgbouncer-2',
      'web-app-2',
    ]);
    expect(imported.manifest.services['web-app']?.env).toEqual({ API: 'http://api:8080' });
    expect(note(imported, 'carried', 'services.pgbouncer')).toMatch(/wharf's own servers/);
    expect(note(imported, 'carried', 'services.api-blue')).toMatch(/named `api`/);
    expect(imported.manifest.services['api']?.route).toBe('/api');
  });

  it.each([
    ['shop', 'shop'],
    ['My Shop!', 'my-shop'],
    ['blog_prod', 'blog-prod'],
    ['shop-green', 'shop'],
    ['2024-site', 'app-2024-site'],
    ['edge', 'app-edge'],
    ['pr-12', 'app-pr-12'],
    ['---', 'app'],
  ])('makes an environment name of %j: %s', (candidate, name) => {
    expect(environmentName(candidate)).toBe(name);
  });

  it('takes the Compose project name, else the folder name, else --name', () => {
    const text = `
      services:
        web: { image: acme/web:1 }
    `;
    expect(convert(`name: Blog_Prod\n${dedent(text)}`).environment).toBe('blog-prod');
    expect(convert(text, { folderName: 'Notes App' }).environment).toBe('notes-app');
    expect(convert(text, { name: 'staging' }).environment).toBe('staging');
    const refused = importCompose(parse(dedent(text)), { ...defaults, name: 'prod-blue' });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.message).toMatch(/--name prod-blue/);
  });

  it.each([
    ['pgdata', 'pgdata'],
    ['db-data', 'db-data'],
    ['postgres_data', 'postgres-data'],
    ['db_data_2', 'dbdata2'],
    ['pg-data-2', 'pgdata2'],
    ['data', 'fallback'],
    ['2data', 'v2data'],
  ])('makes a volume key of %j: %s', (candidate, key) => {
    expect(volumeKey(candidate, 'fallback', new Set())).toBe(key);
  });

  it('keeps volume keys apart', () => {
    expect(volumeKey('pg_data', 'x', new Set(['pg-data']))).toBe('pg2-data');
  });
});

describe('volumes, bind mounts and grants', () => {
  it('reports bind mounts with the grant they need, and writes none', () => {
    const imported = convert(`
      services:
        web:
          image: acme/web:1
          ports: ["80:80"]
          volumes:
            - ./public:/usr/share/nginx/html:ro
            - /var/run/docker.sock:/var/run/docker.sock
            - /app/node_modules
            - type: tmpfs
              target: /tmp
    `);
    expect(note(imported, 'decide', 'services.web.volumes[0]')).toMatch(
      /policy\.app\.hostPaths: \[\/ABSOLUTE\/PATH\]/,
    );
    expect(note(imported, 'decide', 'services.web.volumes[1]')).toMatch(
      /policy\.app\.dockerSocket/,
    );
    expect(note(imported, 'dropped', 'services.web.volumes[2]')).toMatch(/anonymous/);
    expect(imported.manifest.compose?.services?.['web']).toEqual({
      volumes: [{ type: 'tmpfs', target: '/tmp' }],
    });
  });

  it('reports keys that need a grant, and never keys with why', async () => {
    const imported = convert(`
      services:
        cache:
          image: redis:7
          privileged: true
          cap_add: [NET_ADMIN]
          network_mode: host
          container_name: cache
          profiles: [debug]
          extra_hosts: ["db.local:10.0.0.5"]
          user: "999"
          ports: ["6379:6379"]
    `);
    expect(note(imported, 'decide', 'services.cache.privileged')).toMatch(
      /policy\.app\.privileged/,
    );
    expect(note(imported, 'decide', 'services.cache.cap_add')).toMatch(/policy\.app\.privileged/);
    expect(note(imported, 'decide', 'services.cache.network_mode')).toMatch(
      /policy\.app\.hostNetwork/,
    );
    expect(note(imported, 'dropped', 'services.cache.container_name')).toMatch(
      /wharf names containers/,
    );
    expect(note(imported, 'dropped', 'services.cache.profiles')).toMatch(/profile would only hide/);
    expect(note(imported, 'dropped', 'services.cache.extra_hosts')).toMatch(
      /composeKeys: \[extra_hosts\]/,
    );
    expect(note(imported, 'dropped', 'services.cache.ports[0]')).toMatch(
      /cache:6379.*policy\.app\.hostPorts: \[6379\]/,
    );
    expect(imported.manifest.compose?.services?.['cache']).toEqual({
      image: 'redis:7',
      user: '999',
    });
    // What is written passes the policy without a grant.
    expect(
      await validated({
        ...imported,
        manifest: { ...imported.manifest, services: { web: { image: 'acme/web:1' } } },
      }),
    ).toEqual([]);
  });

  it('keeps a routed app with a named volume an app, its volume in the raw block', async () => {
    const imported = convert(`
      services:
        web:
          image: ghost:5.96
          ports: ["2368:2368"]
          volumes: [ghost_content:/var/lib/ghost/content]
      volumes:
        ghost_content:
          driver: local
    `);
    expect(imported.manifest.services['web']).toMatchObject({ port: 2368, route: '/' });
    expect(imported.manifest.compose).toEqual({
      services: { web: { volumes: ['ghostcontent:/var/lib/ghost/content'] } },
      volumes: { ghostcontent: {} },
    });
    expect(note(imported, 'decide', 'services.web.volumes[0]')).toMatch(/both colours/);
    expect(note(imported, 'dropped', 'volumes.ghost_content')).toMatch(/driver/);
    expect(await validated(imported)).toEqual([]);
  });
});

describe('dependencies, replicas and resources', () => {
  it('maps depends_on to the imported names', () => {
    const imported = convert(`
      services:
        db: { image: postgis/postgis:16-3.4 }
        mq: { image: rabbitmq:3.13-management }
        cache: { image: valkey/valkey:8 }
        api: { image: acme/api:1, depends_on: { db: { condition: service_healthy }, mq: {}, cache: {} } }
        web: { image: acme/web:1, depends_on: [api, missing] }
    `);
    expect(imported.manifest.services['api']?.dependsOn).toEqual(['postgres', 'rabbitmq']);
    expect(imported.manifest.services['web']?.dependsOn).toEqual(['api']);
    expect(note(imported, 'dropped', 'services.api.depends_on.cache')).toMatch(/stateful/);
    expect(note(imported, 'dropped', 'services.web.depends_on.missing')).toMatch(/no such service/);
    expect(imported.manifest.postgres?.image).toBe('postgis/postgis:16-3.4');
  });

  it('reads replicas and limits from deploy, scale, cpus and mem_limit', () => {
    const imported = convert(`
      services:
        a:
          image: acme/a:1
          deploy:
            replicas: 3
            resources: { limits: { cpus: "1.5", memory: 2g }, reservations: { memory: 256m } }
            restart_policy: { condition: on-failure }
        b: { image: acme/b:1, scale: 2, cpus: 0.25, mem_limit: 300m }
    `);
    expect(imported.manifest.services['a']).toMatchObject({
      replicas: 3,
      resources: { cpus: 1.5, memory: '2G' },
    });
    expect(imported.manifest.compose?.services?.['a']).toEqual({
      deploy: { resources: { reservations: { memory: '256m' } } },
    });
    expect(note(imported, 'dropped', 'services.a.deploy.restart_policy')).toMatch(/restarts/);
    expect(imported.manifest.services['b']).toMatchObject({
      replicas: 2,
      resources: { cpus: 0.25, memory: '300M' },
    });
  });

  it('does not import a one-shot task, and says what to do instead', () => {
    const imported = convert(`
      services:
        migrate: { image: acme/api:1, command: [rake, db:migrate] }
        api:
          image: acme/api:1
          depends_on: { migrate: { condition: service_completed_successfully } }
    `);
    expect(Object.keys(imported.manifest.services)).toEqual(['api']);
    expect(note(imported, 'dropped', 'services.migrate')).toMatch(/one-shot task/);
    expect(note(imported, 'dropped', 'services.api.depends_on.migrate')).toMatch(/one-shot/);
  });
});

describe('PostgreSQL and RabbitMQ', () => {
  it.each([
    [{ POSTGRES_DB: 'shop', POSTGRES_USER: 'admin' }, 'shop', 'admin'],
    [{ POSTGRES_USER: 'admin' }, 'admin', 'admin'],
    [{}, 'postgres', 'postgres'],
    [{ POSTGRES_DB: 'My-Shop' }, 'my_shop', 'postgres'],
  ])('takes database and user from %j', (environment, database, user) => {
    const imported = convert(
      `services:\n  db:\n    image: postgres:16\n    environment: ${JSON.stringify(environment)}\n  web: { image: acme/web:1 }\n`,
    );
    expect(imported.manifest.postgres).toMatchObject({
      database,
      user,
      passwordSecret: 'POSTGRES_PASSWORD',
    });
  });

  it('asks to pin the major version of PostgreSQL', () => {
    const imported = convert(`
      services:
        db: { image: postgres:alpine }
        web: { image: acme/web:1 }
    `);
    expect(note(imported, 'decide', 'services.db.image')).toMatch(/no major version/);
  });

  it('runs a second PostgreSQL as a raw stateful service, its password in a secret file', () => {
    const imported = convert(`
      services:
        db: { image: postgres:16, environment: { POSTGRES_PASSWORD: one } }
        analytics-db:
          image: postgres:15
          environment: { POSTGRES_PASSWORD: two, POSTGRES_DB: stats }
          volumes: [analytics:/var/lib/postgresql/data]
        web: { image: acme/web:1 }
    `);
    expect(imported.manifest.compose?.services?.['analytics-db']).toEqual({
      image: 'postgres:15',
      environment: {
        POSTGRES_PASSWORD_FILE: '/run/secrets/POSTGRES_PASSWORD_2',
        POSTGRES_DB: 'stats',
      },
      secrets: ['POSTGRES_PASSWORD_2'],
      volumes: ['analytics:/var/lib/postgresql/data'],
    });
    expect(Object.keys(imported.manifest.secrets ?? {})).toEqual([
      'POSTGRES_PASSWORD',
      'POSTGRES_PASSWORD_2',
    ]);
    expect(JSON.stringify(imported.manifest)).not.toMatch(/"one"|"two"/);
  });

  it('takes RabbitMQ with its defaults', () => {
    const imported = convert(`
      services:
        rabbitmq: { image: rabbitmq:3.13 }
        worker: { image: acme/worker:1, environment: { AMQP_URL: "amqp://rabbitmq:5672" } }
    `);
    expect(imported.manifest.rabbitmq).toEqual({
      image: 'rabbitmq:3.13',
      user: 'guest',
      passwordSecret: 'RABBITMQ_PASSWORD',
    });
    expect(imported.manifest.services['worker']?.env).toEqual({ AMQP_URL: 'amqp://rabbitmq:5672' });
    expect(note(imported, 'decide', 'services.rabbitmq.image')).toMatch(/-management/);
  });
});

describe('routes, hosts and reverse proxies', () => {
  it('routes the first published service at /, the others at /<name>, and leaves workers', () => {
    const imported = convert(`
      services:
        web: { image: acme/web:1, ports: ["80:3000"] }
        admin: { image: acme/admin:1, ports: ["8081:8080", "9229:9229"] }
        worker: { image: acme/worker:1 }
        internal: { image: acme/internal:1, expose: ["7000"] }
    `);
    const routes = Object.fromEntries(
      Object.entries(imported.manifest.services).map(([n, s]) => [n, [s.port, s.route]]),
    );
    expect(routes).toEqual({
      web: [3000, '/'],
      admin: [8080, '/admin'],
      worker: [undefined, undefined],
      internal: [7000, undefined],
    });
    expect(note(imported, 'dropped', 'services.admin.ports[1]')).toMatch(/hostPorts: \[9229\]/);
    expect(note(imported, 'carried', 'services.worker')).toMatch(/not routed/);
  });

  it('takes host, port, path and TLS from nginx-proxy settings', () => {
    const imported = convert(`
      services:
        nginx-proxy:
          image: nginxproxy/nginx-proxy:1.6
          ports: ["80:80", "443:443"]
          volumes: [/var/run/docker.sock:/tmp/docker.sock:ro]
        acme: { image: nginxproxy/acme-companion:2.4 }
        app:
          image: acme/app:1
          environment:
            VIRTUAL_HOST: shop.acme.test,www.shop.acme.test
            VIRTUAL_PORT: "4000"
            LETSENCRYPT_HOST: shop.acme.test
            LETSENCRYPT_EMAIL: ops@acme.test
    `);
    expect(imported.manifest).toMatchObject({
      host: 'shop.acme.test',
      aliases: ['www.shop.acme.test'],
      tls: { mode: 'letsencrypt', email: 'ops@acme.test' },
      services: { app: { image: 'acme/app:1', port: 4000, route: '/' } },
    });
    expect(imported.manifest.services['app']?.env).toBeUndefined();
    expect(Object.keys(imported.manifest)).toEqual([
      'apiVersion',
      'kind',
      'name',
      'topology',
      'host',
      'aliases',
      'tls',
      'services',
    ]);
    expect(note(imported, 'dropped', 'services.nginx-proxy')).toMatch(/edge/);
    expect(note(imported, 'dropped', 'services.acme')).toMatch(/certificates/);
  });

  it('takes host, route and port from Traefik labels', () => {
    const imported = convert(`
      services:
        traefik: { image: traefik:v3.1, ports: ["80:80", "443:443"] }
        api:
          image: acme/api:1
          labels:
            - traefik.enable=true
            - traefik.http.routers.api.rule=Host(\`api.acme.test\`) && PathPrefix(\`/v1\`)
            - traefik.http.services.api.loadbalancer.server.port=8080
    `);
    expect(imported.manifest.host).toBe('api.acme.test');
    expect(imported.manifest.services['api']).toMatchObject({ port: 8080, route: '/v1' });
    expect(note(imported, 'dropped', 'services.api.labels')).toMatch(/were read/);
  });

  it('takes a proxy built here for one, when it forwards to others', () => {
    const imported = convert(`
      services:
        proxy: { build: ./nginx, ports: ["80:80"], depends_on: [backend] }
        backend: { image: acme/api:1, expose: ["8000"] }
        nginx: { build: ./site, ports: ["8080:80"] }
    `);
    expect(Object.keys(imported.manifest.services)).toEqual(['backend', 'nginx']);
    expect(imported.manifest.services['backend']).toMatchObject({ port: 8000, route: '/' });
    expect(note(imported, 'dropped', 'services.proxy')).toMatch(/edge/);
  });

  it('imports an Nginx that does not publish 80 or 443 as an app', () => {
    const imported = convert(`
      services:
        docs: { image: nginx:1.27, ports: ["8080:80"] }
    `);
    expect(imported.manifest.services['docs']).toMatchObject({
      image: 'nginx:1.27',
      port: 80,
      route: '/',
    });
  });

  it('uses --host, else a placeholder it reports', () => {
    const text = 'services:\n  web: { image: acme/web:1 }\n';
    expect(convert(text, { host: 'www.acme.test' }).manifest.host).toBe('www.acme.test');
    const placeholder = convert(text);
    expect(placeholder.manifest.host).toBe('app.example.com');
    expect(note(placeholder, 'decide', 'host')).toMatch(/placeholder/);
    expect(placeholder).toMatchObject({ placeholderHost: true });
    expect(convert(text, { host: 'www.acme.test' })).toMatchObject({ placeholderHost: false });
    expect(note(placeholder, 'decide', 'tls')).toMatch(/letsencrypt/);
  });
});

describe('images and builds', () => {
  it('fills in the defaults of variables in an image, and asks to pin a tag', () => {
    const imported = convert(`
      services:
        web: { image: "ghcr.io/acme/web:\${TAG:-1.2.3}" }
        api: { image: "ghcr.io/acme/api:\${TAG}" }
        edge: { image: acme/edge }
    `);
    expect(imported.manifest.services['web']?.image).toBe('ghcr.io/acme/web:1.2.3');
    expect(note(imported, 'decide', 'services.web.image')).toMatch(/defaults/);
    expect(imported.manifest.services['api']?.image).toBeUndefined();
    expect(note(imported, 'decide', 'services.api.image')).toMatch(/`TAG`/);
    expect(note(imported, 'decide', 'services.edge.image')).toMatch(/pin a version tag/);
  });
});

describe('Compose secrets', () => {
  it('declares them in the store and follows their new paths', () => {
    const imported = convert(`
      services:
        api:
          image: acme/api:1
          secrets: [stripe_key, { source: jwt, target: /etc/jwt.pem }]
          environment:
            STRIPE_KEY_FILE: /run/secrets/stripe_key
            JWT_FILE: /etc/jwt.pem
      secrets:
        stripe_key: { file: ./stripe.txt }
        jwt: { environment: JWT_PEM }
        unused: { file: ./x }
    `);
    expect(imported.manifest.services['api']).toMatchObject({
      secrets: ['STRIPE_KEY', 'JWT'],
      env: { STRIPE_KEY_FILE: '/run/secrets/STRIPE_KEY', JWT_FILE: '/run/secrets/JWT' },
    });
    expect(note(imported, 'decide', 'secrets.jwt')).toMatch(/variable JWT_PEM/);
    expect(note(imported, 'dropped', 'secrets.unused')).toMatch(/no imported service/);
  });
});

describe('what is not a Compose file', () => {
  it.each([
    ['a list', '- a\n- b\n', /not a Compose file/],
    ['no services', 'volumes: {}\n', /no `services`/],
    ['empty services', 'services: {}\n', /no `services`/],
  ])('refuses %s', (_what, text, message) => {
    const result = importCompose(parse(text), defaults);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });
});

describe('the YAML of a Compose file', () => {
  it('merges `<<` keys only when asked to, as Compose does', () => {
    const text = 'x: &base { a: 1 }\ny:\n  <<: *base\n  b: 2\n';
    const compose = loadYaml('compose.yaml', text, undefined, { mergeKeys: true });
    const manifest = loadYaml('m.yaml', text);
    expect(compose.ok && compose.yaml.value).toEqual({ x: { a: 1 }, y: { a: 1, b: 2 } });
    expect(manifest.ok && manifest.yaml.value).toEqual({
      x: { a: 1 },
      y: { '<<': { a: 1 }, b: 2 },
    });
  });

  it('refuses an alias bomb before expanding it', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(', ')}]`,
      );
    const loaded = loadYaml('compose.yaml', `${lines.join('\n')}\n`, undefined, {
      mergeKeys: true,
    });
    expect(loaded.ok).toBe(false);
    expect(!loaded.ok && loaded.problems[0]?.message).toMatch(/alias bomb/);
  });
});

describe('the wharf.yaml entry', () => {
  const text = dedent(`
    # The environments of acme.
    apiVersion: wharf/v1
    kind: Repository

    environments:
      production: # the live site
        manifest: production.yaml
        branch: main
  `);

  it('adds the environment and keeps the comments', () => {
    const change = bindEnvironment(
      parseDocument(text),
      'shop',
      { manifest: 'environments/shop.yaml', branch: 'main' },
      false,
    );
    expect(change).toMatchObject({ ok: true, replaced: false });
    const written = change.ok ? change.text : '';
    expect(written).toContain('# The environments of acme.');
    expect(written).toContain('# the live site');
    expect(written).toContain('  shop:\n    manifest: environments/shop.yaml\n    branch: main\n');
  });

  it('refuses an entry that exists, and replaces its manifest with force, keeping its branch', () => {
    const binding = { manifest: 'environments/production.yaml', branch: 'main' };
    expect(bindEnvironment(parseDocument(text), 'production', binding, false)).toEqual({
      ok: false,
      reason: 'exists',
      manifest: 'production.yaml',
    });
    const forced = bindEnvironment(
      parseDocument(text.replace('branch: main', 'branch: release')),
      'production',
      binding,
      true,
    );
    expect(forced.ok && forced.text).toContain(
      'manifest: environments/production.yaml\n    branch: release',
    );
  });

  it('writes a new wharf.yaml that validates with its manifest', () => {
    expect(newRepositoryText('shop', { manifest: 'environments/shop.yaml', branch: 'main' })).toBe(
      dedent(`
        # yaml-language-server: $schema=https://wharf.dev/schemas/repository.schema.json
        apiVersion: wharf/v1
        kind: Repository

        environments:
          shop:
            manifest: environments/shop.yaml
            branch: main
      `),
    );
  });
});
