import { describe, expect, it } from 'vitest';
import type { AppliedRecord, LiveContainer } from '../../src/core/live.js';
import { plan, serviceKey } from '../../src/core/plan/plan.js';
import type { Plan } from '../../src/core/plan/types.js';
import { renderEnvironment } from '../../src/core/render/render-environment.js';
import type { RenderedService } from '../../src/core/render/types.js';
import type { EnvironmentInput } from '../../src/core/manifest.js';
import { shopEnvironment } from '../helpers/environments.js';
import { runningContainers } from '../helpers/live-containers.js';
import { resolved } from '../helpers/resolved.js';

const revision = '1'.repeat(40);
const next = '2'.repeat(40);

function desired(env: EnvironmentInput = shopEnvironment()): RenderedService[] {
  const r = renderEnvironment({
    environment: resolved('Environment', env),
    revision,
    colour: 'blue',
    stateDir: '/s',
  });
  return [...r.infra.services, ...r.apps.services];
}

/** The containers and record a successful deploy of `services` leaves behind. */
function deployed(services: readonly RenderedService[]): {
  live: LiveContainer[];
  applied: AppliedRecord;
} {
  const live = runningContainers(services, revision);

  const applied: AppliedRecord = {
    revision,
    colour: 'blue',
    hosts: ['shop.test'],
    infraRoutes: [],
    colours: {},
    warm: null,
    keepPreviousMs: 0,
    services: Object.fromEntries(
      services.map((s) => [
        serviceKey(s),
        { configHash: s.configHash, revision, definition: s.definition },
      ]),
    ),
  };
  return { live, applied };
}

function actions(p: Plan): string[] {
  return p.services.map(
    (s) =>
      `${s.service}:${s.action}${s.drift.length ? `+${s.drift.map((d) => d.kind).join('+')}` : ''}`,
  );
}

describe('plan', () => {
  it('creates everything on an empty host, databases before poolers before apps', () => {
    const p = plan({ environment: 'shop', revision, desired: desired(), live: [], applied: null });
    expect(actions(p)).toEqual([
      'postgres:create',
      'pgbouncer:create',
      'rabbitmq:create',
      'api:create',
      'web:create',
      'worker:create',
    ]);
    expect(p.empty).toBe(false);
    expect(p.fromRevision).toBeNull();
  });

  it('is empty when the host already runs the revision', () => {
    const services = desired();
    const p = plan({
      environment: 'shop',
      revision: next,
      desired: services,
      ...deployed(services),
    });
    expect(p.empty).toBe(true);
    expect(p.services.every((s) => s.action === 'unchanged')).toBe(true);
    expect(p.fromRevision).toBe(revision);
  });

  it('names exactly the service and field when one image changes', () => {
    const before = desired();
    const env = shopEnvironment();
    const after = desired({
      ...env,
      services: {
        ...env.services,
        web: { ...env.services['web'], image: 'ghcr.io/jupiter/web:1.9.0' },
      },
    });
    const p = plan({ environment: 'shop', revision: next, desired: after, ...deployed(before) });
    const changed = p.services.filter((s) => s.action !== 'unchanged');
    expect(changed.map((s) => s.service)).toEqual(['web']);
    expect(changed[0]?.changes).toEqual([
      { field: 'image', before: 'ghcr.io/jupiter/web:1.8.0', after: 'ghcr.io/jupiter/web:1.9.0' },
    ]);
  });

  it('lists changed environment variables and masks values whose names look secret', () => {
    const before = desired();
    const env = shopEnvironment();
    const api = env.services['api'];
    const after = desired({
      ...env,
      services: {
        ...env.services,
        api: {
          ...api,
          image: api?.image ?? '',
          env: { NODE_ENV: 'staging', DATABASE_HOST: 'pgbouncer', API_TOKEN: 'rotated' },
        },
      },
    });
    const change = plan({
      environment: 'shop',
      revision: next,
      desired: after,
      ...deployed(before),
    }).services.find((s) => s.service === 'api')?.changes;
    expect(change).toEqual([
      {
        field: 'env',
        before: { API_TOKEN: '******', NODE_ENV: 'production' },
        after: { API_TOKEN: '******', NODE_ENV: 'staging' },
      },
    ]);
  });

  it('removes services no longer declared, apps before stateful ones, after everything else', () => {
    const before = desired();
    const env = shopEnvironment();
    const { worker: _worker, ...services } = env.services;
    const { rabbitmq: _mq, ...rest } = env;
    const after = desired({ ...rest, services });
    const p = plan({ environment: 'shop', revision: next, desired: after, ...deployed(before) });
    expect(actions(p).slice(-2)).toEqual(['worker:remove', 'rabbitmq:remove']);
  });

  it('reports a stopped container as drift', () => {
    const services = desired();
    const state = deployed(services);
    const live = state.live.map((c) =>
      c.service === 'web' ? { ...c, state: 'exited' as const } : c,
    );
    const p = plan({
      environment: 'shop',
      revision,
      desired: services,
      live,
      applied: state.applied,
    });
    expect(p.empty).toBe(false);
    const web = p.services.find((s) => s.service === 'web');
    expect(web?.action).toBe('unchanged');
    expect(web?.drift).toEqual([
      { kind: 'stopped', detail: 'wharf-shop-blue-web-blue-1 is exited' },
    ]);
  });

  it('reports a container removed by hand as missing', () => {
    const services = desired();
    const state = deployed(services);
    const p = plan({
      environment: 'shop',
      revision,
      desired: services,
      live: state.live.filter((c) => c.service !== 'postgres'),
      applied: state.applied,
    });
    expect(actions(p)[0]).toBe('postgres:unchanged+missing');
  });

  it('reports a missing replica', () => {
    const services = desired();
    const state = deployed(services);
    const p = plan({
      environment: 'shop',
      revision,
      desired: services,
      live: state.live.filter((c) => c.name !== 'wharf-shop-blue-api-blue-2'),
      applied: state.applied,
    });
    expect(p.services.find((s) => s.service === 'api')?.drift).toEqual([
      { kind: 'replicas', detail: '1 running, 2 wanted' },
    ]);
  });

  it('reports a container changed outside wharf', () => {
    const services = desired();
    const state = deployed(services);
    const live = state.live.map((c) =>
      c.service === 'worker' ? { ...c, configHash: 'edited-by-hand' } : c,
    );
    const p = plan({
      environment: 'shop',
      revision,
      desired: services,
      live,
      applied: state.applied,
    });
    expect(actions(p)).toContain('worker:unchanged+changed');
  });

  it('still plans an update without a record of the last deploy, naming the image', () => {
    const before = desired();
    const env = shopEnvironment();
    const after = desired({
      ...env,
      services: {
        ...env.services,
        web: { ...env.services['web'], image: 'ghcr.io/jupiter/web:2.0.0' },
      },
    });
    const p = plan({
      environment: 'shop',
      revision: next,
      desired: after,
      live: deployed(before).live,
      applied: null,
    });
    const web = p.services.find((s) => s.service === 'web');
    expect(web?.action).toBe('update');
    expect(web?.changes[0]).toEqual({
      field: 'image',
      before: 'ghcr.io/jupiter/web:1.8.0',
      after: 'ghcr.io/jupiter/web:2.0.0',
    });
  });

  it('orders apps by their dependencies', () => {
    const env = shopEnvironment();
    const services = {
      ...env.services,
      web: { ...env.services['web'], image: 'w:1', dependsOn: ['worker'] },
      worker: { image: 'k:1', dependsOn: ['api'] },
    };
    const p = plan({
      environment: 'shop',
      revision,
      desired: desired({ ...env, services }),
      live: [],
      applied: null,
    });
    expect(p.services.map((s) => s.service)).toEqual([
      'postgres',
      'pgbouncer',
      'rabbitmq',
      'api',
      'worker',
      'web',
    ]);
  });
});
