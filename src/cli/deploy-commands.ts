import { userInfo } from 'node:os';
import pc from 'picocolors';
import { formatPlan } from '../core/plan/format-plan.js';
import { deployEnvironment } from '../deploy/deploy-environment.js';
import { prepare } from '../deploy/prepare.js';
import type { ProgressEvent } from '../deploy/progress.js';
import { exitCodes, type CliIo } from './io.js';
import { reportError } from './report-error.js';
import { withDeps, type ConfigOption } from './with-deps.js';

export interface PlanOptions extends ConfigOption {
  readonly revision?: string;
  readonly format: 'text' | 'json';
}

function progressPrinter(io: CliIo): (event: ProgressEvent) => void {
  const c = pc.createColors(io.color);
  const start = Date.now();
  return (event) => {
    const elapsed = `${((Date.now() - start) / 1000).toFixed(1).padStart(6)}s`;
    if (event.step === 'compose') io.err(`${c.dim(`${elapsed}            ${event.message}`)}\n`);
    else io.err(`${c.dim(elapsed)} ${c.cyan(event.step.padEnd(9))} ${event.message}\n`);
  };
}

export async function planCommand(
  environment: string,
  options: PlanOptions,
  io: CliIo,
): Promise<number> {
  try {
    return await withDeps(options, io, async (deps) => {
      const prepared = await prepare(
        deps,
        environment,
        options.revision,
        options.format === 'json' ? () => undefined : progressPrinter(io),
      );
      const edgeChanged = (await deps.edge.currentSite(environment)) !== prepared.site;
      if (options.format === 'json') {
        io.out(`${JSON.stringify({ ...prepared.plan, edgeChanged }, null, 2)}\n`);
      } else {
        io.out(formatPlan(prepared.plan, io.color));
        if (edgeChanged) io.out(`  the edge's routes for ${environment} change as well.\n`);
      }
      return exitCodes.ok;
    });
  } catch (error) {
    return reportError(error, io);
  }
}

export interface DeployOptions extends ConfigOption {
  readonly revision?: string;
}

export async function deployCommand(
  environment: string,
  options: DeployOptions,
  io: CliIo,
): Promise<number> {
  try {
    return await withDeps(options, io, async (deps) => {
      const outcome = await deployEnvironment(deps, {
        environment,
        ...(options.revision ? { revision: options.revision } : {}),
        trigger: `cli:${userInfo().username}`,
        onProgress: progressPrinter(io),
      });
      io.out(formatPlan(outcome.plan, io.color));
      io.out(
        `${outcome.result === 'synced' ? 'synced' : 'deployed'}: ${environment} at ${outcome.revision.slice(0, 12)} (deploy ${outcome.id})\n`,
      );
      return exitCodes.ok;
    });
  } catch (error) {
    return reportError(error, io);
  }
}
