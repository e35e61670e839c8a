import { userInfo } from 'node:os';
import pc from 'picocolors';
import { stackPlacement } from '../core/swarm/stack-document.js';
import { formatPlan } from '../core/plan/format-plan.js';
import { deployEnvironment } from '../deploy/deploy-environment.js';
import { prepare } from '../deploy/prepare.js';
import type { ProgressEvent } from '../deploy/progress.js';
import { rollbackEnvironment } from '../deploy/rollback.js';
import { exitCodes, type CliIo } from './io.js';
import { reportError } from './report-error.js';
import { withDeps, type ConfigOption } from './with-deps.js';

export interface PlanOptions extends ConfigOption {
  readonly revision?: string;
  readonly format: 'text' | 'json';
}

export function progressPrinter(io: CliIo): (event: ProgressEvent) => void {
  const c = pc.createColors(io.color);
  const start = Date.now();
  return (event) => {
    const elapsed = `${((Date.now() - start) / 1000).toFixed(1).padStart(6)}s`;
    if (event.step === 'compose') io.err(`${c.dim(`${elapsed}            ${event.message}`)}\n`);
    else io.err(`${c.dim(elapsed)} ${c.cyan(event.step.padEnd(9))} ${event.message}\n`);
  };
}

export function who(): string {
  return `cli:${userInfo().username}`;
}

export async function planCommand(
  environment: string,
  options: PlanOptions,
  io: CliIo,
): Promise<number> {
  try {
    return await withDeps(options, io, async (deps) => {
      const quiet = options.format === 'json';
      const prepared = await prepare(
        deps,
        environment,
        options.revision,
        quiet ? () => undefined : progressPrinter(io),
      );
      io.out(
        quiet ? `${JSON.stringify(prepared.plan, null, 2)}\n` : formatPlan(prepared.plan, io.color),
      );
      if (!quiet && prepared.loaded.environment.runtime === 'swarm') {
        const { infra, apps } = prepared.rendered;
        const lines = [infra, apps].flatMap((p) => stackPlacement(p, deps.node));
        io.out(
          `As Swarm stacks (${infra.name}, ${apps.name}):\n${lines.map((l) => `  ${l}\n`).join('')}`,
        );
      }
      return exitCodes.ok;
    });
  } catch (error) {
    return reportError(error, io);
  }
}

export interface DeployOptions extends ConfigOption {
  readonly revision?: string;
  readonly retry?: boolean;
}

export async function deployCommand(
  environment: string,
  options: DeployOptions,
  io: CliIo,
): Promise<number> {
  try {
    return await withDeps(
      options,
      io,
      async (deps) => {
        const outcome = await deployEnvironment(deps, {
          environment,
          ...(options.revision ? { revision: options.revision } : {}),
          ...(options.retry ? { retry: true } : {}),
          trigger: who(),
          onProgress: progressPrinter(io),
        });
        io.out(formatPlan(outcome.plan, io.color));
        const c = pc.createColors(io.color);
        if (outcome.result === 'failed' || outcome.result === 'rolled-back') {
          const what = outcome.result === 'failed' ? 'failed' : 'rolled back';
          io.out(
            `${c.red(what)}: ${environment} keeps serving what ran before (deploy ${outcome.id})\n${outcome.reason ?? ''}\n`,
          );
          return exitCodes.invalid;
        }
        const done = outcome.result === 'synced' ? 'synced' : 'deployed';
        io.out(
          `${done}: ${environment} at ${outcome.revision.slice(0, 12)} (deploy ${outcome.id})\n`,
        );
        return exitCodes.ok;
      },
      { environment, ...(options.revision ? { ref: options.revision } : {}) },
    );
  } catch (error) {
    return reportError(error, io);
  }
}

export async function rollbackCommand(
  environment: string,
  options: ConfigOption,
  io: CliIo,
): Promise<number> {
  try {
    return await withDeps(
      options,
      io,
      async (deps) => {
        const outcome = await rollbackEnvironment(deps, environment, who(), progressPrinter(io));
        io.out(
          `rolled back: ${environment} now runs ${outcome.to.slice(0, 12)} in ${outcome.colour} (was ${outcome.from.slice(0, 12)})\n`,
        );
        return exitCodes.ok;
      },
      { environment },
    );
  } catch (error) {
    return reportError(error, io);
  }
}
