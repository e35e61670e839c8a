import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bullmqQueue } from '../../src/adapters/bullmq-queue.js';
import type { JobQueue } from '../../src/ports/job-queue.js';
import type { DeployRecord } from '../../src/ports/history-store.js';
import { waitFor } from '../helpers/docker-cli.js';
import { TestRepo } from '../helpers/git-repo.js';
import { webEnvironment } from '../helpers/manifest-text.js';
import { createTestHost, type TestHost } from '../helpers/wharf-host.js';

/** `busy` is deployed by one agent while the other is asked to deploy it too; `other` is not. */
const busy = 'e2e-agents';
const other = 'e2e-agents-b';
const hosts: Record<string, string> = { [busy]: 'agents.test', [other]: 'agents-b.test' };
const prefix = `wharf-agents-${randomUUID().slice(0, 6)}`;
const redisUrl = `redis://127.0.0.1:${process.env['WHARF_REDIS_PORT'] ?? 6379}`;

const wharfYaml = [
  'apiVersion: wharf/v1',
  'kind: Repository',
  'environments:',
  `  ${busy}: { manifest: busy.yaml, branch: main }`,
  `  ${other}: { manifest: other.yaml, branch: main }`,
  '',
].join('\n');

function manifest(env: string, body: string, verify = '3s'): string {
  return webEnvironment({ name: env, host: hosts[env] ?? '', body, verify });
}

let repo: TestRepo;
let host: TestHost;
let agents: ChildProcess[] = [];
/** What each agent printed: its JSON log lines. */
const printed: string[] = ['', ''];

interface LogLine {
  readonly msg?: string;
  readonly env?: string;
}

function logLines(agent: number): LogLine[] {
  return (printed[agent] ?? '')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine);
}

/** The agent whose log has a line matching `match`, once one has. */
async function agentThatLogged(what: string, match: (line: LogLine) => boolean): Promise<number> {
  const found = await waitFor(
    what,
    () => Promise.resolve([0, 1].filter((i) => logLines(i).some(match))),
    (agents) => agents.length > 0,
    60_000,
  );
  return found[0] ?? -1;
}

/** The identity an agent writes on the history records of the deploys it runs. */
function identity(agent: number): string {
  return `${hostname()}:${agents[agent]?.pid ?? 0}`;
}

/** When the test began: deploys before it are the agents' start-up resync. */
let since = 0;

async function deploys(env: string): Promise<DeployRecord[]> {
  return (await host.wired.deps.history.list(env, 100)).filter(
    (r) => r.result !== 'synced' && Date.parse(r.startedAt) >= since,
  );
}

let queue: JobQueue;

beforeAll(async () => {
  repo = await TestRepo.create();
  await repo.commit('start', {
    'wharf.yaml': wharfYaml,
    'busy.yaml': manifest(busy, 'busy v0'),
    'other.yaml': manifest(other, 'other v0'),
  });
  host = await createTestHost(repo.dir, [busy, other], {
    redis: { url: redisUrl, prefix },
    // One job at a time per agent: while one agent deploys, only the other can take a job.
    queue: { concurrency: 1, resyncInterval: '1h' },
  });
  agents = [0, 1].map((i) => {
    const agent = spawn(
      'node',
      [path.resolve('bin/wharf.js'), 'agent', '--config', host.configFile],
      {
        stdio: ['ignore', 'pipe', 'ignore'],
        env: { ...process.env, WHARF_LOG_LEVEL: 'info' },
      },
    );
    agent.stdout?.on('data', (chunk: Buffer) => (printed[i] += chunk.toString()));
    return agent;
  });
  for (const i of [0, 1])
    await waitFor(
      `agent ${i} to take jobs`,
      () => Promise.resolve(printed[i] ?? ''),
      (out) => out.includes('deploy workers started'),
      30_000,
    );
  queue = bullmqQueue({ redisUrl, prefix, attempts: 3, node: 'local' }, pino({ level: 'silent' }));
  // The start-up resync queues both environments, each after a random delay of up to 30 s: one
  // falling inside the test would keep the idle agent busy. They are run now, and waited for.
  await agentThatLogged('the start-up resync', (l) => (l.msg ?? '').startsWith('resync:'));
  for (const env of [busy, other])
    await queue.requestReconcile({ node: 'local', environment: env, trigger: 'test' });
  for (const env of [busy, other])
    await waitFor(
      `${env} v0 live`,
      () => host.get(hosts[env] ?? '', '/'),
      (r) => r.body === `${env === busy ? 'busy' : 'other'} v0\n`,
      90_000,
    );
  await waitFor(
    'the start-up deploys to settle',
    () => queue.counts(),
    (c) => c.waiting + c.active + c.delayed === 0,
    60_000,
  );
  since = Date.now();
  // The test reads what the agents log from here on.
  printed.fill('');
}, 180_000);

afterAll(async () => {
  await Promise.all(
    agents.map((a) => new Promise((resolve) => (a.once('exit', resolve), a.kill('SIGTERM')))),
  );
  await queue.close();
  await host.close();
  await repo.remove();
});

describe('two `wharf agent` processes on one Redis', { timeout: 240_000 }, () => {
  it('each runs deploys, and one environment is never deployed by both at the same time', async () => {
    // A deploy that stays in verification long enough for the other agent to be asked too.
    const busyV1 = await repo.commit('busy v1', {
      'busy.yaml': manifest(busy, 'busy v1', '10s'),
    });
    await queue.requestReconcile({ node: 'local', environment: busy, trigger: 'test' });
    const first = await agentThatLogged(
      `an agent verifying ${busy}`,
      (l) => l.env === busy && (l.msg ?? '').startsWith('verifying'),
    );
    const second = 1 - first;

    // The same environment again while it deploys: only the idle agent can take it, and the lock
    // turns it away.
    await repo.commit('busy v2', { 'busy.yaml': manifest(busy, 'busy v2') });
    await queue.requestReconcile({ node: 'local', environment: busy, trigger: 'test' });
    expect(
      await agentThatLogged(
        `an agent finding ${busy} busy`,
        (l) => l.env === busy && l.msg === 'environment busy; reconcile waits',
      ),
    ).toBe(second);

    // Another environment meanwhile: the idle agent deploys it.
    const otherV1 = await repo.commit('other v1', { 'other.yaml': manifest(other, 'other v1') });
    await queue.requestReconcile({ node: 'local', environment: other, trigger: 'test' });

    for (const [env, body] of [
      [busy, 'busy v2\n'],
      [other, 'other v1\n'],
    ] as const)
      await waitFor(
        `${body.trim()} live`,
        () => host.get(hosts[env] ?? '', '/'),
        (r) => r.body === body,
        180_000,
      );
    await waitFor(
      'the queue to settle',
      () => queue.counts(),
      (c) => c.waiting + c.active + c.delayed === 0,
      60_000,
    );

    const busyDeploys = await deploys(busy);
    const otherDeploys = await deploys(other);
    const ran = (records: DeployRecord[], revision: string) =>
      records.filter((r) => r.result === 'success' && r.revision === revision);
    // Each agent's process is named on a deploy it ran.
    expect(identity(first)).not.toBe(identity(second));
    expect(ran(busyDeploys, busyV1).map((r) => r.worker)).toEqual([identity(first)]);
    expect(ran(otherDeploys, otherV1).map((r) => r.worker)).toEqual([identity(second)]);
    // The request turned away ran again once the lock was free: busy deployed twice, in turn,
    // the second time at the head it read then.
    expect(busyDeploys.map((r) => r.result)).toEqual(['success', 'success']);
    expect(busyDeploys[1]?.revision).toBe(busyV1);
    // Each environment's deploys, in the order they ran, each start after the one before ended.
    for (const records of [busyDeploys, otherDeploys]) {
      const ordered = [...records].reverse();
      for (let i = 1; i < ordered.length; i++)
        expect(
          Date.parse(ordered[i]?.startedAt ?? ''),
          `${ordered[i]?.environment}: a deploy started before the one before it ended`,
        ).toBeGreaterThanOrEqual(Date.parse(ordered[i - 1]?.finishedAt ?? ''));
    }
  });
});
