import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusCommand } from '../../src/cli/status-commands.js';
import { latestTick } from '../../src/core/jobs/schedule-ticks.js';
import { deployEnvironment } from '../../src/deploy/deploy-environment.js';
import { docker, waitFor } from '../helpers/docker-cli.js';
import { TestRepo } from '../helpers/git-repo.js';
import { dedent, oneEnvironmentRepository } from '../helpers/manifest-text.js';
import { createTestHost, type TestHost } from '../helpers/wharf-host.js';

const env = `e2e-sched-${randomUUID().slice(0, 4).replace(/[0-9]/g, 'x')}`;
const hostName = `${env}.test`;
const prefix = `wharf-sched-${randomUUID().slice(0, 6)}`;
const redisUrl = `redis://127.0.0.1:${process.env['WHARF_REDIS_PORT'] ?? 6379}`;
/** The named volume the jobs write to: what they did, seen from outside wharf. */
const volume = `wharf-${env}-ticks`;

// `stamp` runs every 3 s and takes a moment; `slow` is due every 2 s and takes 5 s, so most
// of its ticks come while its previous run still goes. Each run writes its tick (which wharf
// passes as WHARF_JOB_TICK) and its container's hostname: one line per run, from inside it.
const manifest = dedent(`
  apiVersion: wharf/v1
  kind: Environment
  name: ${env}
  topology: minimal
  host: ${hostName}
  tls: { mode: none }
  deploy: { strategy: blue-green, healthTimeout: 30s, verify: 1s, keepPrevious: 0s }
  services:
    web: { image: ghcr.io/jupiter/web:1.8.0, port: 8080, route: /, health: { path: /healthz }, env: { APP_BODY: "sched v1" } }
  jobs:
    stamp:
      service: web
      schedule: "*/3 * * * * *"
      timeout: 1m
      command: [sh, -c, 'echo "$WHARF_JOB_TICK $HOSTNAME" >> /ticks/stamp']
    slow:
      service: web
      schedule: "*/2 * * * * *"
      timeout: 1m
      command: [sh, -c, 'echo "start $WHARF_JOB_TICK" >> /ticks/slow; sleep 5; echo "end $WHARF_JOB_TICK" >> /ticks/slow']
  compose:
    volumes: { ticks: {} }
    services:
      web:
        volumes: ["ticks:/ticks"]
        # The test app's entrypoint ignores a command: a job's command runs in its place.
        entrypoint: [/bin/sh, -c, 'if [ "$#" -gt 0 ]; then exec "$@"; fi; exec /bin/sh /entrypoint.sh', sh]
`);

let repo: TestRepo;
let host: TestHost;
let agents: ChildProcess[] = [];
const printed: string[] = ['', ''];

/** A file of the jobs' volume, read by a container of its own. */
async function volumeFile(name: string): Promise<string[]> {
  const text = await docker([
    'run',
    '--rm',
    '-v',
    `${volume}:/ticks`,
    '--entrypoint',
    'sh',
    'wharf-test/app:1',
    '-c',
    `cat /ticks/${name} 2>/dev/null || true`,
  ]);
  return text.split('\n').filter(Boolean);
}

/** `wharf status` of the environment, as it prints it. */
async function status(format: 'text' | 'json'): Promise<string> {
  let out = '';
  const io = {
    out: (t: string) => (out += t),
    err: () => undefined,
    cwd: process.cwd(),
    color: false,
  };
  expect(await statusCommand(env, { config: host.configFile, format }, io)).toBe(0);
  return out;
}

function stopAgents(): Promise<unknown> {
  return Promise.all(
    agents.map(
      (a) =>
        new Promise((resolve) => {
          if (a.exitCode !== null) return resolve(null);
          a.once('exit', resolve);
          a.kill('SIGTERM');
        }),
    ),
  );
}

beforeAll(async () => {
  repo = await TestRepo.create();
  await repo.commit('start', {
    'wharf.yaml': oneEnvironmentRepository(env),
    'env.yaml': manifest,
  });
  host = await createTestHost(repo.dir, [env], {
    redis: { url: redisUrl, prefix },
    queue: { resyncInterval: '1h' },
  });
  const outcome = await deployEnvironment(host.wired.deps, { environment: env, trigger: 'test' });
  expect(outcome.result, outcome.reason).toBe('success');
}, 180_000);

afterAll(async () => {
  await stopAgents();
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
  await host.close();
  await repo.remove();
});

describe(
  'scheduled jobs with two `wharf agent` processes on one Redis',
  { timeout: 180_000 },
  () => {
    it('runs each tick once, in one of them, and reports a tick that came during a run as missed', async () => {
      agents = [0, 1].map((i) => {
        const agent = spawn(
          'node',
          [path.resolve('bin/wharf.js'), 'agent', '--config', host.configFile],
          { stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, WHARF_LOG_LEVEL: 'info' } },
        );
        agent.stdout?.on('data', (chunk: Buffer) => (printed[i] += chunk.toString()));
        return agent;
      });
      // About 15 s of schedule, counted from inside the jobs' own volume.
      await waitFor(
        'six runs of stamp',
        () => volumeFile('stamp'),
        (lines) => lines.length >= 6,
        90_000,
      );
      const lastTick = latestTick('*/3 * * * * *', new Date());
      await stopAgents();

      const stamp = (await volumeFile('stamp')).map((l) => l.split(' '));
      const ranTicks = stamp.map(([tick]) => tick ?? '');
      // Never twice for one tick, whichever process claimed it, and never a tick of the past
      // run later (each is one of the schedule's ticks up to the last one before the stop).
      expect(new Set(ranTicks).size).toBe(ranTicks.length);
      expect(new Set(stamp.map(([, hostname]) => hostname)).size).toBe(stamp.length);
      for (const tick of ranTicks) {
        expect(new Date(tick).getUTCSeconds() % 3).toBe(0);
        expect(Date.parse(tick)).toBeLessThanOrEqual(lastTick.getTime());
      }
      // Every tick from the first run to the last either ran or was reported missed, not both.
      const states = await host.wired.deps.scheduledJobs.states(env);
      const reported = new Set<string>();
      for (const m of states.get('stamp')?.missed ?? [])
        for (let t = Date.parse(m.first); t <= Date.parse(m.last); t += 3000)
          reported.add(new Date(t).toISOString());
      const first = Date.parse(ranTicks[0] ?? '');
      const last = Date.parse(ranTicks.at(-1) ?? '');
      for (let t = first; t <= last; t += 3000) {
        const tick = new Date(t).toISOString();
        expect(ranTicks.includes(tick) !== reported.has(tick), tick).toBe(true);
      }
      expect(ranTicks.length).toBeGreaterThanOrEqual(6);
      expect(states.get('stamp')?.last).toMatchObject({ result: 'succeeded', exitCode: 0 });

      // `slow` never ran twice at once: each start is followed by its own end.
      const slow = await volumeFile('slow');
      expect(slow.length).toBeGreaterThanOrEqual(2);
      for (let i = 0; i < slow.length - 1; i += 2) {
        const tick = slow[i]?.replace(/^start /, '');
        expect([slow[i], slow[i + 1]]).toEqual([`start ${tick}`, `end ${tick}`]);
      }
      // The ticks in between were reported as missed because a run went on, and none of them ran.
      const slowMissed = (states.get('slow')?.missed ?? []).filter(
        (m) => m.reason === 'still-running',
      );
      expect(slowMissed.length).toBeGreaterThan(0);
      const slowRan = new Set(slow.map((l) => l.replace(/^(start|end) /, '')));
      for (const m of slowMissed) expect(slowRan.has(m.first)).toBe(false);
      // What the two processes say they started is what ran, no more.
      const started = printed.map((out) =>
        out
          .split('\n')
          .filter((l) => l.startsWith('{'))
          .map((l) => JSON.parse(l) as { msg?: string; job?: string; tick?: string })
          .filter((l) => l.msg === 'scheduled job started' && l.job === 'stamp'),
      );
      expect(
        started
          .flat()
          .map((l) => l.tick)
          .sort(),
      ).toEqual([...ranTicks].sort());

      // `wharf status` shows each job with its schedule, last run and next tick, and the run's
      // output is in its log.
      const json = await status('json');
      const [report] = JSON.parse(json) as {
        scheduledJobs: {
          job: string;
          schedule: string;
          nextTick: string;
          last: { id: string; tick: string; result: string } | null;
        }[];
      }[];
      const shown = report?.scheduledJobs.find((j) => j.job === 'stamp');
      expect(shown).toMatchObject({
        schedule: '*/3 * * * * *',
        last: { tick: ranTicks.at(-1), result: 'succeeded' },
      });
      expect(Date.parse(shown?.nextTick ?? '')).toBeGreaterThan(Date.now() - 3000);
      const text = await status('text');
      expect(text).toMatch(/job stamp +\*\/3 \* \* \* \* \* {2}last run succeeded for tick /);
      expect(text).toMatch(
        /job slow .*missed since|ticks? missed .*the previous run was still going/s,
      );
      const lines = await host.wired.deps.deployLog.lines(shown?.last?.id ?? '');
      expect(lines.map((l) => l.message).at(-1)).toMatch(/^scheduled job stamp succeeded in /);
    });
  },
);
