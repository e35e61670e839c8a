import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderSite } from '../../src/core/edge/render-site.js';
import type { AppServiceInput, EnvironmentInput } from '../../src/core/manifest.js';
import { colours, names } from '../../src/core/render/names.js';
import { renderEnvironment } from '../../src/core/render/render-environment.js';
import { environmentRules } from '../../src/manifests/environment-rules.js';
import { resolved, withDefaults } from '../helpers/resolved.js';

// The environment schema's own patterns decide which generated names are valid.
const schema = JSON.parse(readFileSync('schemas/environment.schema.json', 'utf8')) as {
  $defs: Record<string, { pattern: string }>;
};
const matches = (def: string) => {
  const pattern = new RegExp(schema.$defs[def]?.pattern ?? '(?!)', 'u');
  return (name: string): boolean => pattern.test(name);
};
const isEnvironmentName = matches('EnvironmentName');
const isServiceName = matches('ServiceName');
const isVolumeKey = matches('VolumeKey');
const isName = matches('Name');

/** Every dash-joined sequence of 1 to `most` segments. */
function joined(segments: readonly string[], most: number): string[] {
  let level = segments.map((s) => [s]);
  const all = [...level];
  for (let n = 2; n <= most; n++) {
    level = level.flatMap((prefix) => segments.map((s) => [...prefix, s]));
    all.push(...level);
  }
  return all.map((parts) => parts.join('-'));
}

// Segments chosen to meet: wharf's own parts, the edge's, previews', volume suffixes, digits.
const environmentCandidates = joined(
  ['a', 'b', '1', 'pr', '5', 'edge', 'nginx', 'data', 'blue', 'green', 'infra', 'live'],
  3,
);
const serviceCandidates = joined(['a', 'b', '1', 'blue', 'green', 'infra', 'live', 'wharf'], 2);
const volumeCandidates = joined(['a', 'b', '1', 'data', 'pgdata', 'rabbitmq'], 2);

const stateful = new Set(['postgres', 'pgbouncer', 'rabbitmq', 'prometheus', 'grafana']);

function manifest(name: string, extra: Partial<EnvironmentInput> = {}): EnvironmentInput {
  return {
    apiVersion: 'wharf/v1',
    kind: 'Environment',
    name,
    topology: 'minimal',
    host: `${name}.test`,
    services: { web: { image: 'ghcr.io/jupiter/web:1', port: 80, route: '/' } },
    ...extra,
  };
}

/** Environment names `wharf validate` accepts: the schema's pattern and the reserved-name rule. */
function validEnvironment(name: string): boolean {
  return (
    isEnvironmentName(name) &&
    !environmentRules(resolved('Environment', manifest(name)), 'env.yaml', manifest(name)).some(
      (f) => f.rule === 'reserved-name',
    )
  );
}

type Kind = 'project' | 'network' | 'volume' | 'container' | 'upstream' | 'group';
type Names = Record<Kind, Set<string>>;

const empty = (): Names => ({
  project: new Set(),
  network: new Set(),
  volume: new Set(),
  container: new Set(),
  upstream: new Set(),
  group: new Set(),
});

/**
 * Every Docker object and upstream name an environment called `env` can have with any of the
 * given services and volume keys: rendered by wharf itself, in both colours, once with the
 * services as app services and once as services of the raw `compose` block, with two replicas.
 */
function namesOf(env: string, services: readonly string[], volumes: readonly string[]): Names {
  const out = empty();
  const apps: Record<string, AppServiceInput> = Object.fromEntries(
    services.map((s, i) => [
      s,
      { image: 'ghcr.io/jupiter/app:1', port: 8080, route: `/r${i}`, replicas: 2 },
    ]),
  );
  const raw = services.filter((s) => !stateful.has(s));
  const variants: EnvironmentInput[] = [
    manifest(env, { services: apps }),
    manifest(env, {
      topology: 'complete',
      postgres: { database: 'db', user: 'db', passwordSecret: 'PG', volume: volumes[0] ?? 'pg' },
      rabbitmq: { user: 'mq', passwordSecret: 'MQ' },
      monitoring: { prometheus: {}, grafana: { adminPasswordSecret: 'GRAFANA' } },
      compose: {
        services: Object.fromEntries(raw.map((s) => [s, { image: 'ghcr.io/jupiter/extra:1' }])),
        volumes: Object.fromEntries(volumes.map((v) => [v, {}])),
      },
    }),
  ];
  for (const environment of variants) {
    for (const colour of colours) {
      const r = renderEnvironment({
        // Some variants break the schema on purpose: that is what this test looks for.
        environment: withDefaults('Environment', environment),
        revision: 'a'.repeat(40),
        colour,
        stateDir: '/s',
      });
      out.project.add(r.infra.name).add(r.apps.name);
      out.network.add(r.network);
      const colourNetwork = (r.apps.topLevel['networks'] as { default: { name: string } }).default;
      out.network.add(colourNetwork.name);
      for (const v of r.volumes) out.volume.add(v.name);
      for (const s of [...r.infra.services, ...r.apps.services])
        for (let i = 1; i <= s.replicas; i++)
          out.container.add(names.container(s.project, s.composeName, i));
      for (const liveColour of [colour, null]) {
        const site = renderSite({
          environment: env,
          hosts: r.edge.hosts,
          liveColour,
          live: liveColour ? r.edge.apps : [],
          infra: r.edge.infra,
          previews: [{ colour, routes: r.edge.apps }],
        });
        // What the edge asks Docker's DNS for, at run time: `<service>.<network>:<port>`, and
        // the upstream groups (with their shared memory zones) that hold those servers.
        for (const m of site.matchAll(/server (\S+) resolve;/g)) out.upstream.add(m[1] ?? '');
        for (const m of site.matchAll(/^upstream (\S+) \{/gm)) out.group.add(m[1] ?? '');
      }
    }
  }
  return out;
}

/** The edge's own objects: it belongs to no environment, and must collide with none. */
const edgeNames: Names = {
  project: new Set([names.edgeProject]),
  network: new Set([`${names.edgeProject}_default`]),
  volume: new Set(),
  container: new Set([names.container(names.edgeProject, 'nginx', 1)]),
  upstream: new Set(),
  group: new Set(),
};

/** For each kind, the names claimed by more than one owner, with the owners. */
function collisions(owners: ReadonlyMap<string, Names>): string[] {
  const found: string[] = [];
  for (const kind of ['project', 'network', 'volume', 'container', 'upstream', 'group'] as const) {
    const seen = new Map<string, string>();
    for (const [owner, all] of owners) {
      for (const name of all[kind]) {
        const first = seen.get(name);
        if (first === undefined) seen.set(name, owner);
        else if (first !== owner) found.push(`${kind} ${name}: ${first} and ${owner}`);
      }
    }
  }
  return found;
}

describe('the names wharf gives Docker objects and upstreams', () => {
  const environments = [
    ...environmentCandidates.filter(validEnvironment),
    // Previews: `pr-<n>` by construction, not by the reserved-name rule.
    'pr-1',
    'pr-5',
    'pr-15',
    'pr-51',
  ];
  const services = serviceCandidates.filter(isServiceName);
  const volumes = volumeCandidates.filter(isVolumeKey);

  it('are generated from many valid names, tricky ones included', () => {
    expect(environments.length).toBeGreaterThan(300);
    expect(environments).toEqual(
      expect.arrayContaining(['a-b', 'pr', 'pr-a', 'live', 'edge-nginx', 'nginx-1', 'a-data']),
    );
    expect(environments).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^(edge|pr-5-a|a-blue|infra-a)$/)]),
    );
    expect(services).toEqual(expect.arrayContaining(['a-b', 'live-a', 'a-wharf', 'a-1']));
    expect(volumes).toEqual(expect.arrayContaining(['pgdata', 'rabbitmq-data', 'a-data', 'a']));
    expect(volumes).not.toContain('data');
  });

  // An enumeration of many pairs: seconds alone, longer on a machine busy with other tests.
  it(
    'differ between every two environments, for every kind of object',
    { timeout: 120_000 },
    () => {
      const owners = new Map<string, Names>([['the edge', edgeNames]]);
      for (const env of environments) owners.set(env, namesOf(env, services, volumes));
      expect(collisions(owners)).toEqual([]);
      // Every kind was really produced, so the assertion above compared something.
      const a = owners.get('a-b');
      for (const kind of [
        'project',
        'network',
        'volume',
        'container',
        'upstream',
        'group',
      ] as const)
        expect(a?.[kind].size, kind).toBeGreaterThan(0);
    },
  );

  it('would collide without the schema rules (the enumeration finds the known cases)', () => {
    // The same enumeration over names that are merely well-formed finds what the rules refuse.
    const loose = ['production', 'production-blue', 'pr-5', 'pr-5-blue', 'shop', 'shop-eu'];
    expect(loose.every(isName)).toBe(true);
    const owners = new Map(
      loose.map((env) => [env, namesOf(env, ['web', 'eu-web'], ['pgdata', 'eu-pgdata'])]),
    );
    const found = collisions(owners);
    expect(found).toContain('network wharf-production-blue: production and production-blue');
    expect(found).toContain('network wharf-pr-5-blue: pr-5 and pr-5-blue');
    expect(found).toContain('volume wharf-shop-eu-pgdata: shop and shop-eu');
    expect(isEnvironmentName('production-blue')).toBe(false);
    expect(isVolumeKey('eu-pgdata')).toBe(false);
  });
});
