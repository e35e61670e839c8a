import { mkdir } from 'node:fs/promises';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../helpers/docker-cli.js';
import { startGitOpsHost, type GitOpsHost } from '../helpers/gitops-host.js';
import { dedent } from '../helpers/manifest-text.js';
import { runWharf } from '../helpers/wharf-cli.js';

// What an operator sees: the log of a whole deploy (every line naming environment, revision
// and deploy, no secret in it), `wharf logs`, `/metrics`, and the dashboard in a real browser,
// where a rollback switches the live version.
const env = 'e2e-ops';
const hostName = 'ops.test';
const adminToken = 'dashboard-token-for-tests';
const secrets = { PG_PASSWORD: 'pg-secret-Zq81xW', API_TOKEN: 'api-secret-Kp02wQ' };

const wharfYaml = dedent(`
  apiVersion: wharf/v1
  kind: Repository
  environments:
    ${env}: { manifest: env.yaml, branch: main }
`);

function manifest(version: string): string {
  return dedent(`
    apiVersion: wharf/v1
    kind: Environment
    name: ${env}
    topology: minimal
    host: ${hostName}
    tls: { mode: none }
    deploy: { strategy: blue-green, healthTimeout: 60s, verify: 1s, keepPrevious: 10m }
    secrets:
      PG_PASSWORD: { source: store }
      API_TOKEN: { source: store }
    postgres:
      database: ops
      user: ops
      passwordSecret: PG_PASSWORD
    services:
      web:
        image: ghcr.io/jupiter/web:1.8.0
        port: 8080
        route: /
        health: { path: /healthz }
        env: { APP_BODY: "web ${version}" }
        secrets: [API_TOKEN]
  `);
}

let gitops: GitOpsHost;
let browser: Browser | null = null;

const page = (): Promise<string> =>
  gitops.host.get(hostName, '/').then(
    (r) => r.body,
    () => '',
  );

function wharf(...args: string[]): Promise<string> {
  return runWharf(gitops.host.configFile, ...args);
}

async function push(version: string): Promise<void> {
  await gitops.clone.commit(`web ${version}`, { 'env.yaml': manifest(version) });
  await gitops.clone.git('push', '-q', 'origin', 'main');
  await waitFor(`web ${version}`, page, (body) => body === `web ${version}\n`, 150_000);
}

/** The JSON lines the service logged about this environment. */
function logLines(): Record<string, unknown>[] {
  return gitops
    .log()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

beforeAll(async () => {
  gitops = await startGitOpsHost({
    environments: [env],
    files: { 'wharf.yaml': wharfYaml, 'env.yaml': manifest('v1') },
    secrets: { [env]: secrets },
    adminToken,
    process: true,
  });
  await gitops.clone.git('push', '-q', 'origin', 'main');
  await waitFor('web v1', page, (body) => body === 'web v1\n', 150_000);
  // Answering is not finished: verification and the record come after the cutover.
  await waitFor(
    'the deploy to be recorded',
    () => Promise.resolve(logLines()),
    (lines) => lines.some((l) => l['msg'] === 'reconcile finished' && l['result'] === 'success'),
    60_000,
  );
}, 200_000);

afterAll(async () => {
  await browser?.close();
  await gitops.close();
});

describe('what an operator sees', { timeout: 240_000 }, () => {
  it('logs every step of a deploy with environment, revision and deploy id, and no secret anywhere', async () => {
    const steps = logLines().filter((l) => l['env'] === env && typeof l['step'] === 'string');
    expect(steps.length).toBeGreaterThan(5);
    for (const line of steps) {
      expect(line['revision']).toMatch(/^[0-9a-f]{40}$/);
      expect(line['deploy']).toMatch(/^[0-9a-f-]{36}$/);
    }
    const deployId = String(steps.at(-1)?.['deploy']);
    const history = await wharf('history', env);
    expect(history).toContain(deployId);
    const deployLog = await wharf('logs', deployId);
    expect(deployLog).toMatch(/validate +validating revision/);
    expect(deployLog).toMatch(/record +e2e-ops now runs/);
    for (const value of Object.values(secrets)) {
      expect(gitops.log()).not.toContain(value);
      expect(deployLog).not.toContain(value);
      expect(await wharf('logs', deployId, '--format', 'json')).not.toContain(value);
    }
  });

  it('exports the environment as synced and healthy, and what happened, at /metrics', async () => {
    const text = await fetch(`http://127.0.0.1:${gitops.serverPort}/metrics`).then((r) => r.text());
    expect(text).toMatch(
      /wharf_environment_info\{environment="e2e-ops",revision="[0-9a-f]{40}",colour="(blue|green)",sync_status="Synced",health_status="Healthy"\} 1/,
    );
    expect(text).toMatch(/wharf_deploys_total\{environment="e2e-ops",result="success"\} [1-9]/);
    expect(text).toMatch(/wharf_webhook_deliveries_total\{event="push",outcome="queued"\} [1-9]/);
  });

  it('shows the environment in the dashboard, whose rollback button switches the live version', async () => {
    await push('v2');
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    const tab = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await tab.goto(`http://127.0.0.1:${gitops.serverPort}/`);
    // Not signed in: the sign-in form first.
    expect(new URL(tab.url()).pathname).toBe('/login');
    await tab.fill('#token', adminToken);
    await tab.click('button[type=submit]');
    const row = tab.locator(`tr[data-environment="${env}"]`);
    await row.locator('[data-health="Healthy"]').waitFor({ timeout: 30_000 });
    await expect(row.textContent()).resolves.toContain(hostName);
    await row.getByText('log', { exact: true }).click();
    await tab.locator('#log', { hasText: 'now runs' }).waitFor({ timeout: 10_000 });
    await mkdir('test-results', { recursive: true });
    await tab.screenshot({ path: 'test-results/dashboard.png', fullPage: true });

    tab.once('dialog', (dialog) => void dialog.accept());
    await row.locator('[data-rollback]').click();
    await waitFor('the rollback to v1', page, (body) => body === 'web v1\n', 60_000);
    await tab.locator('#action', { hasText: 'rolled back' }).waitFor({ timeout: 10_000 });

    await tab.goto(`http://127.0.0.1:${gitops.serverPort}/admin/queues`);
    await expect(tab.title()).resolves.toContain('wharf queues');
  });
});
