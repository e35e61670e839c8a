import { Command, CommanderError, Option } from 'commander';
import { exitCodes, processIo, type CliIo } from './io.js';
import { validateCommand } from './validate-command.js';

function program(io: CliIo, setExit: (code: number) => void): Command {
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
      setExit(await validateCommand(target, options, io));
    });

  return cli;
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
    io.err(`wharf: ${error instanceof Error ? error.message : String(error)}\n`);
    return exitCodes.cannotRun;
  }
  return code;
}
