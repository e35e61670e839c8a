import path from 'node:path';
import pc from 'picocolors';
import { fsRepoFiles } from '../adapters/fs-repo-files.js';
import { locateRepository } from '../adapters/locate-repository.js';
import { messageOf } from '../core/message-of.js';
import type { Problem } from '../core/problem.js';
import {
  repositoryFile,
  validateEnvironmentFile,
  validateRepository,
  type Validation,
} from '../manifests/validate-repository.js';
import { formatProblemsText, problemsJson } from './format-problems.js';
import { exitCodes, type CliIo } from './io.js';

export interface ValidateOptions {
  readonly format: 'text' | 'json';
}

async function runValidation(
  target: string,
): Promise<{ validation: Validation; root: string; scope: 'repository' | 'file' }> {
  const located = await locateRepository(target, repositoryFile);
  const files = fsRepoFiles(located.root);
  return located.kind === 'repository'
    ? { validation: await validateRepository(files), root: located.root, scope: 'repository' }
    : {
        validation: await validateEnvironmentFile(files, located.file),
        root: located.root,
        scope: 'file',
      };
}

export async function validateCommand(
  target: string,
  options: ValidateOptions,
  io: CliIo,
): Promise<number> {
  const absolute = path.resolve(io.cwd, target);
  let result: Awaited<ReturnType<typeof runValidation>>;
  try {
    result = await runValidation(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    const reason = code === 'ENOENT' ? 'no such file or folder' : messageOf(error);
    io.err(`wharf validate: cannot read ${target}: ${reason}\n`);
    return exitCodes.cannotRun;
  }
  const { validation, root } = result;
  const relativeRoot = path.relative(io.cwd, root);
  const displayRoot = relativeRoot.startsWith('..') ? root : relativeRoot || '.';
  const problems: Problem[] = validation.problems;
  if (options.format === 'json') {
    const report = {
      valid: problems.length === 0,
      environments: validation.environments.map((e) => ({
        name: e.name,
        file: path.join(displayRoot, e.file),
      })),
      problems: problemsJson(problems, displayRoot),
    };
    io.out(`${JSON.stringify(report, null, 2)}\n`);
  } else if (problems.length > 0) {
    const c = pc.createColors(io.color);
    io.out(`${formatProblemsText(problems, displayRoot, io.color)}\n\n`);
    io.out(
      c.red(
        `${problems.length} problem${problems.length === 1 ? '' : 's'} found; nothing was deployed.\n`,
      ),
    );
  } else {
    const names = validation.environments.map((e) => e.name).join(', ');
    io.out(
      `valid: ${result.scope === 'repository' ? `${repositoryFile} and ${validation.environments.length} environment(s) (${names})` : path.join(displayRoot, validation.environments[0]?.file ?? target)}\n`,
    );
  }
  return problems.length === 0 ? exitCodes.ok : exitCodes.invalid;
}
