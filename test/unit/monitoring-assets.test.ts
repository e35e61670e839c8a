import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fsRepoFiles } from '../../src/adapters/fs-repo-files.js';
import { promMetrics } from '../../src/adapters/prom-metrics.js';
import { renderEnvironment } from '../../src/core/render/render-environment.js';
import { validateRepository } from '../../src/manifests/validate-repository.js';

const root = path.resolve('environments');
const rules = parse(await readFile(path.join(root, 'monitoring/wharf-alerts.yaml'), 'utf8')) as {
  groups: { rules: { alert: string; expr: string }[] }[];
};
const dashboard = JSON.parse(
  await readFile(path.join(root, 'monitoring/wharf-dashboard.json'), 'utf8'),
) as { uid: string; panels: { targets: { expr: string }[] }[] };

/** Metric names wharf exports, with a histogram's series. */
async function exported(): Promise<Set<string>> {
  const { body } = await promMetrics({
    environments: () => Promise.resolve([]),
    queue: () => Promise.resolve({ waiting: 0, active: 0, delayed: 0, oldestWaitingMs: 0 }),
    lastResync: () => Promise.resolve(null),
    deployTally: () => Promise.resolve([]),
  }).scrape();
  const names = new Set<string>();
  for (const m of body.matchAll(/^# TYPE (\S+) (\S+)$/gm)) {
    names.add(m[1] ?? '');
    if (m[2] === 'histogram')
      for (const s of ['_bucket', '_sum', '_count']) names.add(`${m[1]}${s}`);
  }
  return names;
}

const used = (expr: string): string[] => [...expr.matchAll(/\bwharf_[a-z_]+/g)].map((m) => m[0]);

describe("wharf's own alert rules and Grafana dashboard", () => {
  it('alert on a failed deploy, a degraded environment, a stale resync and a stuck queue', () => {
    const names = rules.groups.flatMap((g) => g.rules.map((r) => r.alert));
    for (const alert of [
      'WharfDeployFailed',
      'WharfEnvironmentDegraded',
      'WharfResyncStale',
      'WharfQueueStuck',
    ])
      expect(names).toContain(alert);
  });

  it('use only metrics wharf exports', async () => {
    const names = await exported();
    const exprs = [
      ...rules.groups.flatMap((g) => g.rules.map((r) => r.expr)),
      ...dashboard.panels.flatMap((p) => p.targets.map((t) => t.expr)),
    ];
    expect(exprs.length).toBeGreaterThan(10);
    for (const expr of exprs)
      for (const metric of used(expr)) expect(names, expr).toContain(metric);
  });

  it('are provisioned by the complete example (analytics)', async () => {
    const repo = await validateRepository(fsRepoFiles(root));
    const analytics = repo.environments.find((e) => e.name === 'analytics')?.manifest;
    if (!analytics) throw new Error('analytics is missing');
    const files = new Map<string, string>();
    for (const file of [
      'monitoring/alerts.yaml',
      'monitoring/wharf-alerts.yaml',
      'monitoring/jupiter-dashboard.json',
      'monitoring/wharf-dashboard.json',
    ])
      files.set(file, await readFile(path.join(root, file), 'utf8'));
    const rendered = renderEnvironment({
      environment: analytics,
      revision: 'a'.repeat(40),
      colour: 'blue',
      stateDir: '/var/lib/wharf',
      repoFiles: files,
      ...(repo.repository?.policy?.['analytics']
        ? { policy: repo.repository.policy['analytics'] }
        : {}),
    });
    const contents = rendered.infra.files.map((f) => f.content);
    expect(contents.some((c) => c.includes('WharfQueueStuck'))).toBe(true);
    expect(contents.some((c) => c.includes('"uid": "wharf-overview"'))).toBe(true);
  });
});
