import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { exitCodes, processIo, type CliIo } from './io.js';
import { messageOf } from '../core/message-of.js';
import { scrubCredentials } from '../core/scrub-credentials.js';

// Each action imports its command's module when it runs, so `--version`, `--help` and
// `validate` do not load Redis, Docker, Fastify and BullMQ for nothing.

export function program(io: CliIo, setExit: (code: number) => void): Command {
  const cli = new Command('wharf')
    .description('GitOps reconciler for Docker Compose hosts')
    .version('0.1.0')
    .showHelpAfterError('(run `wharf --help` for the list of commands)')
    .showSuggestionAfterError(true)
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .exitOverride();

  cli
    .command('validate')
    .description('check an environments repository (or one manifest) against the schema and rules')
    .argument(
      '[path]',
      'environments repository folder, wharf.yaml, or one environment manifest',
      '.',
    )
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'),
    )
    .action(async (target: string, options: { format: 'text' | 'json' }) => {
      const { validateCommand } = await import('./validate-command.js');
      setExit(await validateCommand(target, options, io));
    });

  cli
    .command('import')
    .description(
      'write an environment manifest (and its wharf.yaml entry) from a Docker Compose file, starting nothing',
    )
    .argument('<compose-file>', 'the Compose file, or a folder holding compose.yaml')
    .option(
      '--name <env>',
      "environment name (default: the Compose project's name, else its folder's)",
    )
    .option('--host <host>', 'public host name the edge serves it on (default: a placeholder)')
    .option('--repo <dir>', 'environments repository folder', '.')
    .option(
      '--out <file>',
      'manifest to write (default: environments/<env>.yaml in the repository)',
    )
    .option(
      '--branch <branch>',
      'branch whose pushes deploy it, for a new wharf.yaml entry',
      'main',
    )
    .option('--force', 'overwrite an existing manifest and wharf.yaml entry')
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'),
    )
    .action(
      async (
        composeFile: string,
        options: {
          name?: string;
          host?: string;
          repo: string;
          out?: string;
          branch: string;
          force?: boolean;
          format: 'text' | 'json';
        },
      ) => {
        const { importCommand } = await import('./import-command.js');
        setExit(await importCommand(composeFile, options, io));
      },
    );

  const configOption = (): Option =>
    new Option(
      '-c, --config <file>',
      'wharf configuration file (default: $WHARF_CONFIG or /etc/wharf/config.yaml)',
    );
  const formatOption = (): Option =>
    new Option('--format <format>', 'output format').choices(['text', 'json']).default('text');

  cli
    .command('plan')
    .description('show what deploying an environment would change, touching nothing')
    .argument('<environment>', 'environment name from wharf.yaml')
    .option(
      '-r, --revision <ref>',
      'branch, refs/pull/N/head or commit sha (default: the branch it follows)',
    )
    .addOption(configOption())
    .addOption(formatOption())
    .action(
      async (
        env: string,
        options: { revision?: string; config?: string; format: 'text' | 'json' },
      ) => {
        const { planCommand } = await import('./deploy-commands.js');
        setExit(await planCommand(env, options, io));
      },
    );

  cli
    .command('render')
    .description(
      'print (or write to a folder) the Compose files and edge configuration a deploy would apply, starting nothing',
    )
    .argument('<environment>', 'environment name from wharf.yaml')
    .option(
      '-r, --revision <ref>',
      'branch, refs/pull/N/head or commit sha (default: the branch it follows)',
    )
    .option(
      '-o, --out <dir>',
      'write the files under this folder, laid out as in the state directory',
    )
    .addOption(configOption())
    .action(async (env: string, options: { revision?: string; out?: string; config?: string }) => {
      const { renderCommand } = await import('./render-command.js');
      setExit(await renderCommand(env, options, io));
    });

  cli
    .command('deploy')
    .description('make an environment match a revision of the environments repository')
    .argument('<environment>', 'environment name from wharf.yaml')
    .option(
      '-r, --revision <ref>',
      'branch, refs/pull/N/head or commit sha (default: the branch it follows)',
    )
    .option('--retry', 'deploy the revision even though it failed or was rolled back before')
    .addOption(configOption())
    .action(
      async (env: string, options: { revision?: string; retry?: boolean; config?: string }) => {
        const { deployCommand } = await import('./deploy-commands.js');
        setExit(await deployCommand(env, options, io));
      },
    );

  cli
    .command('adopt')
    .description(
      'take over the running Compose project of an environment, without downtime (its first deploy)',
    )
    .argument('<environment>', 'environment name from wharf.yaml')
    .option('--project <name>', 'the Compose project to take over (default: the environment name)')
    .option(
      '--edge-only',
      "only route the environment's host to the project's containers through the edge; run again without it to go on",
    )
    .addOption(configOption())
    .action(
      async (env: string, options: { project?: string; edgeOnly?: boolean; config?: string }) => {
        const { adoptCommand } = await import('./adopt-command.js');
        setExit(await adoptCommand(env, options, io));
      },
    );

  cli
    .command('rollback')
    .description('switch live traffic back to the previous colour, kept warm (no container starts)')
    .argument('<environment>', 'environment name')
    .addOption(configOption())
    .action(async (env: string, options: { config?: string }) => {
      const { rollbackCommand } = await import('./deploy-commands.js');
      setExit(await rollbackCommand(env, options, io));
    });

  const maintenance = cli
    .command('maintenance')
    .description(
      "answer an environment's public routes with its maintenance page (503), the apps kept running",
    );
  maintenance
    .command('on')
    .description(
      'put the maintenance page up until `wharf maintenance off` (no container restarts)',
    )
    .argument('<environment>', 'environment name')
    .option(
      '--retry-after <seconds>',
      "the Retry-After header, in seconds (default: the manifest's maintenance.retryAfter)",
      retryAfterSeconds,
    )
    .option('--message <text>', "a sentence for wharf's default page (not a repository page)")
    .addOption(configOption())
    .action(
      async (env: string, options: { config?: string; retryAfter?: number; message?: string }) => {
        const { maintenanceOnCommand } = await import('./maintenance-commands.js');
        setExit(await maintenanceOnCommand(env, options, io));
      },
    );
  maintenance
    .command('off')
    .description('take the maintenance page down: live traffic reaches the apps again')
    .argument('<environment>', 'environment name')
    .addOption(configOption())
    .action(async (env: string, options: { config?: string }) => {
      const { maintenanceOffCommand } = await import('./maintenance-commands.js');
      setExit(await maintenanceOffCommand(env, options, io));
    });

  cli
    .command('serve')
    .description(
      'receive GitHub webhooks and deploy what is pushed (the GitOps loop); runs deploy workers too',
    )
    .addOption(configOption())
    .option(
      '--no-workers',
      'only receive webhooks and queue them; leave deploys to `wharf agent` processes',
    )
    .option(
      '--node <name>',
      "this host's node, also the default node of environments that name none (default: the configuration's node, `local`)",
      nodeName,
    )
    .action(async (options: { config?: string; workers: boolean; node?: string }) => {
      const { serveCommand } = await import('./serve-commands.js');
      setExit(await serveCommand(options, io));
    });

  cli
    .command('agent')
    .description('run deploy workers only (no HTTP server), on the same Redis as `wharf serve`')
    .addOption(configOption())
    .option(
      '--node <name>',
      "take only the deploys of environments on this node (default: the configuration's node, `local`)",
      nodeName,
    )
    .action(async (options: { config?: string; node?: string }) => {
      const { agentCommand } = await import('./serve-commands.js');
      setExit(await agentCommand(options, io));
    });

  cli
    .command('status')
    .description('what runs: containers, colours, health and the last deploy of each environment')
    .argument('[environment]', 'one environment (default: all wharf has deployed)')
    .addOption(configOption())
    .addOption(formatOption())
    .action(
      async (env: string | undefined, options: { config?: string; format: 'text' | 'json' }) => {
        const { statusCommand } = await import('./status-commands.js');
        setExit(await statusCommand(env, options, io));
      },
    );

  cli
    .command('history')
    .description('past deploys of an environment, newest first')
    .argument('<environment>', 'environment name')
    .option('-n, --limit <count>', 'how many (1 to 200)', positiveCount, 20)
    .addOption(configOption())
    .addOption(formatOption())
    .action(
      async (env: string, options: { config?: string; format: 'text' | 'json'; limit: number }) => {
        const { historyCommand } = await import('./status-commands.js');
        setExit(await historyCommand(env, options, io));
      },
    );

  cli
    .command('logs')
    .description("a deploy's log, by the id `wharf history` shows")
    .argument('<deploy-id>', 'deploy id')
    .option('-f, --follow', 'keep printing while the deploy runs')
    .addOption(configOption())
    .addOption(formatOption())
    .action(
      async (
        id: string,
        options: { config?: string; follow?: boolean; format: 'text' | 'json' },
      ) => {
        const { logsCommand } = await import('./status-commands.js');
        setExit(await logsCommand(id, options, io));
      },
    );

  cli
    .command('node')
    .description('nodes: the hosts environments run on, each with its agents')
    .command('release')
    .description(
      'on the node an environment runs on, once its containers are gone: let it deploy on the node its manifest names',
    )
    .argument('<environment>', 'environment name')
    .addOption(configOption())
    .action(async (env: string, options: { config?: string }) => {
      const { nodeReleaseCommand } = await import('./node-commands.js');
      setExit(await nodeReleaseCommand(env, options, io));
    });

  const backup = cli
    .command('backup')
    .description("an environment's backups: PostgreSQL dump, RabbitMQ definitions, rendered files");
  backup
    .command('list')
    .description('backups of an environment, newest first')
    .argument('<environment>', 'environment name')
    .addOption(configOption())
    .addOption(formatOption())
    .action(async (env: string, options: { config?: string; format: 'text' | 'json' }) => {
      const { backupListCommand } = await import('./backup-commands.js');
      setExit(await backupListCommand(env, options, io));
    });
  backup
    .command('run')
    .description('back up an environment now')
    .argument('<environment>', 'environment name')
    .addOption(configOption())
    .action(async (env: string, options: { config?: string }) => {
      const { backupRunCommand } = await import('./backup-commands.js');
      setExit(await backupRunCommand(env, options, io));
    });
  backup
    .command('restore')
    .description("replace an environment's database and RabbitMQ definitions with a backup's")
    .argument('<environment>', 'environment name')
    .argument('<id>', 'backup id, as `wharf backup list` shows it')
    .option('--yes', 'really replace what the servers hold now')
    .addOption(configOption())
    .action(async (env: string, id: string, options: { config?: string; yes?: boolean }) => {
      const { backupRestoreCommand } = await import('./backup-commands.js');
      setExit(await backupRestoreCommand(env, id, options, io));
    });

  const previews = cli
    .command('previews')
    .description(
      'pull-request previews: PR, state, revision, time since its last commit, health, URL',
    )
    .addOption(configOption())
    .addOption(formatOption())
    .action(async (options: { config?: string; format: 'text' | 'json' }) => {
      const { previewsCommand } = await import('./preview-commands.js');
      setExit(await previewsCommand(options, io));
    });
  previews
    .command('destroy')
    .description("remove a pull request's preview now: containers, volumes, network, routes")
    .argument('<number>', 'pull request number', (v) => Number.parseInt(v, 10))
    .addOption(configOption())
    .action(async (number: number, _options: unknown, command: Command) => {
      // `--config` may be read by `previews` itself, before or after `destroy N`.
      const options = command.optsWithGlobals<{ config?: string }>();
      const { destroyPreviewCommand } = await import('./preview-commands.js');
      setExit(await destroyPreviewCommand(number, options, io));
    });

  return cli;
}

/** A week at most: a longer Retry-After tells clients to give up, which a page should not. */
function retryAfterSeconds(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 604_800)
    throw new InvalidArgumentError('give a whole number of seconds from 0 to 604800');
  return n;
}

function positiveCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 200)
    throw new InvalidArgumentError('give a whole number from 1 to 200');
  return n;
}

function nodeName(value: string): string {
  if (!/^[a-z][a-z0-9-]{0,38}[a-z0-9]$|^[a-z]$/.test(value))
    throw new InvalidArgumentError(
      'use 1 to 40 lowercase letters, digits and dashes, starting with a letter and not ending with a dash',
    );
  return value;
}

/** Runs the CLI and returns its exit code: 0 done, 1 invalid input, 2 could not run. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let code: number = exitCodes.ok;
  const cli = program(io, (c) => (code = c));
  try {
    await cli.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here too, with exit code 0.
      return error.exitCode === 0 ? exitCodes.ok : exitCodes.cannotRun;
    }
    io.err(`wharf: ${scrubCredentials(messageOf(error))}\n`);
    return exitCodes.cannotRun;
  }
  return code;
}
