import { describe, expect, it } from 'vitest';
import { decideAdopt } from '../../src/core/adopt/decide-adopt.js';
import type { ProjectContainer } from '../../src/core/adopt/project-container.js';
import type { AdoptInput, AdoptPlan } from '../../src/core/adopt/types.js';
import type { LiveContainer } from '../../src/core/live.js';
import { renderEnvironment } from '../../src/core/render/render-environment.js';
import { resolved } from '../helpers/resolved.js';

// The environment `wharf import` makes of a web app on PostgreSQL (test/fixtures/import/
// local-web-postgres), and the project `docker compose -p shop up -d` runs from that file.
const environment = resolved('Environment', {
  apiVersion: 'wharf/v1',
  kind: 'Environment',
  name: 'shop',
  topology: 'minimal',
  host: 'shop.test',
  services: {
    web: { image: 'ghcr.io/acme/web:1.4.2', port: 3000, route: '/' },
    worker: { image: 'ghcr.io/acme/web:1.4.2', command: ['worker'] },
  },
  postgres: {
    image: 'postgres:16-alpine',
    database: 'shop',
    user: 'shop',
    passwordSecret: 'POSTGRES_PASSWORD',
    volume: 'db-data',
  },
  secrets: { POSTGRES_PASSWORD: { source: 'store' } },
});

const rendered = renderEnvironment({
  environment,
  revision: 'a'.repeat(40),
  colour: 'green',
  stateDir: '/var/lib/wharf',
});

function container(service: string, fields: Partial<ProjectContainer> = {}): ProjectContainer {
  return {
    id: `id-${service}`,
    name: `shop-${service}-1`,
    service,
    image: 'ghcr.io/acme/web:1.4.2',
    state: 'running',
    health: 'healthy',
    networks: ['shop_default'],
    mounts: [],
    published: [],
    managed: false,
    ...fields,
  };
}

const db = container('db', {
  image: 'postgres:16-alpine',
  mounts: [{ type: 'volume', source: 'shop_db-data', destination: '/var/lib/postgresql/data' }],
});
const project = [
  container('web', { published: [{ hostIp: '0.0.0.0', hostPort: 8000, containerPort: 3000 }] }),
  container('worker'),
  db,
];

function input(fields: Partial<AdoptInput> = {}): AdoptInput {
  return {
    environment: 'shop',
    project: 'shop',
    rendered,
    imageOverrides: {},
    containers: project,
    wharfContainers: [],
    deployed: false,
    existingVolumes: [],
    edgePorts: [80, 443],
    ...fields,
  };
}

function adopted(fields: Partial<AdoptInput> = {}): AdoptPlan {
  const decision = decideAdopt(input(fields));
  if (decision.kind !== 'adopt') throw new Error(decision.problems.join('\n'));
  return decision;
}

const replaced = (service: string, fields: Partial<ProjectContainer>): ProjectContainer[] =>
  project.map((c) => (c.service === service ? { ...c, ...fields } : c));

const wharfBlue = {
  name: 'wharf-shop-blue-web-blue-1',
  role: 'stateless',
  colour: 'blue',
} as LiveContainer;

describe('decideAdopt', () => {
  it("routes the environment's host to the project's app containers as a live green", () => {
    const plan = adopted();
    expect(plan.colour).toBe('green');
    expect(plan.network).toBe('wharf-shop');
    expect(plan.connect).toEqual([
      { container: 'shop-web-1', aliases: ['web-green'] },
      { container: 'shop-worker-1', aliases: ['worker-green'] },
    ]);
    expect(plan.previewHost).toBe('green.shop.preview');
    expect(plan.routes.map((r) => [r.service, r.probePath])).toEqual([['web', '/']]);
    expect(plan.sites.gate).toMatch(/^# wharf-live-colour: none$/m);
    expect(plan.sites.gate).toMatch(/server_name green\.shop\.preview;/);
    expect(plan.sites.live).toMatch(/^# wharf-live-colour: green$/m);
    expect(plan.sites.live).toMatch(/server web-green\.wharf-shop:3000 resolve;/);
    expect(plan.sites.live).toMatch(/server_name shop\.test;/);
    // The stateless containers go once wharf's colour serves; the database is moved before.
    expect(plan.retire).toEqual(['id-web', 'id-worker']);
  });

  it("copies the database's volume into wharf's and puts wharf's server on the project's network", () => {
    expect(adopted().stateful).toEqual([
      {
        service: 'postgres',
        from: 'db',
        containers: ['id-db'],
        copies: [{ from: 'shop_db-data', to: 'wharf-shop-db-data' }],
        image: 'postgres:16-alpine',
        container: 'wharf-shop-infra-postgres-1',
        networks: ['shop_default'],
      },
    ]);
    expect(adopted().volumeLabels).toEqual({
      'wharf.managed': 'true',
      'wharf.environment': 'shop',
    });
  });

  it('takes a local image the configuration stands in for as the manifest’s', () => {
    const local = project.map((c) =>
      c.service === 'db' ? c : { ...c, image: 'wharf-test/app:1' },
    );
    const overrides = { 'ghcr.io/acme/web:1.4.2': 'wharf-test/app:1' };
    const withOverrides = renderEnvironment({
      environment,
      revision: 'a'.repeat(40),
      colour: 'green',
      stateDir: '/var/lib/wharf',
      imageOverrides: overrides,
    });
    expect(
      decideAdopt(input({ containers: local, rendered: withOverrides, imageOverrides: overrides }))
        .kind,
    ).toBe('adopt');
    expect(decideAdopt(input({ containers: local })).kind).toBe('refused');
  });

  it('summarises what happens to each service of the project', () => {
    expect(adopted().summary).toEqual([
      "web: shop-web-1 serve through the edge until wharf's blue is healthy, then are removed",
      "worker: shop-worker-1 serve until wharf's blue is healthy, then are removed",
      "db: stops, shop_db-data is copied into wharf-shop-db-data; wharf's postgres starts on the copy and answers as db on shop's network (shop_db-data stays as it was)",
    ]);
  });

  it('takes over again after a run that moved the database and then failed', () => {
    // The database is wharf's already; the apps still run in the project.
    const plan = adopted({
      containers: project.filter((c) => c.service !== 'db'),
      wharfContainers: [{ ...wharfBlue, role: 'stateful', name: 'wharf-shop-infra-postgres-1' }],
    });
    expect(plan.stateful).toEqual([]);
    expect(plan.retire).toEqual(['id-web', 'id-worker']);
  });

  it.each<[string, Partial<AdoptInput>, RegExp]>([
    [
      'no container of the project runs',
      { containers: [] },
      /^no container of Compose project shop on this host \(`docker compose ls --all`/,
    ],
    [
      'a service of the environment is not in the project',
      { containers: project.filter((c) => c.service !== 'worker') },
      /^service worker of environment shop does not run in project shop \(its services: db, web\)$/,
    ],
    [
      'the project runs another image',
      { containers: replaced('web', { image: 'ghcr.io/acme/web:1.5.0' }) },
      /^service web: project shop runs ghcr\.io\/acme\/web:1\.5\.0 \(shop-web-1\), environment shop says ghcr\.io\/acme\/web:1\.4\.2; make them the same first$/,
    ],
    [
      'an app container is stopped',
      { containers: replaced('web', { state: 'exited' }) },
      /^shop-web-1 \(service web of project shop\) is exited: adopt takes over containers that serve; start it healthy first \(`docker compose -p shop up -d web`\)$/,
    ],
    [
      'an app container is unhealthy',
      { containers: replaced('web', { health: 'unhealthy' }) },
      /^shop-web-1 \(service web of project shop\) is unhealthy/,
    ],
    [
      'the project has a service the environment lacks',
      { containers: [...project, container('cache', { image: 'redis:7' })] },
      /^service cache of project shop is not in environment shop: .*`docker compose -p shop rm -s -f cache`/,
    ],
    [
      "the project publishes the edge's port",
      {
        containers: replaced('web', {
          published: [{ hostIp: '0.0.0.0', hostPort: 80, containerPort: 3000 }],
        }),
      },
      /^shop-web-1 \(service web of project shop\) publishes port 80 of the host, which the edge listens on: publish it on another port first/,
    ],
    [
      'the database runs another image',
      { containers: replaced('db', { image: 'postgres:15-alpine' }) },
      /^service db: project shop runs postgres:15-alpine, environment shop's postgres says postgres:16-alpine; its data is copied as it is/,
    ],
    [
      "wharf's volume exists already",
      { existingVolumes: ['wharf-shop-db-data'] },
      /^the volume wharf-shop-db-data exists already: .*`docker volume rm wharf-shop-db-data`/,
    ],
    [
      'the data is in a host folder',
      {
        containers: replaced('db', {
          mounts: [{ type: 'bind', source: '/srv/pg', destination: '/var/lib/postgresql/data' }],
        }),
      },
      /^shop-db-1 keeps its data in the host folder \/srv\/pg \(at \/var\/lib\/postgresql\/data\), and adopt copies volumes only: copy it into the volume wharf-shop-db-data yourself/,
    ],
    [
      "a volume is mounted where wharf's server mounts none",
      {
        containers: replaced('db', {
          mounts: [
            ...db.mounts,
            { type: 'volume', source: 'shop_wal', destination: '/var/lib/postgresql/wal' },
          ],
        }),
      },
      /^shop-db-1 keeps data in the volume shop_wal at \/var\/lib\/postgresql\/wal, where wharf's postgres mounts no volume: it would be left behind/,
    ],
    [
      'two databases would be one',
      { containers: [...project, { ...db, id: 'id-db2', name: 'shop-db2-1', service: 'db2' }] },
      /^services db and db2 of project shop would both be wharf's postgres/,
    ],
    [
      'wharf has deployed the environment',
      { deployed: true },
      /^shop is deployed by wharf already: adopt takes over before the first deploy/,
    ],
    [
      'a colour of wharf runs',
      { wharfContainers: [wharfBlue] },
      /^shop is deployed by wharf already \(wharf-shop-blue-web-blue-1\)/,
    ],
    [
      "the project is wharf's own",
      { containers: project.map((c) => ({ ...c, managed: true })) },
      /^project shop is wharf's own \(shop-db-1, shop-web-1, shop-worker-1\)/,
    ],
  ])('refuses when %s', (_, fields, message) => {
    const decision = decideAdopt(input(fields));
    expect(decision.kind).toBe('refused');
    if (decision.kind !== 'refused') return;
    expect(
      decision.problems.some((p) => message.test(p)),
      decision.problems.join('\n'),
    ).toBe(true);
  });

  it('lists every problem at once', () => {
    const decision = decideAdopt(
      input({
        containers: replaced('web', { image: 'ghcr.io/acme/web:2.0.0', state: 'exited' }),
        existingVolumes: ['wharf-shop-db-data'],
      }),
    );
    expect(decision.kind === 'refused' ? decision.problems.length : 0).toBe(3);
  });
});
