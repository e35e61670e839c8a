import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/core/plan/types.js';
import {
  changesOf,
  commentMarker,
  renderPullRequestComment,
} from '../../src/core/previews/pr-comment.js';

const plan: Plan = {
  environment: 'production',
  revision: 'b'.repeat(40),
  fromRevision: 'a'.repeat(40),
  empty: false,
  services: [
    {
      service: 'api',
      composeName: 'api-blue',
      project: 'wharf-production-blue',
      role: 'stateless',
      action: 'update',
      changes: [
        { field: 'image', before: 'ghcr.io/acme/api:1.0', after: 'ghcr.io/acme/api:1.1' },
        { field: 'env', before: { LOG: 'info' }, after: { LOG: 'debug' } },
      ],
      drift: [],
    },
    {
      service: 'web',
      composeName: 'web-blue',
      project: 'wharf-production-blue',
      role: 'stateless',
      action: 'unchanged',
      changes: [],
      drift: [{ kind: 'stopped', detail: 'exited' }],
    },
    {
      service: 'worker',
      composeName: 'worker-blue',
      project: 'wharf-production-blue',
      role: 'stateless',
      action: 'create',
      changes: [],
      drift: [],
    },
    {
      service: 'old|cron',
      composeName: 'old-blue',
      project: 'wharf-production-blue',
      role: 'stateless',
      action: 'remove',
      changes: [],
      drift: [],
    },
  ],
};

describe("wharf's comment on a pull request", () => {
  it('lists the changes merging makes, images before and after, and leaves drift out', () => {
    expect(changesOf(plan)).toEqual([
      {
        service: 'api',
        action: 'update',
        fields: ['image', 'env'],
        imageBefore: 'ghcr.io/acme/api:1.0',
        imageAfter: 'ghcr.io/acme/api:1.1',
      },
      { service: 'worker', action: 'create', fields: [] },
      { service: 'old|cron', action: 'remove', fields: [] },
    ]);
  });

  it('starts with its marker and shows validation, plan and preview', () => {
    const body = renderPullRequestComment({
      number: 42,
      head: 'c'.repeat(40),
      validation: { ok: true, summary: '2 environment(s)', problems: [] },
      plans: [
        { environment: 'production', changes: changesOf(plan) },
        { environment: 'staging', changes: [], error: 'git fetch failed' },
      ],
      preview: {
        phase: 'live',
        message: 'up',
        url: 'https://pr-42.staging.example.com',
        revision: 'c'.repeat(40),
      },
    });
    expect(body.startsWith(commentMarker)).toBe(true);
    expect(body).toContain('## wharf · #42 at `ccccccc`');
    expect(body).toContain('✅ valid (2 environment(s))');
    expect(body).toContain(
      '| api | update | image, env | `ghcr.io/acme/api:1.0` → `ghcr.io/acme/api:1.1` |',
    );
    // A pipe in a name would break the table row; it is escaped.
    expect(body).toContain('| old\\|cron | remove |');
    expect(body).toContain('⚠️ cannot plan: git fetch failed');
    expect(body).toContain('🟢 https://pr-42.staging.example.com (at `ccccccc`): up');
  });

  it('lists problems when the head does not validate, and says nothing deploys', () => {
    const body = renderPullRequestComment({
      number: 7,
      head: 'd'.repeat(40),
      validation: {
        ok: false,
        summary: '1 problem(s)',
        problems: ['env.yaml:3:7 $.services.api.port must be an integer'],
      },
      plans: null,
      preview: { phase: 'waiting', message: 'waiting for a free preview slot: 3 of 3 in use' },
    });
    expect(body).toContain('❌ 1 problem(s)');
    expect(body).toContain('- `env.yaml:3:7 $.services.api.port must be an integer`');
    expect(body).toContain('Nothing from this commit is deployed until it validates.');
    expect(body).toContain('⏸️: waiting for a free preview slot: 3 of 3 in use');
  });

  it('says when merging changes nothing', () => {
    const body = renderPullRequestComment({
      number: 8,
      head: 'e'.repeat(40),
      validation: { ok: true, summary: '1 environment(s)', problems: [] },
      plans: [],
      preview: null,
    });
    expect(body).toContain('Merging changes no environment.');
    expect(body).not.toContain('### Preview');
  });
});
