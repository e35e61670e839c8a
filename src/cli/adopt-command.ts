import pc from 'picocolors';
import { dockerProjects } from '../adapters/docker-projects.js';
import { formatPlan } from '../core/plan/format-plan.js';
import { adoptEnvironment } from '../deploy/adopt-environment.js';
import { progressPrinter, who } from './deploy-commands.js';
import { exitCodes, type CliIo } from './io.js';
import { reportError } from './report-error.js';
import { withDeps, type ConfigOption } from './with-deps.js';

export interface AdoptOptions extends ConfigOption {
  readonly project?: string;
  readonly edgeOnly?: boolean;
}

/** `wharf adopt ENV`: takes over the running Compose project of the environment's shape. */
export async function adoptCommand(
  environment: string,
  options: AdoptOptions,
  io: CliIo,
): Promise<number> {
  const c = pc.createColors(io.color);
  const project = options.project ?? environment;
  try {
    return await withDeps(
      options,
      io,
      async (deps) => {
        const outcome = await adoptEnvironment(deps, dockerProjects(), {
          environment,
          project,
          trigger: who(),
          ...(options.edgeOnly ? { edgeOnly: true } : {}),
          onProgress: progressPrinter(io),
        });
        if (outcome.result === 'refused') {
          io.err(
            `${c.red('refused:')} not adopting Compose project ${project} into ${environment}; nothing was changed:\n${outcome.problems.map((p) => `  ${p}\n`).join('')}`,
          );
          return exitCodes.invalid;
        }
        if (outcome.result === 'routed') {
          io.out(
            `routed: the edge serves ${environment} from the containers of project ${project}; move the traffic to the edge, then run wharf adopt ${environment}${options.project ? ` --project ${project}` : ''} to go on\n`,
          );
          return exitCodes.ok;
        }
        io.out(formatPlan(outcome.deploy.plan, io.color));
        if (outcome.result === 'failed') {
          io.out(
            `${c.red('failed:')} the containers of project ${project} keep serving ${environment} through the edge (deploy ${outcome.deploy.id})\n${outcome.deploy.reason ?? ''}\n`,
          );
          return exitCodes.invalid;
        }
        io.out(
          `adopted: project ${project} is ${environment}, at ${outcome.deploy.revision.slice(0, 12)} (deploy ${outcome.deploy.id})\n`,
        );
        return exitCodes.ok;
      },
      { environment },
    );
  } catch (error) {
    return reportError(error, io);
  }
}
