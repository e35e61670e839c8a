import { describe, expect, it } from 'vitest';
import { withEnvironmentLease } from '../../src/deploy/environment-lease.js';
import { fakeHost } from '../fakes/fake-host.js';

// The fencing token of a new holder starts above every token written for the environment,
// even when the lock store has none (a closed preview's counter is forgotten; a Redis that
// lost its data): a removed site keeps its token.
const env = 'pr-3';
const site = 'server {\n    listen 80;\n    server_name pr-3.test;\n}\n';

describe('the environment lease', () => {
  it('starts a reopened preview above the token its removed site was written under', async () => {
    const host = fakeHost();
    await host.deps.edge.ensureRunning();
    const first = await withEnvironmentLease(host.deps, env, async (deps, lease) => {
      await deps.edge.applySite(env, site);
      return lease.fence;
    });
    const removed = await withEnvironmentLease(host.deps, env, async (deps, lease) => {
      await deps.edge.removeSite(env);
      return lease.fence;
    });
    expect(removed).toBeGreaterThan(first);
    await host.deps.lock.forget(env);
    // A holder of the first lease, late, cannot write the removed site back.
    await expect(host.deps.edge.applySite(env, site, first)).rejects.toMatchObject({
      code: 'stale-fence',
    });
    const reopened = await withEnvironmentLease(host.deps, env, async (deps, lease) => {
      await deps.edge.applySite(env, site);
      return lease.fence;
    });
    expect(reopened).toBeGreaterThan(removed);
    expect(await host.deps.edge.currentSite(env)).toBe(site);
  });
});
