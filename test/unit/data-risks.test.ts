import { describe, expect, it } from 'vitest';
import { dataRisks } from '../../src/core/plan/data-risks.js';
import { majorVersion } from '../../src/core/servers/postgres.js';
import type { FieldChange, Plan, ServicePlan } from '../../src/core/plan/types.js';

function plan(
  service: string,
  changes: FieldChange[],
  role: ServicePlan['role'] = 'stateful',
): Plan {
  return {
    environment: 'shop',
    revision: 'b'.repeat(40),
    fromRevision: 'a'.repeat(40),
    empty: false,
    services: [
      {
        service,
        composeName: service,
        project: 'wharf-shop-infra',
        role,
        action: 'update',
        changes,
        drift: [],
      },
    ],
  };
}

describe('changes that would lose data', () => {
  it.each([
    ['postgres:16', 16],
    ['postgres:16.2-bookworm', 16],
    ['registry.example.com:5000/db/postgres:17.1', 17],
    ['postgres', null],
    ['postgres@sha256:' + 'a'.repeat(64), null],
    ['postgres:latest', null],
  ])('reads the major version of %s as %s', (image, major) => {
    expect(majorVersion(image)).toBe(major);
  });

  it('refuses a new PostgreSQL major version, and lets a minor one through', () => {
    expect(
      dataRisks(
        plan('postgres', [{ field: 'image', before: 'postgres:16.1', after: 'postgres:17.0' }]),
      ),
    ).toEqual([expect.stringMatching(/postgres would move from major version 16 to 17/)]);
    expect(
      dataRisks(
        plan('postgres', [{ field: 'image', before: 'postgres:16.1', after: 'postgres:16.2' }]),
      ),
    ).toEqual([]);
  });

  it('refuses a stateful service moved to another data volume, not one that keeps its own', () => {
    const moved: FieldChange = {
      field: 'volumes',
      before: ['pgdata:/var/lib/postgresql/data'],
      after: ['pgdata2:/var/lib/postgresql/data'],
    };
    expect(dataRisks(plan('postgres', [moved]))).toEqual([
      expect.stringMatching(/no longer mounts pgdata/),
    ]);
    const seeded: FieldChange = {
      field: 'volumes',
      before: ['pgdata:/var/lib/postgresql/data'],
      after: [
        'pgdata:/var/lib/postgresql/data',
        './postgres/seed.sql:/docker-entrypoint-initdb.d/seed.sql:ro',
      ],
    };
    expect(dataRisks(plan('postgres', [seeded]))).toEqual([]);
  });

  it('leaves PgBouncer settings and stateless services alone', () => {
    expect(
      dataRisks(
        plan('pgbouncer', [{ field: 'files', before: {}, after: { 'pgbouncer.ini': 'x' } }]),
      ),
    ).toEqual([]);
    expect(
      dataRisks(plan('api', [{ field: 'image', before: 'api:1', after: 'api:2' }], 'stateless')),
    ).toEqual([]);
  });
});
