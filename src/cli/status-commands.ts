import pc from 'picocolors';
import type { Maintenance } from '../core/edge/render-maintenance.js';
import type { LiveContainer } from '../core/live.js';
import { describeMissed } from '../core/jobs/schedule-ticks.js';
import type { ScheduledJobView } from '../core/jobs/scheduled-job-view.js';
import { messageOf } from '../core/message-of.js';
import { swarmLive } from '../deploy/swarm-live.js';
import { scheduledJobStatus } from '../observe/scheduled-job-status.js';
import type { DeployRecord } from '../ports/history-store.js';
import { exitCodes, type CliIo } from './io.js';
import { describeMaintenance } from './maintenance-commands.js';
import { reportError } from './report-error.js';
import { withDeps, type ConfigOption } from './with-deps.js';
import { formatSeconds } from '../core/duration.js';
import { formatNodes, readNodes } from './node-commands.js';

export interface StatusOptions extends ConfigOption {
  readonly format: 'text' | 'json';
}

function ago(iso: string, now: Date): string {
  const seconds = Math.max(0, Math.round((now.getTime() - Date.parse(iso)) / 1000));
  if (seconds < 120) return `${seconds}s ago`;
  if (seconds < 7200) return `${Math.round(seconds / 60)}m ago`;
  if (seconds < 172800) return `${Math.round(seconds / 3600)}h ago`;
  return `${Math.round(seconds / 86400)}d ago`;
}

interface AppliedSummary {
  readonly colour: string;
  readonly revision: string;
  readonly warm: {
    readonly colour: string;
    readonly revision: string;
    readonly until: string;
  } | null;
}

/** A failure reason under its deploy line: indented, at most `lines` lines. */
function indent(text: string, spaces: number, lines: number): string {
  const all = text.trimEnd().split('\n');
  const shown = all.slice(0, lines).map((l) => `${' '.repeat(spaces)}${l}`);
  if (all.length > lines)
    shown.push(
      `${' '.repeat(spaces)}... (${all.length - lines} more lines; --format json shows all)`,
    );
  return shown.join('\n');
}

function containerLine(c: LiveContainer, color: boolean): string {
  const p = pc.createColors(color);
  const state = c.state === 'running' ? p.green(c.state) : p.red(c.state);
  const health =
    c.health === 'healthy'
      ? p.green(c.health)
      : c.health === 'none'
        ? p.dim('no check')
        : p.yellow(c.health);
  return `    ${c.service.padEnd(14)} ${(c.colour ?? c.role).padEnd(9)} ${state} ${health}  ${c.revision.slice(0, 12)}  ${p.dim(c.name)}`;
}

/** `web 2 on node-1, 2 on node-2; postgres 1 on node-1`: a stack's running tasks by node. */
function tasksPerNode(tasks: readonly LiveContainer[]): string {
  const byService = new Map<string, Map<string, number>>();
  for (const t of tasks) {
    if (t.state !== 'running') continue;
    const node = t.node ?? 'unassigned';
    const counts = byService.get(t.service) ?? new Map<string, number>();
    counts.set(node, (counts.get(node) ?? 0) + 1);
    byService.set(t.service, counts);
  }
  return (
    [...byService]
      .map(
        ([service, counts]) =>
          `${service} ${[...counts].map(([n, c]) => `${c} on ${n}`).join(', ')}`,
      )
      .join('; ') || 'none running'
  );
}

/** A scheduled job under its environment: its schedule, last run, next tick, missed ticks. */
function scheduledJobLines(job: ScheduledJobView, now: Date, color: boolean): string {
  const p = pc.createColors(color);
  const last = job.last;
  const result = last
    ? `last run ${last.result === 'succeeded' ? p.green(last.result) : p.red(last.result)} for tick ${last.tick} (${last.exitCode === null ? 'no exit status' : `exit ${last.exitCode}`}, ${formatSeconds(last.durationMs)}, ${ago(last.startedAt, now)}; \`wharf logs ${last.id}\`)`
    : 'not run yet';
  const running = job.running ? `; running since ${ago(job.running.startedAt, now)}` : '';
  const missed =
    job.missedSinceLast > 0 ? `; ${p.yellow(`${job.missedSinceLast} missed since`)}` : '';
  const lines = [
    `    job ${job.job.padEnd(14)} ${p.dim(job.schedule)}  ${result}${running}${missed}; next ${job.nextTick}`,
  ];
  const [newest] = job.missed;
  if (newest) lines.push(`      ${describeMissed(newest)}`);
  if (last && last.result !== 'succeeded')
    lines.push(...last.lastLines.slice(-5).map((l) => `      | ${l}`));
  return `${lines.join('\n')}\n`;
}

function withoutPage(m: Maintenance): Omit<Maintenance, 'page'> {
  const { page, ...rest } = m;
  void page;
  return rest;
}

export async function statusCommand(
  environment: string | undefined,
  options: StatusOptions,
  io: CliIo,
): Promise<number> {
  try {
    return await withDeps(options, io, async (deps) => {
      const environments = environment ? [environment] : await deps.history.environments();
      const report: {
        environment: string;
        last: DeployRecord | null;
        live: AppliedSummary | null;
        /** The page that is up, without its text. */
        maintenance: Omit<Maintenance, 'page'> | null;
        scheduledJobs: ScheduledJobView[];
        scheduledJobsError?: string;
        containers: LiveContainer[];
        /** A Swarm environment: `containers` are its tasks on every node. */
        swarm: boolean;
      }[] = [];
      for (const env of environments) {
        const [last] = await deps.history.list(env, 1);
        const applied = await deps.state.readApplied(env);
        const live = applied
          ? { colour: applied.colour, revision: applied.revision, warm: applied.warm }
          : null;
        const up = await deps.edge.currentMaintenance(env);
        const maintenance = up ? withoutPage(up) : null;
        const scheduled = await scheduledJobStatus(deps, env).then(
          (jobs) => ({ jobs }),
          (error: unknown) => ({ jobs: [], error: messageOf(error) }),
        );
        report.push({
          environment: env,
          last: last ?? null,
          live,
          maintenance,
          scheduledJobs: scheduled.jobs,
          ...('error' in scheduled ? { scheduledJobsError: scheduled.error } : {}),
          // A stack's tasks, on every node of the swarm, each named with its node.
          containers:
            applied?.runtime === 'swarm'
              ? await swarmLive(deps, env).catch(() => [])
              : await deps.engine.listContainers(env),
          swarm: applied?.runtime === 'swarm',
        });
      }
      if (options.format === 'json') {
        io.out(`${JSON.stringify(report, null, 2)}\n`);
        return exitCodes.ok;
      }
      // Each node, its agents, and deploys held for want of one (text only: the JSON stays
      // the list of environments it always was).
      if (!environment)
        io.out(formatNodes(await readNodes(options).catch(() => []), deps.now(), io.color));
      if (report.length === 0)
        io.out('no environments deployed yet; run `wharf deploy <environment>`\n');
      const now = deps.now();
      for (const {
        environment: env,
        last,
        live,
        maintenance,
        containers,
        swarm,
        ...scheduled
      } of report) {
        const lastLine = last
          ? `last deploy ${last.result} at ${last.revision.slice(0, 12)} ${ago(last.finishedAt, now)}`
          : 'never deployed by wharf';
        io.out(`${pc.createColors(io.color).bold(env)}  ${lastLine}\n`);
        if (live) {
          const warm = live.warm
            ? `; ${live.warm.colour} kept warm at ${live.warm.revision.slice(0, 12)} until ${live.warm.until}`
            : '';
          io.out(
            swarm
              ? `    live: Swarm stacks at ${live.revision.slice(0, 12)}; tasks: ${tasksPerNode(containers)}\n`
              : `    live: ${live.colour} at ${live.revision.slice(0, 12)}${warm}\n`,
          );
        }
        if (maintenance)
          io.out(
            `    ${pc.createColors(io.color).yellow('maintenance')}: on, live routes answer 503 (${describeMaintenance(maintenance)})\n`,
          );
        if (last?.error) io.out(`${indent(last.error, 4, 12)}\n`);
        for (const c of containers) io.out(`${containerLine(c, io.color)}\n`);
        if (containers.length === 0) io.out(swarm ? '    no tasks\n' : '    no containers\n');
        for (const job of scheduled.scheduledJobs) io.out(scheduledJobLines(job, now, io.color));
        if (scheduled.scheduledJobsError)
          io.out(`    scheduled jobs not read: ${scheduled.scheduledJobsError}\n`);
      }
      return exitCodes.ok;
    });
  } catch (error) {
    return reportError(error, io);
  }
}

export interface HistoryOptions extends ConfigOption {
  readonly format: 'text' | 'json';
  readonly limit: number;
}

export async function historyCommand(
  environment: string,
  options: HistoryOptions,
  io: CliIo,
): Promise<number> {
  try {
    return await withDeps(options, io, async (deps) => {
      const records = await deps.history.list(environment, options.limit);
      if (options.format === 'json') {
        io.out(`${JSON.stringify(records, null, 2)}\n`);
        return exitCodes.ok;
      }
      if (records.length === 0) io.out(`no deploys of ${environment} recorded\n`);
      for (const r of records) {
        const s = r.summary;
        io.out(
          `${r.finishedAt}  ${r.result.padEnd(11)} ${r.revision.slice(0, 12).padEnd(12)}  +${s.create} ~${s.update} -${s.remove} drift ${s.drift}  ${r.trigger}  ${r.id}\n`,
        );
        if (r.error) io.out(`${indent(r.error, 4, options.limit === 1 ? 60 : 25)}\n`);
      }
      return exitCodes.ok;
    });
  } catch (error) {
    return reportError(error, io);
  }
}

/** `wharf logs <deploy-id>`: a deploy's steps as they were logged; `--follow` while it runs. */
export async function logsCommand(
  id: string,
  options: ConfigOption & { readonly follow?: boolean; readonly format: 'text' | 'json' },
  io: CliIo,
): Promise<number> {
  try {
    return await withDeps(options, io, async (deps) => {
      let from = 0;
      for (;;) {
        const { lines, running } = await deps.deployLog.read(id, from);
        if (from === 0 && lines.length === 0) {
          io.err(`no log for deploy ${id}; \`wharf history <environment>\` lists deploy ids\n`);
          return exitCodes.invalid;
        }
        for (const l of lines)
          io.out(
            options.format === 'json'
              ? `${JSON.stringify(l)}\n`
              : `${l.time}  ${l.environment}  ${l.step.padEnd(9)} ${l.message}\n`,
          );
        from += lines.length;
        if (!options.follow || !running) return exitCodes.ok;
        await deps.sleep(1000);
      }
    });
  } catch (error) {
    return reportError(error, io);
  }
}
